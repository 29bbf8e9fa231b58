// Issue #6, "nothing executed": every payload in xss-payloads.ts goes into every text field, link field, URL
// parameter, JSON import and embed attribute of the incident timer, the postmortem editor and the embeds (the
// calculator's own fields and share links: security.spec.ts). Payloads are batched, many per field and page
// load. A page-level canary (trust-helpers.ts) records any payload that runs, in every page and frame.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { Window } from 'happy-dom';
import { HOST_PORT, PREVIEW_PORT } from '../playwright.config';
import { DEFAULT_COST_INPUTS } from '../src/features/calculator/domain/cost-inputs';
import { SHARE_PARAM_NAMES } from '../src/features/calculator/url/share-params';
import { DEFAULT_RUNBOOK } from '../src/features/incident/domain/default-runbook';
import { createTestIncident } from '../src/testing/incident-fixture';
import { parseIncidentJson, serializeIncident } from '../src/features/incident/domain/incident-schema';
import type { Incident, Runbook } from '../src/features/incident/domain/incident-types';
import { serializeRunbook } from '../src/features/incident/domain/runbook';
import { addTimelineEntry } from '../src/features/incident/domain/timeline';
import { createExamplePostmortem } from '../src/features/postmortem/domain/example-postmortem';
import { serializePostmortem } from '../src/features/postmortem/export/postmortem-json';
import type { PostmortemDoc } from '../src/features/postmortem/domain/postmortem-types';
import { expect, test } from './fixtures';
import { timeline } from './incident-helpers';
import { download, linkTargets, readPdfText, unsafeLinks, watchContext, type ContextWatch } from './trust-helpers';
import { XSS_PAYLOADS } from './xss-payloads';

test.use({ serviceWorkers: 'block' });

const P = XSS_PAYLOADS;
/** Every payload on its own line: what goes into each multi-line field. */
const ALL = P.join('\n');
/** Payloads shaped like links, and links that are valid http(s)/mailto URLs carrying a payload. */
const LINKS = [
  ...P.filter((p) => /^\s*(javascript|data|vbscript):|\]\(|<https?:/i.test(p)),
  'https://example.com/?q="><script>__xssCanary()</script>',
  'https://example.com/#<img src=x onerror=__xssCanary()>',
  'mailto:ops@example.com?subject=<svg onload=__xssCanary()>',
];
const VALID_LINKS = LINKS.slice(-3);
/** How the embeds show a title: control characters dropped, runs of spaces as one. */
const asEmbedTitle = (text: string) => text.replace(/\p{Cc}/gu, '').replace(/\s+/g, ' ').trim();
const EMBED_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;

/** Nothing ran, nothing was blocked, nothing left the two origins, and every link on the page is http(s) or mailto. */
async function expectInert(page: Page, watch: ContextWatch): Promise<void> {
  expect(watch.canary, 'XSS canary').toEqual([]);
  expect(watch.csp, 'CSP violations').toEqual([]);
  expect(watch.offOrigin(EMBED_ORIGIN, HOST_ORIGIN), 'requests to another origin').toEqual([]);
  expect(unsafeLinks(await linkTargets(page)), 'links that are not http(s) or mailto').toEqual([]);
}

/**
 * Parses a snippet as a browser would (happy-dom, in Node, scripts off; a DOMParser in the page would trip the
 * page's own CSP on the snippet's style attributes): its elements, event-handler attributes and quoted values.
 */
function readSnippet(window: Window, code: string) {
  const doc = new window.DOMParser().parseFromString(code, 'text/html');
  const elements = [...doc.querySelectorAll('*')].filter((el) => !['html', 'head', 'body'].includes(el.tagName.toLowerCase()));
  return {
    tags: elements.map((el) => el.tagName.toLowerCase()),
    handlers: elements.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
    heading: doc.querySelector('downtime-cost-calculator')?.getAttribute('heading') ?? null,
  };
}

function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** What a Markdown renderer would turn into markup: raw HTML (other than <br>), images, and every link target. */
function markdownMarkup(markdown: string): { html: string[]; images: number; links: string[]; text: string } {
  const found = { html: [] as string[], images: 0, links: [] as string[], text: '' };
  const visit = (node: Nodes): void => {
    if (node.type === 'html' && !/^<br\s*\/?>$/i.test(node.value)) found.html.push(node.value);
    if (node.type === 'image' || node.type === 'imageReference') found.images += 1;
    if (node.type === 'link') found.links.push(node.url);
    if (node.type === 'text' || node.type === 'inlineCode') found.text += `${node.value}\n`;
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(parseMarkdown(markdown));
  return found;
}

/** An incident carrying a payload in every text field, a note per payload, and unsafe links injected after export. */
function createHostileIncident(id: string): string {
  let incident: Incident = createTestIncident({
    id,
    title: P[1]!,
    service: P[2]!,
    roles: { commander: P[3]!, deputy: P[4]!, scribe: P[5]!, communications: P[6]! },
  });
  P.forEach((payload, i) => {
    incident = addTimelineEntry(incident, { at: incident.declaredAt + i * 1000, text: payload, kind: 'observation', source: 'manual' }, incident.declaredAt + i * 1000);
  });
  const file = JSON.parse(serializeIncident(incident)) as { incident: { timeline: { link?: string }[] } };
  LINKS.forEach((link, i) => {
    file.incident.timeline[i + 1]!.link = link;
  });
  return JSON.stringify(file);
}

/** The built-in runbook with a payload in every phase and step field. */
function createHostileRunbook(): Runbook {
  let n = 0;
  const next = () => P[n++ % P.length]!;
  return {
    ...DEFAULT_RUNBOOK,
    name: 'Hostile runbook',
    phases: DEFAULT_RUNBOOK.phases.map((phase) => ({
      ...phase,
      title: next(),
      guidance: next(),
      steps: phase.steps.map((step) => ({ ...step, title: next(), guidance: next(), detail: next(), commands: [next(), next()] })),
    })),
  };
}

/** The example postmortem with payloads in every text field and list, and unsafe links in rows and action items. */
function createHostilePostmortemDoc(id: string): PostmortemDoc {
  const doc = createExamplePostmortem(Date.UTC(2026, 0, 5));
  return {
    ...doc,
    id,
    title: `Hostile ${P[0]}`,
    incidentId: P[1]!,
    authors: P.slice(0, 5),
    services: P.slice(5, 10),
    responders: P.slice(10, 15),
    impact: { ...doc.impact, notes: ALL },
    sections: doc.sections.map((section, i) => ({ ...section, title: P[i % P.length]!, body: ALL })),
    timeline: doc.timeline.map((row, i) => ({ ...row, text: P[i % P.length]!, link: LINKS[i % LINKS.length]! })),
    fiveWhys: doc.fiveWhys.map((why) => ({ ...why, why: ALL, because: ALL })),
    actionItems: doc.actionItems.map((item, i) => ({ ...item, description: P[i % P.length]!, owner: P[(i + 3) % P.length]!, link: LINKS[i % LINKS.length]! })),
  };
}

test.describe('trust: nothing executed', () => {
  test('incident timer: payloads in the declare form, notes, links, an edited entry and a status update stay text', async ({ page, context }, testInfo) => {
    test.setTimeout(120_000);
    const watch = await watchContext(context);
    await page.goto('./incident/');
    const form = page.getByRole('form', { name: 'Declare an incident' });
    const title = `${P[0]} ${P[1]}`;
    await form.getByLabel('What is wrong?').fill(title);
    await form.getByLabel('SEV2 – Major').check();
    await form.getByLabel('Affected service (optional)').fill(P[2]!);
    for (const [i, role] of ['Incident commander', 'Deputy', 'Scribe', 'Communications'].entries()) await form.getByLabel(role).fill(P[3 + i]!);
    await form.getByRole('button', { name: 'Declare incident' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // A note with every payload, one per line, and one with the first payload alone.
    const noteField = page.getByLabel('Note', { exact: true });
    for (const text of [ALL, P[0]!]) {
      await noteField.fill(text);
      await noteField.press('Enter');
      await expect(noteField).toHaveValue('');
    }

    // Links: unsafe ones are refused with a message; valid URLs carrying a payload become http(s)/mailto links.
    await page.getByText('Add a link or an earlier time').click();
    const note = page.getByLabel('Note', { exact: true });
    const link = page.getByRole('form', { name: /note/i }).getByLabel('Link (optional)');
    for (const [i, target] of LINKS.entries()) {
      await note.fill(`Link ${i}`);
      await link.fill(target);
      await page.getByRole('button', { name: 'Add note' }).click();
      if (VALID_LINKS.includes(target)) {
        await expect(timeline(page).getByText(`Link ${i}`, { exact: true })).toBeVisible();
      } else {
        await expect(link, target).toHaveAccessibleDescription(/Enter a full link that starts with https:\/\/, http:\/\/ or mailto:/);
        await link.fill('');
      }
    }

    // Edit an entry: every payload in its text, an unsafe then a valid link.
    const validEntry = timeline(page).getByRole('listitem').filter({ hasText: `Link ${LINKS.length - 3}` });
    await validEntry.getByRole('button', { name: /^Edit/ }).click();
    const editor = page.getByRole('form', { name: 'Edit timeline entry' });
    await editor.getByLabel('What happened').fill(ALL);
    await editor.getByLabel('Link (optional)').fill(LINKS[0]!);
    await editor.getByRole('button', { name: 'Save entry' }).click();
    await expect(editor.getByLabel('Link (optional)')).toHaveAccessibleDescription(/Enter a full link/);
    await editor.getByLabel('Link (optional)').fill(VALID_LINKS[0]!);
    await editor.getByRole('button', { name: 'Save entry' }).click();
    await expect(timeline(page).getByText('<script>__xssCanary()</script> <img src=x onerror=__xssCanary()>', { exact: false }).first()).toBeVisible();

    // A status update with every payload, posted.
    const composer = page.getByRole('region', { name: 'Status updates' });
    await composer.getByLabel('Update text').fill(ALL);
    await composer.getByRole('button', { name: 'Mark as posted' }).click();
    await composer.getByText('Posted updates (1)').click();
    await expect(composer.locator('.posted-list')).toContainText(P[0]!);

    // Every payload is shown as the text it is; the links are http(s)/mailto with rel="noopener noreferrer".
    await expect(timeline(page).getByText(P[0]!, { exact: true })).toBeVisible();
    const shown = await timeline(page).innerText();
    expect(P.filter((payload) => !shown.includes(payload.trim()))).toEqual([]);
    const timelineLinks = timeline(page).getByRole('link');
    await expect(timelineLinks).toHaveCount(VALID_LINKS.length);
    for (const a of await timelineLinks.all()) await expect(a).toHaveAttribute('rel', 'noopener noreferrer');

    // The exported JSON carries the text as JSON strings, and reads back as the same incident.
    await page.getByRole('button', { name: 'Resolve incident' }).first().click();
    await page.getByRole('dialog', { name: 'Resolve this incident?' }).getByRole('button', { name: 'Resolve incident' }).click();
    const file = await download(page, page.getByRole('region', { name: 'Incident summary' }).getByRole('button', { name: 'Export JSON' }), testInfo);
    const parsed = parseIncidentJson(file.text);
    expect(parsed.ok && parsed.incident.title).toBe(title);
    expect(parsed.ok && parsed.incident.timeline.some((e) => e.text === ALL)).toBe(true);
    await expectInert(page, watch);
  });

  test('incident and runbook JSON imports full of payloads and unsafe links render as text', async ({ page, context }) => {
    test.setTimeout(90_000);
    const watch = await watchContext(context);
    await page.goto('./incident/');
    await page.getByRole('tab', { name: 'Runbook' }).click();
    await page.getByLabel('Import a runbook from a JSON file').setInputFiles({
      name: 'hostile.runbook.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeRunbook(createHostileRunbook())),
    });
    await expect(page.getByRole('tabpanel').getByText('Imported “Hostile runbook”', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Save as default' }).first().click();
    await page.getByRole('tab', { name: /^Incident/ }).click();
    const form = page.getByRole('form', { name: 'Declare an incident' });
    await form.getByLabel('What is wrong?').fill('Runbook check');
    await form.getByLabel('SEV3 – Moderate').check();
    await form.getByRole('button', { name: 'Declare incident' }).click();
    const checklist = page.getByRole('region', { name: 'Checklist' });
    await expect(checklist.getByRole('heading', { level: 3 }).first()).toHaveText(P[0]!);
    await expect(checklist.getByRole('checkbox', { name: createHostileRunbook().phases[0]!.steps[0]!.title })).toBeVisible();
    for (const detail of await checklist.locator('details').all()) await detail.locator('summary').first().click();

    await page.getByRole('tab', { name: /^History/ }).click();
    await page.getByLabel('Import an incident from a JSON file').setInputFiles({
      name: 'hostile.incident.json',
      mimeType: 'application/json',
      buffer: Buffer.from(createHostileIncident('incident-hostile')),
    });
    await expect(page.getByRole('tabpanel').getByText(`Imported “${P[1]}”.`, { exact: true })).toBeVisible();
    await page.getByRole('button', { name: `Open “${P[1]}”`, exact: true }).click();
    for (const payload of P) await expect(timeline(page).getByText(payload, { exact: true }).first()).toBeVisible();
    // The unsafe links were dropped on import; the valid ones are links.
    await expect(timeline(page).getByRole('link')).toHaveCount(VALID_LINKS.length);
    await expectInert(page, watch);
  });

  test('postmortem editor: payloads in every field, pasted timeline and links stay text, and every export carries them inertly', async ({ page, context }, testInfo) => {
    test.setTimeout(120_000);
    const watch = await watchContext(context);
    await page.goto('./postmortem/');
    await page.getByLabel('Short').check();
    await page.getByRole('button', { name: 'Create postmortem' }).click();
    const title = `Hostile ${P.slice(0, 8).join(' ')}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Incident', { exact: true }).fill(P[8]!);
    await page.getByLabel('Authors').fill(P[9]!);
    await page.getByLabel('Responders').fill(P[10]!);
    await page.getByLabel('Services affected').fill(P[11]!);
    await page.getByLabel('Incident date').fill('2026-01-05');
    for (const name of ['Summary', 'Impact', 'Timeline', 'Cause', 'Action items']) {
      await page.getByRole('region', { name, exact: true }).getByRole('textbox', { name, exact: true }).fill(ALL);
    }
    const cause = page.getByRole('region', { name: 'Cause', exact: true });
    await cause.getByRole('button', { name: 'Start the five whys' }).click();
    await cause.getByLabel('Why 1').fill(ALL);
    await cause.getByLabel('Because 1').fill(ALL);
    await cause.getByRole('button', { name: 'Rename Cause' }).click();
    await cause.getByLabel('Section title').fill(P[12]!);
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByLabel('Title of the new section').fill(P[13]!);
    await page.getByRole('button', { name: 'Add section' }).click();
    await page.locator(':focus').fill(ALL);

    // The pasted timeline: one line per payload, then a link per row.
    const timelineSection = page.getByRole('region', { name: 'Timeline', exact: true });
    await timelineSection.getByText('Paste lines from chat or notes').click();
    await timelineSection.getByLabel('Lines to import').fill(P.map((p, i) => `14:${String(i).padStart(2, '0')} ${p}`).join('\n'));
    await timelineSection.getByRole('button', { name: `Add ${P.length} rows to the timeline` }).click();
    for (const [i, target] of LINKS.entries()) await timelineSection.getByRole('textbox', { name: `Link of row ${i + 1}`, exact: true }).fill(target);

    // Action items: payloads in description and owner; an unsafe and a valid ticket link.
    const actions = page.getByRole('region', { name: 'Action items', exact: true });
    for (const target of [LINKS[0]!, VALID_LINKS[0]!]) {
      await actions.getByRole('button', { name: 'Add an action item' }).click();
      const item = actions.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4 }) }).last();
      await item.getByLabel('What will change').fill(ALL);
      await item.getByLabel('Owner').fill(P[14]!);
      await item.getByLabel('Ticket link').fill(target);
    }
    await expect(actions).toContainText('http');

    // The preview shows the text; its only links are http(s) or mailto.
    const preview = page.getByRole('region', { name: 'Document preview' });
    await expect(preview.getByRole('heading', { level: 2, name: title })).toBeVisible();
    const previewText = await preview.innerText();
    expect(P.filter((payload) => !previewText.includes(payload.split('\n')[0]!.trim()))).toEqual([]);
    await expectInert(page, watch);

    // Markdown: no raw HTML (other than <br>), no image, links only to http(s)/mailto; the payloads are read back as text.
    const exportPanel = page.getByRole('region', { name: 'Export' });
    const markdown = await download(page, exportPanel.getByRole('button', { name: 'Download Markdown' }), testInfo);
    const markup = markdownMarkup(markdown.text);
    expect(markup.html).toEqual([]);
    expect(markup.images).toBe(0);
    expect(unsafeLinks(markup.links)).toEqual([]);
    for (const payload of ['<script>__xssCanary()</script>', '<img src=x onerror=__xssCanary()>', '{{constructor.constructor(\'__xssCanary()\')()}}', '![img](x" onerror="__xssCanary())']) {
      expect(markup.text).toContain(payload);
    }
    // PDF: the payloads are plain text in it.
    const pdf = await download(page, exportPanel.getByRole('button', { name: 'Download PDF' }), testInfo);
    expect(readPdfText(pdf.path)).toContain('<script>__xssCanary()</script>');
    // JSON: the same text, read back as the same document.
    const json = await download(page, exportPanel.getByRole('button', { name: 'Download JSON' }), testInfo);
    expect(JSON.parse(json.text).postmortem.title).toBe(title);
    await page.getByRole('button', { name: 'All postmortems' }).click();
    await page.getByLabel('Import a JSON file').setInputFiles(json.path);
    await expect(page.getByRole('status')).toContainText('is already saved exactly as in this file');
    await expectInert(page, watch);
  });

  test('postmortem and all-data JSON imports full of payloads render as text', async ({ page, context }) => {
    test.setTimeout(90_000);
    const watch = await watchContext(context);
    await page.goto('./postmortem/');
    const doc = createHostilePostmortemDoc('pm-hostile');
    await page.getByLabel('Import a JSON file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(serializePostmortem(doc)) });
    await expect(page.getByRole('heading', { level: 1, name: doc.title })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Document preview' })).toContainText('<script>__xssCanary()</script>');
    await expectInert(page, watch);

    // A full export holding a hostile incident, runbook and postmortem replaces everything after the summary.
    const incident = (JSON.parse(createHostileIncident('incident-all')) as { incident: Incident }).incident;
    const state = {
      calculator: { inputs: { ...DEFAULT_COST_INPUTS, currency: 'EUR' }, draft: null },
      incident: { incidents: [incident], deletedIds: [], runbook: createHostileRunbook(), preferences: { sound: false, notifications: false, showCost: true, showUtc: false } },
      postmortem: { docs: [{ ...doc, id: 'pm-all', title: `All data ${P[2]}` }], deletedIds: [] },
      settings: { theme: 'system' },
    };
    await page.getByRole('button', { name: 'Your data: export, import or clear' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your data' });
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'all.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'outage-kit/all-data', version: 1, exportedAt: '2026-01-05T00:00:00.000Z', state })),
    });
    await page.getByRole('dialog', { name: 'Replace all your data?' }).getByRole('button', { name: 'Replace my data' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: `All data ${P[2]}`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `All data ${P[2]}` })).toBeVisible();
    await page.goto('./incident/');
    await page.getByRole('tab', { name: /^History/ }).click();
    await page.getByRole('button', { name: `Open “${P[1]}”`, exact: true }).click();
    for (const payload of P) await expect(timeline(page).getByText(payload, { exact: true }).first()).toBeVisible();
    await expectInert(page, watch);
  });

  test('incident, runbook and postmortem imports refuse prototype keys, oversized files and wrong shapes, saying why', async ({ page }, testInfo) => {
    const incidentFile = serializeIncident(createTestIncident({ id: 'inc-x', title: 'Good incident' }));
    const postmortemFile = serializePostmortem(createExamplePostmortem(Date.UTC(2026, 0, 5)));
    const runbookFile = serializeRunbook(DEFAULT_RUNBOOK);
    const pollute = (text: string) => text.replace(/^\{/, '{"__proto__": {"polluted": 1},');
    const oversize = (text: string, bytes: number) => text.replace(/\}\s*$/, `, "padding": "${'x'.repeat(bytes)}"}`);
    const cases = [
      {
        page: './incident/',
        open: () => page.getByRole('tab', { name: /^History/ }).click(),
        input: () => page.getByLabel('Import an incident from a JSON file'),
        alert: () => page.getByRole('alert').filter({ hasText: 'This incident could not be imported' }),
        files: [
          [pollute(incidentFile), 'This file contains the key "__proto__", which is not allowed in an incident.'],
          [oversize(incidentFile, 2 * 1024 * 1024), 'the limit is 2 MB'],
          [incidentFile.replace('"title": "Good incident"', '"title": 42'), 'The title must be text.'],
          [postmortemFile, 'This is a postmortem file, not an incident.'],
        ],
      },
      {
        page: './incident/',
        open: () => page.getByRole('tab', { name: 'Runbook' }).click(),
        input: () => page.getByLabel('Import a runbook from a JSON file'),
        alert: () => page.getByRole('alert').filter({ hasText: 'There is a problem with this runbook' }),
        files: [
          [pollute(runbookFile), 'This file contains the key "__proto__", which is not allowed in a runbook.'],
          [runbookFile.replace('"phases": [', '"constructor": {"prototype": {}}, "phases": ['), 'which is not allowed in a runbook'],
          [oversize(runbookFile, 200 * 1024), 'the limit is 200 KB'],
          [runbookFile.replace(/"steps": \[/, '"steps": 7, "x": ['), 'Phase 1'],
        ],
      },
      {
        page: './postmortem/',
        open: async () => {},
        input: () => page.getByLabel('Import a JSON file'),
        alert: () => page.getByRole('alert').filter({ hasText: 'could not be imported' }),
        files: [
          [pollute(postmortemFile), 'This file contains the key "__proto__", which is not allowed in a postmortem.'],
          [oversize(postmortemFile, 5 * 1024 * 1024), 'This file is 5.1 MB; a postmortem can be at most 5 MB.'],
          [postmortemFile.replace('"severity": "SEV1"', '"severity": "SEV9"'), 'Choose a severity SEV1–SEV4, or none.'],
          [incidentFile, 'This is an incident file, not a postmortem.'],
        ],
      },
    ] as const;
    for (const tool of cases) {
      await page.goto(tool.page);
      await tool.open();
      for (const [text, message] of tool.files) {
        // From disk, so the browser reads the file itself (megabytes through the test protocol are slow).
        const path = testInfo.outputPath(`import-${Date.now()}.json`);
        writeFileSync(path, text);
        await tool.input().setInputFiles(path);
        await expect(tool.alert(), message).toContainText(message);
      }
    }
    expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'))).toBe(false);
    // Nothing was imported.
    await expect(page.getByRole('region', { name: 'Your postmortems' })).toHaveCount(0);
  });

  test('URL parameters and hashes on every page, and every embed attribute and option, stay text', async ({ page, context }) => {
    test.setTimeout(120_000);
    const watch = await watchContext(context);
    // The calculator's share link: every payload as a value of a real parameter, and as a parameter name.
    for (let start = 0; start < P.length; start += 9) {
      const query = new URLSearchParams();
      P.slice(start, start + 9).forEach((payload, i) => {
        query.append(SHARE_PARAM_NAMES[i % SHARE_PARAM_NAMES.length]!, payload);
        query.append(payload, '1');
      });
      await page.goto(`./?${query.toString()}#${encodeURIComponent(P[start]!)}`);
      await expect(page.getByText('Some parts of the link were ignored')).toBeVisible();
      await expect(page.getByRole('status', { name: 'Total cost' })).toBeVisible();
    }
    // The tool pages take no parameters: a hostile query or hash changes nothing.
    for (const path of ['./incident/', './postmortem/']) {
      await page.goto(`${path}?title=${encodeURIComponent(P[0]!)}&q=${encodeURIComponent(P[1]!)}#${encodeURIComponent(P[2]!)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Declare an incident|Blameless postmortems/);
    }
    // The iframe embed (embed.spec.ts puts the first ten in every option): the rest, five per page load, one per option.
    for (let start = 10; start < P.length; start += 5) {
      const [title, currency, lock, sections, theme] = P.slice(start, start + 5).concat(P.slice(0, 5));
      const query = new URLSearchParams({ title: title!, currency: currency!, lock: lock!, sections: sections!, theme: theme!, [title!]: '1' });
      await page.goto(`${EMBED_ORIGIN}/embed.html?${query.toString()}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(asEmbedTitle(title!));
      await expect(page.getByRole('status').filter({ hasText: 'Some settings were ignored' })).toBeVisible();
    }
    await expectInert(page, watch);

    // The custom element on another origin: every payload in every attribute.
    await page.goto(`${HOST_ORIGIN}/element.html`);
    const element = page.locator('#first');
    await expect(element.getByRole('status', { name: 'Total cost' })).toBeVisible();
    for (const payload of P) {
      await element.evaluate((el, value) => {
        for (const name of ['heading', 'currency', 'minutes', 'sections', 'lock', 'theme', 'revenue-period', 'sla-tiers']) el.setAttribute(name, value);
      }, payload);
      await expect(element.getByRole('heading').first()).toHaveText(asEmbedTitle(payload));
    }
    await expect(element.getByRole('status', { name: 'Total cost' })).toBeVisible();
    await expectInert(page, watch);

    // The embed builder: the payloads as the embed's title, a few at a time (a title holds 120 characters); both
    // snippets quote it as one attribute value.
    await page.goto('./');
    await page.getByText('Embed this calculator').click();
    const options = page.getByRole('form', { name: 'Embed options' });
    const parser = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    const titles: string[] = [];
    for (const payload of P) {
      if (titles.length > 0 && `${titles.at(-1)} ${payload}`.length <= 120) titles[titles.length - 1] += ` ${payload}`;
      else titles.push(payload);
    }
    for (const payload of titles) {
      await options.getByLabel('Title').fill(payload);
      const snippets = {
        iframe: await page.getByLabel('iframe (works everywhere)').inputValue(),
        element: await page.getByLabel('Custom element').inputValue(),
      };
      const parsed = { iframe: readSnippet(parser, snippets.iframe), element: readSnippet(parser, snippets.element) };
      expect(parsed.iframe.tags.sort()).toEqual(['iframe', 'script']);
      expect(parsed.element.tags.sort()).toEqual(['downtime-cost-calculator', 'script']);
      expect([...parsed.iframe.handlers, ...parsed.element.handlers]).toEqual([]);
      // The payload's quotes and brackets are escaped inside the attribute: parsing gives back the text, not markup.
      expect(parsed.element.heading).toContain(payload.trim().split('\n')[0]!.slice(0, 12));
    }
    await parser.happyDOM.close();
    await expectInert(page, watch);
  });
});
