import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeReading, getNumberSeparators, parseNumberText } from './parse-number-text';

const value = (text: string, locale?: string) => {
  const parsed = parseNumberText(text, locale);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('parseNumberText', () => {
  it('reads plain, grouped and decimal numbers in en-US', () => {
    expect(parseNumberText('45', 'en-US')).toEqual({ kind: 'number', value: 45 });
    expect(value(' 1,500.5 ', 'en-US')).toBe(1500.5);
    expect(value('1 234 567.5', 'en-US')).toBe(1234567.5);
    expect(value('2,5', 'en-US')).toBe(2.5);
    expect(value('.5', 'en-US')).toBe(0.5);
    expect(value('-3', 'en-US')).toBe(-3);
    expect(value('1e6', 'en-US')).toBe(1e6);
  });

  it('reads de-DE 1.500 as fifteen hundred and says so (it used to be 1.5, silently)', () => {
    const parsed = parseNumberText('1.500', 'de-DE');
    expect(parsed).toEqual({ kind: 'number', value: 1500, ambiguous: { otherValue: 1.5 } });
    expect(describeReading(parsed, 'de-DE')).toBe('Read as 1500, not 1,5');
  });

  it('reads each writer the way they mean', () => {
    expect(value('1.500.000', 'de-DE')).toBe(1500000);
    expect(value('1.500,50', 'de-DE')).toBe(1500.5);
    expect(value('2,5', 'de-DE')).toBe(2.5);
    expect(value('15,00,000', 'en-IN')).toBe(1500000);
    expect(value('1,50,00,000.25', 'en-IN')).toBe(15000000.25);
    expect(value('1\u202f500\u202f000', 'fr-FR')).toBe(1500000);
    expect(value('1\u00a0500\u00a0000,5', 'fr-FR')).toBe(1500000.5);
    expect(value('1 500 000', 'fr-FR')).toBe(1500000);
    expect(value("1'500'000", 'de-CH')).toBe(1500000);
    expect(value('1\u2019500\u2019000.25', 'de-CH')).toBe(1500000.25);
  });

  it('flags the other ambiguous readings instead of guessing silently', () => {
    expect(parseNumberText('1,500', 'de-DE')).toEqual({ kind: 'number', value: 1.5, ambiguous: { otherValue: 1500 } });
    expect(parseNumberText('1,500', 'en-US')).toEqual({ kind: 'number', value: 1500, ambiguous: { otherValue: 1.5 } });
    expect(parseNumberText('1.500', 'en-US')).toEqual({ kind: 'number', value: 1.5, ambiguous: { otherValue: 1500 } });
    // Not a possible group of three: one reading only.
    expect(parseNumberText('2.5', 'de-DE')).toEqual({ kind: 'number', value: 2.5 });
    expect(parseNumberText('0,500', 'en-US')).toEqual({ kind: 'number', value: 0.5 });
  });

  it('tells empty from invalid, with a reason', () => {
    expect(parseNumberText('   ')).toEqual({ kind: 'empty' });
    expect(parseNumberText('abc')).toEqual({ kind: 'invalid', reason: 'chars' });
    expect(parseNumberText('45 min')).toEqual({ kind: 'invalid', reason: 'chars' });
    expect(parseNumberText('1e999').kind).toBe('invalid');
    expect(parseNumberText('NaN').kind).toBe('invalid');
    expect(parseNumberText('Infinity').kind).toBe('invalid');
    expect(parseNumberText('1.500,000,5', 'de-DE')).toEqual({ kind: 'invalid', reason: 'marks' });
    expect(parseNumberText('1,5.3,2', 'en-US')).toEqual({ kind: 'invalid', reason: 'marks' });
    expect(parseNumberText('1.50.0', 'de-DE')).toEqual({ kind: 'invalid', reason: 'groups' });
    expect(parseNumberText('12 34', 'fr-FR')).toEqual({ kind: 'invalid', reason: 'groups' });
  });

  it('learns separators from Intl', () => {
    expect(getNumberSeparators('de-DE')).toEqual({ group: '.', decimal: ',' });
    expect(getNumberSeparators('fr-FR')).toEqual({ group: '\u202f', decimal: ',' });
    expect(getNumberSeparators('en-IN')).toEqual({ group: ',', decimal: '.' });
  });

  it('never returns a non-finite number for any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('en-US', 'de-DE', 'fr-FR'), (text, locale) => {
        const parsed = parseNumberText(text, locale);
        return parsed.kind !== 'number' || Number.isFinite(parsed.value);
      }),
      { numRuns: 2000 },
    );
  });
});

const LOCALES = ['en-US', 'en-GB', 'en-IN', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'ja-JP', 'sv-SE', 'pl-PL'];

// Building an Intl.NumberFormat per generated number would dominate the run: one per (locale, options).
const formatters = new Map<string, Intl.NumberFormat>();
function format(n: number, locale: string, grouping: boolean, digits: number): string {
  const key = `${locale}|${grouping}|${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { useGrouping: grouping, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter.format(n);
}

describe('parseNumberText round-trips what Intl formats', () => {
  for (const locale of LOCALES) {
    // 10,000 runs each take a few seconds on a shared 2-core machine: a generous timeout, not a timing assertion.
    it(`${locale}: format → parse gives the number back (10,000 numbers)`, { timeout: 60_000 }, () => {
      const number = fc.oneof(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: -1e9, max: 1e9 }).chain((i) => fc.integer({ min: 0, max: 99 }).map((c) => i + Math.sign(i || 1) * c / 100)),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
      );
      fc.assert(
        fc.property(number, fc.boolean(), fc.integer({ min: 0, max: 4 }), (n, grouping, digits) => {
          const text = format(n, locale, grouping, digits);
          const expected = Number(format(n, 'en-US', false, digits));
          const parsed = parseNumberText(text, locale);
          expect(parsed.kind).toBe('number');
          if (parsed.kind === 'number') expect(parsed.value).toBe(expected === 0 ? 0 : expected);
        }),
        { numRuns: 10_000 },
      );
    });
  }
});
