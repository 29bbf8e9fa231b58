// Times of day for the incident screens: local time by default, UTC on request, and the `datetime-local`
// text that time inputs read and write. Pure apart from the browser's time zone, which Intl supplies.

export interface TimeTextOptions {
  /** BCP 47 locale; the browser's by default. */
  locale?: string;
  /** IANA time zone; the browser's by default. */
  timeZone?: string;
  /** Include seconds (default true): timelines need them, headlines do not. */
  seconds?: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    try {
      cached = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unknown locale or zone must not break a running incident: fall back to the browser's.
      const { timeZone: _zone, ...rest } = options;
      cached = new Intl.DateTimeFormat(undefined, rest);
    }
    formatters.set(key, cached);
  }
  return cached;
}

function dayKey(at: number, timeZone: string | undefined): string {
  return formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at);
}

/** True when both instants fall on the same calendar day in the time zone. */
export function isSameDay(a: number, b: number, timeZone?: string): boolean {
  return dayKey(a, timeZone) === dayKey(b, timeZone);
}

/** The time of day: '02:05:09 PM' (en-US) or '14:05:09' (en-GB); '—' for a time that is not finite. */
export function formatTimeOfDay(at: number, options: TimeTextOptions = {}): string {
  if (!Number.isFinite(at)) return '—';
  const { locale, timeZone, seconds = true } = options;
  return formatter(locale, {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    timeZone,
  }).format(at);
}

/**
 * The time of day, with the date in front when it is not on `reference`'s day (an incident that runs
 * past midnight): 'Mar 11, 00:15:02'. Use the incident's declaration as the reference.
 */
export function formatTimelineTime(at: number, reference: number, options: TimeTextOptions = {}): string {
  if (!Number.isFinite(at)) return '—';
  if (isSameDay(at, reference, options.timeZone)) return formatTimeOfDay(at, options);
  const { locale, timeZone, seconds = true } = options;
  return formatter(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    timeZone,
  }).format(at);
}

/** The same in UTC, marked as such: '13:05:09 UTC' (24-hour, as engineers read UTC). */
export function formatUtcTime(at: number, reference: number, options: Omit<TimeTextOptions, 'timeZone' | 'locale'> = {}): string {
  if (!Number.isFinite(at)) return '—';
  return `${formatTimelineTime(at, reference, { ...options, locale: 'en-GB', timeZone: 'UTC' })} UTC`;
}

/** A date and time for lists: 'Mar 10, 2025, 02:05 PM'. */
export function formatDateTime(at: number, options: Omit<TimeTextOptions, 'seconds'> = {}): string {
  if (!Number.isFinite(at)) return '—';
  return formatter(options.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: options.timeZone,
  }).format(at);
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/**
 * The value a `datetime-local` input shows for an instant, in the browser's time zone:
 * '2025-03-10T14:05:09' (seconds included so edits keep them; `withSeconds: false` drops them).
 */
export function toDateTimeLocalValue(at: number, withSeconds = true): string {
  if (!Number.isFinite(at)) return '';
  const d = new Date(at);
  const base = `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return withSeconds ? `${base}:${pad(d.getSeconds())}` : base;
}

const DATE_TIME_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * Reads a `datetime-local` value ('2025-03-10T14:05' or with seconds) as an instant in the browser's
 * time zone. Returns null for anything else, including impossible dates such as 2025-02-30.
 */
export function parseDateTimeLocalValue(value: string): number | null {
  const match = DATE_TIME_LOCAL.exec(value.trim());
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hours = 0, minutes = 0, seconds = 0] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? 0 : Number(part)));
  if (month < 1 || month > 12 || day < 1 || hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date(year, month - 1, day, hours, minutes, seconds, 0);
  // Date rolls impossible days over (Feb 30 → Mar 2): reject them instead of guessing.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  const ms = match[7] === undefined ? 0 : Number(match[7].padEnd(3, '0'));
  const time = date.getTime() + ms;
  return Number.isFinite(time) ? time : null;
}
