// Which fonts a postmortem's PDF needs, character by character, and what it cannot draw as it should: the
// PDF export fetches exactly these fonts, and the export panel lists exactly these problems before export.
import { decodeRanges, rangesInclude, type CodePointRanges } from './parse-font-cmap';
import { PDF_FONT_COVERAGE } from './pdf-font-coverage-data';

/** The fallback fonts, each fetched only by a document that has characters only it can draw. */
export const PDF_FALLBACK_FONTS = ['hebrew', 'arabic', 'devanagari', 'thai', 'japanese', 'korean', 'chinese', 'arrows', 'math', 'symbols', 'emoji'] as const;
export type PdfFallbackFont = (typeof PDF_FALLBACK_FONTS)[number];
/** 'base' is the Noto Sans face every PDF embeds (Latin, Greek, Cyrillic, currency, punctuation). */
export type PdfFace = 'base' | PdfFallbackFont;

export const PDF_FONT_NAMES: Record<PdfFace, string> = {
  base: 'Noto Sans',
  hebrew: 'Noto Sans Hebrew',
  arabic: 'Noto Sans Arabic',
  devanagari: 'Noto Sans Devanagari',
  thai: 'Noto Sans Thai',
  japanese: 'Noto Sans JP',
  korean: 'Noto Sans KR',
  chinese: 'Noto Sans SC',
  arrows: 'Noto Sans Math (arrows)',
  math: 'Noto Sans Math',
  symbols: 'Noto Sans Symbols 2',
  emoji: 'Noto Emoji',
};

const CJK_FONTS = ['japanese', 'korean', 'chinese'] as const satisfies readonly PdfFallbackFont[];
/** Fonts that only carry symbols: a character they have is taken from a font the document needs anyway when it has one. */
const SYMBOL_FONTS: readonly PdfFace[] = ['arrows', 'math', 'symbols', 'emoji'];

const coverageCache = new Map<PdfFace, CodePointRanges>();
function coverageOf(face: PdfFace): CodePointRanges {
  let ranges = coverageCache.get(face);
  if (!ranges) {
    ranges = decodeRanges(PDF_FONT_COVERAGE[face]);
    coverageCache.set(face, ranges);
  }
  return ranges;
}

/** Whether a font has a glyph for a code point (from its cmap, generated at build time). */
export function fontCovers(face: PdfFace, code: number): boolean {
  return rangesInclude(coverageOf(face), code);
}

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/u;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u;
/** Characters of the CJK fonts' own scripts (Han, kana, Hangul, CJK punctuation, full-width forms). */
function isCjkScript(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0x3000 && code <= 0x9fff) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xac00 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

const CONTROL = /^\p{Cc}$/u;
const VS15 = 0xfe0e;
const VS16 = 0xfe0f;
const MARK = /^(?:\p{M}|\u200c|\u200d|[\ufe00-\ufe0f])$/u;

function isAttached(ch: string): boolean {
  return MARK.test(ch);
}

/** A piece of a line drawn with one font; `face` null: no font has these characters, they are left out. */
export interface FontRun {
  face: PdfFace | null;
  text: string;
}

/** What the export panel says before a PDF export: characters left out, or drawn but not as they should look. */
export interface PdfTextProblem {
  kind: 'missing' | 'misrendered';
  /** What is affected, as the user typed it: single characters, or the words or clusters concerned. */
  items: readonly string[];
  /** Plain words for the panel: why, and what the reader of the PDF will see. */
  reason: string;
}

export interface PdfFontPlan {
  /** The fallback fonts the document needs, in the order they are tried. */
  fonts: readonly PdfFallbackFont[];
  /** Everything the PDF will lose or misdraw, grouped; empty when it carries every character as typed. */
  problems: readonly PdfTextProblem[];
  /** The face each code point of the document is drawn with (null: none has it). */
  faces: ReadonlyMap<number, PdfFace | null>;
  /** The CJK font Han characters are taken from first (Japanese with kana, Korean with Hangul, else Chinese). */
  cjkOrder: readonly PdfFallbackFont[];
}

function chooseFace(code: number, order: readonly PdfFace[]): PdfFace | null {
  const cjk = isCjkScript(code);
  for (const face of order) {
    if (!cjk && (CJK_FONTS as readonly PdfFace[]).includes(face)) continue;
    if (fontCovers(face, code)) return face;
  }
  // A non-CJK character only a CJK font has (rare symbols): better that font than nothing.
  for (const face of order) if (fontCovers(face, code)) return face;
  return null;
}

/**
 * Splits a line into runs drawn with one font each. A combining mark, joiner or variation selector stays with
 * the character before it when that font has it; a character followed by U+FE0F (emoji presentation) is
 * taken from the emoji font when it has it. Runs concatenate back to `text`.
 */
export function splitFontRuns(text: string, plan: Pick<PdfFontPlan, 'faces'>): FontRun[] {
  const runs: FontRun[] = [];
  const chars = [...text];
  let previous: PdfFace | null | undefined;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const code = ch.codePointAt(0) as number;
    let face: PdfFace | null;
    if (previous !== undefined && previous !== null && isAttached(ch) && fontCovers(previous, code)) face = previous;
    else if (code === VS16 || code === VS15) face = null;
    else {
      const next = chars[i + 1]?.codePointAt(0);
      face = next === VS16 && fontCovers('emoji', code) ? 'emoji' : (plan.faces.get(code) ?? faceOrBase(code));
    }
    const last = runs[runs.length - 1];
    if (last && last.face === face) last.text += ch;
    else runs.push({ face, text: ch });
    previous = face;
  }
  return runs;
}

/**
 * The face of a character the plan did not see: Arabic presentation forms (what joining turns Arabic letters
 * into) from the Arabic font, anything else from the base font, or none.
 */
function faceOrBase(code: number): PdfFace | null {
  if (((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) && fontCovers('arabic', code)) return 'arabic';
  return fontCovers('base', code) ? 'base' : null;
}

/** Arabic letters jsPDF 4.2 joins (its processArabic table); other Arabic letters are drawn unjoined. */
const JOINED_ARABIC = new Set([
  ...range(0x0621, 0x063a),
  ...range(0x0641, 0x064a),
  0x0671, 0x0677, 0x0679, 0x067a, 0x067b, 0x067e, 0x067f, 0x0680, 0x0683, 0x0684, 0x0686, 0x0687, 0x0688, 0x068c, 0x068d, 0x068e, 0x0691,
  0x0698, 0x06a4, 0x06a6, 0x06a9, 0x06ad, 0x06af, 0x06b1, 0x06b3, 0x06ba, 0x06bb, 0x06be, 0x06c0, 0x06c1, 0x06c5, 0x06c6, 0x06c7, 0x06c8,
  0x06c9, 0x06cb, 0x06cc, 0x06d0, 0x06d2, 0x06d3,
]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Words of `text` that contain a match of `pattern`, in order of first appearance, without repeats. */
function wordsMatching(texts: readonly string[], pattern: RegExp): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const word of text.split(/[\s,.;:!?()[\]{}"'«»“”‘’]+/u)) {
      if (word !== '' && pattern.test(word)) found.add(word);
    }
  }
  return [...found];
}

/** Arabic letters outside jsPDF's joining table, and Arabic harakat (which also break joining in jsPDF). */
const ARABIC_UNJOINED = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9]/u;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u06d6-\u06ed\u08ca-\u08ff]/u;
/** Lam followed by an alef: jsPDF draws the ligature, whose text in the PDF is the ligature's code point. */
const LAM_ALEF = /\u0644[\u0622\u0623\u0625\u0627]/gu;
const HEBREW_POINTS = /[\u0591-\u05c7]/u;
/** A Devanagari conjunct (consonant, virama, consonant), the pre-base vowel sign i, or a reph. */
const DEVANAGARI_SHAPED = /[\u0915-\u0939\u0958-\u095f\u0978-\u097f]\u094d[\u0915-\u0939\u0958-\u095f\u0978-\u097f]|\u093f/u;
/**
 * Thai marks jsPDF leaves at the font's default place (it has no mark positioning), seen drawn over each other
 * in the PDF: a tone mark on an upper vowel, sara am after a tone mark, an upper mark on a tall consonant
 * (ป ฝ ฟ ฬ, into its ascender), a lower vowel under ญ ฎ ฏ ฐ (into its descender).
 */
const THAI_STACKED = /[\u0e31\u0e34-\u0e37\u0e47][\u0e48-\u0e4e]|[\u0e48-\u0e4b]\u0e33|[\u0e1b\u0e1d\u0e1f\u0e2c][\u0e38-\u0e3a]?[\u0e31\u0e34-\u0e37\u0e47-\u0e4e]|[\u0e0d\u0e0e\u0e0f\u0e10][\u0e38-\u0e3a]/u;
const ZWJ_SEQUENCE = /\p{Extended_Pictographic}(?:\ufe0f)?(?:\u200d\p{Extended_Pictographic}(?:\ufe0f)?)+/gu;
const SKIN_TONE = /\p{Extended_Pictographic}[\u{1f3fb}-\u{1f3ff}]/gu;
const FLAG = /[\u{1f1e6}-\u{1f1ff}]{2}/gu;

function matchesIn(texts: readonly string[], pattern: RegExp): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(pattern)) found.add(match[0]);
  return [...found];
}

/** A character as the panel shows it: invisible and combining ones by their code point. */
export function describeCharacter(ch: string): string {
  const code = ch.codePointAt(0) as number;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{M}\p{Cf}\p{Co}\p{Cn}\p{Cc}\p{Z}]$/u.test(ch) ? hex : `${ch} (${hex})`;
}

/**
 * The fonts and problems of a document whose PDF draws `texts` (every string it lays out). Fonts are tried in
 * the order Noto Sans, the script fonts (Hebrew, Arabic, Devanagari, Thai), the CJK fonts (Han characters
 * from the Japanese font when the document has kana, the Korean one when it has Hangul, else the Chinese one;
 * each also fills in what the others lack), then arrows, maths, symbols and emoji. A symbol that a font the document
 * needs anyway also has is taken from it, so no font is fetched for one arrow.
 */
export function planPdfFonts(texts: readonly string[]): PdfFontPlan {
  const codes = new Set<number>();
  let kana = false;
  let hangul = false;
  for (const text of texts) {
    // Line breaks and tabs in a cell or item are laid out, never drawn: no font is needed for them.
    for (const ch of text) if (!CONTROL.test(ch)) codes.add(ch.codePointAt(0) as number);
  }
  const baseOnly = [...codes].every((code) => fontCovers('base', code));
  if (baseOnly) {
    return { fonts: [], problems: [], faces: new Map([...codes].map((code) => [code, 'base'])), cjkOrder: ['chinese', 'japanese', 'korean'] };
  }
  for (const text of texts) {
    kana ||= KANA.test(text);
    hangul ||= HANGUL.test(text);
  }
  const cjkOrder: PdfFallbackFont[] = kana ? ['japanese', 'chinese', 'korean'] : hangul ? ['korean', 'chinese', 'japanese'] : ['chinese', 'japanese', 'korean'];
  const order: PdfFace[] = ['base', 'hebrew', 'arabic', 'devanagari', 'thai', ...cjkOrder, 'arrows', 'math', 'symbols', 'emoji'];
  const faces = new Map<number, PdfFace | null>();
  for (const code of codes) faces.set(code, chooseFace(code, order));
  // Symbols from a font already needed for its script, rather than fetching a symbol font for them.
  const needed = new Set([...faces.values()].filter((f): f is PdfFace => f !== null && !SYMBOL_FONTS.includes(f)));
  for (const [code, face] of faces) {
    if (face === null || !SYMBOL_FONTS.includes(face) || face === 'emoji') continue;
    const instead = order.find((f) => needed.has(f) && fontCovers(f, code));
    if (instead) faces.set(code, instead);
  }
  // The arrows font is a cut of the maths font: with maths needed anyway, its arrows come from there.
  if ([...faces.values()].includes('math')) for (const [code, face] of faces) if (face === 'arrows') faces.set(code, 'math');

  const used = new Set<PdfFace>();
  const missing = new Set<string>();
  for (const text of texts) {
    for (const run of splitFontRuns(text, { faces })) {
      if (run.face !== null) used.add(run.face);
      else for (const ch of run.text) if (!CONTROL.test(ch)) missing.add(ch);
    }
  }
  const fonts = order.filter((f): f is PdfFallbackFont => f !== 'base' && used.has(f));
  return { fonts, problems: findProblems(texts, missing), faces, cjkOrder };
}

function findProblems(texts: readonly string[], missing: ReadonlySet<string>): PdfTextProblem[] {
  const problems: PdfTextProblem[] = [];
  const add = (kind: PdfTextProblem['kind'], items: readonly string[], reason: string): void => {
    if (items.length > 0) problems.push({ kind, items, reason });
  };
  const selectors: string[] = [...missing].filter((ch) => ch === '\ufe0f' || ch === '\ufe0e');
  const byScript = new Map<string, string[]>();
  for (const ch of missing) {
    if (selectors.includes(ch)) continue;
    const script = nameScript(ch);
    byScript.set(script, [...(byScript.get(script) ?? []), describeCharacter(ch)]);
  }
  for (const [script, items] of byScript) add('missing', items, `${script}: none of the PDF fonts has these characters, so they are left out of the PDF.`);
  add('missing', selectors.map(describeCharacter), 'Emoji and text style selectors after characters drawn in plain black: left out of the PDF.');
  add(
    'misrendered',
    wordsMatching(texts, DEVANAGARI_SHAPED),
    'Devanagari is drawn letter by letter: conjuncts show their virama (्) and the vowel sign ि comes after its consonant. The text itself is kept and can be copied.',
  );
  add('misrendered', wordsMatching(texts, THAI_STACKED), 'Thai: these tone and vowel marks are drawn over another mark or into their letter. The text itself is kept and can be copied.');
  add(
    'misrendered',
    wordsMatching(texts, ARABIC_MARKS),
    'Arabic vowel marks break the joining of the letters around them and may sit off their letter.',
  );
  add(
    'misrendered',
    wordsMatching(texts, ARABIC_UNJOINED).filter((word) => [...word].some((ch) => ARABIC_UNJOINED.test(ch) && !JOINED_ARABIC.has(ch.codePointAt(0) as number))),
    'These Arabic-script letters are drawn in their unjoined form.',
  );
  add('misrendered', matchesIn(texts, LAM_ALEF), 'Lam-alef is drawn as its ligature, and copied from the PDF as that one character (ﻻ).');
  add('misrendered', wordsMatching(texts, HEBREW_POINTS), 'Hebrew points (niqqud) and cantillation marks are drawn beside their letters rather than on them, and the PDF\'s text has them in another order.');
  add('misrendered', matchesIn(texts, ZWJ_SEQUENCE), 'Combined emoji are drawn as their separate parts, in black and white.');
  add('misrendered', matchesIn(texts, SKIN_TONE), 'Skin tones are drawn as a separate swatch after the emoji.');
  add('misrendered', matchesIn(texts, FLAG), 'Flags are drawn as two boxed letters.');
  return problems;
}

/**
 * Scripts a missing character is named by in the panel, most likely first. Each is a Unicode Script property
 * value; anything else is named by its general category.
 */
const SCRIPT_NAMES = [
  'Armenian', 'Georgian', 'Ethiopic', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala',
  'Lao', 'Tibetan', 'Myanmar', 'Khmer', 'Mongolian', 'Syriac', 'Thaana', 'Nko', 'Tifinagh', 'Cherokee', 'Canadian_Aboriginal', 'Javanese',
  'Balinese', 'Yi', 'Vai', 'Bopomofo', 'Runic', 'Ogham', 'Glagolitic', 'Coptic', 'Samaritan', 'Mandaic', 'Adlam', 'Hebrew', 'Arabic',
  'Devanagari', 'Thai', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Latin', 'Greek', 'Cyrillic',
].map((name) => ({ name: name.replace(/_/g, ' ').replace('Nko', 'N’Ko'), pattern: new RegExp(`^\\p{Script=${name}}$`, 'u') }));

/** The group a character is listed under in the panel: its script, else emoji, symbol, punctuation or other. */
export function nameScript(ch: string): string {
  for (const script of SCRIPT_NAMES) if (script.pattern.test(ch)) return script.name;
  if (/^\p{Extended_Pictographic}$/u.test(ch)) return 'Emoji';
  if (/^[\u{1f3fb}-\u{1f3ff}\u{1f1e6}-\u{1f1ff}\u{e0020}-\u{e007f}]$/u.test(ch)) return 'Emoji parts';
  if (/^\p{S}$/u.test(ch)) return 'Symbols';
  if (/^\p{P}$/u.test(ch)) return 'Punctuation';
  if (/^\p{Co}$/u.test(ch)) return 'Private use';
  return 'Other characters';
}

/** Whether `text` has a character that may need a fallback font: a cheap test before loading the coverage. */
export function mayNeedFallbackFonts(text: string): boolean {
  for (const ch of text) {
    if (!fontCovers('base', ch.codePointAt(0) as number)) return true;
  }
  return false;
}

