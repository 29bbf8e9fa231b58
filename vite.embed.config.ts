import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { EMBED_SCRIPT_FILE, embedSingleFile } from './build/embed-single-file-plugin.ts';
import { remToPx } from './build/rem-to-px.ts';

/**
 * The embeds render with Preact's React-compatible layer instead of React (about 30 KB less gzip in each; see
 * docs/DECISIONS.md): the same components, hooks and zustand store, built against `preact/compat`. The app
 * itself stays on React. Exact matches only, so `react-hook-form` or `react-dom/server` are not rewritten
 * by a prefix.
 */
export const PREACT_ALIASES = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact-render-to-string' },
];

/**
 * Second build step: `<downtime-cost-calculator>` as one ES module with its own React, at the unhashed path
 * dist/embed.js. Runs after the app build and adds to its dist/ (emptyOutDir: false). CSS is imported with
 * `?inline` and adopted as a constructable stylesheet, so no CSS file is emitted.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [react(), embedSingleFile()],
  resolve: { alias: PREACT_ALIASES },
  css: { postcss: { plugins: [remToPx()] } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    sourcemap: false,
    modulePreload: false,
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { embed: 'src/embed/custom-element.tsx' },
      output: { format: 'es', entryFileNames: EMBED_SCRIPT_FILE, codeSplitting: false },
    },
  },
});
