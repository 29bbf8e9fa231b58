// Inline Markdown escaping shared by every Markdown export (postmortem, incident timeline, status updates): user text
// renders as the same characters and never as markup.
import { findUrls } from './find-urls';
import { sanitizeLink } from './sanitize-link';

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

/** Escapes a URL for a link destination: parentheses, angle brackets, backslash, `|` and `&` (entities); whitespace percent-encoded. */
export function escapeMarkdownDestination(href: string): string {
  return href.replace(/[()<>\\|&\s]/g, (ch) => (/\s/.test(ch) ? encodeURIComponent(ch) : `\\${ch}`));
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
    out += `${before}[${escapeMarkdownInline(found.url)}](${escapeMarkdownDestination(href)})`;
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
