// The production Content-Security-Policy as a <meta> tag in every page, allowing each inline script and stylesheet
// the other build steps leave in a page by its hash, and nothing else inline: no 'unsafe-inline', no 'unsafe-eval'.
import type { Plugin } from 'vite';
import type { HTMLElement } from './html.ts';
import { escapeHtml, parseHtml, sha256Source } from './html.ts';

/**
 * The policy's directives before any hash. A static host cannot send headers we control, so it ships as a <meta>
 * tag (where `frame-ancestors` is ignored). Build only: the dev server needs inline scripts for HMR.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy for a page with these inline scripts and stylesheets (their exact text). */
export function contentSecurityPolicy(inline: { scripts?: readonly string[]; styles?: readonly string[] } = {}): string {
  const hashes: Record<string, readonly string[]> = { 'script-src': inline.scripts ?? [], 'style-src': inline.styles ?? [] };
  return DIRECTIVES.map(([name, sources]) => [name, sources, ...(hashes[name] ?? []).map(sha256Source)].join(' ')).join('; ');
}

/** The page with its policy meta tag filled in from the inline scripts and styles it holds. */
export function withPolicy(html: string): string {
  const document = parseHtml(html);
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  // A <script>'s or <style>'s text as the browser hashes it: raw, entities not decoded.
  const text = (elements: HTMLElement[]) => elements.map((element) => element.rawText);
  const scripts = text(document.querySelectorAll('script:not([src])'));
  const styles = text(document.querySelectorAll('style'));
  if (!meta) {
    if (scripts.length > 0 || styles.length > 0) throw new Error('a page with inline scripts or styles has no CSP meta tag');
    return html;
  }
  meta.setAttribute('content', escapeHtml(contentSecurityPolicy({ scripts, styles })));
  return document.toString();
}

export function csp(): Plugin {
  return {
    name: 'outage-kit:csp',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' },
      ],
    },
    generateBundle: {
      // Listed after every plugin that adds inline content in generateBundle (vite.config.ts), so it hashes the final pages.
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html')) file.source = withPolicy(String(file.source));
        }
      },
    },
  };
}
