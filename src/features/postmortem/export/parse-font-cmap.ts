// Which characters a TrueType font has glyphs for, read from its cmap table: the PDF's font coverage is built
// from this at build time (scripts/generate-font-coverage.mjs) and checked against the shipped fonts in tests.

/** Inclusive code point ranges, sorted and non-overlapping: [[0x20, 0x7e], [0xa0, 0x17f], …]. */
export type CodePointRanges = readonly (readonly [number, number])[];

/** A font file that is not a TrueType/OpenType font with a Unicode cmap. */
export class FontFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FontFormatError';
  }
}

function findTable(view: DataView, tag: string): { offset: number; length: number } | null {
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    if (name === tag) return { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) };
  }
  return null;
}

/** Ranges mapped to a real glyph (not .notdef) by a format 4 subtable (the Basic Multilingual Plane). */
function readFormat4(view: DataView, at: number): [number, number][] {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: [number, number][] = [];
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const address = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
        glyph = view.getUint16(address);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) ranges.push([code, code]);
    }
  }
  return ranges;
}

/** Ranges of a format 12 subtable (all planes: emoji, rare CJK). */
function readFormat12(view: DataView, at: number): [number, number][] {
  const groups = view.getUint32(at + 12);
  const ranges: [number, number][] = [];
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const start = view.getUint32(group);
    const end = view.getUint32(group + 4);
    const glyph = view.getUint32(group + 8);
    // A group starting at glyph 0 maps its first code point to .notdef only.
    ranges.push([glyph === 0 ? start + 1 : start, end]);
  }
  return ranges.filter(([s, e]) => s <= e);
}

/** Sorts and merges touching or overlapping ranges. */
export function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The code points a font maps to a glyph, from its Unicode cmap subtable: format 12 (platform 3 encoding 10
 * or platform 0) when present, else format 4 (platform 3 encoding 1 or platform 0). Throws a FontFormatError
 * for anything else.
 */
export function parseFontCmap(bytes: Uint8Array): CodePointRanges {
  if (bytes.byteLength < 12) throw new FontFormatError('Not a font file: too short.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x4f54544f && version !== 0x74727565) throw new FontFormatError('Not a TrueType or OpenType font.');
  const cmap = findTable(view, 'cmap');
  if (!cmap) throw new FontFormatError('The font has no cmap table.');
  const subtables = view.getUint16(cmap.offset + 2);
  let format4: number | null = null;
  let format12: number | null = null;
  for (let i = 0; i < subtables; i++) {
    const record = cmap.offset + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const at = cmap.offset + view.getUint32(record + 4);
    const format = view.getUint16(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 ??= at;
    else if (format === 4) format4 ??= at;
  }
  if (format12 !== null) return mergeRanges(readFormat12(view, format12));
  if (format4 !== null) return mergeRanges(readFormat4(view, format4));
  throw new FontFormatError('The font has no Unicode cmap subtable of format 4 or 12.');
}

/** Whether `code` is inside one of the sorted `ranges` (binary search). */
export function rangesInclude(ranges: CodePointRanges, code: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid] as readonly [number, number];
    if (code < range[0]) high = mid - 1;
    else if (code > range[1]) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Ranges as a compact string for generated code: each range is the gap after the previous one and its length
 * minus one, in base 36, "gap.len" pairs joined by ",". A CJK font's 4,800 ranges take about 25 KB this way.
 */
export function encodeRanges(ranges: CodePointRanges): string {
  let previous = -1;
  const parts: string[] = [];
  for (const [start, end] of ranges) {
    parts.push(`${(start - previous - 1).toString(36)}.${(end - start).toString(36)}`);
    previous = end;
  }
  return parts.join(',');
}

/** The inverse of encodeRanges. */
export function decodeRanges(encoded: string): CodePointRanges {
  const ranges: [number, number][] = [];
  if (encoded === '') return ranges;
  let previous = -1;
  for (const part of encoded.split(',')) {
    const dot = part.indexOf('.');
    const start = previous + 1 + parseInt(part.slice(0, dot), 36);
    const end = start + parseInt(part.slice(dot + 1), 36);
    ranges.push([start, end]);
    previous = end;
  }
  return ranges;
}

/**
 * The glyph ids of `codes` in a font (0 where it has none), from the same cmap subtable parseFontCmap reads.
 * jsPDF looks glyphs up by UTF-16 code unit only, so characters beyond the Basic Multilingual Plane (emoji)
 * are drawn through private-use stand-ins mapped to these ids.
 */
export function lookupGlyphIds(bytes: Uint8Array, codes: readonly number[]): Map<number, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = new Map<number, number>(codes.map((code) => [code, 0]));
  const cmap = findTable(view, 'cmap');
  if (!cmap) return result;
  const subtables = view.getUint16(cmap.offset + 2);
  for (let i = 0; i < subtables; i++) {
    const record = cmap.offset + 4 + i * 8;
    const at = cmap.offset + view.getUint32(record + 4);
    if (view.getUint16(at) !== 12) continue;
    const groups = view.getUint32(at + 12);
    for (const code of codes) {
      for (let g = 0; g < groups; g++) {
        const group = at + 16 + g * 12;
        const start = view.getUint32(group);
        if (code >= start && code <= view.getUint32(group + 4)) {
          result.set(code, view.getUint32(group + 8) + code - start);
          break;
        }
      }
    }
    return result;
  }
  return result;
}
