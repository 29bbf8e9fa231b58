import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasRightToLeft, reorderForDisplay } from './reorder-bidi';

const reverse = (text: string) => [...text].reverse().join('');

describe('reorderForDisplay', () => {
  it('leaves a line without right-to-left letters as it is', () => {
    expect(reorderForDisplay('v2.31 → v2.30 (rolled back)')).toBe('v2.31 → v2.30 (rolled back)');
    expect(hasRightToLeft('Zażółć 日本語')).toBe(false);
  });

  it('reverses a Hebrew or Arabic phrase in a left-to-right line, words and letters', () => {
    expect(reorderForDisplay('Hebrew: שלום עולם')).toBe(`Hebrew: ${reverse('שלום עולם')}`);
    expect(reorderForDisplay('שלום עולם and then')).toBe(`${reverse('שלום עולם')} and then`);
  });

  it('keeps the digits of a number inside right-to-left text left to right', () => {
    expect(reorderForDisplay('גרסה 2.31 עכשיו')).toBe(`${reverse('עכשיו')} 2.31 ${reverse('גרסה')}`);
  });

  it('mirrors brackets inside right-to-left text', () => {
    expect(reorderForDisplay('שלום (עולם)')).toBe(`(${reverse('עולם')}) ${reverse('שלום')}`);
  });

  it('keeps combining marks after their letter', () => {
    const pointed = 'שָׁלוֹם';
    const shown = reorderForDisplay(pointed);
    expect(shown.startsWith('ם')).toBe(true);
    expect(shown.endsWith('שָׁ')).toBe(true);
  });

  it('only reorders: every character is kept, and reordering twice restores a purely right-to-left line', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ש', 'ל', 'ו', 'ם', 'م', 'ر', ' ', 'a', 'b', '1', '2', '.', '(', ')', ',', 'é', 'ָ')), (chars) => {
        const line = chars.join('');
        const shown = reorderForDisplay(line);
        const sorted = (s: string) => [...s].map((c) => ({ '(': ')', ')': ')' } as Record<string, string>)[c] ?? c).sort().join('');
        expect(sorted(shown)).toBe(sorted(line));
      }),
    );
    const rtl = 'שלום עולם מה נשמע';
    expect(reorderForDisplay(reorderForDisplay(rtl))).toBe(rtl);
  });
});
