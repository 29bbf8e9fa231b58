import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { csp } from './build/csp-plugin.ts';
import { inlineCss } from './build/inline-css-plugin.ts';
import { prerenderEmbedPage } from './build/prerender-plugin.ts';
import { startAfterFirstPaint } from './build/start-after-first-paint-plugin.ts';
import { PREACT_ALIASES } from './vite.embed.config.ts';

/**
 * embed.html, the iframe embed, built on its own so that it can use Preact like embed.js (the app stays on
 * React). Runs after the app's build and adds to its dist/. With `--ssr src/embed/prerender-embed.tsx` it
 * builds the page's build-time renderer instead, everything bundled so that zustand too gets Preact.
 */
export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  publicDir: false,
  // The start page's first-paint treatment (vite.config.ts, same plugins, same order): rendered at build time,
  // stylesheet inlined, scripts started after the first paint (at once with parameters: `data-wait`), CSP last.
  plugins: isSsrBuild ? [react()] : [react(), prerenderEmbedPage(), inlineCss(), startAfterFirstPaint({ startWhenWaiting: true }), csp()],
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
