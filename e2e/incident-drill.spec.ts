import { readFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';
import { openIncidentPage, timeline } from './incident-helpers';

// The app's service worker is not under test here.
test.use({ serviceWorkers: 'block' });

const TITLE = 'Game day: checkout database fails over';

async function download(page: Page, button: Locator, testInfo: TestInfo): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Declares the drill through the form, as a game-day facilitator would. */
async function declareDrill(page: Page): Promise<void> {
  const form = page.getByRole('form', { name: 'Declare an incident' });
  await form.getByLabel('What is wrong?').fill(TITLE);
  await form.getByLabel('SEV2 – Major').check();
  await form.getByLabel('Affected service (optional)').fill('checkout-db');
  await form.getByLabel('Incident commander').fill('Alice');
  await expect(form.getByRole('button', { name: 'Declare incident' })).toBeVisible();
  await form.getByLabel('This is a drill (game day)').check();
  // The drill runbook is the default, and "what happens next" follows the choice.
  await expect(form.getByLabel(/^Drill runbook/)).toBeChecked();
  const next = page.getByRole('complementary', { name: 'What happens next' });
  await expect(next).toContainText('Drill: Production is down');
  await expect(next.getByRole('listitem').first()).toContainText('Drill briefing');
  await expect(next.getByRole('listitem').last()).toContainText('Drill debrief');
  await form.getByLabel('“Production is down” as it is').check();
  await expect(next.getByRole('listitem').first()).toContainText('First five minutes');
  await form.getByLabel(/^Drill runbook/).check();
  await form.getByRole('button', { name: 'Declare drill' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

test.describe('drills (game days)', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a drill is marked on its page, tab title, updates, history, summary and postmortem', async ({ page }, testInfo) => {
    await openIncidentPage(page);
    await declareDrill(page);

    // The hero says it in words, the tab title leads with it, the timeline records a drill.
    await expect(page.getByTestId('drill-banner')).toContainText('This is a drill (game day).');
    await expect(page).toHaveTitle(`DRILL · <1 min · update in 30 min · ${TITLE}`);
    await expect(timeline(page)).toContainText(`Drill declared: ${TITLE} (SEV2, checkout-db)`);
    await expect(page.getByRole('status', { name: 'Simulated cost so far' })).toBeVisible();
    // The drill runbook: the briefing comes first.
    await expect(page.getByRole('checkbox', { name: 'Announce the drill' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Set the abort word and criteria' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Hold the debrief' })).toBeVisible();

    // Every audience's update is marked, and an edit that drops the mark is refused.
    const text = page.getByLabel('Update text');
    await expect(text).toHaveValue(/^\[DRILL\] \[SEV2\] INC-\d{4}-\d{3} Investigating: checkout-db\n[\s\S]*\n\[DRILL\] This is a drill \(game day\), not a real incident\.$/);
    await page.getByRole('radio', { name: 'Customers' }).check();
    await expect(text).toHaveValue(/^\[DRILL\] Investigating: Our service\n[\s\S]*\n\[DRILL\] This is a drill: nothing is really affected\. Do not publish this update\.$/);
    await page.getByRole('radio', { name: 'Executives' }).check();
    await expect(text).toHaveValue(/^\[DRILL\] INC-\d{4}-\d{3} Investigating[\s\S]*the figures above are simulated\.$/);
    await text.fill('Investigating: checkout is down');
    await page.getByRole('button', { name: 'Mark as posted' }).click();
    await expect(page.getByText('Keep [DRILL] in the update: this is a drill, and the text must not read as a real outage')).toBeVisible();
    await page.getByRole('button', { name: 'Use the suggested text' }).click();
    await page.getByRole('button', { name: 'Mark as posted' }).click();
    await expect(timeline(page)).toContainText('Posted a status update for executives: Investigating');

    // axe schedules its work with timers: let time run from here on.
    await page.clock.resume();
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await expectNoAxeViolations(page);
    }

    // The history marks it.
    await page.getByRole('tab', { name: /^History/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Incident history' })).toBeVisible();
    const item = page.getByRole('list', { name: 'Incidents' }).getByRole('listitem').filter({ hasText: TITLE });
    await expect(item.getByText('Drill', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('tab', { name: /^Incident/ }).click();

    // Resolved: the summary is a drill summary with a simulated cost.
    await page.getByRole('checkbox', { name: 'Confirm it is fixed for users' }).check();
    const summary = page.getByRole('region', { name: 'Drill summary' });
    await expect(summary).toContainText('A practice exercise, not a real incident');
    await expect(summary.getByText('Simulated cost', { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^DRILL · (<1|\\d+) min · ${TITLE}$`));

    // Its postmortem carries the mark: editor, list and the Markdown heading line.
    await summary.getByRole('button', { name: 'Start postmortem' }).click();
    await expect(page).toHaveURL(/\/postmortem\/$/);
    await expect(page.locator('.pm-kicker').getByText('Drill (game day)')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Document preview' })).toContainText('A practice exercise (game day), not a real incident');
    const markdown = readFileSync(await download(page, page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Download Markdown' }), testInfo), 'utf8');
    expect(markdown.split('\n')[0]).toBe(`# Drill (game day): ${TITLE}`);
    expect(markdown).toContain('- **Drill:** A practice exercise (game day), not a real incident; left out of report figures');
    // The posted update comes across with its mark (Markdown escapes the brackets).
    expect(markdown).toContain('Executives · Investigating: \\[DRILL\\] INC-');
    // The marked parts only: the editor page as a whole has a landmark-unique finding from before drills (two
    // "Response metrics table" regions when the preview's table scrolls), left to the postmortem's owners.
    await expectNoAxeViolations(page, '.pm-editor-head');
    await expectNoAxeViolations(page, '.pm-doc');

    await page.getByRole('button', { name: 'All postmortems' }).click();
    const listed = page.getByRole('region', { name: 'Your postmortems' }).getByRole('listitem').filter({ hasText: TITLE });
    await expect(listed.getByText('Drill (game day)')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a real incident shows no drill marks', async ({ page }) => {
    await openIncidentPage(page);
    const form = page.getByRole('form', { name: 'Declare an incident' });
    await expect(form.getByLabel('This is a drill (game day)')).not.toBeChecked();
    await form.getByLabel('What is wrong?').fill('Checkout fails with an error');
    await form.getByLabel('SEV1 – Critical').check();
    await form.getByRole('button', { name: 'Declare incident' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout fails with an error' })).toBeVisible();
    await expect(page.getByTestId('drill-banner')).toHaveCount(0);
    await expect(page).toHaveTitle(/^<1 min/);
    await expect(page.getByLabel('Update text')).not.toHaveValue(/DRILL/);
    await expect(page.getByRole('checkbox', { name: 'Announce the drill' })).toHaveCount(0);
  });

  test('the declare form with the drill choice open passes axe, light and dark', async ({ page }) => {
    await openIncidentPage(page);
    // axe schedules its work with timers: let time run.
    await page.clock.resume();
    await page.getByRole('form', { name: 'Declare an incident' }).getByLabel('This is a drill (game day)').check();
    await expect(page.getByRole('button', { name: 'Declare drill' })).toBeVisible();
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, theme);
      await expectNoAxeViolations(page);
    }
  });
});
