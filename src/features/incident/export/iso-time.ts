// Instants written for files people share: ISO 8601 with the UTC offset of the reader's zone, and the zone named.
// The wall-clock arithmetic is the postmortem's (its domain/zoned-time.ts, Intl only); this adds the browser's zone
// as the default and the ISO form.
import { formatUtcOffset, getTimeZoneOffsetMinutes, getWallTime, isValidTimeZone } from '../../postmortem/domain/zoned-time';

/** The IANA name of the zone used: the one given when valid, else the browser's ('Europe/Berlin'). */
export function resolveTimeZone(timeZone?: string): string {
  return timeZone !== undefined && isValidTimeZone(timeZone) ? timeZone : new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const pad = (value: number, length = 2): string => String(Math.abs(value)).padStart(length, '0');

/**
 * The instant in ISO 8601 with the zone's offset, to the second: '2025-03-10T14:05:09+01:00'. Spreadsheets and
 * scripts read it back to the same instant; people read their own wall clock. '' for a time that is not finite.
 */
export function formatIsoWithOffset(at: number, timeZone?: string): string {
  if (!Number.isFinite(at)) return '';
  const zone = resolveTimeZone(timeZone);
  // Whole seconds: the offset is then exact and the text reads back to the same second.
  const second = Math.floor(at / 1000) * 1000;
  const w = getWallTime(second, zone);
  const offset = formatUtcOffset(getTimeZoneOffsetMinutes(second, zone)).replace(/^UTC/, '');
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offset}`;
}

/** The zone named for a reader, with its offset at `at`: 'Europe/Berlin (UTC+01:00)'. */
export function describeTimeZone(at: number, timeZone?: string): string {
  const zone = resolveTimeZone(timeZone);
  return Number.isFinite(at) ? `${zone} (${formatUtcOffset(getTimeZoneOffsetMinutes(at, zone))})` : zone;
}
