// Instants written for files people share: ISO 8601 with the UTC offset of the reader's zone, and the zone named.
// Pure apart from the browser's time zone, which Intl supplies (as in local-time.ts).

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let cached = partFormatters.get(key);
  if (!cached) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    };
    try {
      cached = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    } catch {
      // An unknown zone must not break an export: the browser's zone instead.
      cached = new Intl.DateTimeFormat('en-US', options);
    }
    partFormatters.set(key, cached);
  }
  return cached;
}

function readWallClock(at: number, timeZone: string | undefined): WallClock {
  const parts = partsFormatter(timeZone).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

/** The IANA name of the zone used: the one given when valid, else the browser's ('Europe/Berlin'). */
export function resolveTimeZone(timeZone?: string): string {
  return partsFormatter(timeZone).resolvedOptions().timeZone;
}

/** Minutes east of UTC in the zone at that instant (Berlin in winter: 60). */
export function readUtcOffsetMinutes(at: number, timeZone?: string): number {
  const wall = readWallClock(at, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0');
}

/** '+01:00', '-05:30', '+00:00'. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * The instant in ISO 8601 with the zone's offset, to the second: '2025-03-10T14:05:09+01:00'. Spreadsheets and
 * scripts read it back to the same instant; people read their own wall clock. '' for a time that is not finite.
 */
export function formatIsoWithOffset(at: number, timeZone?: string): string {
  if (!Number.isFinite(at)) return '';
  const wall = readWallClock(at, timeZone);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return `${date}T${time}${formatUtcOffset(readUtcOffsetMinutes(at, timeZone))}`;
}

/** The zone named for a reader, with its offset at `at`: 'Europe/Berlin (UTC+01:00)'. */
export function describeTimeZone(at: number, timeZone?: string): string {
  const offset = Number.isFinite(at) ? ` (UTC${formatUtcOffset(readUtcOffsetMinutes(at, timeZone))})` : '';
  return `${resolveTimeZone(timeZone)}${offset}`;
}
