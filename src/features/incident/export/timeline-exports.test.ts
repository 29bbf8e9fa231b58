import fc from 'fast-check';
import type { List, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { restoreCsvCell } from '../../../lib/csv';
import { readSlackText } from '../../../lib/slack-mrkdwn';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';
import { createShareOutIncident } from '../../../testing/share-out-fixture';
import { addTimelineEntry, visibleTimeline } from '../domain/timeline';
import type { Incident } from '../domain/incident-types';
import { renderTimelineCsv } from './render-timeline-csv';
import { renderTimelineMarkdown } from './render-timeline-markdown';
import { renderTimelineSlack } from './render-timeline-slack';
import { renderTimelineText } from './render-timeline-text';
import { serializeTimelineJson, TIMELINE_JSON_FORMAT, type TimelineJson } from './timeline-json';

const OPTIONS = { locale: 'en-GB', timeZone: 'Europe/Berlin' };
const INCIDENT = createShareOutIncident();
const VISIBLE = visibleTimeline(INCIDENT.timeline);

function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The text a reader sees: text, code, line breaks and link text; raw HTML would show as its source. */
function readText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      return node.value;
    case 'break':
      return '\n';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(readText).join('') : '';
  }
}

function collectTypes(node: Nodes, into = new Set<string>()): Set<string> {
  into.add(node.type);
  if ('children' in node) for (const child of node.children as Nodes[]) collectTypes(child, into);
  return into;
}

/** What Markdown gives back for user text: the text and its lines trimmed, NUL as U+FFFD. */
function expectedMarkdownText(text: string): string {
  return text
    .trim()
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '\uFFFD')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** Lone surrogates as U+FFFD, as a parser reads them (String#toWellFormed is ES2024, beyond our lib setting). */
function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function parseCsv(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: false, newline: '\r\n', delimiter: ',' });
  expect(result.errors).toEqual([]);
  // The final CRLF reads as one last empty row.
  expect(result.data.at(-1)).toEqual(['']);
  return result.data.slice(0, -1).map((row) => row.map(restoreCsvCell));
}

function withEntries(texts: readonly string[], authors: readonly string[] = []): Incident {
  // Without the declaration's own entries: only the generated ones.
  let incident: Incident = { ...createTestIncident(), timeline: [] };
  texts.forEach((text, i) => {
    const author = authors[i];
    incident = addTimelineEntry(
      incident,
      { id: `p-${String(i).padStart(3, '0')}`, at: T0 + i * MINUTE, text, kind: 'observation', source: 'manual', ...(author ? { author } : {}) },
      T0,
    );
  });
  return incident;
}

describe('renderTimelineMarkdown', () => {
  const markdown = renderTimelineMarkdown(INCIDENT, OPTIONS);
  const tree = parseMarkdown(markdown);
  const list = tree.children.find((node): node is List => node.type === 'list');

  it('has a title, a line naming the zone, and one list item per visible entry', () => {
    expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
    expect(readText(tree.children[0]!)).toBe('Timeline: INC-2025-007 · Checkout fails with an error');
    expect(readText(tree.children[1]!)).toBe(`SEV1 · Times in Europe/Berlin (UTC+01:00) · ${VISIBLE.length} entries, 2 starred (★)`);
    expect(list?.children).toHaveLength(VISIBLE.length);
    expect(markdown).not.toContain('deleted entry');
  });

  it('gives back every entry’s text intact, as text: no emphasis, link, code, HTML or table from user text', () => {
    VISIBLE.forEach((entry, i) => {
      const item = list!.children[i]!;
      const lines = item.children.map(readText).join('\n').split('\n');
      const [meta = '', ...rest] = lines;
      const body = entry.link && !entry.link.startsWith('javascript') ? rest.slice(0, -1) : rest;
      expect(meta.startsWith(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/Berlin' }).format(entry.at))).toBe(true);
      expect(body.join('\n')).toBe(expectedMarkdownText(entry.text));
      if (entry.author) expect(meta).toContain(entry.author.replace(/\s+/g, ' ').trim());
      expect(meta.endsWith('★ Starred')).toBe(entry.starred === true);
    });
    const types = collectTypes(tree);
    for (const forbidden of ['emphasis', 'delete', 'inlineCode', 'code', 'html', 'table', 'blockquote', 'image', 'definition', 'thematicBreak', 'inlineMath']) {
      expect(types.has(forbidden), forbidden).toBe(false);
    }
  });

  it('links only safe links, with the link’s own address', () => {
    const links: string[] = [];
    const walk = (node: Nodes) => {
      if (node.type === 'link') links.push(node.url);
      if ('children' in node) (node.children as Nodes[]).forEach(walk);
    };
    walk(tree);
    expect(links.length).toBeGreaterThan(0);
    for (const url of links) expect(url).toMatch(/^https:\/\//);
    expect(links).toContain('https://example.com/a_(b)|c?x=%3Cy%3E&z=1');
  });

  it('keeps any text inside its own item (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { minLength: 1, maxLength: 5 }), (texts) => {
        const incident = withEntries(texts);
        const parsed = parseMarkdown(renderTimelineMarkdown(incident, OPTIONS));
        const items = parsed.children.find((node): node is List => node.type === 'list')?.children ?? [];
        expect(items).toHaveLength(texts.length);
        items.forEach((item, i) => {
          const [, ...body] = item.children.map(readText).join('\n').split('\n');
          // Lone surrogates are not text a parser keeps; compare what is well formed.
          expect(body.join('\n')).toBe(expectedMarkdownText(toWellFormed(texts[i] ?? '')));
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderTimelineCsv', () => {
  const rows = parseCsv(renderTimelineCsv(INCIDENT, OPTIONS));

  it('has a header row naming the zone, then a row per visible entry', () => {
    expect(rows[0]).toEqual(['Time', 'Local time (Europe/Berlin)', 'Kind', 'Author', 'Text', 'Link', 'Starred', 'Source']);
    expect(rows).toHaveLength(VISIBLE.length + 1);
  });

  it('round-trips every cell through papaparse, nasty text included', () => {
    VISIBLE.forEach((entry, i) => {
      const row = rows[i + 1]!;
      expect(Date.parse(row[0]!)).toBe(Math.floor(entry.at / 1000) * 1000);
      expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+01:00$/);
      expect(row[1]).toContain('2025');
      expect(row[3]).toBe((entry.author ?? '').trim());
      expect(row[4]).toBe(entry.text.replace(/\r\n?/g, '\n'));
      expect(row[5]).toBe(entry.link?.startsWith('https') ? 'https://example.com/a_(b)|c?x=%3Cy%3E&z=1' : '');
      expect(row[6]).toBe(entry.starred ? 'yes' : 'no');
      expect(row[7]).toBe(entry.source);
    });
  });

  it('guards every cell a spreadsheet would run as a formula', () => {
    const raw = Papa.parse<string[]>(renderTimelineCsv(INCIDENT, OPTIONS), { newline: '\r\n' }).data;
    for (const cell of raw.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(raw.flat()).toContain(`'=HYPERLINK("https://evil.example","click")`);
  });

  it('round-trips any text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 60 }), { minLength: 1, maxLength: 5 }), fc.array(fc.string({ maxLength: 20 })), (texts, authors) => {
        const parsed = parseCsv(renderTimelineCsv(withEntries(texts, authors), OPTIONS));
        expect(parsed.slice(1).map((row) => row[4])).toEqual(texts.map((text) => text.replace(/\r\n?/g, '\n')));
        expect(parsed.slice(1).map((row) => row[3])).toEqual(texts.map((_, i) => (authors[i] ?? '').trim()));
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderTimelineSlack', () => {
  const slack = renderTimelineSlack(INCIDENT, OPTIONS);

  it('escapes &, < and > and never writes a mention or a link from user text', () => {
    // Every < in the output opens one of our links: a safe https address with a host label.
    const angles = slack.match(/<[^>]*>/g) ?? [];
    for (const markup of angles) expect(markup).toMatch(/^<https:\/\/example\.com\/[^|<>\s]*\|example\.com>$/);
    expect(slack).not.toMatch(/<[!@#]/);
    expect(slack).toContain('&lt;script&gt;alert("xss")&lt;/script&gt;');
    expect(slack).toContain('&amp;lt;b&amp;gt; &amp;amp; &amp;#60;');
    expect(slack).not.toMatch(/@(channel|here|everyone)\b/);
  });

  it('reads back as every entry’s text, with its time in bold', () => {
    const blocks = slack.split('\n• ').slice(1);
    expect(blocks).toHaveLength(VISIBLE.length);
    VISIBLE.forEach((entry, i) => {
      const [meta = '', ...lines] = blocks[i]!.replace(/\n$/, '').split('\n');
      expect(meta).toMatch(/^\*\d{2}:\d{2}:\d{2}\* · /);
      const text = lines.filter((line) => !/^ {4}<https:/.test(line)).map((line) => readSlackText(line.replace(/^ {4}/, '')));
      expect(text.join('\n')).toBe(entry.text.replace(/\r\n?/g, '\n'));
    });
  });
});

describe('renderTimelineText', () => {
  it('lists every visible entry with its time, kind and text', () => {
    const text = renderTimelineText(INCIDENT, OPTIONS);
    expect(text.startsWith('Timeline: INC-2025-007 · Checkout fails with an error\nSEV1 · Times in Europe/Berlin (UTC+01:00)')).toBe(true);
    for (const entry of VISIBLE) for (const line of entry.text.split(/\r\n?|\n/)) expect(text).toContain(`  ${line}`);
    expect(text).not.toContain('deleted entry');
  });
});

describe('serializeTimelineJson', () => {
  it('is the visible timeline with a format stamp, exact instants and the zone', () => {
    const file = JSON.parse(serializeTimelineJson(INCIDENT, { ...OPTIONS, now: T0 })) as TimelineJson;
    expect(file.format).toBe(TIMELINE_JSON_FORMAT);
    expect(file.timeline.timeZone).toBe('Europe/Berlin');
    expect(file.timeline.incident).toMatchObject({ number: 'INC-2025-007', severity: 'SEV1' });
    expect(file.timeline.entries.map((entry) => entry.text)).toEqual(VISIBLE.map((entry) => entry.text.replace(/\r\n?/g, '\n')));
    expect(file.timeline.entries.map((entry) => Date.parse(entry.at))).toEqual(VISIBLE.map((entry) => entry.at));
    expect(file.timeline.entries.filter((entry) => entry.starred).map((entry) => entry.id)).toEqual(['share-02', 'share-07']);
    expect(file.timeline.entries.map((entry) => entry.link ?? null).filter((link) => link !== null)).toEqual(
      VISIBLE.filter((entry) => entry.link?.startsWith('https')).map(() => 'https://example.com/a_(b)|c?x=%3Cy%3E&z=1'),
    );
  });
});
