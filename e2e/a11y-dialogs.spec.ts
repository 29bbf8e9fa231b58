import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';
import type { Page } from '@playwright/test';

/** Opens a dialog, checks it with axe while it is open (the page behind it is inert), and closes it with Escape. */
async function checkDialog(page: Page, name: string | RegExp, open: () => Promise<void>): Promise<void> {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

for (const width of [375, 1280]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`every incident and postmortem dialog passes axe at ${width} px, ${theme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./incident/');
      await useTheme(page, theme);
      const form = page.getByRole('form', { name: 'Declare an incident' });
      await form.getByLabel('What is wrong?').fill('Search is slow');
      await form.getByLabel('SEV2 – Major').check();
      await form.getByRole('button', { name: 'Declare incident' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Search is slow' })).toBeVisible();

      await checkDialog(page, 'Resolve this incident?', () => page.getByRole('button', { name: 'Resolve incident' }).first().click());
      if (width >= 1000) {
        await checkDialog(page, 'Keyboard shortcuts', () => page.getByRole('button', { name: /Keyboard shortcuts/ }).click());
      }
      await checkDialog(page, 'Your data', () => page.getByRole('button', { name: 'Your data: export, import or clear' }).click());

      await page.getByRole('tab', { name: 'Runbook' }).click();
      await page.getByRole('button', { name: 'Add a phase' }).click();
      await checkDialog(page, 'Reset to the built-in runbook?', () => page.getByRole('button', { name: /^Reset/ }).first().click());

      await page.goto('./postmortem/');
      await page.getByRole('button', { name: 'Load the example' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Checkout payments failed');
      await page.getByLabel('Title of the new section').fill('Customer communication');
      await page.getByRole('button', { name: 'Add section' }).click();
      const custom = page.getByRole('region', { name: 'Customer communication', exact: true });
      await custom.getByRole('textbox').first().fill('Status page updated twice.');
      await checkDialog(page, /Remove/, () => custom.getByRole('button', { name: /^Remove/ }).click());
      await page.getByRole('button', { name: /All postmortems/ }).click();
      await checkDialog(page, /^Delete “/, () => page.getByRole('button', { name: /^Delete/ }).first().click());
    });
  }
}

for (const width of [375, 1280]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the tracker dialog (with errors) and the action items' follow-up pass axe at ${width} px, ${theme}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./postmortem/');
      await useTheme(page, theme);
      await page.getByRole('button', { name: 'Load the example' }).click();
      const actions = page.getByRole('region', { name: 'Action items', exact: true });
      await checkDialog(page, 'Set up a tracker', async () => {
        await actions.getByRole('button', { name: 'Set up a tracker…', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Set up a tracker' });
        await dialog.getByLabel('GitHub address').fill('http://example.com');
        await dialog.getByRole('button', { name: 'Save tracker' }).click();
        await expect(dialog.getByRole('region', { name: 'There is a problem' })).toBeVisible();
      });
      await actions.getByRole('button', { name: 'Set up a tracker…', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Set up a tracker' });
      await dialog.getByLabel('Repository').fill('acme/checkout');
      await dialog.getByRole('button', { name: 'Save tracker' }).click();
      await expect(actions.getByRole('link', { name: /^Create issue in GitHub for action item 1/ })).toBeVisible();
      await expectNoAxeViolations(page, '.pm-actions');
    });
  }
}
