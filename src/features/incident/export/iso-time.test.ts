import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeTimeZone, formatIsoWithOffset, resolveTimeZone } from './iso-time';

// 2025-03-10 13:05:09 UTC = 14:05:09 in Berlin (winter), 09:05:09 in New York (daylight time since 9 March).
const AT = Date.UTC(2025, 2, 10, 13, 5, 9);

describe('formatIsoWithOffset', () => {
  it('writes the wall clock of the zone with its offset', () => {
    expect(formatIsoWithOffset(AT, 'Europe/Berlin')).toBe('2025-03-10T14:05:09+01:00');
    expect(formatIsoWithOffset(AT, 'America/New_York')).toBe('2025-03-10T09:05:09-04:00');
    expect(formatIsoWithOffset(AT, 'Asia/Kolkata')).toBe('2025-03-10T18:35:09+05:30');
    expect(formatIsoWithOffset(AT, 'UTC')).toBe('2025-03-10T13:05:09+00:00');
  });

  it('follows daylight saving time within one zone', () => {
    expect(formatIsoWithOffset(Date.UTC(2025, 6, 1, 12, 0, 0), 'Europe/Berlin')).toBe('2025-07-01T14:00:00+02:00');
  });

  it('is empty for a time that is not finite', () => {
    expect(formatIsoWithOffset(Number.NaN, 'UTC')).toBe('');
  });

  it('reads back to the same second in any zone', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.constantFrom(...zones), (at, zone) => {
        expect(Date.parse(formatIsoWithOffset(at, zone))).toBe(Math.floor(at / 1000) * 1000);
      }),
    );
  });
});

describe('describeTimeZone', () => {
  it('names the zone and its offset at the instant', () => {
    expect(describeTimeZone(AT, 'Europe/Berlin')).toBe('Europe/Berlin (UTC+01:00)');
    expect(resolveTimeZone('Not/AZone')).toBe(resolveTimeZone());
    expect(describeTimeZone(AT, 'America/St_Johns')).toBe('America/St_Johns (UTC-02:30)');
  });
});
