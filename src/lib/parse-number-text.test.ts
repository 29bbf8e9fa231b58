import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumberText } from './parse-number-text';

describe('parseNumberText', () => {
  it('reads plain, grouped and decimal-comma numbers', () => {
    expect(parseNumberText('45')).toEqual({ kind: 'number', value: 45 });
    expect(parseNumberText(' 1,500 ')).toEqual({ kind: 'number', value: 1500 });
    expect(parseNumberText('1 234 567.5')).toEqual({ kind: 'number', value: 1234567.5 });
    expect(parseNumberText('2,5')).toEqual({ kind: 'number', value: 2.5 });
    expect(parseNumberText('.5')).toEqual({ kind: 'number', value: 0.5 });
    expect(parseNumberText('-3')).toEqual({ kind: 'number', value: -3 });
  });

  it('tells empty from invalid', () => {
    expect(parseNumberText('   ')).toEqual({ kind: 'empty' });
    expect(parseNumberText('abc')).toEqual({ kind: 'invalid' });
    expect(parseNumberText('45 min')).toEqual({ kind: 'invalid' });
    expect(parseNumberText('1e999')).toEqual({ kind: 'invalid' });
    expect(parseNumberText('NaN')).toEqual({ kind: 'invalid' });
    expect(parseNumberText('Infinity')).toEqual({ kind: 'invalid' });
  });

  it('never returns a non-finite number for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseNumberText(text);
        return parsed.kind !== 'number' || Number.isFinite(parsed.value);
      }),
      { numRuns: 2000 },
    );
  });
});
