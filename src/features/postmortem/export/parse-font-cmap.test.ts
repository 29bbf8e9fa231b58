import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import FONT_SOURCES from './fonts/font-sources.json';
import { FontFormatError, decodeRanges, encodeRanges, lookupGlyphIds, mergeRanges, parseFontCmap, rangesInclude } from './parse-font-cmap';
import { PDF_FALLBACK_FONTS } from './plan-pdf-fonts';

const root = new URL('../../../../', import.meta.url);
const readFont = (file: string) => new Uint8Array(readFileSync(new URL(file, root)));

describe('parseFontCmap', () => {
  it('reads which characters the shipped Latin face has, and which it lacks', () => {
    const ranges = parseFontCmap(readFont('src/features/postmortem/export/fonts/NotoSans-Regular-subset.ttf'));
    for (const ch of 'AzŁżЖΩ€₹₩–…') expect(rangesInclude(ranges, ch.codePointAt(0) as number)).toBe(true);
    for (const ch of '→≥✓日שم') expect(rangesInclude(ranges, ch.codePointAt(0) as number)).toBe(false);
  });

  it('reads characters beyond U+FFFF from a format 12 table (emoji) and their glyph ids', () => {
    const bytes = readFont(FONT_SOURCES.fallback.emoji.font);
    const fire = 0x1f525;
    expect(rangesInclude(parseFontCmap(bytes), fire)).toBe(true);
    const glyphs = lookupGlyphIds(bytes, [fire, 0x41]);
    expect(glyphs.get(fire)).toBeGreaterThan(0);
  });

  it('rejects a file that is not a font with a clear error', () => {
    expect(() => parseFontCmap(new TextEncoder().encode('<!doctype html><title>404</title>'))).toThrow(FontFormatError);
    expect(() => parseFontCmap(new Uint8Array(4))).toThrow(FontFormatError);
  });
});

describe('encodeRanges / decodeRanges', () => {
  it('round-trips any sorted, merged ranges', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 0x10ffff }), fc.integer({ min: 0, max: 5000 }))), (pairs) => {
        const ranges = mergeRanges(pairs.map(([start, length]) => [start, Math.min(0x10ffff, start + length)] as const));
        expect(decodeRanges(encodeRanges(ranges))).toEqual(ranges);
      }),
    );
  });
});

describe('font-sources.json', () => {
  it('has a source for every fallback font the planner knows', () => {
    expect(Object.keys(FONT_SOURCES.fallback).sort()).toEqual([...PDF_FALLBACK_FONTS].sort());
  });
});
