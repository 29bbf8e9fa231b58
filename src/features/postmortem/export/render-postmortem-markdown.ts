// GitHub-flavoured Markdown from a postmortem, with every piece of user text escaped so it stays inert text.
import { buildPostmortemOutline, type OutlineBlock, type OutlineCell, type OutlineOptions } from '../domain/build-postmortem-outline';
import { sanitizeLink } from '../../../lib/sanitize-link';
import { findUrls } from '../domain/find-first-url';
import type { PostmortemDoc } from '../domain/postmortem-types';
import { normalizeNewlines } from '../domain/section-body';

const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '[', ']', '<', '>', '|', '~', '$']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Escapes text for use inside a Markdown line so it renders as the same characters and never as markup:
 * backslash, backtick, `*`, `[`, `]`, `<`, `>`, `|`, `~` and `$` (GitHub math) are backslash-escaped, `_` unless it
 * sits inside a word, `&` when it would start an entity, and the `:` of `://` and the `.` of `www.` so GFM never
 * turns the text into an autolink (which would swallow the escapes after it). Line starts: `escapeMarkdownLine`.
 */
export function escapeMarkdownInline(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ALWAYS_ESCAPED.has(ch)) {
      out += `\\${ch}`;
    } else if (ch === '_') {
      const before = text[i - 1] ?? '';
      const after = text[i + 1] ?? '';
      out += WORD_CHAR.test(before) && WORD_CHAR.test(after) ? '_' : '\\_';
    } else if (ch === '&' && /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/.test(text.slice(i, i + 40))) {
      out += '\\&';
    } else if (ch === ':' && text.startsWith('//', i + 1)) {
      out += '\\:';
    } else if (ch === '.' && /www$/i.test(text.slice(Math.max(0, i - 3), i))) {
      out += '\\.';
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * Escapes text like `escapeMarkdownInline`, except that each valid http(s) URL becomes an explicit link
 * `[url](url)`: clickable, and read back as the same text.
 */
export function renderMarkdownInline(text: string): string {
  let out = '';
  let at = 0;
  for (const found of findUrls(text)) {
    const href = sanitizeLink(found.url);
    if (href === null) continue;
    // A "!" right before the link would make it an image.
    const before = escapeMarkdownInline(text.slice(at, found.start)).replace(/!$/, '\\!');
    out += `${before}[${escapeMarkdownInline(found.url)}](${escapeDestination(href)})`;
    at = found.end;
  }
  return out + escapeMarkdownInline(text.slice(at));
}

/**
 * Escapes one line that starts a block (a paragraph line, a list item): trims it (so indentation never makes a
 * code block) and escapes what would make it a heading, quote, list item, thematic break or setext underline.
 */
export function escapeMarkdownLine(line: string): string {
  const escaped = renderMarkdownInline(line.trim());
  const ordered = /^(\d{1,9})([.)])/.exec(escaped);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${escaped.slice(ordered[0].length)}`;
  if (/^[#+\-=]/.test(escaped)) return `\\${escaped}`;
  return escaped;
}

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

/** Escapes a URL for a link destination: parentheses, angle brackets, backslash, `|` and `&` (entities); whitespace percent-encoded. */
function escapeDestination(href: string): string {
  return href.replace(/[()<>\\|&\s]/g, (ch) => (/\s/.test(ch) ? encodeURIComponent(ch) : `\\${ch}`));
}

function renderCell(cell: OutlineCell): string {
  // Link text never holds another link.
  return cell.href ? `[${escapeMarkdownTableCell(cell.text, false)}](${escapeDestination(cell.href)})` : escapeMarkdownTableCell(cell.text);
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
