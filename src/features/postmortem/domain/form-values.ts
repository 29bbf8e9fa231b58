// Pure conversions between what the postmortem's form fields show and the document's values: comma lists and
// datetime-local wall times in the document's zone. The form controls and the fuzz tests share them.
import { convertWallTimeToEpoch, getWallTime, parseIsoDate } from './zoned-time';

/** Splits "Alice, Bob" into names; empty entries are dropped. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 'YYYY-MM-DDTHH:mm' (seconds when not zero) of an instant in a zone, for a datetime-local input. */
export function formatDateTimeLocal(epochMs: number, timeZone: string): string {
  const w = getWallTime(epochMs, timeZone);
  const base = `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
  return w.second !== 0 ? `${base}:${pad(w.second)}` : base;
}

/** Reads a datetime-local value as a wall time in `timeZone`; null when incomplete. */
export function parseDateTimeLocal(text: string, timeZone: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text);
  if (!match) return null;
  const date = parseIsoDate(match[1] ?? '');
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  const second = Number(match[4] ?? 0);
  if (!date || hour > 23 || minute > 59 || second > 59) return null;
  return convertWallTimeToEpoch({ ...date, hour, minute, second, millisecond: 0 }, timeZone);
}
