import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { isSurelyInBaseFont } from './list-pdf-texts';
import { fontCovers, planPdfFonts, splitFontRuns } from './plan-pdf-fonts';

const problemsOf = (texts: string[]) => planPdfFonts(texts).problems.map((p) => ({ kind: p.kind, items: p.items }));

describe('planPdfFonts', () => {
  it('needs no fallback font, and reports nothing, for Latin, Greek, Cyrillic and currency', () => {
    const plan = planPdfFonts(['Zażółć gęślą jaźń', 'İstanbul’da ağır şoför', 'Tiếng Việt có dấu', 'Привет Ωμέγα', '€ £ ¥ ₹ ₩ — “quoted” …']);
    expect(plan.fonts).toEqual([]);
    expect(plan.problems).toEqual([]);
  });

  it('fetches only the font of each script present', () => {
    expect(planPdfFonts(['日本語のテキスト']).fonts).toEqual(['japanese']);
    expect(planPdfFonts(['שלום עולם']).fonts).toEqual(['hebrew']);
    expect(planPdfFonts(['مرحبا بالعالم']).fonts).toEqual(['arabic']);
    expect(planPdfFonts(['สวัสดีครับ']).fonts).toEqual(['thai']);
    expect(planPdfFonts(['한국어']).fonts).toEqual(['korean']);
    expect(planPdfFonts(['v2.31 → v2.30', 'p99 ≥ 2 s']).fonts).toEqual(['math']);
    expect(planPdfFonts(['✓ done ✗ not done']).fonts).toEqual(['symbols']);
    expect(planPdfFonts(['🔥 on fire']).fonts).toEqual(['emoji']);
  });

  it('takes an arrow alone from the 13 KB arrows cut, and from the maths font when maths is needed anyway', () => {
    expect(planPdfFonts(['Duration (impact start → service restored)']).fonts).toEqual(['arrows']);
    expect(planPdfFonts(['impact start → service restored', 'p99 ≥ 2 s']).fonts).toEqual(['math']);
  });

  it('takes Han characters from the Japanese font with kana, the Korean one with Hangul, else the Chinese one', () => {
    expect(planPdfFonts(['東京の障害']).fonts).toEqual(['japanese']);
    expect(planPdfFonts(['서울 障害']).fonts).toEqual(['korean']);
    expect(planPdfFonts(['北京故障']).fonts).toEqual(['chinese']);
  });

  it('draws symbols with a font the document needs anyway rather than fetching a symbol font for them', () => {
    expect(planPdfFonts(['日本語の → ≥']).fonts).toEqual(['japanese']);
    expect(planPdfFonts(['中文 → ≥']).fonts).toEqual(['chinese']);
  });

  it('lists exactly the characters no font has, once each', () => {
    expect(problemsOf(['Georgian: ქართ', 'again ქ'])).toEqual([
      { kind: 'missing', items: ['ქ (U+10E5)', 'ა (U+10D0)', 'რ (U+10E0)', 'თ (U+10D7)'] },
    ]);
  });

  it('needs no font for line breaks and tabs (laid out, never drawn)', () => {
    expect(planPdfFonts(['First line\nsecond\tline\r\n']).problems).toEqual([]);
    expect(planPdfFonts(['שלום\nעולם']).problems).toEqual([]);
  });

  it('groups the characters no font has by script, each named with its code point', () => {
    const problems = planPdfFonts(['ሰላም ქ 𝄞']).problems;
    expect(problems.map((p) => [p.reason.split(':')[0], p.items])).toEqual([
      ['Ethiopic', ['ሰ (U+1230)', 'ላ (U+120B)', 'ም (U+121D)']],
      ['Georgian', ['ქ (U+10E5)']],
      ['Symbols', ['𝄞 (U+1D11E)']],
    ]);
  });

  it('names the Thai marks seen drawn over each other: on tall consonants, under ญ and ฐ', () => {
    expect(problemsOf(['ป่า ฝ้าย ญุ ไม่ได้ ครู'])).toEqual([{ kind: 'misrendered', items: ['ป่า', 'ฝ้าย', 'ญุ'] }]);
  });

  it('lists the words of scripts it cannot shape: Devanagari conjuncts and the vowel sign i, stacked Thai marks', () => {
    expect(problemsOf(['नमस्ते दुनिया, भारत'])).toEqual([{ kind: 'misrendered', items: ['नमस्ते', 'दुनिया'] }]);
    expect(problemsOf(['ที่นี่ สวัสดี'])).toEqual([{ kind: 'misrendered', items: ['ที่นี่'] }]);
  });

  it('lists combined emoji, skin tones and flags, which are drawn as their parts', () => {
    const items = planPdfFonts(['👩‍💻 👍🏽 🇩🇪 🔥']).problems.flatMap((p) => p.items);
    expect(items).toEqual(['👩‍💻', '👍🏽', '🇩🇪']);
  });

  it('says nothing about plain emoji, arrows, maths and check marks: they are drawn', () => {
    expect(planPdfFonts(['🔥 🚀 → ← ≥ ≤ ≠ ≈ ∞ ✓ ✗']).problems).toEqual([]);
  });
});

describe('splitFontRuns', () => {
  const plan = planPdfFonts(['Mixed: 日本語の שלום مرحبا नमस्ते สวัสดี 🔥 → ✓ ✗ ქ']);

  it('gives each run one font that has all its characters', () => {
    const runs = splitFontRuns('Hello 日本語 → ✗ 🔥 שלום', plan);
    expect(runs.map((r) => r.face)).toEqual(['base', 'japanese', 'base', 'japanese', 'base', 'symbols', 'base', 'emoji', 'base', 'hebrew']);
    for (const run of runs) for (const ch of run.text) expect(run.face !== null && fontCovers(run.face, ch.codePointAt(0) as number)).toBe(true);
  });

  it('keeps combining marks with their letter', () => {
    const runs = splitFontRuns('नमस्ते', plan);
    expect(runs).toEqual([{ face: 'devanagari', text: 'नमस्ते' }]);
  });

  it('marks characters no font has as dropped (face null)', () => {
    expect(splitFontRuns('aქb', plan)).toEqual([
      { face: 'base', text: 'a' },
      { face: null, text: 'ქ' },
      { face: 'base', text: 'b' },
    ]);
  });

  it('splits any text into runs that concatenate back to it, never two neighbours with the same font', () => {
    const pieces = ['a', ' ', 'é', '日', 'の', 'ש', 'م', 'न', '्', 'ส', 'ั', '🔥', '\u200d', '\ufe0f', '→', '✓', 'ქ', '€'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string())), (parts) => {
        const text = parts.join('');
        const runs = splitFontRuns(text, plan);
        expect(runs.map((r) => r.text).join('')).toBe(text);
        for (let i = 1; i < runs.length; i++) expect(runs[i]?.face).not.toBe(runs[i - 1]?.face);
      }),
    );
  });
});

describe('the Arabic letters jsPDF joins', () => {
  it('are the ones the planner expects (jsPDF 4.2 processArabic table)', () => {
    const parser = (jsPDF as unknown as { API: { __arabicParser__: { isInArabicSubstitutionA: (letter: string) => boolean } } }).API.__arabicParser__;
    const joined: number[] = [];
    for (let code = 0x0600; code <= 0x06ff; code++) if (parser.isInArabicSubstitutionA(String.fromCharCode(code))) joined.push(code);
    // Words made of any of these letters raise no "unjoined" problem; one letter outside them does.
    expect(planPdfFonts([String.fromCharCode(...joined)]).problems).toEqual([]);
    expect(problemsOf(['ەل'])).toEqual([{ kind: 'misrendered', items: ['ەل'] }]);
  });
});

describe('isSurelyInBaseFont', () => {
  it('accepts only characters the base font has (so the panel may skip the check)', () => {
    for (let code = 0x20; code < 0x3000; code++) {
      const ch = String.fromCodePoint(code);
      if (isSurelyInBaseFont(ch)) expect(fontCovers('base', code), ch).toBe(true);
    }
    expect(isSurelyInBaseFont('Zażółć gęślą jaźń — Привет — Ωμέγα, Tiếng Việt, İstanbul, € £ ¥ ₹ ₩')).toBe(true);
    expect(isSurelyInBaseFont('v2.31 → v2.30')).toBe(false);
  });
});
