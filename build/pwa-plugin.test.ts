import { describe, expect, it } from 'vitest';
import { PDF_FALLBACK_FONT_DIR } from './pdf-font-licences-plugin.ts';
import { isPdfFallbackFont, PWA_OPTIONS } from './pwa-plugin.ts';

describe('pwa plugin', () => {
  it('precaches everything but the PDF fallback fonts', () => {
    expect(PWA_OPTIONS.workbox?.globIgnores).toEqual([`${PDF_FALLBACK_FONT_DIR}/**`]);
    expect(PWA_OPTIONS.workbox?.globPatterns).toEqual(['**/*.{js,css,html,svg,png,ttf,webmanifest}']);
  });

  it('caches at run time only our own fallback fonts (its source goes into sw.js as it is)', () => {
    const at = (href: string, sameOrigin = true) => isPdfFallbackFont({ url: new URL(href), sameOrigin });
    expect(at(`https://kit.example/${PDF_FALLBACK_FONT_DIR}/noto-sans-jp-1.ttf`)).toBe(true);
    expect(at(`https://kit.example/app/${PDF_FALLBACK_FONT_DIR}/noto-sans-jp-1.ttf`)).toBe(true);
    expect(at(`https://cdn.example/${PDF_FALLBACK_FONT_DIR}/noto-sans-jp-1.ttf`, false)).toBe(false);
    expect(at('https://kit.example/assets/noto-sans-1.ttf')).toBe(false);
    expect(at(`https://kit.example/${PDF_FALLBACK_FONT_DIR}/OFL-jp.txt`)).toBe(false);
    expect(isPdfFallbackFont.toString()).not.toContain('PDF_FALLBACK_FONT_DIR');
  });
});
