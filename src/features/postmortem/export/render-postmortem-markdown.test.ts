import fc from 'fast-check';
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { buildPostmortemOutline, type OutlineBlock } from '../domain/build-postmortem-outline';
import { readGoldenFile } from '../../../testing/golden-file';
import { arbitraryPostmortemDoc, createGoldenDocs, createHostilePostmortem, FIXED_NOW, HOSTILE_STRINGS } from '../../../testing/postmortem-fixture';
import type { PostmortemDoc } from '../domain/postmortem-types';
import { escapeMarkdownInline, escapeMarkdownTableCell, renderPostmortemMarkdown } from './render-postmortem-markdown';
import { createPostmortem, createPostmortemFromIncident } from '../domain/templates';
import { postUpdate, reachMilestone } from '../../incident/domain/incident-actions';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The text a reader sees: text, code, line breaks (`break` and `<br>`) and link text; HTML other than <br> is kept as its source. */
function readText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value) ? '\n' : node.value;
    default:
      return 'children' in node ? (node.children as Nodes[]).map(readText).join('') : '';
  }
}

/** What the parser must give back for a piece of user text: CommonMark turns NUL into U+FFFD; lines are trimmed. */
function expected(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '\uFFFD')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

type Simple =
  | { type: 'heading'; depth: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'table'; rows: { text: string; href?: string }[][] };

function simplifyParsed(node: RootContent): Simple {
  switch (node.type) {
    case 'heading':
      return { type: 'heading', depth: node.depth, text: readText(node) };
    case 'paragraph':
      return { type: 'paragraph', text: readText(node) };
    case 'list':
      return { type: 'list', ordered: node.ordered === true, items: node.children.map((item) => item.children.map(readText).join('\n')) };
    case 'table':
      return {
        type: 'table',
        rows: node.children.map((row) =>
          row.children.map((cell) => {
            const link = cell.children.length === 1 && cell.children[0]?.type === 'link' ? cell.children[0] : null;
            return link ? { text: readText(cell), href: link.url } : { text: readText(cell) };
          }),
        ),
      };
    default:
      return { type: 'paragraph', text: `<unexpected ${node.type}>` };
  }
}

function simplifyOutline(block: OutlineBlock): Simple {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', text: expected(block.lines.join('\n')) };
    case 'subheading':
      return { type: 'heading', depth: 3, text: block.text.trim() };
    case 'list':
      return { type: 'list', ordered: block.ordered, items: block.items.map(expected) };
    case 'table':
      return {
        type: 'table',
        rows: [
          block.columns.map((c) => ({ text: c })),
          ...block.rows.map((row) => row.map((cell) => (cell.href ? { text: expected(cell.text), href: cell.href } : { text: expected(cell.text) }))),
        ],
      };
  }
}

/**
 * GFM parsers turn bare URLs, www. and e-mail addresses in text into links (this one even when the text escapes
 * them). Those are harmless http(s)/mailto links; where the expected cell has no link, a parsed autolink is ignored.
 */
function ignoreAutolinks(parsed: Simple[], wanted: Simple[]): Simple[] {
  return parsed.map((block, b) => {
    const other = wanted[b];
    if (block.type !== 'table' || other?.type !== 'table') return block;
    return {
      ...block,
      rows: block.rows.map((row, r) =>
        row.map((cell, c) =>
          cell.href !== undefined && other.rows[r]?.[c]?.href === undefined && /^(https?|mailto):/.test(cell.href) ? { text: cell.text } : cell,
        ),
      ),
    };
  });
}

/** The document as the parser should read it back: headings, paragraphs, lists and tables in order. */
function expectedStructure(doc: PostmortemDoc): Simple[] {
  const outline = buildPostmortemOutline(doc);
  const blocks: Simple[] = [
    { type: 'heading', depth: 1, text: expected(outline.title) },
    { type: 'list', ordered: false, items: outline.fields.map((f) => expected(`${f.label}: ${f.value.replace(/\s*[\r\n]+\s*/g, ' ').trim()}`)) },
  ];
  for (const section of outline.sections) {
    blocks.push({ type: 'heading', depth: 2, text: expected(section.title) });
    blocks.push(...section.blocks.map(simplifyOutline));
  }
  return blocks;
}

describe('renderPostmortemMarkdown', () => {
  it.each(createGoldenDocs())('matches the golden file for $name', async ({ name, doc }) => {
    const markdown = renderPostmortemMarkdown(doc);
    expect(markdown).toBe(await readGoldenFile(new URL('./__golden__/', import.meta.url), `${name}.md`, markdown));
  });

  it('is deterministic', () => {
    const doc = createHostilePostmortem();
    expect(renderPostmortemMarkdown(structuredClone(doc))).toBe(renderPostmortemMarkdown(doc));
  });

  it.each(createGoldenDocs())('reads back every heading, paragraph, list item, table row and cell ($name)', ({ doc }) => {
    const wanted = expectedStructure(doc);
    const parsed = ignoreAutolinks(parse(renderPostmortemMarkdown(doc)).children.map(simplifyParsed), wanted);
    expect(parsed).toEqual(wanted);
  });

  it('keeps hostile text inert: no HTML, images or javascript links survive', () => {
    const tree = parse(renderPostmortemMarkdown(createHostilePostmortem()));
    const found: string[] = [];
    const walk = (node: Nodes): void => {
      if (node.type === 'html' && !/^<br>$/.test(node.value)) found.push(`html ${node.value}`);
      if (node.type === 'image' || node.type === 'imageReference' || node.type === 'linkReference' || node.type === 'definition') found.push(node.type);
      if (node.type === 'link' && !/^(https?:|mailto:)/.test(node.url)) found.push(`link ${node.url}`);
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'blockquote' || node.type === 'thematicBreak') found.push(node.type);
      if (node.type === 'emphasis' && readText(node) !== 'No timeline entries yet.' && readText(node) !== 'Not written yet.') found.push('emphasis');
      if ('children' in node) (node.children as Nodes[]).forEach(walk);
    };
    walk(tree);
    expect(found).toEqual([]);
  });

  it('writes the XSS strings as literal text that the parser reads back unchanged', () => {
    const doc = createHostilePostmortem();
    const tree = parse(renderPostmortemMarkdown(doc));
    const timeline = tree.children.filter((n) => n.type === 'table')[1];
    expect(timeline?.type).toBe('table');
    const eventCells = timeline?.type === 'table' ? timeline.children.slice(1).map((row) => readText(row.children[1] as Nodes)) : [];
    expect(eventCells).toContain('<img src=x onerror=alert(1)>');
    expect(eventCells).toContain('[x](javascript:alert(1))');
    expect(eventCells).toContain('a | b || c \\| d');
    expect(eventCells).toContain('line one\nline two\nline three');
  });

  it('states times in UTC with the local zone and offset', () => {
    const doc = createHostilePostmortem();
    const markdown = renderPostmortemMarkdown(doc);
    expect(markdown).toContain('Times are UTC (local time zone America/New_York, UTC-05:00).');
    expect(markdown).toContain('| Time (UTC) | Event | Link |');
    expect(markdown).toContain('| 2026-11-27 18:00 |');
    expect(markdown).toContain('| 2026-11-27 18:03:30 |');
  });

  it('writes the response metrics as a GFM table and the posted updates as Messaging lines', () => {
    let incident = createTestIncident();
    incident = postUpdate(incident, { at: T0 + 3 * MINUTE, status: 'investigating', audience: 'internal', text: 'SEV1: checkout | payments *down*' }, T0 + 3 * MINUTE);
    incident = postUpdate(incident, { at: T0 + 20 * MINUTE, status: 'monitoring', audience: 'customers', text: 'A fix is in place.' }, T0 + 20 * MINUTE);
    incident = reachMilestone(incident, 'mitigated', T0 + 15 * MINUTE);
    const doc = createPostmortemFromIncident(incident, { template: 'short', now: T0 + 30 * MINUTE, timeZone: 'UTC', id: 'pm-md' });
    const tree = parse(renderPostmortemMarkdown(doc));
    const tables = tree.children.filter((node) => node.type === 'table').map((node) => simplifyParsed(node));
    const metrics = tables.find((t) => t.type === 'table' && t.rows[0]?.map((c) => c.text).join('|') === 'Metric|Value|Definition');
    expect(metrics?.type === 'table' && metrics.rows.slice(1).map((row) => row.map((c) => c.text))).toEqual([
      ['TTD', '10 min', 'Time to detect: impact start → detected'],
      ['TTA', '3 min', 'Time to acknowledge: detected (else impact start) → first status update'],
      ['TTM', '25 min', 'Time to mitigate: impact start → service restored'],
      ['TTR', 'Not recorded', 'Time to resolve: impact start → resolved'],
    ]);
    const headings = tree.children.filter((node) => node.type === 'heading').map((node) => readText(node));
    expect(headings).toContain('Messaging');
    const messaging = tree.children.slice(tree.children.findIndex((node) => node.type === 'heading' && readText(node) === 'Messaging'));
    const list = messaging.find((node) => node.type === 'list');
    expect(list && simplifyParsed(list)).toEqual({
      type: 'list',
      ordered: false,
      items: ['13:03 · Internal · Investigating: SEV1: checkout | payments *down*', '13:20 · Customers · Monitoring: A fix is in place.'],
    });
  });

  it('links only http(s) and mailto targets', () => {
    const markdown = renderPostmortemMarkdown(createHostilePostmortem());
    expect(markdown).toContain('[example.com](https://example.com/a_\\(b\\)\\|c?x=%3Cy%3E)');
    expect(markdown).toContain('[sre@example.com](mailto:sre@example.com)');
    expect(markdown).not.toMatch(/(?<!\\)\](?:\(|\\\()javascript:/);
  });

  it('leaves hidden sections out and shows custom ones', () => {
    const doc = createHostilePostmortem();
    const markdown = renderPostmortemMarkdown(doc);
    expect(markdown).not.toContain('## Messaging');
    expect(markdown).toContain('## Custom \\*\\*bold\\*\\* \\_em\\_ \\~\\~strike\\~\\~ \\$x^2\\$');
  });

  it('renders an empty document with placeholders and a metadata list', () => {
    const markdown = renderPostmortemMarkdown(createPostmortem({ template: 'short', now: FIXED_NOW, timeZone: 'UTC', id: 'e' }));
    expect(markdown.startsWith('# Untitled postmortem\n\n- **Incident:** —\n')).toBe(true);
    expect(markdown).toContain('## Cause\n\n_Not written yet._');
    expect(markdown).toContain('_No action items yet._');
  });

  it('produces tables with the right number of rows and cells for any text (property)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryPostmortemDoc(), (doc) => {
        const tree = parse(renderPostmortemMarkdown(doc));
        const tables = tree.children.filter((n) => n.type === 'table');
        const expectedTables = buildPostmortemOutline(doc).sections.flatMap((s) => s.blocks).filter((b) => b.type === 'table');
        expect(tables.length).toBe(expectedTables.length);
        tables.forEach((table, index) => {
          const outline = expectedTables[index];
          if (table.type !== 'table' || outline?.type !== 'table') throw new Error('not a table');
          expect(table.children.length).toBe(outline.rows.length + 1);
          for (const row of table.children) expect(row.children.length).toBe(outline.columns.length);
          outline.rows.forEach((row, r) => {
            row.forEach((cell, c) => {
              expect(readText(table.children[r + 1]?.children[c] as Nodes)).toBe(expected(cell.text));
            });
          });
        });
        const headings = tree.children.filter((n) => n.type === 'heading' && n.depth <= 2);
        expect(headings.length).toBe(1 + doc.sections.filter((s) => !s.hidden).length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderPostmortemMarkdown structure', () => {
  it('reads back every block of any document (property)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryPostmortemDoc(), (doc) => {
        const wanted = expectedStructure(doc);
        const parsed = ignoreAutolinks(parse(renderPostmortemMarkdown(doc)).children.map(simplifyParsed), wanted);
        expect(parsed).toEqual(wanted);
      }),
      { numRuns: 200 },
    );
  });
});

describe('escapeMarkdownInline', () => {
  it.each(HOSTILE_STRINGS.filter((s) => !s.includes('\n')))('reads back %j unchanged in a paragraph', (text) => {
    const tree = parse(`x ${escapeMarkdownInline(text)}`);
    expect(tree.children).toHaveLength(1);
    expect(readText(tree.children[0] as Nodes)).toBe(`x ${text}`.trim());
  });

  it('keeps underscores inside words readable', () => {
    expect(escapeMarkdownInline('db_pool_max and _x_')).toBe('db_pool_max and \\_x\\_');
  });
});

describe('escapeMarkdownTableCell', () => {
  it('escapes pipes and turns newlines into <br>', () => {
    expect(escapeMarkdownTableCell('a | b\nc')).toBe('a \\| b<br>c');
  });
});

describe('renderPostmortemMarkdown’s Review block', () => {
  it('ends the document with the sign-off, the meeting and a reviewer table, reviewer names escaped', () => {
    const doc: PostmortemDoc = {
      ...createPostmortem({ template: 'short', now: FIXED_NOW, timeZone: 'UTC' }),
      timeZone: 'UTC',
      status: 'in-review',
      reviewMeeting: { date: '2026-12-03', time: '10:00', durationMinutes: 60 },
      reviewers: [
        { id: 'r1', name: 'Ana <img src=x onerror=alert(1)>', signedOffAt: Date.UTC(2026, 11, 3, 15) },
        { id: 'r2', name: 'Ben | SRE', signedOffAt: null },
      ],
    };
    const markdown = renderPostmortemMarkdown(doc);
    const review = markdown.slice(markdown.lastIndexOf('## Review'));
    expect(review).toContain('Status: In review');
    expect(review).toContain('Sign-off: 1 of 2 reviewers have signed off');
    expect(review).toContain('Meeting: 2026-12-03 at 10:00 UTC, 60 min');
    expect(review).toContain('| Reviewer | Signed off |');
    expect(review).toContain('2026-12-03 |');
    expect(review).toContain('Not yet');
    // Escaped as typed text (\<img …), never a tag.
    expect(review).toContain('\\<img');
    expect(review).not.toMatch(/[^\\]<img/);
    const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const table = tree.children.at(-1);
    expect(table?.type).toBe('table');
    expect(table?.type === 'table' ? table.children.length : 0).toBe(3);
  });
});
