import { describe, expect, it } from 'vitest';
import { isInRange, resolvePeriod, toQuarterKey } from './report-period';

const choice = (preset: Parameters<typeof resolvePeriod>[0]['preset'], from = '', to = '') => ({ preset, from, to });

describe('resolvePeriod', () => {
  const now = Date.UTC(2026, 0, 15, 12); // 15 January 2026, in Q1

  it('counts the last 30 and 90 days including today', () => {
    expect(resolvePeriod(choice('last-30'), now, 'UTC')).toEqual({ from: '2025-12-17', to: '2026-01-15' });
    expect(resolvePeriod(choice('last-90'), now, 'UTC')).toEqual({ from: '2025-10-18', to: '2026-01-15' });
  });

  it('uses calendar quarters; last quarter of Q1 is Q4 of the year before', () => {
    expect(resolvePeriod(choice('this-quarter'), now, 'UTC')).toEqual({ from: '2026-01-01', to: '2026-01-15' });
    expect(resolvePeriod(choice('last-quarter'), now, 'UTC')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(resolvePeriod(choice('last-quarter'), Date.UTC(2026, 4, 2), 'UTC')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(resolvePeriod(choice('this-year'), now, 'UTC')).toEqual({ from: '2026-01-01', to: '2026-01-15' });
    expect(resolvePeriod(choice('all'), now, 'UTC')).toEqual({ from: null, to: null });
  });

  it('counts days in the reader’s time zone: 23:30 UTC on 31 March is already Q2 in Berlin', () => {
    const late = Date.UTC(2026, 2, 31, 23, 30);
    expect(resolvePeriod(choice('this-quarter'), late, 'UTC').from).toBe('2026-01-01');
    expect(resolvePeriod(choice('this-quarter'), late, 'Europe/Berlin')).toEqual({ from: '2026-04-01', to: '2026-04-01' });
  });

  it('keeps custom bounds, swaps a reversed pair and leaves an invalid date open', () => {
    expect(resolvePeriod(choice('custom', '2026-02-01', '2026-01-01'), now, 'UTC')).toEqual({ from: '2026-01-01', to: '2026-02-01' });
    expect(resolvePeriod(choice('custom', 'nonsense', '2026-01-01'), now, 'UTC')).toEqual({ from: null, to: '2026-01-01' });
  });
});

describe('isInRange and toQuarterKey', () => {
  it('includes both bounds', () => {
    expect(isInRange('2026-01-01', { from: '2026-01-01', to: '2026-01-31' })).toBe(true);
    expect(isInRange('2026-02-01', { from: '2026-01-01', to: '2026-01-31' })).toBe(false);
    expect(isInRange('1999-01-01', { from: null, to: null })).toBe(true);
  });
  it('names quarters', () => {
    expect(toQuarterKey('2026-03')).toBe('2026-Q1');
    expect(toQuarterKey('2026-10')).toBe('2026-Q4');
  });
});
