// Pages are read and written with an HTML parser (node-html-parser), never with regular expressions: the build's
// plugins edit elements and attributes, not text that happens to look like a tag.
import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';

export type { HTMLElement };

/** The whole page, comments (the prerender markers) kept. Void tags are written `<meta … />`, as index.html has them. */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: true, voidTag: { closingSlash: true } });
}

/** One element from its HTML, e.g. `<style>…</style>`. */
export function parseElement(html: string): HTMLElement {
  const element = parseHtml(html).firstChild;
  if (!element || !('tagName' in element)) throw new Error(`not an element: ${html.slice(0, 40)}`);
  return element as HTMLElement;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/**
 * A value as HTML text, escaped as Vite writes attributes (`'` as `&#39;`). node-html-parser's setAttribute takes
 * the value as it is written in the page, so every value set goes through this first.
 */
export function escapeHtml(value: string): string {
  return Array.from(value, (character) => ESCAPES[character] ?? character).join('');
}

/** A CSP source allowing exactly this inline script or stylesheet. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The file a page's `./…` URL points to inside the bundle (`./assets/x.css` → `assets/x.css`). */
export function bundleFileName(url: string | undefined): string | undefined {
  return url?.startsWith('./') ? url.slice(2) : undefined;
}
