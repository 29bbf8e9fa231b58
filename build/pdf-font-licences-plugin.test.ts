import { describe, expect, it } from 'vitest';
import { PDF_FONT_SOURCES } from '../scripts/pdf-font-sources.mjs';
import { assetFileName, PDF_FALLBACK_FONT_DIR, pdfFontLicences } from './pdf-font-licences-plugin.ts';
import { generateBundle, type Bundle } from './plugin-harness.ts';

describe('pdf-font-licences plugin', () => {
  it("emits each fallback font's licence beside the fonts", async () => {
    const bundle: Bundle = {};
    await generateBundle(pdfFontLicences((file) => `licence of ${file}`), bundle);
    const ids = Object.keys(PDF_FONT_SOURCES);
    expect(Object.keys(bundle).sort()).toEqual(ids.map((id) => `${PDF_FALLBACK_FONT_DIR}/OFL-${id}.txt`).sort());
    const [id, source] = Object.entries(PDF_FONT_SOURCES)[0] ?? [];
    expect((bundle[`${PDF_FALLBACK_FONT_DIR}/OFL-${id}.txt`] as { source: string }).source).toBe(`licence of ${source?.licence}`);
  });

  it('puts the fallback fonts in their own folder, except the arrows cut, which is precached', () => {
    const file = (id: keyof typeof PDF_FONT_SOURCES) => PDF_FONT_SOURCES[id].font.split('/').pop() ?? '';
    expect(assetFileName({ names: [file('japanese')] })).toBe(`${PDF_FALLBACK_FONT_DIR}/[name]-[hash][extname]`);
    expect(assetFileName({ names: [file('arrows')] })).toBe('assets/[name]-[hash][extname]');
    expect(assetFileName({ names: ['index.css'] })).toBe('assets/[name]-[hash][extname]');
  });
});
