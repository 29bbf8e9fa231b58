import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, deferScripts, forgetInlinedCss, inlineStylesheets } from './vite.config.ts';
import { PREACT_ALIASES } from './vite.embed.config.ts';

/** Where the build-time renderer of embed.html is built (`npm run build` builds it before the page). */
export const EMBED_PRERENDER_ENTRY = resolve('node_modules/.tmp/prerender-embed/prerender-embed.js');

/**
 * Runs in the page's <head>, before the first paint. A valid `theme` parameter is applied at once, so a
 * dark embed never flashes light. Any other parameter means the page will not show the prerendered
 * defaults (iframe-main.tsx renders its own values): `data-wait` hides them meanwhile, so the defaults'
 * total is never read as the page's, and the loader starts the scripts at once instead of after the paint.
 */
export const EMBED_HEAD_SCRIPT =
  "(function(){var d=document.documentElement,q=new URLSearchParams(location.search),t=q.getAll('theme').pop();if(t==='light'||t==='dark')d.dataset.theme=t;q.delete('theme');if(q.toString())d.dataset.wait=''})()";
const START_NOW = "document.documentElement.hasAttribute('data-wait')";

const sha256 = (text: string) => `&#39;sha256-${createHash('sha256').update(text).digest('base64')}&#39;`;

/**
 * embed.html gets the start page's first-paint treatment (vite.config.ts): the calculator rendered at build
 * time inside #root, its stylesheet inlined, its script started after the first paint; every inline script
 * and style allowed by its hash, nothing else inline.
 */
function firstPaint(): Plugin {
  return {
    name: 'outage-kit:embed-first-paint',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!existsSync(EMBED_PRERENDER_ENTRY)) {
          this.warn?.('embed.html not prerendered: build src/embed/prerender-embed.tsx first (npm run build does).');
          return html;
        }
        const { renderEmbedPage } = (await import(pathToFileURL(EMBED_PRERENDER_ENTRY).href)) as {
          renderEmbedPage: () => { html: string; locale: string };
        };
        const page = renderEmbedPage();
        return html
          .replace('<div id="root"></div>', `<div id="root" data-prerendered="${page.locale}">${page.html}</div>`)
          .replace('</head>', `<script>${EMBED_HEAD_SCRIPT}</script></head>`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const file = bundle['embed.html'];
        if (!file || file.type !== 'asset') return;
        const inlined = new Set<string>();
        let html = inlineStylesheets(String(file.source), bundle, inlined);
        forgetInlinedCss(bundle, inlined);
        html = deferScripts(html, this.error.bind(this), START_NOW);
        if (html.includes(EMBED_HEAD_SCRIPT)) html = html.replace('script-src &#39;self&#39;', `script-src &#39;self&#39; ${sha256(EMBED_HEAD_SCRIPT)}`);
        file.source = html;
      },
    },
  };
}

/**
 * embed.html, the iframe embed, built on its own so that it can use Preact like embed.js (the app stays on
 * React). Runs after the app's build and adds to its dist/. With `--ssr src/embed/prerender-embed.tsx` it
 * builds the page's build-time renderer instead, everything bundled so that zustand too gets Preact.
 */
export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  publicDir: false,
  plugins: [react(), ...(isSsrBuild ? [] : [contentSecurityPolicy(), firstPaint()])],
  resolve: { alias: PREACT_ALIASES },
  ssr: { noExternal: true },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: { input: isSsrBuild ? undefined : { embed: 'embed.html' } },
  },
}));
