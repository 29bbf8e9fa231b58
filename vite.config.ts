import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

/** Tool routes that get their own HTML file in the build, so a reload or a bookmark works on any static host. */
const TOOL_ROUTES = ['incident', 'postmortem'] as const;

/**
 * Emits `incident/index.html` and `postmortem/index.html` as copies of the built start page with asset
 * paths one level up. The app reads its route from the path, so the same bundle serves every page.
 */
function toolPages(): Plugin {
  return {
    name: 'outage-kit:tool-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      const html = String(index.source);
      for (const route of TOOL_ROUTES) {
        const nested = html.replace(/(src|href)="\.\/(?!\/)/g, '$1="../');
        this.emitFile({ type: 'asset', fileName: `${route}/index.html`, source: nested });
      }
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), toolPages()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: {
      input: { index: 'index.html' },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
