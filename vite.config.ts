import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import type { OutputBundle } from 'rolldown';
import react from '@vitejs/plugin-react';
import { STATE_KEY } from './src/lib/storage-keys.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { PDF_FONT_SOURCES } from './scripts/pdf-font-sources.mjs';

/**
 * The PDF's fallback fonts (CJK, Hebrew, Arabic, … up to 10 MB each) go to assets/pdf-fonts/: a document
 * fetches only the ones it needs, so they are left out of the service worker's precache and cached at run
 * time after their first use instead (see runtimeCaching below).
 */
const PDF_FALLBACK_FONT_DIR = 'assets/pdf-fonts';
// The arrows cut (13 KB) is the exception: every PDF with a named span ("impact start → service restored") draws an
// arrow, so it stays in assets/ and is precached with the base fonts, for a first export made offline.
const PDF_FALLBACK_FONT_FILES = new Set(
  Object.entries(PDF_FONT_SOURCES)
    .filter(([id]) => id !== 'arrows')
    .map(([, source]) => source.font.slice(source.font.lastIndexOf('/') + 1)),
);

/** Emits each fallback font's OFL licence beside the fonts, as the licence asks. */
function pdfFontLicences(): Plugin {
  return {
    name: 'outage-kit:pdf-font-licences',
    apply: 'build',
    generateBundle() {
      for (const [id, source] of Object.entries(PDF_FONT_SOURCES)) {
        this.emitFile({ type: 'asset', fileName: `${PDF_FALLBACK_FONT_DIR}/OFL-${id}.txt`, source: readFileSync(resolve(source.licence), 'utf8') });
      }
    },
  };
}

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

export function contentSecurityPolicy(): Plugin {
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
  renderToolPage: (route: (typeof TOOL_ROUTES)[number]) => Promise<{ shell: string; firstView: string; title: string }>;
}

/**
 * The build-time renderer (built by `npm run build` before the app). Imported by its plain URL: the route
 * chunks it loads import it back by that URL, and must share its store.
 */
async function loadPrerender(): Promise<Prerender> {
  return (await import(pathToFileURL(PRERENDER_ENTRY).href)) as Prerender;
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
        // By the page's own path: the checkout's directory may contain any word (a checkout in
        // `…/embed-fast/` was skipped when this tested the absolute file name for "embed").
        if (context.path !== '/index.html') return html;
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
 * Inlines the start page's stylesheet into its HTML (vite.embed-page.config.ts does the same for the iframe embed's), so the first paint waits for no second request, and
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
        for (const page of ['index.html']) {
          const html = bundle[page];
          if (html && html.type === 'asset') html.source = inlineStylesheets(String(html.source), bundle, inlined);
        }
        forgetInlinedCss(bundle, inlined);
      },
    },
  };
}

/** Replaces a page's stylesheet links by their CSS, and adds each one's hash to the CSP's style-src. */
export function inlineStylesheets(page: string, bundle: OutputBundle, inlined: Set<string>): string {
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
export function forgetInlinedCss(bundle: OutputBundle, inlined: Set<string>): void {
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
    // The tool's stylesheet, for its prerendered first view (showFirstView). Vite's loader finds it in place
    // when the route loads and does not fetch it again.
    ...[...styles].map((name) => `<link rel="stylesheet" crossorigin href="./${name}">`),
  ].join('');
}

/** The stored sections a tool's first view depends on: with none of them saved, the view is the default. */
const FIRST_VIEW_DEPENDS_ON: Record<(typeof TOOL_ROUTES)[number], readonly string[]> = {
  incident: ['incident'],
  postmortem: ['incident', 'postmortem'],
};

/**
 * The inline script after a tool page's #root: for someone who has never used the tool in this browser
 * (none of its sections in the saved state), it puts the tool's prerendered first view in place of the
 * loading shell before the first paint. Anyone else, or any doubt (unreadable storage or state), keeps the
 * shell: a returning user mid-incident never sees an empty form flash before their running incident.
 */
export function showFirstView(sections: readonly string[]): string {
  return `(function(){try{var s=(JSON.parse(localStorage.getItem(${JSON.stringify(STATE_KEY)})||'{}')||{}).state||{};if(${JSON.stringify(sections)}.some(function(k){return k in s}))return;var t=document.getElementById('first-view'),r=document.getElementById('root');if(t&&r){r.replaceChildren(t.content.cloneNode(true));r.setAttribute('data-first-view','')}}catch(e){}})()`;
}

/**
 * Emits `incident/index.html` and `postmortem/index.html` as copies of the built start page with asset
 * paths one level up, the tool's title, and, rendered at build time, the app's shell for the tool (header
 * with the tool marked, its loading line, footer) and the tool's first view (see showFirstView). The app
 * renders the tool (replacing either) when it starts; the same bundle serves every page.
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
          // The prerendered calculator belongs to the start page only.
          const start = html.indexOf(PRERENDER_START);
          const end = html.indexOf(PRERENDER_END);
          const tool = await prerender?.renderToolPage(route);
          let page = html;
          if (start >= 0 && end > start && tool) {
            const script = showFirstView(FIRST_VIEW_DEPENDS_ON[route]);
            const hash = `&#39;sha256-${createHash('sha256').update(script).digest('base64')}&#39;`;
            page = [
              html.slice(0, start),
              `<template id="first-view">${tool.firstView}</template>`,
              `<div id="root" data-shell="${route}">${tool.shell}</div>`,
              `<script>${script}</script>`,
              // The shell says itself that JavaScript is needed: the page's own <noscript> would repeat it.
              html.slice(end + PRERENDER_END.length).replace(/<noscript>[\s\S]*?<\/noscript>/, ''),
            ]
              .join('')
              .replace(/<title>[^<]*<\/title>/, `<title>${tool.title}</title>`)
              .replace('script-src &#39;self&#39;;', `script-src &#39;self&#39; ${hash};`);
          }
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
 * A prerendered page's scripts (the start page, and the tool pages with their shell or first view), started
 * from an inline script once the page has been painted (its first-contentful-paint entry), instead of by
 * tags the preload scanner fetches at once. On a slow link the HTML and the first paint no longer share
 * the bandwidth with 100-150 KB of scripts, and the page is readable while they load. Hidden tabs (which do
 * not paint), browsers without paint timing, and pages where the JavaScript condition `startNow` holds (the
 * iframe embed with parameters, whose prerendered figures are hidden) start them at once; a second timer
 * starts them if no paint is reported. The inline script is allowed by its hash.
 *
 * Until the app takes over, the page looks ready: the script notes which buttons are clicked (the app makes
 * those clicks again once live, src/lib/pre-hydration-input.ts) and holds back native form submission,
 * which would reload the page and lose what was typed. Its next task is a MessageChannel message, not a
 * timer: timers wait in a background tab, and in tests on a paused fake clock.
 */
export function startAfterFirstPaint(entry: string, preloads: readonly string[], startNow?: string): string {
  const urls = JSON.stringify({ entry, preloads });
  return `(function(){var u=${urls},d=0,q=window.__outageKitEarlyClicks=[];function k(b){return b.getAttribute('aria-label')||b.textContent}document.addEventListener('click',function(e){var b=e.target instanceof Element&&e.target.closest('#root button');if(b&&window.__outageKitEarlyClicks===q)q.push({t:k(b),i:[].filter.call(document.querySelectorAll('#root button'),function(x){return k(x)===k(b)}).indexOf(b)})},true);document.addEventListener('submit',function(e){if(window.__outageKitEarlyClicks===q)e.preventDefault()},true);function go(){if(d)return;d=1;u.preloads.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)});var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=u.entry;document.head.appendChild(s)}var P=window.PerformanceObserver;if(${startNow ? `${startNow}||` : ''}document.visibilityState!=='visible'||!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf('paint')<0)return go();new P(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();var c=new MessageChannel();c.port1.onmessage=go;c.port2.postMessage(0)}}).observe({type:'paint',buffered:true});setTimeout(go,1500)})()`;
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
        for (const file of ['index.html', ...TOOL_ROUTES.map((route) => `${route}/index.html`)]) {
          const page = bundle[file];
          if (page && page.type === 'asset') page.source = deferScripts(String(page.source), this.error.bind(this));
        }
      },
    },
  };
}

/**
 * A prerendered page's script tags replaced by startAfterFirstPaint; other pages are returned unchanged.
 * `startNow` is a JavaScript condition under which the scripts start at once (see startAfterFirstPaint).
 */
export function deferScripts(page: string, fail: (message: string) => never, startNow?: string): string {
  if (!page.includes('<div id="root" data-prerendered=') && !page.includes('<div id="root" data-shell=')) return page;
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(page);
  if (!entry?.[1]) return page;
  const preloads: string[] = [];
  const html = page.replace(entry[0], '').replace(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g, (_tag, href: string) => {
    preloads.push(href);
    return '';
  });
  const script = startAfterFirstPaint(entry[1], preloads, startNow);
  const hash = `&#39;sha256-${createHash('sha256').update(script).digest('base64')}&#39;`;
  // The tool pages' policy already lists their first-view script: this one goes first.
  if (!html.includes('script-src &#39;self&#39;')) fail('prerendered page: CSP script-src not found');
  return html.replace('script-src &#39;self&#39;', `script-src &#39;self&#39; ${hash}`).replace('</body>', `<script>${script}</script></body>`);
}

export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  plugins: [
    react(),
    ...(isSsrBuild ? [pwaRegisterForPrerender()] : [contentSecurityPolicy(), prerenderStartPage(), inlineStartCss(), toolPages(), deferStartScripts(), pdfFontLicences()]),
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
        globIgnores: [`${PDF_FALLBACK_FONT_DIR}/**`],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        // A fallback font, once fetched for a PDF, is kept for the next export, offline too. Hashed names never
        // change content, so the cache answers first; old versions age out by count. Our own origin only.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/assets/pdf-fonts/') && url.pathname.endsWith('.ttf'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'outage-kit-pdf-fonts',
              expiration: { maxEntries: 24 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    })]),
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: {
      output: {
        assetFileNames: (asset) => {
          const name = asset.names[0] ?? '';
          return PDF_FALLBACK_FONT_FILES.has(name) ? `${PDF_FALLBACK_FONT_DIR}/[name]-[hash][extname]` : 'assets/[name]-[hash][extname]';
        },
      },
      // The embeds are built with Preact, by their own builds: embed.html by vite.embed-page.config.ts,
      // embed.js (one unhashed file) by vite.embed.config.ts. See docs/DECISIONS.md.
      input: { index: 'index.html' },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
}));
