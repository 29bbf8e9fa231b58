// Text in the PDF with more than one font: each line split into runs by which font has its characters,
// Arabic joined and right-to-left text reordered first, every run measured and drawn with its own font.
import type { jsPDF } from 'jspdf';
import { lookupGlyphIds } from './parse-font-cmap';
import { splitFontRuns, type PdfFace, type PdfFallbackFont, type PdfFontPlan } from './plan-pdf-fonts';
import { hasRightToLeft, reorderForDisplay } from './reorder-bidi';

/** A fallback font's TrueType file, as base64 (what jsPDF's addFileToVFS takes). */
export type PdfFallbackFontFiles = Partial<Record<PdfFallbackFont, string>>;

interface Piece {
  family: string | null;
  text: string;
  /** What a reader copies for this piece, when the glyphs drawn stand for other characters (emoji). */
  actualText?: string;
}

/** jsPDF's own bidi step, off: the text given to it is already in visual order. */
const VISUAL = { isInputVisual: true, isOutputVisual: true } as const;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/u;
/** Lam (initial or medial form) then alef (final form): jsPDF's text() would join them into a ligature. */
const LAM_THEN_ALEF = /(?<=[\ufedf\ufee0])(?=[\ufe82\ufe84\ufe88\ufe8e])/u;
/** Private-use stand-ins for characters beyond U+FFFF, which jsPDF cannot look up in a font. */
const PRIVATE_USE_START = 0xe000;

function toBase64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A text string in a PDF content stream as UTF-16BE hex: safe for any characters a user typed. */
function toPdfHexString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** The parts of jsPDF used here that its type definitions leave out (present in jsPDF 4.2). */
interface JsPdfInternals {
  getFont(fontName: string, fontStyle: string): JsPdfFontObject;
  processArabic(text: string): string;
  internal: { write(...operators: string[]): void };
}

interface JsPdfFontObject {
  metadata?: {
    cmap?: { unicode?: { codeMap: Record<number, number> } };
    toUnicode?: Record<number, number>;
  };
}

/**
 * Measures and draws text with the base font and the document's fallback fonts. Without fallback fonts it
 * draws with jsPDF directly, as before (a Latin document pays nothing for this).
 */
export class PdfTextDrawer {
  private readonly pdf: jsPDF;
  private readonly internals: JsPdfInternals;
  private readonly plan: PdfFontPlan | null;
  private readonly families = new Map<PdfFace, string>();
  private readonly pieces = new Map<string, Piece[]>();
  private readonly astral = new Map<number, string>();
  /** True when every character is drawn with the base font: measure and draw go straight to jsPDF. */
  readonly simple: boolean;

  constructor(pdf: jsPDF, plan: PdfFontPlan | null, files: PdfFallbackFontFiles) {
    this.pdf = pdf;
    this.internals = pdf as unknown as JsPdfInternals;
    this.plan = plan && plan.fonts.some((font) => files[font] !== undefined) ? plan : null;
    this.simple = this.plan === null;
    if (!this.plan) return;
    for (const font of this.plan.fonts) {
      const file = files[font];
      if (file === undefined) continue;
      const family = `Fallback-${font}`;
      pdf.addFileToVFS(`${family}.ttf`, file);
      pdf.addFont(`${family}.ttf`, family, 'normal');
      this.families.set(font, family);
      if (font === 'emoji') this.mapAstralCharacters(family, file);
    }
  }

  /** Points each emoji beyond U+FFFF at its glyph through a private-use stand-in (jsPDF reads UTF-16 units). */
  private mapAstralCharacters(family: string, file: string): void {
    if (!this.plan) return;
    const codes = [...this.plan.faces].filter(([code, face]) => face === 'emoji' && code > 0xffff).map(([code]) => code);
    if (codes.length === 0) return;
    const glyphs = lookupGlyphIds(toBase64Bytes(file), codes);
    const font = this.internals.getFont(family, 'normal');
    const codeMap = font.metadata?.cmap?.unicode?.codeMap;
    if (!codeMap) return;
    codes.forEach((code, index) => {
      const glyph = glyphs.get(code) ?? 0;
      if (glyph === 0) return;
      const standIn = PRIVATE_USE_START + index;
      codeMap[standIn] = glyph;
      this.astral.set(code, String.fromCharCode(standIn));
    });
  }

  /** The line as runs of one font each, in drawing order (computed once per distinct line). */
  private piecesOf(text: string): Piece[] {
    const cached = this.pieces.get(text);
    if (cached) return cached;
    let line = text;
    if (ARABIC.test(line)) line = this.internals.processArabic(line);
    if (hasRightToLeft(line)) line = reorderForDisplay(line);
    const pieces: Piece[] = [];
    for (const run of splitFontRuns(line, this.plan ?? { faces: new Map() })) {
      const family = run.face === null ? null : run.face === 'base' ? null : (this.families.get(run.face) ?? null);
      if (run.face === null) continue;
      if (run.face === 'base') pieces.push({ family: null, text: run.text });
      else if (family === null) continue;
      else if (run.face === 'emoji') {
        for (const ch of run.text) {
          const standIn = this.astral.get(ch.codePointAt(0) as number);
          if (standIn) pieces.push({ family, text: standIn, actualText: ch });
          else if (ch.length === 1) pieces.push({ family, text: ch });
        }
      } else {
        for (const part of run.text.split(LAM_THEN_ALEF)) pieces.push({ family, text: part });
      }
    }
    this.pieces.set(text, pieces);
    return pieces;
  }

  /** Runs `action` with the piece's font set, then restores the font that was current. */
  private withFont<T>(family: string | null, action: () => T): T {
    if (family === null) return action();
    const current = this.pdf.getFont();
    this.pdf.setFont(family, 'normal');
    try {
      return action();
    } finally {
      this.pdf.setFont(current.fontName, current.fontStyle);
    }
  }

  /** The width of `text` at the current font size, in points. */
  measure(text: string): number {
    if (this.simple) return this.pdf.getTextWidth(text);
    let width = 0;
    for (const piece of this.piecesOf(text)) width += this.withFont(piece.family, () => this.pdf.getTextWidth(piece.text));
    return width;
  }

  /** Draws `text` with its baseline at y, starting at x, in the current colour and size. */
  draw(text: string, x: number, y: number): void {
    if (this.simple) {
      this.pdf.text(text, x, y);
      return;
    }
    let cx = x;
    for (const piece of this.piecesOf(text)) {
      this.withFont(piece.family, () => {
        if (piece.actualText) this.internals.internal.write(`/Span <</ActualText ${toPdfHexString(piece.actualText)}>> BDC`);
        this.pdf.text(piece.text, cx, y, VISUAL);
        if (piece.actualText) this.internals.internal.write('EMC');
        cx += this.pdf.getTextWidth(piece.text);
      });
    }
  }

  /**
   * Makes text copied from the PDF read as typed: jsPDF records each glyph's text as the character it was
   * asked to draw, which for joined Arabic is a presentation form (U+FE8E …); these are mapped back to the
   * letters typed (lam-alef ligatures stay one character). Call once, after the last text is drawn.
   */
  finish(): void {
    const family = this.families.get('arabic');
    if (!family) return;
    const font = this.internals.getFont(family, 'normal');
    const toUnicode = font.metadata?.toUnicode;
    if (!toUnicode) return;
    for (const [glyph, code] of Object.entries(toUnicode)) {
      if (code < 0xfb50 || code > 0xfeff) continue;
      const letter = String.fromCharCode(code).normalize('NFKC');
      if (letter.length === 1) toUnicode[Number(glyph)] = letter.charCodeAt(0);
    }
  }
}
