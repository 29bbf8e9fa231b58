// The embed builder's target tabs, as a docs writer uses them: by keyboard, copying each snippet, coming back to
// the tab they chose last time, on a phone and a desktop, light and dark.
import type { Page } from '@playwright/test';
import { PREVIEW_PORT } from '../playwright.config';
import { DEFAULT_COST_INPUTS } from '../src/features/calculator/domain/cost-inputs';
import {
  buildDocusaurusConfigSnippet,
  buildEmbedUrl,
  buildMdxSnippet,
  buildMkDocsSnippet,
  DEFAULT_EMBED_OPTIONS,
} from '../src/features/calculator/url/embed-snippets';
import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';

const EMBED_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
const SCRIPT_URL = `${EMBED_ORIGIN}/embed.js`;
const INPUTS = { ...DEFAULT_COST_INPUTS, employees: 120 };

async function openBuilder(page: Page) {
  await page.goto('./');
  await page.getByLabel('Employees affected').fill('120');
  await page.getByText('Embed this calculator').click();
  const tabs = page.getByRole('tablist', { name: 'Where the calculator goes' });
  await expect(tabs).toBeVisible();
  return tabs;
}

test('the target tabs follow the ARIA tab pattern by keyboard, each showing its snippets verbatim', async ({ page }) => {
  const tabs = await openBuilder(page);
  const tab = (name: string) => tabs.getByRole('tab', { name, exact: true });
  await expect(tabs.getByRole('tab')).toHaveText(['Plain HTML', 'MkDocs', 'Docusaurus (MDX)', 'Notion / GitBook']);
  await expect(tab('Plain HTML')).toHaveAttribute('aria-selected', 'true');
  // One tab stop: only the selected tab is in the tab order.
  expect(await tabs.getByRole('tab').evaluateAll((all) => all.map((t) => t.getAttribute('tabindex')))).toEqual(['0', '-1', '-1', '-1']);

  await tab('Plain HTML').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab('MkDocs')).toBeFocused();
  await expect(tab('MkDocs')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('Plain HTML')).toHaveAttribute('aria-selected', 'false');
  const mkdocsPanel = page.getByRole('tabpanel', { name: 'MkDocs' });
  await expect(mkdocsPanel).toBeVisible();
  expect(await mkdocsPanel.getAttribute('id')).toBe(await tab('MkDocs').getAttribute('aria-controls'));
  await expect(mkdocsPanel.getByLabel('Custom element for MkDocs')).toHaveValue(buildMkDocsSnippet(SCRIPT_URL, INPUTS, DEFAULT_EMBED_OPTIONS));
  await expect(page.getByLabel('Custom element', { exact: true })).toHaveCount(0);

  await page.keyboard.press('End');
  await expect(tab('Notion / GitBook')).toBeFocused();
  const link = page.getByRole('tabpanel', { name: 'Notion / GitBook' }).getByLabel('Embed link');
  await expect(link).toHaveValue(buildEmbedUrl(`${EMBED_ORIGIN}/embed.html`, INPUTS, DEFAULT_EMBED_OPTIONS));
  await expect(page.getByText('Notion and GitBook take a link, not code')).toBeVisible();
  await page.keyboard.press('ArrowRight'); // wraps to the first
  await expect(tab('Plain HTML')).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // and back round to the last
  await expect(tab('Notion / GitBook')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tab('Plain HTML')).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Plain HTML' }).getByLabel('Custom element', { exact: true })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Plain HTML' }).getByLabel('iframe (works everywhere)')).toBeVisible();
  // Tab leaves the tablist for its panel, not for the next tab.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel', { name: 'Plain HTML' })).toBeFocused();
});

test('Docusaurus shows the MDX tag and the config entry it needs; Copy copies each and says so; the tab is remembered', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const tabs = await openBuilder(page);
  await tabs.getByRole('tab', { name: 'Docusaurus (MDX)' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Docusaurus (MDX)' });
  await expect(panel.getByLabel('Custom element tag for the MDX page')).toHaveValue(buildMdxSnippet(INPUTS, DEFAULT_EMBED_OPTIONS));
  await expect(panel.getByLabel('Script entry for docusaurus.config.js')).toHaveValue(buildDocusaurusConfigSnippet(SCRIPT_URL));
  await expect(panel.getByText('Add once to the config’s scripts list')).toBeVisible();
  await expect(panel.getByLabel('iframe for the MDX page')).toHaveValue(/style=\{\{ display: 'block'/);

  await panel.getByRole('button', { name: 'Copy config entry' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(buildDocusaurusConfigSnippet(SCRIPT_URL));
  await expect(panel.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied to the clipboard');
  await expect(panel.getByRole('button', { name: 'Copied' })).toBeVisible();
  await panel.getByRole('button', { name: 'Copy MDX tag' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(buildMdxSnippet(INPUTS, DEFAULT_EMBED_OPTIONS));

  // Next visit: the builder opens on the tab chosen last.
  await page.reload();
  await page.getByText('Embed this calculator').click();
  await expect(page.getByRole('tab', { name: 'Docusaurus (MDX)' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Script entry for docusaurus.config.js')).toBeVisible();
});

test('a stored tab that is not one of the targets falls back to Plain HTML', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('outage-kit:embed-target', '"><img src=x>'));
  await openBuilder(page);
  await expect(page.getByRole('tab', { name: 'Plain HTML' })).toHaveAttribute('aria-selected', 'true');
});

test('at 320 px the tabs wrap and nothing scrolls the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const tabs = await openBuilder(page);
  for (const name of ['Plain HTML', 'MkDocs', 'Docusaurus (MDX)', 'Notion / GitBook']) {
    await tabs.getByRole('tab', { name }).click();
    const box = await tabs.getByRole('tab', { name }).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }
});

for (const width of [375, 1280]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the open builder at ${width} px, ${theme}`, async ({ page }) => {
      test.slow(); // axe over the builder and its preview frame
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      await useTheme(page, theme);
      await page.getByText('Embed this calculator').click();
      await page.getByRole('tab', { name: 'Docusaurus (MDX)' }).click();
      await expect(page.frameLocator('iframe[title="Preview of the embedded calculator"]').getByRole('status', { name: 'Total cost' })).toBeVisible();
      await expectNoAxeViolations(page, '.embed-builder');
    });
  }
}
