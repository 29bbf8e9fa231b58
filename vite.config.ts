import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { csp } from './build/csp-plugin.ts';
import { inlineCss } from './build/inline-css-plugin.ts';
import { assetFileName, pdfFontLicences } from './build/pdf-font-licences-plugin.ts';
import { prerenderStartPage } from './build/prerender-plugin.ts';
import { offline } from './build/pwa-plugin.ts';
import { pwaRegisterForPrerender } from './build/pwa-register-prerender-plugin.ts';
import { startAfterFirstPaint } from './build/start-after-first-paint-plugin.ts';
import { startUpChunk } from './build/start-up-chunk-plugin.ts';
import { toolPages } from './build/tool-pages-plugin.ts';

/**
 * The app's build; each step is a plugin in build/ (its header says what it does and why). `npm run build` first
 * builds the pages' renderer with `--ssr src/app/prerender.tsx`, then this, then the embeds (vite.embed-page.config.ts,
 * vite.embed.config.ts), which reuse the same plugins.
 */
const startUp = startUpChunk();

export default defineConfig(({ isSsrBuild }) => ({
  base: './',
  plugins: isSsrBuild
    ? [react(), pwaRegisterForPrerender()]
    : [
        react(),
        // buildEnd: the start page's static module graph, gathered into one chunk (output.codeSplitting below).
        startUp.plugin,
        // transformIndexHtml: the calculator rendered into #root before generateBundle, where the pages are copied.
        prerenderStartPage(),
        // generateBundle (post, in list order): the stylesheet inlined before the tool pages copy the start page;
        inlineCss(),
        // the tool pages copied from the start page while it still has its script tags (their preloads skip those);
        toolPages(),
        // then every prerendered page's script tags replaced by the after-first-paint loader;
        startAfterFirstPaint(),
        // last of ours, so it hashes the inline scripts and styles every step above has left in each page.
        csp(),
        pdfFontLicences(),
        // After all of ours: the service worker precaches the pages as they were finally written.
        ...offline(),
      ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: {
      output: { assetFileNames: assetFileName, codeSplitting: isSsrBuild ? undefined : { groups: startUp.groups } },
      // The embeds are built with Preact, by their own builds: embed.html by vite.embed-page.config.ts,
      // embed.js (one unhashed file) by vite.embed.config.ts. See docs/DECISIONS.md.
      input: { index: 'index.html' },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
}));
