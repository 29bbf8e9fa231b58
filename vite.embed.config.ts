import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The custom element's file name in dist/: stable, so docs sites can link to it. */
export const EMBED_SCRIPT_FILE = 'embed.js';

// 1rem is the browser default (16px) everywhere the app is styled; the app's own pages keep rem.
const REM_IN_PX = 16;

/**
 * Inside a shadow root, rem still means the host page's <html> font size, so a host that sets
 * `html { font-size: 62.5% }` (or `* { font: 40px serif }`) would shrink or blow up the whole calculator.
 * The custom element's CSS therefore uses px. A PostCSS plugin written as a plain object (PostCSS 8 API).
 */
function remToPx() {
  return {
    postcssPlugin: 'outage-kit:rem-to-px',
    Declaration(declaration: { value: string }) {
      if (!declaration.value.includes('rem')) return;
      declaration.value = declaration.value.replace(/(-?\d*\.?\d+)rem\b/g, (_, n: string) => `${Number((Number(n) * REM_IN_PX).toFixed(3))}px`);
    },
  };
}

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

/** Fails the build if anything would put a second file next to embed.js: it must load as one request. */
function singleFile(): Plugin {
  return {
    name: 'outage-kit:embed-single-file',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle);
      if (files.length !== 1 || files[0] !== EMBED_SCRIPT_FILE) {
        this.error(`embed build must emit only ${EMBED_SCRIPT_FILE}, got: ${files.join(', ')}`);
      }
    },
  };
}

/**
 * Second build step: `<downtime-cost-calculator>` as one ES module with its own React, at the unhashed path
 * dist/embed.js. Runs after the app build and adds to its dist/ (emptyOutDir: false). CSS is imported with
 * `?inline` and adopted as a constructable stylesheet, so no CSS file is emitted.
 */
export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [react(), singleFile()],
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
