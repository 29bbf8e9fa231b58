import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { COST_COMPONENTS, calculateDowntimeCost } from '../src/features/calculator/domain/calculate-downtime-cost';
import { DEFAULT_COST_INPUTS } from '../src/features/calculator/domain/cost-inputs';
import { createExamplePostmortem } from '../src/features/postmortem/domain/example-postmortem';
import { formatMoney } from '../src/lib/format';
import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';
import { declareIncident, openIncidentPage } from './incident-helpers';

// The app's service worker precaches every file in the background (jsPDF and the font included, for offline
// export). These tests look at what the page itself loads and when, so the worker stays out of the way.
test.use({ serviceWorkers: 'block' });

const UNICODE_TITLE = 'Zażółć gęślą jaźń — Привет — Ωμέγα';

/** Clicks `button`, waits for the download it starts and saves it under the test's output folder. */
async function download(page: Page, button: Locator, testInfo: TestInfo): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const name = file.suggestedFilename();
  const path = testInfo.outputPath(name);
  await file.saveAs(path);
  return { path, name };
}

async function openPostmortemPage(page: Page): Promise<void> {
  await page.goto('./postmortem/');
  await expect(page.getByRole('heading', { level: 1, name: 'Blameless postmortems' })).toBeVisible();
}

async function loadExample(page: Page): Promise<void> {
  await openPostmortemPage(page);
  await page.getByRole('button', { name: 'Load the example' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout payments failed after a connection pool change' })).toBeVisible();
}

const exportPanel = (page: Page) => page.getByRole('region', { name: 'Export' });
const preview = (page: Page) => page.getByRole('region', { name: 'Document preview' });

test.describe('blameless postmortem', () => {
  test('a resolved incident starts a postmortem with its timeline and cost', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page, { title: 'Payments time out at checkout', startedAt: '2025-03-10T13:50', commander: 'Zofia Wiśniewska' });
    await page.clock.fastForward('12:00');
    await page.getByRole('checkbox', { name: 'Service restored for users' }).check();
    await page.clock.fastForward('08:00');
    await page.getByRole('checkbox', { name: 'Confirm it is fixed for users' }).check();
    const summary = page.getByRole('region', { name: 'Incident summary' });
    await expect(summary).toBeVisible();

    await page.clock.resume();
    await summary.getByRole('button', { name: 'Start postmortem' }).click();
    await expect(page).toHaveURL(/\/postmortem\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Payments time out at checkout' })).toBeVisible();

    // Header fields came across.
    await expect(page.getByLabel('Severity', { exact: true })).toHaveValue('SEV1');
    await expect(page.getByLabel('Responders')).toHaveValue('Zofia Wiśniewska');
    await expect(page.getByLabel('Services affected')).toHaveValue('checkout');
    await expect(page.getByLabel('Impact started')).toHaveValue('2025-03-10T13:50');
    await expect(page.getByLabel('Impact ended')).toHaveValue('2025-03-10T14:12');

    // The whole timeline, in order, with the first and last entries where they belong.
    const timelineSection = page.getByRole('region', { name: 'Timeline', exact: true });
    await expect(timelineSection.getByRole('textbox', { name: 'Event of row 1' })).toHaveValue('Impact started');
    const rows = timelineSection.getByRole('textbox', { name: /^Event of row \d+$/ });
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    await expect(rows.last()).toHaveValue('Incident resolved');

    // The cost: the calculator's model for the 22 minutes of impact (start to service restored).
    const breakdown = calculateDowntimeCost(DEFAULT_COST_INPUTS, 22).breakdown;
    const total = COST_COMPONENTS.reduce((sum, key) => sum + Math.round(breakdown[key] * 100) / 100, 0);
    await expect(page.getByLabel('Duration')).toHaveValue('22');
    await expect(page.getByLabel('Lost revenue')).toHaveValue(String(Math.round(breakdown.revenue * 100) / 100));
    await expect(page.getByRole('list', { name: 'At a glance' })).toContainText(formatMoney(total, 'USD', 'en-US'));

    // The preview shows the same timeline and cost.
    const previewTables = preview(page).getByRole('table');
    await expect(previewTables.filter({ hasText: 'Time (UTC)' })).toContainText('2025-03-10 12:50');
    await expect(previewTables.filter({ hasText: 'Total cost' })).toContainText(formatMoney(total, 'USD', 'en-US'));

    // A reload reopens the same postmortem.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Payments time out at checkout' })).toBeVisible();
  });

  test('blame language is flagged as you type, can be dismissed, and goes away when the sentence is fixed', async ({ page }) => {
    await loadExample(page);
    const summary = page.getByRole('region', { name: 'Summary', exact: true });
    const text = summary.getByRole('textbox', { name: 'Summary' });
    await text.fill('Андрей Петров forgot to check the config. This was human error and we should have caught it.');

    const findings = summary.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Dismiss/ }) });
    await expect(findings).toHaveCount(3);
    await expect(summary).toContainText('Forgot to');
    await expect(summary).toContainText('Human error');
    await expect(summary).toContainText('Should have / could have');
    await expect(summary).toContainText('Try:');
    await expect(text).toHaveAccessibleDescription(/3 language findings/);
    const check = page.getByRole('region', { name: 'Blameless language' });
    await expect(check).toContainText('3 findings');

    // Dismiss one: the others stay, and it can be brought back.
    await findings.filter({ has: page.getByText('Human error', { exact: true }) }).getByRole('button', { name: /^Dismiss/ }).click();
    await expect(findings).toHaveCount(2);
    await expect(check).toContainText('2 findings');
    await check.getByText('Dismissed (1)').click();
    await check.getByRole('button', { name: /Bring back/ }).click();
    await expect(findings).toHaveCount(3);

    // Fix the sentence: the findings disappear.
    await text.fill('The config change lowered the pool to 5 connections; the review diff did not show which services load the file.');
    await expect(findings).toHaveCount(0);
    await expect(check).toContainText('No findings');

    // Findings never block an export.
    await text.fill('We should have caught it.');
    await expect(exportPanel(page).getByRole('button', { name: 'Download Markdown' })).toBeEnabled();
    await expect(exportPanel(page)).toContainText('1 language finding is still open. You can export anyway.');
  });

  test('a finding proposes a rewrite of the sentence typed; applying and undoing it works from the keyboard', async ({ page }) => {
    await loadExample(page);
    const summary = page.getByRole('region', { name: 'Summary', exact: true });
    const text = summary.getByRole('textbox', { name: 'Summary' });
    const typed = 'Had Priya run the migration check, the outage would not have happened. The cache warmed up in 4 minutes.';
    await text.fill(typed);
    const findings = summary.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Dismiss/ }) });
    await expect(findings).toHaveCount(1);
    // The rewrite is of this sentence (its own words, as a question for the review), not a stock example.
    const rewrite = 'What made running the migration check seem unnecessary at the time?';
    await expect(findings.first()).toContainText(rewrite);

    // Apply from the keyboard: focus lands on Undo, and the other sentence is kept as typed.
    await findings.first().getByRole('button', { name: /^Apply rewrite/ }).focus();
    await page.keyboard.press('Enter');
    await expect(text).toHaveValue(`${rewrite} The cache warmed up in 4 minutes.`);
    await expect(findings).toHaveCount(0);
    const undo = summary.getByRole('button', { name: 'Undo the rewrite' });
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(text).toHaveValue(typed);
    await expect(text).toBeFocused();
    await expect(findings).toHaveCount(1);

    // Ctrl+Z in the field undoes an applied rewrite too.
    await findings.first().getByRole('button', { name: /^Apply rewrite/ }).focus();
    await page.keyboard.press('Enter');
    await expect(text).toHaveValue(`${rewrite} The cache warmed up in 4 minutes.`);
    await text.focus();
    await page.keyboard.press('Control+z');
    await expect(text).toHaveValue(typed);
  });

  test('exports Markdown, PDF and JSON; the PDF is real text, and the JSON re-imports as the same document', async ({ page, context }, testInfo) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await loadExample(page);
    await page.getByLabel('Title', { exact: true }).fill(UNICODE_TITLE);
    await expect(page.getByRole('heading', { level: 1, name: UNICODE_TITLE })).toBeVisible();

    // jsPDF and the font are not loaded until the user exports.
    expect(requests.filter((url) => /jspdf|NotoSans|html2canvas|purify/i.test(url))).toEqual([]);

    // Markdown: download and copy.
    const md = await download(page, exportPanel(page).getByRole('button', { name: 'Download Markdown' }), testInfo);
    expect(md.name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
    const markdown = readFileSync(md.path, 'utf8');
    expect(markdown.startsWith(`# ${UNICODE_TITLE}\n`)).toBe(true);
    expect(markdown).toContain('## Timeline');
    expect(markdown).toContain('| Time (UTC) | Event | Link |');
    expect(markdown).toContain('Times are UTC (local time zone Europe/Warsaw');
    expect(markdown).toMatch(/\| Description \| Owner \| Type \| Priority \| Due \| Status \| Link \|/);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await exportPanel(page).getByRole('button', { name: 'Copy Markdown' }).click();
    await expect(exportPanel(page).getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);

    // PDF: A4, several pages, selectable Unicode text, document properties.
    await exportPanel(page).getByLabel('Paper size').selectOption('a4');
    const pdf = await download(page, exportPanel(page).getByRole('button', { name: 'Download PDF' }), testInfo);
    expect(pdf.name).toMatch(/\.pdf$/);
    await expect(exportPanel(page).getByText(`Downloaded ${pdf.name}.`)).toBeVisible();
    const text = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain(UNICODE_TITLE);
    expect(text).toContain('Андрей Петров');
    expect(text).toContain('Ελένη Παπαδοπούλου');
    expect(text).toContain('Zofia Wiśniewska');
    const info = execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(info).toMatch(new RegExp(`^Title:\\s+${UNICODE_TITLE}$`, 'm'));
    expect(info).toMatch(/^Author:\s+Zofia Wiśniewska, Tomás Ortega$/m);
    expect(info).toMatch(/^Subject:\s+Blameless postmortem of incident INC-2041$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)/m);
    // The timeline table breaks across pages and repeats its header row.
    expect(text.match(/TIME \(UTC\)/g)?.length ?? 0).toBeGreaterThan(1);
    // Loaded on demand from our own origin; the html2canvas and DOMPurify chunks never.
    expect(requests.some((url) => /jspdf/i.test(url))).toBe(true);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => /NotoSans-(Regular|Bold)-subset-[\w-]+\.ttf$/.test(url) && url.startsWith(`${origin}/`))).toHaveLength(2);
    expect(requests.filter((url) => /html2canvas|purify/i.test(url))).toEqual([]);

    // JSON: download, delete the postmortem, import the file, and get the identical document back.
    const json = await download(page, exportPanel(page).getByRole('button', { name: 'Download JSON' }), testInfo);
    const exported = readFileSync(json.path, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'outage-kit/postmortem', version: 1, postmortem: { title: UNICODE_TITLE } });
    await page.getByRole('button', { name: 'All postmortems' }).click();
    await page.getByRole('button', { name: `Delete “${UNICODE_TITLE}”` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete “${UNICODE_TITLE}”?` });
    await dialog.getByRole('button', { name: 'Delete postmortem' }).click();
    await expect(page.getByRole('region', { name: 'Your postmortems' })).toHaveCount(0);
    await page.getByLabel('Import a JSON file').setInputFiles(json.path);
    await expect(page.getByRole('heading', { level: 1, name: UNICODE_TITLE })).toBeVisible();
    const again = await download(page, exportPanel(page).getByRole('button', { name: 'Download JSON' }), testInfo);
    expect(readFileSync(again.path, 'utf8')).toBe(exported);
  });

  test('a broken JSON file is refused with a message that says what to fix', async ({ page }, testInfo) => {
    await openPostmortemPage(page);
    const bad = testInfo.outputPath('broken.json');
    const doc = createExamplePostmortem(Date.now());
    const broken = { ...doc, actionItems: doc.actionItems.map((item, i) => (i === 0 ? { ...item, priority: 'P9' } : item)) };
    writeFileSync(bad, JSON.stringify({ format: 'outage-kit/postmortem', version: 1, postmortem: broken }));
    await page.getByLabel('Import a JSON file').setInputFiles(bad);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('“broken.json” could not be imported.');
    await expect(alert).toContainText('Action item 1: choose a priority P0–P3.');

    const notJson = testInfo.outputPath('notes.json');
    writeFileSync(notJson, '{ "format": "outage-kit/postmortem", ');
    await page.getByLabel('Import a JSON file').setInputFiles(notJson);
    await expect(page.getByRole('alert')).toContainText('This file is not valid JSON');
    await expect(page.getByRole('region', { name: 'Your postmortems' })).toHaveCount(0);
  });

  test('a blank postmortem: paste timeline lines with a preview, edit sections and action items', async ({ page }) => {
    await openPostmortemPage(page);
    await page.getByLabel('Short').check();
    await page.getByRole('button', { name: 'Create postmortem' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Untitled postmortem' })).toBeVisible();
    await page.getByLabel('Title', { exact: true }).fill('Search results empty for 20 minutes');
    await page.getByLabel('Incident date').fill('2025-03-10');

    // Paste chat lines: a preview first, then the rows.
    const timelineSection = page.getByRole('region', { name: 'Timeline', exact: true });
    await timelineSection.getByText('Paste lines from chat or notes').click();
    await timelineSection
      .getByLabel('Lines to import')
      .fill('notes from the incident channel\n14:02 rolled back deploy 123 https://ci.example.com/123\n[14:05] alice: error rate back to normal\n  still watching the cache');
    await expect(timelineSection.getByRole('heading', { name: 'Preview: 2 rows, 1 line skipped' })).toBeVisible();
    const previewTable = timelineSection.getByRole('table');
    await expect(previewTable.getByRole('row')).toHaveCount(3);
    await expect(previewTable).toContainText('ci.example.com/123');
    await expect(timelineSection).toContainText('Line 1: There is no time at the start of this line.');
    await timelineSection.getByRole('button', { name: 'Add 2 rows to the timeline' }).click();
    await expect(timelineSection.getByRole('textbox', { name: 'Event of row 1' })).toHaveValue('rolled back deploy 123');
    await expect(timelineSection.getByRole('textbox', { name: 'Link of row 1' })).toHaveValue('https://ci.example.com/123');
    await expect(timelineSection.getByRole('textbox', { name: 'Event of row 2' })).toHaveValue('alice: error rate back to normal\nstill watching the cache');
    await expect(page.getByRole('textbox', { name: 'Time of row 1' })).toHaveValue('2025-03-10T14:02');

    // Action items warn until they are owned, dated and concrete.
    const actions = page.getByRole('region', { name: 'Action items', exact: true });
    await actions.getByRole('button', { name: 'Add an action item' }).click();
    const what = actions.getByLabel('What will change');
    await what.fill('Be more careful with deploys');
    await expect(what).toHaveAccessibleDescription(/relies on people trying harder/);
    await expect(actions).toContainText('Give this action item an owner');
    await expect(actions).toContainText('Set a due date');
    await what.fill('Add a canary stage for search index deploys, one region first');
    await actions.getByLabel('Owner').fill('Priya Raman');
    await actions.getByLabel('Due').fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
    await expect(actions).not.toContainText('Give this action item an owner');
    await expect(actions).not.toContainText('Set a due date');
    await expect(what).not.toHaveAccessibleDescription(/Rewrite/);

    // Sections: rename, hide, reorder, add a custom one; the preview follows.
    const cause = page.getByRole('region', { name: 'Cause', exact: true });
    await cause.getByRole('button', { name: 'Rename Cause' }).click();
    await cause.getByLabel('Section title').fill('Root cause and trigger');
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await expect(preview(page).getByRole('heading', { level: 3, name: 'Root cause and trigger' })).toBeVisible();
    const impact = page.getByRole('region', { name: 'Impact', exact: true });
    await impact.getByRole('button', { name: 'Hide Impact' }).click();
    await expect(preview(page).getByRole('heading', { level: 3, name: 'Impact' })).toHaveCount(0);
    // Timeline moves above the hidden Impact section, then above Summary.
    await page.getByRole('button', { name: 'Move Timeline up' }).click();
    await page.getByRole('button', { name: 'Move Timeline up' }).click();
    await expect(preview(page).getByRole('heading', { level: 3 })).toHaveText(['Timeline', 'Summary', 'Root cause and trigger', 'Action items']);
    await page.getByLabel('Title of the new section').fill('Customer communication');
    await page.getByRole('button', { name: 'Add section' }).click();
    await expect(page.getByRole('textbox', { name: 'Customer communication' })).toBeFocused();
    await page.keyboard.type('Status page updated at 14:10.');
    await expect(preview(page)).toContainText('Status page updated at 14:10.');
  });

  test('the list opens, duplicates and deletes postmortems after confirmation', async ({ page }) => {
    await loadExample(page);
    await page.getByRole('button', { name: 'All postmortems' }).click();
    const list = page.getByRole('region', { name: 'Your postmortems' });
    await list.getByRole('button', { name: 'Duplicate “Checkout payments failed after a connection pool change”' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Copy of Checkout payments failed after a connection pool change' })).toBeVisible();
    await page.getByRole('button', { name: 'All postmortems' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);

    await list.getByRole('button', { name: 'Delete “Copy of Checkout payments failed after a connection pool change”' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await list.getByRole('button', { name: 'Delete “Copy of Checkout payments failed after a connection pool change”' }).click();
    await dialog.getByRole('button', { name: 'Delete postmortem' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await list.getByRole('button', { name: 'Checkout payments failed after a connection pool change', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout payments failed after a connection pool change' })).toBeFocused();
  });

  test('printing gives the document only', async ({ page }) => {
    await loadExample(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 2, name: 'Checkout payments failed after a connection pool change' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Details' })).toBeHidden();
    await expect(exportPanel(page)).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`no accessibility violations at ${width}px in the ${theme} theme`, async ({ page }) => {
        // The example is a long form (25 timeline rows, 9 action items, a 400-zone list): one axe pass takes a few
        // seconds on an idle machine and several times that on a busy one.
        test.setTimeout(180_000);
        await page.setViewportSize({ width, height: 900 });
        await openPostmortemPage(page);
        await useTheme(page, theme);
        await expectNoAxeViolations(page);
        await page.getByRole('button', { name: 'Load the example' }).click();
        // A finding and action-item warnings on screen, so their styles are checked too.
        await page.getByRole('textbox', { name: 'Summary' }).fill('We should have rolled back sooner.');
        await page.getByRole('region', { name: 'Action items', exact: true }).getByRole('button', { name: 'Add an action item' }).click();
        await expect(page.getByRole('region', { name: 'Blameless language' })).toContainText('1 finding');
        await expectNoAxeViolations(page);
        if (width < 1200) {
          await page.getByRole('button', { name: 'Preview', exact: true }).click();
          await expect(preview(page)).toBeVisible();
          await expectNoAxeViolations(page);
        }
      });
    }
  }
});
