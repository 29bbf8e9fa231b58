// The HTML a docs writer pastes: an iframe (with its auto-height script) or the custom element, built from
// the calculator's inputs and the embed's options. Pure string building; every value is escaped.
import type { CostSection } from '../domain/cost-form';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../domain/cost-inputs';
import { COST_MESSAGE_TYPE, RESIZE_MESSAGE_TYPE } from '../domain/embed-messages';
import { DEFAULT_EMBED_SECTIONS, DEFAULT_EMBED_TITLE, EMBED_ELEMENT_NAME, toAttributeName, type EmbedTheme } from './embed-params';
import { serializeShareParams } from './share-params';

/** How the embed looks; the inputs come separately. */
export interface EmbedOptions {
  theme: EmbedTheme;
  /** Input groups to show; empty shows the result only. */
  sections: readonly CostSection[];
  /** Inputs shown read-only. */
  locked: readonly (keyof CostInputs)[];
  /** Visible heading; '' hides it. */
  title: string;
}

/** The embed as it looks with no options. */
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = Object.freeze({
  theme: 'auto',
  sections: DEFAULT_EMBED_SECTIONS,
  locked: [],
  title: DEFAULT_EMBED_TITLE,
});

/** The id the snippets give the iframe, so the auto-height script can find it. */
export const EMBED_FRAME_ID = 'outage-kit-calculator';

/** Height of the iframe when no script sizes it (CSS pixels): the default embed measures 1,739 px in a 700 px docs column and 1,787 px at 900 px (2026-12-04); narrower columns scroll inside the frame unless the auto-height script runs. */
export const DEFAULT_EMBED_HEIGHT = 1800;

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeHtmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The parameters whose values differ from the defaults, in share-link order: an embed omits the rest, so its
 * snippet stays short enough to read.
 */
export function listChangedParams(inputs: CostInputs): [keyof CostInputs, string][] {
  const defaults = serializeShareParams(DEFAULT_COST_INPUTS);
  const changed: [keyof CostInputs, string][] = [];
  for (const [name, value] of serializeShareParams(inputs)) {
    if (defaults.get(name) !== value) changed.push([name as keyof CostInputs, value]);
  }
  return changed;
}

function sameSections(a: readonly CostSection[], b: readonly CostSection[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The embed's own settings that differ from the defaults, as [name, value]; `title` is the iframe's name. */
function listChangedOptions(options: EmbedOptions): [string, string][] {
  const changed: [string, string][] = [];
  if (options.theme !== 'auto') changed.push(['theme', options.theme]);
  if (!sameSections(options.sections, DEFAULT_EMBED_SECTIONS)) changed.push(['sections', options.sections.join(',')]);
  if (options.locked.length > 0) changed.push(['lock', options.locked.join(',')]);
  if (options.title !== DEFAULT_EMBED_TITLE) changed.push(['title', options.title]);
  return changed;
}

/**
 * The iframe page's URL for these inputs and options (`embedPageUrl` is the absolute URL of embed.html).
 * ':' and ',' stay readable, as in share links.
 */
export function buildEmbedUrl(embedPageUrl: string, inputs: CostInputs, options: EmbedOptions): string {
  const params = new URLSearchParams([...listChangedParams(inputs), ...listChangedOptions(options)]);
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  const base = embedPageUrl.split(/[?#]/, 1)[0] ?? embedPageUrl;
  return query ? `${base}?${query}` : base;
}

/**
 * The iframe. Without script it has a fixed `height` (the content scrolls if it is taller); with
 * {@link buildResizeScript} it takes the content's height.
 */
export function buildIframeSnippet(embedUrl: string, options: Pick<EmbedOptions, 'title'>, height = DEFAULT_EMBED_HEIGHT): string {
  const title = options.title || DEFAULT_EMBED_TITLE;
  const rows = Math.max(200, Math.round(Number.isFinite(height) ? height : DEFAULT_EMBED_HEIGHT));
  return [
    '<iframe',
    `  id="${EMBED_FRAME_ID}"`,
    `  src="${escapeHtmlAttribute(embedUrl)}"`,
    `  title="${escapeHtmlAttribute(title)}"`,
    `  height="${rows}"`,
    '  style="display: block; width: 100%; border: 0"',
    '  loading="lazy"',
    '></iframe>',
  ].join('\n');
}

/**
 * The host page's auto-height script. It accepts a message only from the embed's origin and from this frame's
 * window, and only sets a height: the message carries no markup or URL to trust.
 */
export function buildResizeScript(embedOrigin: string): string {
  // JSON is a valid JS string literal; '<' is escaped so no origin could close the <script> element.
  const origin = JSON.stringify(embedOrigin).replace(/</g, '\\u003c');
  return [
    '<script>',
    '  // Auto-height for the Outage Kit calculator: trust only its origin and its frame.',
    "  window.addEventListener('message', (event) => {",
    `    const frame = document.getElementById('${EMBED_FRAME_ID}');`,
    `    if (!frame || event.origin !== ${origin} || event.source !== frame.contentWindow) return;`,
    `    if (event.data?.type === '${RESIZE_MESSAGE_TYPE}' && Number.isFinite(event.data.height)) {`,
    "      frame.style.height = `${event.data.height}px`;",
    '    }',
    `    // '${COST_MESSAGE_TYPE}' messages carry the result: event.data.total, .perMinute, .breakdown …`,
    '  });',
    '</script>',
  ].join('\n');
}

/**
 * The custom element's tag on ONE line: Python-Markdown (MkDocs) escapes a custom element whose attributes span
 * several lines, and a one-line tag is also valid JSX in MDX.
 */
export function buildElementTag(inputs: CostInputs, options: EmbedOptions): string {
  const attributes = [
    ...listChangedParams(inputs).map(([name, value]) => [toAttributeName(name), value] as const),
    ...listChangedOptions(options).map(([name, value]) => [name === 'title' ? 'heading' : name, value] as const),
  ].map(([name, value]) => ` ${name}="${escapeHtmlAttribute(value)}"`);
  return `<${EMBED_ELEMENT_NAME}${attributes.join('')}></${EMBED_ELEMENT_NAME}>`;
}

/** The custom element for a plain HTML page: its module script (`scriptUrl`, absolute URL of embed.js) and the tag. */
export function buildElementSnippet(scriptUrl: string, inputs: CostInputs, options: EmbedOptions): string {
  const script = `<script type="module" src="${escapeHtmlAttribute(scriptUrl)}"></script>`;
  return `${script}\n${buildElementTag(inputs, options)}`;
}

/** A JS string literal that cannot close a <script> element. */
function toScriptString(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

/**
 * The custom element for a MkDocs page (Python-Markdown). `<div markdown="0">` makes the block raw HTML, left
 * alone by Markdown. The loader is a classic script with a dynamic import(): MkDocs Material's instant
 * navigation re-runs a page's scripts as classic scripts, where a static import would be a syntax error; a
 * second import() of the same module is a no-op and the element, once defined, upgrades every new tag.
 */
export function buildMkDocsSnippet(scriptUrl: string, inputs: CostInputs, options: EmbedOptions): string {
  return [
    '<div markdown="0">',
    `<script>import(${toScriptString(scriptUrl)});</script>`,
    buildElementTag(inputs, options),
    '</div>',
  ].join('\n');
}

/**
 * The custom element in a Docusaurus (MDX) page: the tag only, valid JSX (MDX runs no inline script). The
 * module is loaded on every page by {@link buildDocusaurusConfigSnippet}, so client-side navigation to the
 * page finds the element already defined.
 */
export function buildMdxSnippet(inputs: CostInputs, options: EmbedOptions): string {
  return buildElementTag(inputs, options);
}

/** The `scripts` entry for `docusaurus.config.js` that loads embed.js on every page. */
export function buildDocusaurusConfigSnippet(scriptUrl: string): string {
  return [
    '// docusaurus.config.js (or .ts): add to the exported config',
    'scripts: [',
    `  { src: ${toScriptString(scriptUrl)}, type: 'module', async: true },`,
    '],',
  ].join('\n');
}

/**
 * The iframe as MDX/JSX: `style` is an object and the height a number. No resize script (MDX runs none): the
 * frame keeps its height and scrolls inside if the calculator is taller.
 */
export function buildMdxIframeSnippet(embedUrl: string, options: Pick<EmbedOptions, 'title'>, height = DEFAULT_EMBED_HEIGHT): string {
  const title = options.title || DEFAULT_EMBED_TITLE;
  const rows = Math.max(200, Math.round(Number.isFinite(height) ? height : DEFAULT_EMBED_HEIGHT));
  return (
    `<iframe id="${EMBED_FRAME_ID}" src="${escapeHtmlAttribute(embedUrl)}" title="${escapeHtmlAttribute(title)}" ` +
    `height={${rows}} style={{ display: 'block', width: '100%', border: 0 }} loading="lazy"></iframe>`
  );
}

/**
 * Listening to `costchange` on a page: block-scoped, so running it again (client-side navigation re-running a
 * page's scripts) never throws "Identifier has already been declared".
 *
 * MkDocs gets the same block, not a `document$.subscribe(…)`: in a page's content the script runs before
 * Material's bundle defines `document$` (a ReferenceError on every first visit), and after an instant
 * navigation Material already re-runs the page's scripts, so each subscription would add one more listener
 * per visit. Checked against MkDocs Material 8.2.5 in e2e/docs-sites.spec.ts.
 */
export function buildCostChangeExample(target: 'html' | 'mkdocs'): string {
  void target;
  return [
    '<script>',
    '{',
    "  const calculator = document.querySelector('downtime-cost-calculator');",
    '  if (calculator) {',
    "    calculator.addEventListener('costchange', (event) => {",
    '      console.log(event.detail.total, event.detail.currency);',
    '    });',
    '  }',
    '}',
    '</script>',
  ].join('\n');
}
