// Inlines each page's own stylesheet into its HTML, so the first paint waits for no second request (the CSP plugin
// allows it by its hash, no 'unsafe-inline'), and keeps Vite's loader from fetching that stylesheet a second time.
import type { Plugin, Rolldown } from 'vite';
import { bundleFileName, parseElement, parseHtml } from './html.ts';

/** Replaces a page's stylesheet links by their CSS; each inlined file is added to `inlined`. */
export function inlineStylesheets(html: string, bundle: Rolldown.OutputBundle, inlined: Set<string>): string {
  const document = parseHtml(html);
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
    const file = bundleFileName(link.getAttribute('href'));
    const asset = file ? bundle[file] : undefined;
    if (!file || !file.endsWith('.css') || !asset || asset.type !== 'asset') continue;
    const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
    // CSS that would end the <style> element early stays a link.
    if (css.toLowerCase().includes('</style')) continue;
    inlined.add(file);
    link.replaceWith(parseElement(`<style>${css}</style>`));
  }
  return document.toString();
}

/**
 * The one string patch of compiled chunks in the build, kept because no Vite or Rolldown hook filters the
 * stylesheets of a dynamic import (build.modulePreload.resolveDependencies is given the scripts only). Vite's
 * loader for dynamic imports also loads the stylesheets of the chunks a route imports, including the entry's own,
 * which is inlined and so has no <link> to be found: it would fetch that stylesheet again and append it after the
 * tool's, overriding the tool's rules. In each chunk's dependency list the inlined file is replaced by the chunk's
 * own file name (an already loaded module: nothing is fetched), which keeps the list's indexes valid.
 */
export function forgetInlinedCss(bundle: Rolldown.OutputBundle, inlined: ReadonlySet<string>): void {
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    const self = chunk.fileName.slice(chunk.fileName.lastIndexOf('/') + 1);
    for (const file of inlined) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      chunk.code = chunk.code.replaceAll(`"./${name}"`, `"./${self}"`).replaceAll(`"${file}"`, `"./${self}"`);
    }
  }
}

/** Every page in the bundle when it runs: in vite.config.ts before the tool pages are copied from the start page. */
export function inlineCss(): Plugin {
  return {
    name: 'outage-kit:inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite has written each chunk's list of dependencies (forgetInlinedCss edits those lists).
      order: 'post',
      handler(_options, bundle) {
        const inlined = new Set<string>();
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html')) file.source = inlineStylesheets(String(file.source), bundle, inlined);
        }
        forgetInlinedCss(bundle, inlined);
      },
    },
  };
}
