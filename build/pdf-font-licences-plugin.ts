// Emits each PDF fallback font's OFL licence beside the fonts in dist/, as the licence asks; also says where those
// fonts go, so that the service worker leaves them out of its precache (build/pwa-plugin.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PDF_FONT_SOURCES } from '../scripts/pdf-font-sources.mjs';

/**
 * The PDF's fallback fonts (CJK, Hebrew, Arabic, … up to 10 MB each) go to assets/pdf-fonts/: a document fetches
 * only the ones it needs, so they are left out of the service worker's precache and cached at run time after
 * their first use instead (build/pwa-plugin.ts).
 */
export const PDF_FALLBACK_FONT_DIR = 'assets/pdf-fonts';

// The arrows cut (13 KB) is the exception: every PDF with a named span ("impact start → service restored") draws an
// arrow, so it stays in assets/ and is precached with the base fonts, for a first export made offline.
const PDF_FALLBACK_FONT_FILES = new Set(
  Object.entries(PDF_FONT_SOURCES)
    .filter(([id]) => id !== 'arrows')
    .map(([, source]) => source.font.slice(source.font.lastIndexOf('/') + 1)),
);

/** build.rollupOptions.output.assetFileNames: the fallback fonts in their own folder, every other asset in assets/. */
export function assetFileName(asset: { names: readonly string[] }): string {
  const name = asset.names[0] ?? '';
  return PDF_FALLBACK_FONT_FILES.has(name) ? `${PDF_FALLBACK_FONT_DIR}/[name]-[hash][extname]` : 'assets/[name]-[hash][extname]';
}

export function pdfFontLicences(readLicence = (file: string) => readFileSync(resolve(file), 'utf8')): Plugin {
  return {
    name: 'outage-kit:pdf-font-licences',
    apply: 'build',
    generateBundle() {
      for (const [id, source] of Object.entries(PDF_FONT_SOURCES)) {
        this.emitFile({ type: 'asset', fileName: `${PDF_FALLBACK_FONT_DIR}/OFL-${id}.txt`, source: readLicence(source.licence) });
      }
    },
  };
}
