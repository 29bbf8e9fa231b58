import { readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import FONT_SOURCES from './fonts/font-sources.json';
import { buildPostmortemPdf, type JsPdfConstructor } from './build-postmortem-pdf';
import { listPdfTexts } from './list-pdf-texts';
import { planPdfFonts, type PdfFallbackFont } from './plan-pdf-fonts';
import { createPostmortem } from '../domain/templates';

const root = new URL('../../../../', import.meta.url);
const base64 = (file: string) => readFileSync(new URL(file, root)).toString('base64');
const FONTS = {
  regular: base64('src/features/postmortem/export/fonts/NotoSans-Regular-subset.ttf'),
  bold: base64('src/features/postmortem/export/fonts/NotoSans-Bold-subset.ttf'),
};

/** jsPDF with each text() call recorded with the font it was drawn in. */
function createRecorder() {
  const drawn: { text: string; font: string; x: number }[] = [];
  const Recording = function (this: unknown, options: ConstructorParameters<JsPdfConstructor>[0]) {
    const pdf = new jsPDF(options);
    const text = pdf.text.bind(pdf);
    pdf.text = ((value: string, x: number, y: number, ...rest: unknown[]) => {
      drawn.push({ text: String(value), font: pdf.getFont().fontName, x });
      return (text as (...args: unknown[]) => jsPDF)(value, x, y, ...rest);
    }) as typeof pdf.text;
    return pdf;
  } as unknown as JsPdfConstructor;
  return { Recording, drawn };
}

function buildWithSummary(lines: string[]) {
  const doc = createPostmortem({ template: 'google-sre', now: Date.UTC(2026, 10, 27, 9), timeZone: 'UTC', id: 'scripts' });
  doc.title = 'Scripts';
  doc.sections = doc.sections.map((s) => (s.kind === 'summary' ? { ...s, body: lines.join('\n') } : s));
  const plan = planPdfFonts(listPdfTexts(doc));
  const files: Partial<Record<PdfFallbackFont, string>> = {};
  for (const font of plan.fonts) files[font] = base64(FONT_SOURCES.fallback[font].font);
  const { Recording, drawn } = createRecorder();
  const pdf = buildPostmortemPdf(doc, Recording, { paper: 'a4', fonts: FONTS, fallback: { plan, files } });
  return { plan, drawn, output: pdf.output() };
}

describe('buildPostmortemPdf with fallback fonts', () => {
  const { plan, drawn, output } = buildWithSummary(['Hebrew: שלום עולם', 'Arabic: مرحبا', 'Emoji: 🔥 ok', 'Arrows: v2.31 → v2.30', 'Checks: ✓ ✗']);

  it('fetches and embeds only the fonts of the scripts present', () => {
    expect(plan.fonts).toEqual(['hebrew', 'arabic', 'arrows', 'symbols', 'emoji']);
  });

  it('draws each run in its own font, right-to-left text in visual order, Arabic joined', () => {
    // "שלום עולם" right to left: the second word leftmost, each word's letters reversed.
    expect(drawn.filter((d) => d.font === 'Fallback-hebrew').map((d) => d.text)).toEqual(['םלוע', 'םולש']);
    const arabic = drawn.find((d) => d.font === 'Fallback-arabic');
    // Joined (presentation forms: initial meem, final reh, initial hah, medial beh, final alef), drawn right to left.
    expect(arabic?.text).toBe('\ufe8e\ufe92\ufea3\ufeae\ufee3');
    const arrow = drawn.find((d) => d.text === '→');
    expect(arrow?.font).toBe('Fallback-arrows');
    const label = drawn.find((d) => d.text === 'Arrows: v2.31 ');
    expect(label?.font).toBe('NotoSans');
    const after = drawn.find((d) => d.text === ' v2.30');
    expect(after && arrow && after.x).toBeGreaterThan(arrow?.x ?? Infinity);
  });

  it('draws an emoji beyond U+FFFF through a stand-in, with the real character as the text a reader copies', () => {
    const emoji = drawn.find((d) => d.font === 'Fallback-emoji');
    expect(emoji?.text).toBe('\ue000');
    expect(output).toContain('/ActualText <FEFFD83DDD25>');
  });

  it('makes joined Arabic copy as the letters typed', () => {
    // The ToUnicode map of the Arabic font names the letters (U+0645 meem …), not presentation forms.
    expect(output).toMatch(/<[0-9a-f]{4}><0645>/);
    expect(output).not.toMatch(/<[0-9a-f]{4}><fee2>/);
  });
});
