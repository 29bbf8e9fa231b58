// Wall-clock time in an IANA time zone with Intl only (no time-zone library): offsets, conversions, date strings.

const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone (or 'UTC') this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 100) return false;
  try {
    getFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone if valid, else 'UTC': display code never throws on a bad saved zone. */
export function resolveTimeZone(timeZone: string | undefined): string {
  return timeZone !== undefined && isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** Epoch ms of a wall time read as UTC; handles years below 100 (which `Date.UTC` maps to the 1900s). */
function wallTimeAsUtc(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

/** The wall-clock time at `epochMs` in `timeZone`. */
export function getWallTime(epochMs: number, timeZone: string): WallTime {
  const zone = resolveTimeZone(timeZone);
  // UTC needs no zone data: Date's UTC fields are the same numbers, at a fraction of formatToParts' cost (exports
  // format every timeline row in UTC). Invalid times still go to Intl, which throws for them as before.
  if (zone === 'UTC' && Number.isFinite(epochMs)) {
    const date = new Date(epochMs);
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      millisecond: ((epochMs % 1000) + 1000) % 1000,
    };
  }
  const parts = getFormatter(zone).formatToParts(new Date(epochMs));
  const read = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const year = read('year');
  return {
    year: era === 'BC' || era === 'B' ? 1 - year : year,
    month: read('month'),
    day: read('day'),
    hour: read('hour') % 24,
    minute: read('minute'),
    second: read('second'),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

/** The zone's offset from UTC at `epochMs`, in minutes (Berlin in winter: 60). */
export function getTimeZoneOffsetMinutes(epochMs: number, timeZone: string): number {
  if (!Number.isFinite(epochMs)) return 0;
  const wall = getWallTime(epochMs, timeZone);
  return Math.round((wallTimeAsUtc(wall) - epochMs) / 60_000);
}

/**
 * Epoch ms of a wall-clock time in `timeZone`. In a DST gap (a time that does not exist) the result is shifted
 * forward by the gap; in an overlap (a time that exists twice) the earlier instant is returned.
 */
export function convertWallTimeToEpoch(wall: WallTime, timeZone: string): number {
  const zone = resolveTimeZone(timeZone);
  const asUtc = wallTimeAsUtc(wall);
  const day = 86_400_000;
  // The true instant is within ±14 h of `asUtc`; offsets a day either side bracket any one transition.
  const before = getTimeZoneOffsetMinutes(asUtc - day, zone);
  const offsets = [before, getTimeZoneOffsetMinutes(asUtc, zone), getTimeZoneOffsetMinutes(asUtc + day, zone)];
  const valid = offsets
    .map((offset) => asUtc - offset * 60_000)
    .filter((candidate) => wallTimeAsUtc(getWallTime(candidate, zone)) === asUtc);
  if (valid.length > 0) return Math.min(...valid);
  // A DST gap: read the wall time with the offset in force before the gap, which moves it forward by the gap.
  return asUtc - before * 60_000;
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

function formatYear(year: number): string {
  return year < 0 ? `-${pad(year, 6)}` : year > 9999 ? `+${pad(year, 6)}` : pad(year, 4);
}

/** 'YYYY-MM-DD' of `epochMs` in `timeZone`. */
export function formatDateInTimeZone(epochMs: number, timeZone: string): string {
  const w = getWallTime(epochMs, timeZone);
  return `${formatYear(w.year)}-${pad(w.month)}-${pad(w.day)}`;
}

function formatWallClock(w: WallTime, seconds: 'auto' | 'always'): string {
  const base = `${pad(w.hour)}:${pad(w.minute)}`;
  return seconds === 'always' || w.second !== 0 ? `${base}:${pad(w.second)}` : base;
}

/** 'HH:mm', or 'HH:mm:ss' when the seconds are not zero (or `seconds` is 'always'). */
export function formatTimeInTimeZone(epochMs: number, timeZone: string, seconds: 'auto' | 'always' = 'auto'): string {
  return formatWallClock(getWallTime(epochMs, timeZone), seconds);
}

/** 'YYYY-MM-DD HH:mm' (seconds when not zero) in `timeZone`. */
export function formatDateTimeInTimeZone(epochMs: number, timeZone: string): string {
  const w = getWallTime(epochMs, timeZone);
  return `${formatYear(w.year)}-${pad(w.month)}-${pad(w.day)} ${formatWallClock(w, 'auto')}`;
}

/** 'UTC+01:00', 'UTC-03:30' (ASCII minus), 'UTC+00:00'. */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a real calendar date 'YYYY-MM-DD' (rejects 2026-02-30). */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const limit = month === 2 ? (leap ? 29 : 28) : daysInMonth;
  return day <= limit ? { year, month, day } : null;
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** Adds whole days to a 'YYYY-MM-DD' date (calendar arithmetic, no time zone involved). */
export function addDaysToIsoDate(date: string, days: number): string {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a date: ${date}`);
  const d = new Date(0);
  d.setUTCFullYear(parsed.year, parsed.month - 1, parsed.day + days);
  return `${formatYear(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Day of week of a 'YYYY-MM-DD' date: 0 Sunday … 6 Saturday. */
export function getIsoDateWeekday(date: string): number {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a date: ${date}`);
  const d = new Date(0);
  d.setUTCFullYear(parsed.year, parsed.month - 1, parsed.day);
  return d.getUTCDay();
}

/** Whole days from date `a` to date `b` (both 'YYYY-MM-DD'); negative when `b` is earlier. */
export function countDaysBetweenIsoDates(a: string, b: string): number {
  const pa = parseIsoDate(a);
  const pb = parseIsoDate(b);
  if (!pa || !pb) throw new RangeError(`Not a date: ${pa ? b : a}`);
  const da = new Date(0);
  da.setUTCFullYear(pa.year, pa.month - 1, pa.day);
  const db = new Date(0);
  db.setUTCFullYear(pb.year, pb.month - 1, pb.day);
  return Math.round((db.getTime() - da.getTime()) / 86_400_000);
}
