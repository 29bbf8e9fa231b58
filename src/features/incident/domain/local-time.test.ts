import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDateTime,
  formatTimeOfDay,
  formatTimelineTime,
  formatUtcTime,
  isSameDay,
  parseDateTimeLocalValue,
  toDateTimeLocalValue,
} from './local-time';

// 2025-03-10 13:05:09 UTC = 14:05:09 in Berlin.
const AT = Date.UTC(2025, 2, 10, 13, 5, 9);
const originalTz = process.env.TZ;

beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('formatTimeOfDay', () => {
  it('formats local time in the locale, with or without seconds', () => {
    expect(formatTimeOfDay(AT, { locale: 'en-GB', timeZone: 'Europe/Berlin' })).toBe('14:05:09');
    expect(formatTimeOfDay(AT, { locale: 'en-US', timeZone: 'Europe/Berlin' })).toBe('02:05:09 PM');
    expect(formatTimeOfDay(AT, { locale: 'en-GB', timeZone: 'Europe/Berlin', seconds: false })).toBe('14:05');
  });

  it('prints a dash for a time that is not finite', () => {
    expect(formatTimeOfDay(Number.NaN)).toBe('—');
  });
});

describe('formatTimelineTime', () => {
  it('leaves the date out on the reference day and adds it on another day', () => {
    const options = { locale: 'en-GB', timeZone: 'Europe/Berlin' };
    expect(formatTimelineTime(AT, AT - 3_600_000, options)).toBe('14:05:09');
    expect(formatTimelineTime(AT + 12 * 3_600_000, AT, options)).toBe('11 Mar, 02:05:09');
  });

  it('decides "same day" in the time zone shown, not in UTC', () => {
    const lateEvening = Date.UTC(2025, 2, 10, 23, 30); // 00:30 on 11 March in Berlin
    expect(isSameDay(lateEvening, AT, 'UTC')).toBe(true);
    expect(isSameDay(lateEvening, AT, 'Europe/Berlin')).toBe(false);
  });
});

describe('formatUtcTime', () => {
  it('shows UTC in 24-hour time, marked UTC', () => {
    expect(formatUtcTime(AT, AT)).toBe('13:05:09 UTC');
  });
});

describe('formatDateTime', () => {
  it('shows date and time for lists', () => {
    expect(formatDateTime(AT, { locale: 'en-US', timeZone: 'Europe/Berlin' })).toBe('Mar 10, 2025, 02:05 PM');
  });
});

describe('datetime-local values', () => {
  it('writes local time with seconds, and without when asked', () => {
    expect(toDateTimeLocalValue(AT)).toBe('2025-03-10T14:05:09');
    expect(toDateTimeLocalValue(AT, false)).toBe('2025-03-10T14:05');
  });

  it('reads minutes, seconds and milliseconds', () => {
    expect(parseDateTimeLocalValue('2025-03-10T14:05')).toBe(AT - 9_000);
    expect(parseDateTimeLocalValue('2025-03-10T14:05:09')).toBe(AT);
    expect(parseDateTimeLocalValue('2025-03-10T14:05:09.5')).toBe(AT + 500);
  });

  it('rejects text that is not a real date and time', () => {
    for (const value of ['', 'yesterday', '2025-02-30T10:00', '2025-13-01T10:00', '2025-03-10T24:00', '2025-03-10']) {
      expect(parseDateTimeLocalValue(value)).toBeNull();
    }
  });

  it('round-trips every whole second', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }), (seconds) => {
        const at = seconds * 1000;
        expect(parseDateTimeLocalValue(toDateTimeLocalValue(at))).toBe(at);
      }),
    );
  });
});
