// Puts a page's HTML, rendered at build time, inside its #root, so the page is readable before any script runs
// (first paint, no JavaScript, crawlers): the start page here, embed.html in vite.embed-page.config.ts.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { CommentNode } from 'node-html-parser';
import { escapeHtml, parseHtml } from './html.ts';
import { compileInlineScript } from './inline-script.ts';
import type { ToolRoute } from './tool-pages-plugin.ts';

/** Where the build-time renderer of the app's pages is built (`npm run build` builds it first). */
export const PRERENDER_ENTRY = resolve('node_modules/.tmp/prerender/prerender.js');

/** Comments around the start page's prerendered #root: the tool pages put their own #root in that place. */
export const PRERENDER_MARKERS = ['prerendered', '/prerendered'] as const;

export interface RenderedPage {
  html: string;
  locale: string;
}

export interface AppPrerender {
  renderStartPage: () => RenderedPage;
  renderToolPage: (route: ToolRoute) => Promise<{ shell: string; firstView: string; title: string }>;
}

/**
 * A build-time renderer, or null if it was not built. Imported by its plain URL: the route chunks it loads import it
 * back by that URL, and must share its store.
 */
export async function loadRenderer<Renderer>(entry: string): Promise<Renderer | null> {
  return existsSync(entry) ? ((await import(pathToFileURL(entry).href)) as Renderer) : null;
}

export interface PrerenderOptions {
  /** The page, by its own path: the checkout's directory may contain any word (a checkout in `…/embed-fast/` was
   * skipped when this tested the absolute file name for "embed"). */
  page: string;
  /** The rendered page, or null if its renderer was not built (the page is then left as it is, with a warning). */
  render: () => Promise<RenderedPage | null>;
  missing: string;
  markers?: boolean;
  /** Tags the prerendered page needs besides (e.g. embed.html's head script). */
  tags?: () => Promise<HtmlTagDescriptor[]>;
}

export function prerender(options: PrerenderOptions): Plugin {
  return {
    name: `outage-kit:prerender${options.page}`,
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (context.path !== options.page) return html;
        const page = await options.render();
        if (!page) {
          this.warn?.(options.missing);
          return html;
        }
        return { html: prerendered(html, page, options.markers), tags: (await options.tags?.()) ?? [] };
      },
    },
  };
}

/** The page with `rendered` inside its empty #root. */
export function prerendered(html: string, rendered: RenderedPage, markers = false): string {
  const document = parseHtml(html);
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root to prerender into');
  root.set_content(rendered.html);
  root.setAttribute('data-prerendered', escapeHtml(rendered.locale));
  // The markers sit outside #root: inside, hydration would meet them as unexpected nodes.
  if (markers) {
    root.before(new CommentNode(PRERENDER_MARKERS[0]));
    root.after(new CommentNode(PRERENDER_MARKERS[1]));
  }
  return document.toString();
}

/** The start page, rendered by src/app/prerender.tsx. */
export function prerenderStartPage(): Plugin {
  return prerender({
    page: '/index.html',
    render: async () => (await loadRenderer<AppPrerender>(PRERENDER_ENTRY))?.renderStartPage() ?? null,
    missing: 'Start page not prerendered: build src/app/prerender.tsx first (npm run build does).',
    markers: true,
  });
}

/** Where the build-time renderer of embed.html is built (`npm run build` builds it before the page). */
export const EMBED_PRERENDER_ENTRY = resolve('node_modules/.tmp/prerender-embed/prerender-embed.js');

/** embed.html, rendered by src/embed/prerender-embed.tsx, with its head script (build/inline/embed-head.ts). */
export function prerenderEmbedPage(): Plugin {
  return prerender({
    page: '/embed.html',
    render: async () => (await loadRenderer<{ renderEmbedPage: () => RenderedPage }>(EMBED_PRERENDER_ENTRY))?.renderEmbedPage() ?? null,
    missing: 'embed.html not prerendered: build src/embed/prerender-embed.tsx first (npm run build does).',
    tags: async () => [{ tag: 'script', children: await compileInlineScript('embed-head.ts'), injectTo: 'head' }],
  });
}
