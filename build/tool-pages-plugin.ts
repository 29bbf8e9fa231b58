// Emits each tool's own page (incident/index.html, postmortem/index.html), so a reload or a bookmark works on any
// static host: a copy of the built start page with the tool's title, shell and first view rendered at build time.
import type { Plugin, Rolldown } from 'vite';
import { TOOL_DATA } from '../src/app/tool-data.mjs';
import { STATE_KEY } from '../src/lib/storage-keys.ts';
import type { HTMLElement } from './html.ts';
import { bundleFileName, escapeHtml, parseElement, parseHtml } from './html.ts';
import { compileInlineScript } from './inline-script.ts';
import type { AppPrerender } from './prerender-plugin.ts';
import { loadRenderer, PRERENDER_ENTRY, PRERENDER_MARKERS } from './prerender-plugin.ts';

/**
 * The tools with their own page (the registry's `prerender: 'tool'` entries), each with the saved sections its
 * first view depends on (with none of them saved, the view is the default).
 */
const TOOLS = Object.fromEntries(
  TOOL_DATA.flatMap((tool) => (tool.prerender === 'tool' ? [[tool.id, tool.firstViewReads as readonly string[]]] : [])),
) as Record<Exclude<(typeof TOOL_DATA)[number]['id'], 'calculator'>, readonly string[]>;

export type ToolRoute = keyof typeof TOOLS;
export const TOOL_ROUTES = Object.keys(TOOLS) as ToolRoute[];

export interface RenderedTool {
  shell: string;
  firstView: string;
  title: string;
}

/**
 * The files a tool's route chunk needs (its chunk, the chunks it imports, their stylesheets) minus what the start
 * page already requests. The app still imports the route lazily; the browser just has the files by then.
 */
export function routeFiles(bundle: Rolldown.OutputBundle, route: string, requested: ReadonlySet<string>): { scripts: string[]; styles: string[] } {
  const entry = Object.values(bundle).find(
    (file) => file.type === 'chunk' && file.isDynamicEntry && file.facadeModuleId?.endsWith(`src/app/routes/${route}-route.tsx`),
  );
  const scripts: string[] = [];
  const styles = new Set<string>();
  const queue = entry ? [entry.fileName] : [];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    const chunk = bundle[name];
    if (!chunk || chunk.type !== 'chunk' || scripts.includes(name) || requested.has(name)) continue;
    scripts.push(name);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    queue.push(...chunk.imports);
  }
  return { scripts, styles: [...styles] };
}

/** The bundle files a page's tags request (`./assets/x.js` → `assets/x.js`). */
function requestedFiles(document: HTMLElement): Set<string> {
  const urls = document.querySelectorAll('script[src], link[href]').map((tag) => bundleFileName(tag.getAttribute('src') ?? tag.getAttribute('href')));
  return new Set(urls.filter((url): url is string => Boolean(url)));
}

/**
 * The tool's page from the start page: in place of the prerendered calculator (between its markers), the tool's
 * first view in a <template>, its shell in #root and the inline script that picks one (build/inline/show-first-view.ts);
 * the tool's title; its route's files preloaded; every relative URL one level up.
 */
export function toolPage(startHtml: string, route: ToolRoute, files: { scripts: readonly string[]; styles: readonly string[] }, tool?: RenderedTool, firstViewScript?: string): string {
  const document = parseHtml(startHtml);
  const root = document.getElementById('root');
  const start = root?.previousSibling;
  const end = root?.nextSibling;
  const isMarker = (node: typeof start, text: string) => node?.nodeType === 8 && node.rawText === text;
  if (root && tool && firstViewScript && isMarker(start, PRERENDER_MARKERS[0]) && isMarker(end, PRERENDER_MARKERS[1])) {
    start?.remove();
    end?.remove();
    root.replaceWith(
      parseElement(`<template id="first-view">${tool.firstView}</template>`),
      parseElement(`<div id="root" data-shell="${escapeHtml(route)}">${tool.shell}</div>`),
      parseElement(`<script>${firstViewScript}</script>`),
    );
    // The shell says itself that JavaScript is needed: the page's own <noscript> would repeat it.
    document.querySelector('body > noscript')?.remove();
    document.querySelector('title')?.set_content(escapeHtml(tool.title));
  }
  const head = document.querySelector('head');
  for (const name of files.scripts) head?.appendChild(parseElement(`<link rel="modulepreload" crossorigin href="./${escapeHtml(name)}">`));
  // The tool's stylesheet, for its prerendered first view. Vite's loader finds it in place when the route loads and
  // does not fetch it again.
  for (const name of files.styles) head?.appendChild(parseElement(`<link rel="stylesheet" crossorigin href="./${escapeHtml(name)}">`));
  // The page is one folder down: `./x` becomes `../x` in every URL attribute (src, href, and names ending so).
  for (const element of document.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(element.rawAttributes)) {
      if ((name.endsWith('src') || name.endsWith('href')) && value.startsWith('./') && !value.startsWith('.//')) element.setAttribute(name, `.${value}`);
    }
  }
  return document.toString();
}

/**
 * The app renders the tool (replacing shell or first view) when it starts; the same bundle serves every page.
 * `load` is the build-time renderer (tests pass their own).
 */
export function toolPages(load: () => Promise<Pick<AppPrerender, 'renderToolPage'> | null> = () => loadRenderer<AppPrerender>(PRERENDER_ENTRY)): Plugin {
  return {
    name: 'outage-kit:tool-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After the start page's stylesheet is inlined (vite.config.ts lists inline-css first): the copies get it too.
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') return;
        const startHtml = String(index.source);
        const requested = requestedFiles(parseHtml(startHtml));
        const renderer = await load();
        for (const route of TOOL_ROUTES) {
          const tool = await renderer?.renderToolPage(route);
          const script = await compileInlineScript('show-first-view.ts', { __STATE_KEY__: STATE_KEY, __SECTIONS__: TOOLS[route] });
          const source = toolPage(startHtml, route, routeFiles(bundle, route, requested), tool, script);
          this.emitFile({ type: 'asset', fileName: `${route}/index.html`, source });
        }
      },
    },
  };
}
