import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import type { OutputBundle } from 'rolldown';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The production Content-Security-Policy. A static host cannot send headers we control, so it ships as a
 * <meta> tag (where `frame-ancestors` is ignored). Build only: the dev server needs inline scripts for HMR.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'outage-kit:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** Where the build-time renderer of the start page is built (`npm run build` builds it first). */
export const PRERENDER_ENTRY = resolve('node_modules/.tmp/prerender/prerender.js');
const PRERENDER_START = '<!--prerendered-->';
const PRERENDER_END = '<!--/prerendered-->';

interface Prerender {
  renderStartPage: () => { html: string; locale: string };
  renderToolShell: (route: (typeof TOOL_ROUTES)[number]) => { html: string; title: string };
}

/** The build-time renderer (built by `npm run build` before the app), or null when it was not built. */
async function loadPrerender(): Promise<Prerender> {
  return (await import(`${pathToFileURL(PRERENDER_ENTRY).href}?t=${Date.now()}`)) as Prerender;
}

/**
 * Puts the start page's HTML, rendered at build time, inside #root: the calculator is readable before any
 * script runs (first paint, no-JS, crawlers). Skipped with a warning if the renderer was not built.
 */
function prerenderStartPage(): Plugin {
  return {
    name: 'outage-kit:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!context.filename.endsWith('index.html') || context.filename.includes('embed')) return html;
        if (!existsSync(PRERENDER_ENTRY)) {
          this.warn?.('Start page not prerendered: build src/app/prerender.tsx first (npm run build does).');
          return html;
        }
        const { renderStartPage } = await loadPrerender();
        const { html: body, locale } = renderStartPage();
        // The markers sit outside #root: inside, hydration would meet them as unexpected nodes.
        return html.replace(
          '<div id="root"></div>',
          `${PRERENDER_START}<div id="root" data-prerendered="${locale}">${body}</div>${PRERENDER_END}`,
        );
      },
    },
  };
}

/** The prerender build never registers a service worker; the module only has to resolve. */
function pwaRegisterForPrerender(): Plugin {
  const id = 'virtual:pwa-register';
  return {
    name: 'outage-kit:pwa-register-prerender',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (resolved) => (resolved === `\0${id}` ? 'export function registerSW() { return async () => {}; }' : null),
  };
}

/**
 * Inlines the start page's (and the iframe embed's) stylesheet into its HTML, so the first paint waits for no second request, and
 * allows exactly that stylesheet in the CSP by its hash (no 'unsafe-inline'). Runs before the tool pages
 * are copied from the start page, so they get the same.
 */
function inlineStartCss(): Plugin {
  return {
    name: 'outage-kit:inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite has written each chunk's list of dependencies (forgetInlinedCss edits those lists).
      order: 'post',
      handler(_options, bundle) {
        const inlined = new Set<string>();
        for (const page of ['index.html', 'embed.html']) {
          const html = bundle[page];
          if (html && html.type === 'asset') html.source = inlineStylesheets(String(html.source), bundle, inlined);
        }
        forgetInlinedCss(bundle, inlined);
      },
    },
  };
}

/** Replaces a page's stylesheet links by their CSS, and adds each one's hash to the CSP's style-src. */
function inlineStylesheets(page: string, bundle: OutputBundle, inlined: Set<string>): string {
  const hashes: string[] = [];
  let html = page.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
    const file = /\bhref="\.\/([^"]+\.css)"/.exec(tag)?.[1];
    const asset = file ? bundle[file] : undefined;
    if (!file || !asset || asset.type !== 'asset') return tag;
    const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
    if (/<\/style/i.test(css)) return tag;
    inlined.add(file);
    hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    return `<style>${css}</style>`;
  });
  // The CSP meta tag's content is HTML-escaped by Vite (&#39; for ').
  const sources = hashes.join(' ');
  if (hashes.length > 0) {
    html = html
      .replace("style-src 'self'", `style-src 'self' ${sources}`)
      .replace('style-src &#39;self&#39;', `style-src &#39;self&#39; ${sources.replaceAll("'", '&#39;')}`);
  }
  return html;
}

/**
 * Vite's loader for dynamic imports also loads the stylesheets of the chunks a route imports, including the
 * entry's own stylesheet, which is inlined and so has no <link> to be found: it would fetch that stylesheet
 * again and append it after the tool's, overriding the tool's rules. In each chunk's dependency list the
 * inlined file is replaced by the chunk's own file name (an already loaded module: nothing is fetched), which
 * keeps the list's indexes valid.
 */
function forgetInlinedCss(bundle: OutputBundle, inlined: Set<string>): void {
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    const self = chunk.fileName.slice(chunk.fileName.lastIndexOf('/') + 1);
    for (const file of inlined) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      chunk.code = chunk.code.replaceAll(`"./${name}"`, `"./${self}"`).replaceAll(`"${file}"`, `"./${self}"`);
    }
  }
}

/** Tool routes that get their own HTML file in the build, so a reload or a bookmark works on any static host. */
const TOOL_ROUTES = ['incident', 'postmortem'] as const;

/**
 * `<link>` tags for a tool's route chunk, the chunks it imports and its stylesheet, minus what the start
 * page already requests. The app still imports the route lazily; the browser just has the files by then.
 */
function routePreloads(bundle: OutputBundle, route: string, startHtml: string): string {
  const entry = Object.values(bundle).find(
    (file) => file.type === 'chunk' && file.isDynamicEntry && file.facadeModuleId?.endsWith(`src/app/routes/${route}-route.tsx`),
  );
  if (!entry || entry.type !== 'chunk') return '';
  const scripts: string[] = [];
  const styles = new Set<string>();
  const queue = [entry.fileName];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    const chunk = bundle[name];
    if (!chunk || chunk.type !== 'chunk' || scripts.includes(name) || startHtml.includes(`./${name}"`)) continue;
    scripts.push(name);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    queue.push(...chunk.imports);
  }
  return [
    ...scripts.map((name) => `<link rel="modulepreload" crossorigin href="./${name}">`),
    // Fetched now, applied by Vite's loader with the route (which waits for it): not render-blocking.
    ...[...styles].map((name) => `<link rel="preload" as="style" crossorigin href="./${name}">`),
  ].join('');
}

/**
 * Emits `incident/index.html` and `postmortem/index.html` as copies of the built start page with asset
 * paths one level up, the tool's title, and the app's shell prerendered for the tool (header with the tool
 * marked, its loading line, footer): what the tool shows depends on this browser's data, so the app renders
 * it (replacing the shell) when it starts. The same bundle serves every page.
 */
function toolPages(): Plugin {
  return {
    name: 'outage-kit:tool-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After inlineStartCss (also 'post', listed before this plugin): the copies get the inlined stylesheet.
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') return;
        const html = String(index.source);
        const prerender = existsSync(PRERENDER_ENTRY) ? await loadPrerender() : null;
        for (const route of TOOL_ROUTES) {
          // The prerendered calculator belongs to the start page only: a tool page gets its shell.
          const start = html.indexOf(PRERENDER_START);
          const end = html.indexOf(PRERENDER_END);
          const shell = prerender?.renderToolShell(route);
          const page =
            start >= 0 && end > start && shell
              ? // The shell says itself that JavaScript is needed: the page's own <noscript> would repeat it.
                `${html.slice(0, start)}<div id="root" data-shell="${route}">${shell.html}</div>${html.slice(end + PRERENDER_END.length).replace(/<noscript>[\s\S]*?<\/noscript>/, '')}`.replace(
                  /<title>[^<]*<\/title>/,
                  `<title>${shell.title}</title>`,
                )
              : html;
          // The tool's route chunk is fetched with the start-up bundle, not after it has run (one round trip less).
          const withRoute = page.replace('</head>', `${routePreloads(bundle, route, html)}</head>`);
          const nested = withRoute.replace(/(src|href)="\.\/(?!\/)/g, '$1="../');
          this.emitFile({ type: 'asset', fileName: `${route}/index.html`, source: nested });
        }
      },
    },
  };
}

/**
 * The start page's scripts, started from an inline script once the prerendered page has been painted
 * (its first-contentful-paint entry), instead of by tags the preload scanner fetches at once. On a slow
 * link the HTML and the first paint no longer share the bandwidth with 100 KB of scripts, and the page is
 * readable while they load. Hidden tabs (which do not paint) and browsers without paint timing start them
 * at once; a second timer starts them if no paint is reported. The inline script is allowed by its hash.
 * Only the prerendered start page: a tool page has nothing to show before its scripts run.
 */
export function startAfterFirstPaint(entry: string, preloads: readonly string[]): string {
  const urls = JSON.stringify({ entry, preloads });
  return `(function(){var u=${urls},d=0;function go(){if(d)return;d=1;u.preloads.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)});var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=u.entry;document.head.appendChild(s)}var P=window.PerformanceObserver;if(document.visibilityState!=='visible'||!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf('paint')<0)return go();new P(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();setTimeout(go,0)}}).observe({type:'paint',buffered:true});setTimeout(go,1500)})()`;
}

function deferStartScripts(): Plugin {
  return {
    name: 'outage-kit:start-after-first-paint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After toolPages (listed before this plugin), which copies the start page with its script tags.
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') return;
        let html = String(index.source);
        if (!html.includes(PRERENDER_START)) return;
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
        if (!entry?.[1]) return;
        const preloads: string[] = [];
        html = html.replace(entry[0], '').replace(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g, (_tag, href: string) => {
          preloads.push(href);
          return '';
        });
        const script = startAfterFirstPaint(entry[1], preloads);
        const hash = `&#39;sha256-${createHash('sha256').update(script).digest('base64')}&#39;`;
        if (!html.includes('script-src &#39;self&#39;;')) this.error('start page: CSP script-src not found');
        html = html.replace('script-src &#39;self&#39;;', `script-src &#39;self&#39; ${hash};`).replace('</body>', `<script>${script}</script></body>`);
        index.source = html;
      },
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  plugins: [
    react(),
    ...(isSsrBuild ? [pwaRegisterForPrerender()] : [contentSecurityPolicy(), prerenderStartPage(), inlineStartCss(), toolPages(), deferStartScripts()]),
    // Offline after one visit: every file of the build (including jsPDF and its font, so PDF export works
    // offline) is precached. A new deployment waits for the user's "Reload to update", never mid-incident.
    ...(isSsrBuild ? [] : [VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Outage Kit',
        short_name: 'Outage Kit',
        description: 'Downtime cost calculator, incident checklist timer and blameless postmortem generator. Works offline; nothing leaves your browser.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f5f6f8',
        theme_color: '#1f55c4',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: null,
        cleanupOutdatedCaches: true,
      },
    })]),
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: {
      // embed.html is the iframe embed: its own small entry (src/embed/), never the whole app. embed.js, the
      // custom element, is a second build (vite.embed.config.ts) because it must be one unhashed file.
      input: { index: 'index.html', embed: 'embed.html' },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
}));
