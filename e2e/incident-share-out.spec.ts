import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import type { List, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { declareIncident, MINUTE, openIncidentPage, T0, timeline } from './incident-helpers';

const MARKDOWNISH = 'Rolled back *deploy* _v2_ | `cfg` <script>alert(1)</script> [x](javascript:alert(1))\n# second line';
const CSV_HOSTILE = '=HYPERLINK("https://evil.example","x"), "quoted", comma';
const PING = '@here مرحبا 🔥 & <b>';
const LINK = 'https://grafana.example.com/d/checkout?a=1&b=2';

function readText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value;
  if (node.type === 'break') return '\n';
  return 'children' in node ? (node.children as Nodes[]).map(readText).join('') : '';
}

function collectTypes(node: Nodes, into = new Set<string>()): Set<string> {
  into.add(node.type);
  if ('children' in node) for (const child of node.children as Nodes[]) collectTypes(child, into);
  return into;
}

async function addEntry(page: Page, text: string, link?: string): Promise<void> {
  const form = page.getByRole('form', { name: /Add a note/i });
  await page.getByLabel('Note', { exact: true }).fill(text);
  if (link) {
    const more = page.getByText('Add a link or an earlier time');
    if (!(await page.getByLabel('Link (optional)').isVisible())) await more.click();
    await form.getByLabel('Link (optional)').fill(link);
  }
  await form.getByRole('button', { name: 'Add note' }).click();
  await expect(timeline(page).getByRole('listitem').filter({ hasText: text.split('\n')[0]! })).toBeVisible();
}

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const waiting = page.waitForEvent('download');
  await button.click();
  const file: Download = await waiting;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test.describe('Share the incident out', () => {
  test('the timeline as Markdown, CSV, Slack text and JSON: downloaded and copied, every text intact', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openIncidentPage(page);
    await declareIncident(page, { title: 'Checkout fails | 500s' });
    await page.clock.setFixedTime(T0 + MINUTE);
    await addEntry(page, MARKDOWNISH);
    await addEntry(page, CSV_HOSTILE, LINK);
    await addEntry(page, PING);
    await timeline(page).getByRole('listitem').filter({ hasText: 'HYPERLINK' }).getByRole('button', { name: /^Star this entry/ }).click();

    const panel = page.getByRole('region', { name: 'Timeline' });
    await panel.getByText('Export timeline').click();
    const downloads = panel.getByRole('group', { name: 'Download' });

    // Markdown, parsed with the GFM parser: each entry's text comes back as text, nothing became markup.
    const md = await download(page, downloads.getByRole('button', { name: 'Download Markdown (.md)' }));
    expect(md.name).toBe('inc-2025-001-checkout-fails-500s-timeline.md');
    const tree = fromMarkdown(md.text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const items = (tree.children.find((node): node is List => node.type === 'list')?.children ?? []).map((item) => item.children.map(readText).join('\n'));
    expect(items.some((item) => item.endsWith(`\n${MARKDOWNISH}`))).toBe(true);
    expect(items.find((item) => item.includes('HYPERLINK'))).toContain('★ Starred');
    expect(items.find((item) => item.includes('HYPERLINK'))).toContain(`Link: ${LINK}`);
    const types = collectTypes(tree);
    for (const forbidden of ['emphasis', 'inlineCode', 'html', 'table']) expect(types.has(forbidden), forbidden).toBe(false);
    // One heading, the title: "# second line" in an entry stayed text.
    expect(tree.children.filter((node) => node.type === 'heading')).toHaveLength(1);
    expect(md.text).toContain('Times in Europe/Berlin (UTC+01:00)');

    // CSV, parsed with papaparse: a header, one row per entry, the formula guarded, every other cell as typed.
    const csv = await download(page, downloads.getByRole('button', { name: 'Download CSV (.csv)' }));
    const rows = Papa.parse<string[]>(csv.text, { newline: '\r\n' }).data.slice(0, -1);
    expect(rows[0]).toEqual(['Time', 'Local time (Europe/Berlin)', 'Kind', 'Author', 'Text', 'Link', 'Starred', 'Source']);
    const hostile = rows.find((row) => row[4]?.includes('HYPERLINK'));
    expect(hostile?.[4]).toBe(`'${CSV_HOSTILE}`);
    expect(hostile?.slice(5)).toEqual([LINK, 'yes', 'manual']);
    expect(hostile?.[0]).toBe('2025-03-10T14:01:00+01:00');
    expect(rows.find((row) => row[4]?.startsWith('Rolled back'))?.[4]).toBe(MARKDOWNISH);

    // Slack mrkdwn: &, < and > as entities, no channel ping, the link as <url|host>.
    const slack = await download(page, downloads.getByRole('button', { name: 'Download Slack (mrkdwn) (.txt)' }));
    expect(slack.name).toBe('inc-2025-001-checkout-fails-500s-timeline-slack.txt');
    expect(slack.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(slack.text).toContain('&amp; &lt;b&gt;');
    expect(slack.text).not.toMatch(/@here\b/);
    expect(slack.text).toContain('<https://grafana.example.com/d/checkout?a=1&amp;b=2|grafana.example.com>');

    // JSON: the format stamp, every entry's exact text.
    const json = JSON.parse((await download(page, downloads.getByRole('button', { name: 'Download JSON (.json)' }))).text) as {
      format: string;
      timeline: { entries: { text: string; starred: boolean }[] };
    };
    expect(json.format).toBe('outage-kit/timeline');
    expect(json.timeline.entries.map((entry) => entry.text)).toEqual(expect.arrayContaining([MARKDOWNISH, CSV_HOSTILE, PING]));

    const text = await download(page, downloads.getByRole('button', { name: 'Download Plain text (.txt)' }));
    expect(text.text).toContain(`  ${PING}`);

    // Copy: the same text as the download, and a "Copied" the user sees and hears.
    const copy = panel.getByRole('group', { name: 'Copy' });
    await copy.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect(copy.getByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(copy.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied to the clipboard');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md.text);
    await copy.getByRole('button', { name: 'Copy Slack (mrkdwn)' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(slack.text);

    // Keyboard: the disclosure closes and opens from its summary.
    await panel.getByText('Export timeline').focus();
    await page.keyboard.press('Enter');
    await expect(downloads).toBeHidden();
  });

  test('a status update as Markdown and Slack text, and the posted updates as CSV', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openIncidentPage(page);
    await declareIncident(page, { title: 'Checkout fails', commander: 'Alice @channel' });
    const composer = page.getByRole('region', { name: 'Status updates' });
    const posted = await page.getByLabel('Update text').inputValue();
    await composer.getByRole('button', { name: 'Mark as posted' }).click();
    await composer.getByText('More formats: Markdown, Slack, files').click();

    await composer.getByRole('button', { name: 'Copy Slack (mrkdwn)' }).click();
    const slack = await page.evaluate(() => navigator.clipboard.readText());
    expect(slack.split('\n')[0]).toBe('*[SEV1] INC-2025-001 Investigating: checkout*');
    expect(slack).toContain('Incident commander: Alice @\u2060channel');

    const md = await download(page, composer.getByRole('button', { name: 'Download the update as Markdown (.md)' }));
    expect(md.name).toBe('inc-2025-001-checkout-fails-update-internal.md');
    const tree = fromMarkdown(md.text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    expect(readText(tree.children[0]!)).toBe('[SEV1] INC-2025-001 Investigating: checkout');
    expect(tree.children[0]?.type === 'paragraph' && tree.children[0].children[0]?.type).toBe('strong');

    const csv = await download(page, composer.getByRole('button', { name: 'Download the posted updates as CSV (.csv)' }));
    const rows = Papa.parse<string[]>(csv.text, { newline: '\r\n' }).data.slice(0, -1);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(2, 4)).toEqual(['Investigating', 'Internal']);
    expect(rows[1]?.[4]).toBe(posted.trim());
  });
});
