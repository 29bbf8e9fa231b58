import { describe, expect, it } from 'vitest';
import {
  addDaysToIsoDate,
  convertWallTimeToEpoch,
  formatDateTimeInTimeZone,
  formatUtcOffset,
  getTimeZoneOffsetMinutes,
  getWallTime,
  isIsoDate,
  isValidTimeZone,
} from './zoned-time';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute, second: 0, millisecond: 0 });

describe('getTimeZoneOffsetMinutes', () => {
  it('knows winter, summer and half-hour zones', () => {
    expect(getTimeZoneOffsetMinutes(Date.UTC(2026, 0, 15), 'Europe/Berlin')).toBe(60);
    expect(getTimeZoneOffsetMinutes(Date.UTC(2026, 6, 15), 'Europe/Berlin')).toBe(120);
    expect(getTimeZoneOffsetMinutes(Date.UTC(2026, 0, 15), 'America/St_Johns')).toBe(-210);
    expect(getTimeZoneOffsetMinutes(Date.UTC(2026, 0, 15), 'Asia/Kolkata')).toBe(330);
  });
});

describe('convertWallTimeToEpoch', () => {
  it('converts a wall time in a zone to epoch ms', () => {
    expect(new Date(convertWallTimeToEpoch(wall(2026, 11, 27, 14, 2), 'Europe/Berlin')).toISOString()).toBe('2026-11-27T13:02:00.000Z');
    expect(new Date(convertWallTimeToEpoch(wall(2026, 11, 27, 14, 2), 'UTC')).toISOString()).toBe('2026-11-27T14:02:00.000Z');
  });
  it('takes the earlier instant in a DST overlap and moves forward in a gap', () => {
    expect(new Date(convertWallTimeToEpoch(wall(2026, 10, 25, 2, 30), 'Europe/Berlin')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(convertWallTimeToEpoch(wall(2026, 3, 29, 2, 30), 'Europe/Berlin')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('formatDateTimeInTimeZone', () => {
  it('writes seconds only when they are not zero', () => {
    expect(formatDateTimeInTimeZone(Date.UTC(2026, 10, 27, 14, 2), 'UTC')).toBe('2026-11-27 14:02');
    expect(formatDateTimeInTimeZone(Date.UTC(2026, 10, 27, 14, 2, 33), 'Europe/Berlin')).toBe('2026-11-27 15:02:33');
  });
});

describe('getWallTime', () => {
  it('reads UTC without Intl exactly as Intl reads it, BC years and the edges of the Date range included', () => {
    const instants = [0, -1, 999, Date.UTC(2026, 1, 28, 23, 59, 59, 999), Date.UTC(-1, 0, 1), Date.UTC(0, 11, 31, 12), -8.64e15, 8.64e15];
    for (let i = 0; i < 200; i++) instants.push(Math.round((Math.sin(i + 1) * 8.64e15) / 7));
    // 'Etc/UTC' takes the Intl path; 'UTC' the fast one.
    for (const t of instants) expect(getWallTime(t, 'UTC')).toEqual(getWallTime(t, 'Etc/UTC'));
  });

  it('still rejects an invalid time', () => {
    expect(() => getWallTime(Number.NaN, 'UTC')).toThrow(RangeError);
  });
});

describe('formatUtcOffset', () => {
  it('writes ±HH:MM', () => {
    expect(formatUtcOffset(60)).toBe('UTC+01:00');
    expect(formatUtcOffset(-210)).toBe('UTC-03:30');
    expect(formatUtcOffset(0)).toBe('UTC+00:00');
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
  });
});

describe('addDaysToIsoDate', () => {
  it('crosses months and years', () => {
    expect(addDaysToIsoDate('2026-12-30', 3)).toBe('2027-01-02');
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones', () => {
    expect(isValidTimeZone('Europe/Warsaw')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
