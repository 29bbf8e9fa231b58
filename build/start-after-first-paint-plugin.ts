// Replaces a prerendered page's script tags by an inline loader that starts them after the first paint
// (build/inline/start-after-first-paint.ts says why); pages without prerendered content keep their tags.
import type { Plugin } from 'vite';
import type { HTMLElement } from './html.ts';
import { parseElement, parseHtml } from './html.ts';
import { compileInlineScript } from './inline-script.ts';

/** `startWhenWaiting`: start at once on a page its head script marked `data-wait` (embed.html with parameters). */
export async function deferScripts(html: string, startWhenWaiting = false): Promise<string> {
  const document = parseHtml(html);
  const root = document.getElementById('root');
  if (!root || !(root.hasAttribute('data-prerendered') || root.hasAttribute('data-shell'))) return html;
  const entry = document.querySelector('script[type="module"][src]');
  const src = entry?.getAttribute('src');
  if (!entry || !src) return html;
  const preloads = document.querySelectorAll('link[rel="modulepreload"]');
  const hrefs = preloads.map((link) => link.getAttribute('href')).filter((href): href is string => Boolean(href));
  for (const tag of [entry, ...preloads]) removeWithIndent(tag);
  const script = await compileInlineScript('start-after-first-paint.ts', { __ENTRY__: src, __PRELOADS__: hrefs, START_WHEN_WAITING: startWhenWaiting });
  const body = document.querySelector('body');
  if (!body) throw new Error('the page has no <body>');
  body.appendChild(parseElement(`<script>${script}</script>`));
  return document.toString();
}

/** Removes a tag with the line break and indent Vite wrote after it. */
function removeWithIndent(tag: HTMLElement): void {
  const next = tag.nextSibling;
  if (next && next.nodeType === 3 && next.rawText.trim() === '') next.remove();
  tag.remove();
}

export function startAfterFirstPaint(options: { startWhenWaiting?: boolean } = {}): Plugin {
  return {
    name: 'outage-kit:start-after-first-paint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After the tool pages are copied (vite.config.ts lists this plugin after them): they get the loader too.
      order: 'post',
      async handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html')) file.source = await deferScripts(String(file.source), options.startWhenWaiting);
        }
      },
    },
  };
}
