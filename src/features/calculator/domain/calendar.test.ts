import { describe, expect, it } from 'vitest';
import { calculateMinutesPerPeriod } from './calendar';

describe('calculateMinutesPerPeriod', () => {
  it('counts hours, days and weeks the same in both calendars', () => {
    for (const calendar of ['gregorian', '30day'] as const) {
      expect(calculateMinutesPerPeriod('hour', calendar)).toBe(60);
      expect(calculateMinutesPerPeriod('day', calendar)).toBe(1440);
      expect(calculateMinutesPerPeriod('week', calendar)).toBe(10_080);
    }
  });

  it('uses the mean Gregorian year, with month = year / 12 and quarter = year / 4', () => {
    expect(calculateMinutesPerPeriod('year', 'gregorian')).toBeCloseTo(525_949.2, 6);
    expect(calculateMinutesPerPeriod('month', 'gregorian')).toBeCloseTo(43_829.1, 6);
    expect(calculateMinutesPerPeriod('quarter', 'gregorian')).toBeCloseTo(131_487.3, 6);
  });

  it('uses 30-day months, 90-day quarters and 365-day years in the 30-day calendar', () => {
    expect(calculateMinutesPerPeriod('month', '30day')).toBe(43_200);
    expect(calculateMinutesPerPeriod('quarter', '30day')).toBe(129_600);
    expect(calculateMinutesPerPeriod('year', '30day')).toBe(525_600);
  });
});
