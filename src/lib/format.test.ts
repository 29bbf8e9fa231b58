import { describe, expect, it } from 'vitest';
import { formatDurationSeconds, formatMinutes, formatMoney, formatNumber, formatPercent } from './format';

describe('formatMoney', () => {
  it('formats with the currency and locale', () => {
    expect(formatMoney(1234.5, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(1234.5, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(1234, 'JPY', 'en-US')).toBe('¥1,234');
  });

  it('rounds to the requested decimals, even below the currency default', () => {
    expect(formatMoney(1234.56, 'USD', 'en-US', { maximumFractionDigits: 0 })).toBe('$1,235');
    expect(formatMoney(1234.5, 'USD', 'en-US', { maximumFractionDigits: 2 })).toBe('$1,234.50');
  });

  it('shortens large amounts when compact', () => {
    expect(formatMoney(1_234_567, 'USD', 'en-US', { compact: true })).toBe('$1.2M');
  });

  it('prints a dash, never NaN or Infinity, for a non-finite amount', () => {
    expect(formatMoney(Number.NaN, 'USD', 'en-US')).toBe('—');
    expect(formatMoney(Number.POSITIVE_INFINITY, 'USD', 'en-US')).toBe('—');
  });

  it('falls back to "CODE amount" when Intl rejects the currency', () => {
    expect(formatMoney(12.5, 'not a currency', 'en-US')).toBe('not a currency 12.5');
  });

  it('uses the runtime locale when the locale tag is unusable', () => {
    expect(formatMoney(5, 'USD', 'not_a_locale!!')).toMatch(/5/);
  });
});

describe('formatNumber', () => {
  it('groups digits for the locale', () => {
    expect(formatNumber(1234567.891, 'en-US', { maximumFractionDigits: 1 })).toBe('1,234,567.9');
    expect(formatNumber(Number.NaN)).toBe('—');
  });
});

describe('formatPercent', () => {
  it('takes values on the 0–100 scale and drops trailing zeros', () => {
    expect(formatPercent(99.9, 3, 'en-US')).toBe('99.9%');
    expect(formatPercent(99.999, 3, 'en-US')).toBe('99.999%');
    expect(formatPercent(102.74, 1, 'en-US')).toBe('102.7%');
    expect(formatPercent(25, undefined, 'en-US')).toBe('25%');
    expect(formatPercent(Number.NaN, 1)).toBe('—');
  });
});

describe('formatDurationSeconds', () => {
  it('writes allowed downtime the way published nines tables do', () => {
    expect(formatDurationSeconds(2629.746)).toBe('43 m 49.7 s');
    expect(formatDurationSeconds(31_556.952)).toBe('8 h 45 m 57 s');
    expect(formatDurationSeconds(315_569.52)).toBe('3 d 15 h 39 m 29.5 s');
    expect(formatDurationSeconds(86.4)).toBe('1 m 26.4 s');
    expect(formatDurationSeconds(604.8)).toBe('10 m 4.8 s');
    expect(formatDurationSeconds(2592)).toBe('43 m 12 s');
  });

  it('shows 0 s for nothing and leaves out zero units', () => {
    expect(formatDurationSeconds(0)).toBe('0 s');
    expect(formatDurationSeconds(3600)).toBe('1 h');
    expect(formatDurationSeconds(3605)).toBe('1 h 5 s');
    expect(formatDurationSeconds(0.04)).toBe('0 s');
  });

  it('carries rounding into the next unit instead of printing 60 s', () => {
    expect(formatDurationSeconds(59.96)).toBe('1 m');
    expect(formatDurationSeconds(3599.97)).toBe('1 h');
  });

  it('prints a dash for a non-finite value', () => {
    expect(formatDurationSeconds(Number.NaN)).toBe('—');
  });
});

describe('formatMinutes', () => {
  it('writes durations in days, hours and minutes', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(3060)).toBe('2 d 3 h');
    expect(formatMinutes(3075)).toBe('2 d 3 h 15 min');
  });

  it('keeps one decimal under an hour and rounds above it', () => {
    expect(formatMinutes(1.5)).toBe('1.5 min');
    expect(formatMinutes(43.8291)).toBe('43.8 min');
    expect(formatMinutes(59.97)).toBe('1 h');
    expect(formatMinutes(90.4)).toBe('1 h 30 min');
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('durations in the reader’s locale', () => {
  it('writes the decimal mark of the locale, like every other figure on the screen', () => {
    expect(formatDurationSeconds(2629.746, 'de-DE')).toBe('43 m 49,7 s');
    expect(formatDurationSeconds(2629.746, 'en-US')).toBe('43 m 49.7 s');
    expect(formatMinutes(1.5, 'de-DE')).toBe('1,5 min');
    expect(formatMinutes(1.5, 'fr-FR')).toBe('1,5 min');
    expect(formatMinutes(90, 'de-DE')).toBe('1 h 30 min');
  });
});
