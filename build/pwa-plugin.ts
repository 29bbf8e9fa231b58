// The service worker and web manifest (vite-plugin-pwa): offline after one visit, every file of the build precached
// (jsPDF and its font too, so PDF export works offline) except the PDF fallback fonts, cached on first use.
import type { Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { PDF_FALLBACK_FONT_DIR } from './pdf-font-licences-plugin.ts';

/**
 * A fallback font's URL (PDF_FALLBACK_FONT_DIR), on our own origin only: the one thing cached at run time. Workbox
 * copies this function's source into sw.js, so it names nothing from outside itself.
 */
export const isPdfFallbackFont = ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }): boolean =>
  sameOrigin && url.pathname.includes('/assets/pdf-fonts/') && url.pathname.endsWith('.ttf');

export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  // A new deployment waits for the user's "Reload to update", never mid-incident.
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
    // A fallback font, once fetched for a PDF, is kept for the next export, offline too. Hashed names never change
    // content, so the cache answers first; old versions age out by count.
    runtimeCaching: [
      {
        urlPattern: isPdfFallbackFont,
        handler: 'CacheFirst',
        options: { cacheName: 'outage-kit-pdf-fonts', expiration: { maxEntries: 24 }, cacheableResponse: { statuses: [200] } },
      },
    ],
  },
};

export function offline(): Plugin[] {
  return VitePWA(PWA_OPTIONS);
}
