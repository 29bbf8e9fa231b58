// Issue 15, point 2: the postmortem receives the incident's whole record — the response metrics as a table and
// the posted status updates in Messaging — in the editor, the preview, the Markdown (read as GFM) and the PDF.
import { readFileSync } from 'node:fs';
import type { Nodes, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';
import { MINUTE, declareIncident, openIncidentPage, timeline } from './incident-helpers';
import { download, readPdfText } from './trust-helpers';

/** The text a reader sees in a parsed Markdown node. */
function toString(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(toString).join('') : '';
}

const FIRST_UPDATE = 'Checkout errors for some users. We are looking into the payment gateway.';
const SECOND_UPDATE = 'We found the cause, a connection pool limit, and are rolling out a fix.';

/** What the postmortem should show, times in Berlin (the test browser's zone). */
const METRICS = [
  ['TTD', '10 min', 'Time to detect: impact start → detected'],
  ['TTA', '3 min', 'Time to acknowledge: detected (else impact start) → first status update'],
  ['TTM', '32 min', 'Time to mitigate: impact start → service restored'],
  ['TTR', 'Not recorded', 'Time to resolve: impact start → resolved'],
];
const MESSAGING = [
  `14:03 · Internal · Investigating: ${FIRST_UPDATE}`,
  `14:10 · Customers · Identified: ${SECOND_UPDATE}`,
];

test.describe('The postmortem keeps the incident record', () => {
  test('two updates and the milestones reach the postmortem: metrics table and Messaging in the editor, preview, Markdown and PDF', async ({ page }, testInfo) => {
    await openIncidentPage(page);
    // Declared at 14:00 Berlin; impact started 13:50, so time to detect is 10 min.
    await declareIncident(page, { startedAt: '2025-03-10T13:50' });
    const composer = page.getByRole('region', { name: 'Status updates' });
    const text = composer.getByLabel('Update text');

    await page.clock.fastForward(3 * MINUTE);
    await composer.getByRole('radio', { name: 'Internal' }).check();
    await composer.getByRole('radio', { name: 'Investigating' }).check();
    await text.fill(FIRST_UPDATE);
    await composer.getByRole('button', { name: 'Mark as posted' }).click();
    await expect(timeline(page)).toContainText('Posted a status update for internal: Investigating');

    await page.clock.fastForward(7 * MINUTE);
    await composer.getByRole('radio', { name: 'Customers' }).check();
    await composer.getByRole('radio', { name: 'Identified' }).check();
    await text.fill(SECOND_UPDATE);
    await composer.getByRole('button', { name: 'Mark as posted' }).click();
    await expect(timeline(page)).toContainText('Posted a status update for customers: Identified');

    // Service restored at 14:22: 32 min after impact began. The incident stays open, so resolve is not recorded.
    await page.clock.fastForward(12 * MINUTE);
    const milestones = page.getByRole('region', { name: 'Milestones' });
    await milestones.getByRole('button', { name: 'Mark service restored now' }).click();
    await expect(milestones.getByRole('listitem').filter({ hasText: 'Mitigated (service restored)' })).toContainText('02:22:00 PM');

    await page.getByRole('button', { name: 'Start postmortem' }).click();
    await expect(page).toHaveURL(/\/postmortem\/$/);
    // The record is taken; from here time runs (axe and the exports' on-demand code need timers).
    await page.clock.resume();

    // Editor: the metrics table in the Impact section, and the Messaging section with one line per update.
    const view = page.getByRole('group', { name: 'Show' });
    await view.getByRole('button', { name: 'Edit' }).click();
    const metricsTable = page.getByRole('region', { name: 'Response metrics table (editor)' }).getByRole('table');
    for (const [metric, value, definition] of METRICS) {
      const row = metricsTable.getByRole('row', { name: new RegExp(`^${metric} `) });
      await expect(row).toContainText(value!);
      await expect(row).toContainText(definition!);
    }
    await expect(metricsTable).not.toContainText('NaN');
    await expect(metricsTable).not.toContainText('00:00:00');
    const messaging = page.getByRole('textbox', { name: 'Messaging', exact: true });
    await expect(messaging).toHaveValue(`2 status updates were posted (times in Europe/Berlin, UTC+01:00):\n- ${MESSAGING[0]}\n- ${MESSAGING[1]}`);
    // The table reads well in both themes (contrast, names, a keyboard-scrollable region).
    for (const theme of ['dark', 'light'] as const) {
      await useTheme(page, theme);
      await expectNoAxeViolations(page, '.pm-metrics');
      await page.getByRole('region', { name: 'Impact', exact: true }).screenshot({ path: `/tmp/pm-record-impact-${theme}.png` });
    }

    // Preview: the same table and lines, as readers see them.
    await view.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Document preview' });
    const previewTable = preview.getByRole('table', { name: 'Response metrics' });
    for (const [metric, value] of METRICS) await expect(previewTable.getByRole('row', { name: new RegExp(`^${metric} `) })).toContainText(value!);
    await expect(preview.getByRole('heading', { name: 'Messaging' })).toBeVisible();
    for (const line of MESSAGING) await expect(preview.getByRole('listitem').filter({ hasText: line })).toBeVisible();
    await page.screenshot({ path: '/tmp/pm-record-editor.png', fullPage: true });

    // Markdown, parsed as GitHub-flavoured Markdown: a table with TTD…TTR, and the Messaging lines as a list.
    const exportPanel = page.getByRole('region', { name: 'Export' });
    const markdown = readFileSync((await download(page, exportPanel.getByRole('button', { name: 'Download Markdown' }), testInfo)).path, 'utf8');
    const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const tables = tree.children.filter((node): node is Table => node.type === 'table');
    const cells = (table: Table) => table.children.map((row) => row.children.map((cell) => toString(cell)));
    const metrics = tables.map(cells).find((rows) => rows[0]?.join('|') === 'Metric|Value|Definition');
    expect(metrics?.slice(1)).toEqual(METRICS);
    const heading = tree.children.findIndex((node) => node.type === 'heading' && toString(node) === 'Messaging');
    expect(heading).toBeGreaterThan(-1);
    const list = tree.children.slice(heading).find((node) => node.type === 'list');
    expect(list?.type === 'list' ? list.children.map((item) => toString(item)) : []).toEqual(MESSAGING);

    // PDF, read back by pdftotext: the labels and values of the table, and the Messaging lines.
    const pdfText = readPdfText((await download(page, exportPanel.getByRole('button', { name: 'Download PDF' }), testInfo)).path).replace(/\s+/g, ' ');
    expect(pdfText).toContain('Response metrics');
    for (const [metric, value, definition] of METRICS) {
      expect(pdfText).toContain(metric);
      expect(pdfText).toContain(value);
      expect(pdfText).toContain(definition);
    }
    expect(pdfText).toContain('Messaging');
    for (const line of MESSAGING) expect(pdfText).toContain(line);
  });
});
