// GitHub-flavoured Markdown from a postmortem, with every piece of user text escaped so it stays inert text.
import { buildPostmortemOutline, type OutlineBlock, type OutlineCell, type OutlineOptions } from '../domain/build-postmortem-outline';
import {
  escapeMarkdownDestination,
  escapeMarkdownInline,
  escapeMarkdownLine,
  renderMarkdownInline,
} from '../../../lib/markdown-escape';
import type { PostmortemDoc } from '../domain/postmortem-types';
import { normalizeNewlines } from '../domain/section-body';

// The inline escapers moved to src/lib/markdown-escape.ts (the incident's share-out uses them too); re-exported for existing callers.
export { escapeMarkdownInline };

/** Escapes a table cell: inline escapes (including `|`), URLs as links (unless `linkify` is false), line breaks as `<br>`. */
export function escapeMarkdownTableCell(text: string, linkify = true): string {
  return normalizeNewlines(text)
    .split('\n')
    .map((line) => (linkify ? renderMarkdownInline(line.trim()) : escapeMarkdownInline(line.trim())))
    .join('<br>');
}

/** One line of text for headings and header fields: line breaks become spaces; `#` is escaped too. */
function escapeSingleLine(text: string): string {
  return renderMarkdownInline(normalizeNewlines(text).replace(/\s*\n\s*/g, ' ').trim()).replace(/#/g, '\\#');
}

function renderCell(cell: OutlineCell): string {
  // Link text never holds another link.
  return cell.href ? `[${escapeMarkdownTableCell(cell.text, false)}](${escapeMarkdownDestination(cell.href)})` : escapeMarkdownTableCell(cell.text);
}

function renderLines(lines: readonly string[], indent = ''): string {
  // A backslash at the end of a line is a hard line break in CommonMark.
  return lines.map((line, index) => (index === 0 ? '' : indent) + escapeMarkdownLine(line)).join('\\\n');
}

/** `alternate` switches the list marker ("*" / "1)"), so two lists in a row stay two lists. */
function renderBlock(block: OutlineBlock, alternate = false): string {
  switch (block.type) {
    case 'paragraph': {
      const text = renderLines(block.lines.map((l) => normalizeNewlines(l)).flatMap((l) => l.split('\n')));
      return block.muted ? `_${text}_` : text;
    }
    case 'subheading':
      return `### ${escapeSingleLine(block.text)}`;
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${block.start + index}${alternate ? ')' : '.'}` : alternate ? '*' : '-';
          const indent = ' '.repeat(marker.length + 1);
          const lines = normalizeNewlines(item).split('\n');
          return `${marker} ${renderLines(lines, indent)}`;
        })
        .join('\n');
    case 'table': {
      const header = `| ${block.columns.map((c) => escapeMarkdownTableCell(c)).join(' | ')} |`;
      const divider = `| ${block.columns.map(() => '---').join(' | ')} |`;
      const rows = block.rows.map((row) => `| ${row.map(renderCell).join(' | ')} |`);
      return [header, divider, ...rows].join('\n');
    }
  }
}

/**
 * Renders the postmortem as GitHub-flavoured Markdown: `# title`, a list of header fields, then every visible
 * section as `## title` with its body and tables (Impact, Timeline with times in UTC and the zone's offset stated,
 * Action items) and the five whys as a numbered list. User text is escaped, so `<img …>` or `[x](javascript:…)`
 * show as typed; only http(s) and mailto links become links. Deterministic: the same document gives the same bytes.
 */
export function renderPostmortemMarkdown(doc: PostmortemDoc, options: OutlineOptions = {}): string {
  const outline = buildPostmortemOutline(doc, options);
  // A drill's heading line says so first, so no copy of it (a wiki page, a ticket) reads as a real outage.
  const parts: string[] = [`# ${outline.drillLabel ? `${escapeSingleLine(outline.drillLabel)}: ` : ''}${escapeSingleLine(outline.title)}`];
  parts.push(outline.fields.map((field) => `- **${escapeSingleLine(field.label)}:** ${escapeSingleLine(field.value)}`).join('\n'));
  for (const section of outline.sections) {
    parts.push(`## ${escapeSingleLine(section.title)}`);
    let previous: OutlineBlock | null = null;
    let alternate = false;
    for (const block of section.blocks) {
      // CommonMark joins two adjacent lists with the same marker into one.
      alternate = block.type === 'list' && previous?.type === 'list' && previous.ordered === block.ordered ? !alternate : false;
      parts.push(renderBlock(block, alternate));
      previous = block;
    }
  }
  return `${parts.join('\n\n')}\n`;
}
