// Turns pasted text (chat logs, notes, log lines) into timeline rows: each line that starts with a time becomes a row.
import { findFirstUrl } from './find-first-url';
import { POSTMORTEM_LIMITS } from './postmortem-schema';
import {
  addDaysToIsoDate,
  convertWallTimeToEpoch,
  formatDateInTimeZone,
  isValidTimeZone,
  parseIsoDate,
  type WallTime,
} from './zoned-time';

export interface PastedTimelineRow {
  /** Epoch ms. */
  at: number;
  text: string;
  /** The first http(s) URL found in the entry, when there is one. */
  link?: string;
  /** 1-based line number of the line that starts the row. */
  line: number;
}

export interface SkippedPasteLine {
  /** 1-based line number. */
  line: number;
  text: string;
  /** Why, in words a user can act on. */
  reason: string;
}

export interface TimelinePasteResult {
  rows: PastedTimelineRow[];
  skipped: SkippedPasteLine[];
}

export interface TimelinePasteOptions {
  /** 'YYYY-MM-DD': the day of the first time that has no date. */
  baseDate: string;
  /** IANA zone the times without a zone are read in (falls back to 'UTC' when unknown). */
  timeZone: string;
}

interface ParsedStamp {
  kind: 'datetime' | 'time';
  /** For 'datetime': 'YYYY-MM-DD'. */
  date?: string;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC when the stamp names a zone or offset ('Z', 'UTC', '+01:00'); undefined when it does not. */
  offset?: number;
  rest: string;
}

type StampResult = { ok: true; stamp: ParsedStamp } | { ok: false; reason: string } | null;

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([ap])\.?m\.?(?![\p{L}]))?(?:\s*(Z|UTC|GMT)(?![\p{L}]))?/iu;

function readOffset(zone: string | undefined): number | undefined {
  if (zone === undefined) return undefined;
  if (/^(?:z|utc|gmt)$/i.test(zone)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function readFraction(digits: string | undefined): number {
  return digits === undefined ? 0 : Math.floor(Number(`0.${digits}`) * 1000);
}

/** Reads a time stamp at the start of `text` (no brackets); null when the text does not start with one. */
function readStamp(text: string): StampResult {
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) {
    const [whole, date = '', h = '', m = '', s, fraction, zone] = dateTime;
    if (/^:?\d/.test(text.slice(whole.length))) return null;
    if (!parseIsoDate(date)) return { ok: false, reason: `${date} is not a real date` };
    const hour = Number(h);
    const minute = Number(m);
    const second = Number(s ?? 0);
    if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `${whole.trim()} is not a valid time` };
    const offset = readOffset(zone);
    if (zone !== undefined && offset === undefined) return { ok: false, reason: `${zone} is not a time zone offset` };
    if (offset !== undefined && Math.abs(offset) > 18 * 60) return { ok: false, reason: `${zone ?? ''} is not a valid offset` };
    return { ok: true, stamp: { kind: 'datetime', date, hour, minute, second, millisecond: readFraction(fraction), offset, rest: text.slice(whole.length) } };
  }
  const time = TIME.exec(text);
  if (!time) return null;
  const [whole, h = '', m = '', s, fraction, meridiem, zone] = time;
  // "14:02:33:44" or "14:025" are not times; "3:1" never matches (two minute digits).
  if (/^:?\d/.test(text.slice(whole.length))) return null;
  let hour = Number(h);
  const minute = Number(m);
  const second = Number(s ?? 0);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12 || minute > 59 || second > 59) return { ok: false, reason: `${whole.trim()} is not a valid time` };
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  } else if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `${whole.trim()} is not a valid time` };
  }
  return {
    ok: true,
    stamp: { kind: 'time', hour, minute, second, millisecond: readFraction(fraction), offset: readOffset(zone), rest: text.slice(whole.length) },
  };
}

const BRACKETS: Record<string, string> = { '[': ']', '(': ')', '<': '>' };

/** Reads "[14:02] …", "(14:02) …", "14:02 - …", "2026-11-27T14:02Z …"; the rest is the event text. */
function readLineStamp(line: string): StampResult {
  const close = BRACKETS[line[0] ?? ''];
  if (close !== undefined) {
    const end = line.indexOf(close);
    if (end < 0) return null;
    const inner = line.slice(1, end).trim();
    const result = readStamp(inner);
    if (result === null || !result.ok) return result;
    // Anything after the time inside the brackets (a weekday, a name) is not the event.
    if (result.stamp.rest.trim() !== '' && !/^[\s,]*$/.test(result.stamp.rest)) return null;
    return { ok: true, stamp: { ...result.stamp, rest: line.slice(end + 1) } };
  }
  return readStamp(line);
}

/** Drops the separator between a time and its text: " - ", " — ", ": ", " | ", "> ". */
function stripSeparator(rest: string): string {
  const trimmed = rest.replace(/^\s*[-–—|:>]+(?=\s)/, '');
  return trimmed.trim();
}

const HOUR = 3_600_000;

/** Epoch ms for a wall time on `date`, in `zone`, or at a fixed offset. */
function toEpoch(date: string, stamp: ParsedStamp, zone: string): number {
  const parsed = parseIsoDate(date);
  if (!parsed) return Number.NaN;
  const wall: WallTime = { ...parsed, hour: stamp.hour, minute: stamp.minute, second: stamp.second, millisecond: stamp.millisecond };
  if (stamp.offset !== undefined) return convertWallTimeToEpoch(wall, 'UTC') - stamp.offset * 60_000;
  return convertWallTimeToEpoch(wall, zone);
}

/** Moves a trailing URL out of the text ("rolled back https://ci/1" → "rolled back"); a URL mid-sentence stays. */
function extractLink(text: string): { text: string; link?: string } {
  const found = findFirstUrl(text);
  if (!found) return { text };
  const before = text.slice(0, found.start);
  const after = text.slice(found.end);
  if (/^[\s)\]>.,;:!?]*$/.test(after)) {
    const stripped = before.replace(/[\s(<[]*$/, '').replace(/\s*[-–—:|]+$/, '').trimEnd();
    if (stripped !== '') return { text: stripped, link: found.url };
  }
  return { text, link: found.url };
}

/**
 * Parses pasted lines into timeline rows. A line starts a row when it begins with a time: `14:02 text`,
 * `14:02:33 text`, `2:02 PM text`, `[14:02] alice: text` (chat style; the name stays in the text), `14:02 - text`,
 * `14:02 — text`, `2026-11-27T14:02:00Z text`, with an offset (`+01:00`) or without a zone (read in `timeZone`).
 *
 * - Times without a date fall on `baseDate` in `timeZone`, and later on the date of the last full timestamp.
 * - A time more than 12 hours earlier than the previous row rolls over to the next day (23:58 → 00:03);
 *   a smaller step back is kept on the same day (an entry out of order).
 * - A line without a time continues the previous row (joined with a line break); before the first row it is skipped.
 * - The first http(s) URL becomes `link`; when it ends the entry it is also removed from the text.
 * - Empty lines are ignored; other problems are listed in `skipped` with a reason. Rows keep the pasted order.
 */
export function parseTimelinePaste(text: string, options: TimelinePasteOptions): TimelinePasteResult {
  const zone = isValidTimeZone(options.timeZone) ? options.timeZone : 'UTC';
  const baseValid = parseIsoDate(options.baseDate) !== null;
  const rows: (PastedTimelineRow & { parts: string[] })[] = [];
  const skipped: SkippedPasteLine[] = [];
  let currentDate = baseValid ? options.baseDate : null;
  let previousAt: number | null = null;
  // Set while the lines after a skipped stamp belong to it (and are skipped with it).
  let skippingContinuation = false;

  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const line = rawLine.trim();
    if (line === '') return;
    const result = readLineStamp(line);
    if (result === null) {
      const last = rows.at(-1);
      if (last && !skippingContinuation) last.parts.push(line);
      else skipped.push({ line: lineNumber, text: rawLine, reason: skippingContinuation ? 'It continues a line that was skipped' : 'There is no time at the start of this line' });
      return;
    }
    if (!result.ok) {
      skipped.push({ line: lineNumber, text: rawLine, reason: result.reason });
      skippingContinuation = true;
      return;
    }
    if (rows.length >= POSTMORTEM_LIMITS.timeline) {
      skipped.push({ line: lineNumber, text: rawLine, reason: `A timeline holds at most ${POSTMORTEM_LIMITS.timeline.toLocaleString('en-US')} rows` });
      skippingContinuation = true;
      return;
    }
    const { stamp } = result;
    let at: number;
    if (stamp.kind === 'datetime' && stamp.date !== undefined) {
      at = toEpoch(stamp.date, stamp, zone);
      currentDate = formatDateInTimeZone(at, zone);
    } else {
      if (currentDate === null) {
        skipped.push({ line: lineNumber, text: rawLine, reason: 'Set the date for times that have no date (YYYY-MM-DD)' });
        skippingContinuation = true;
        return;
      }
      at = toEpoch(currentDate, stamp, zone);
      if (previousAt !== null && at < previousAt - 12 * HOUR) {
        currentDate = addDaysToIsoDate(currentDate, 1);
        at = toEpoch(currentDate, stamp, zone);
      }
    }
    if (!Number.isFinite(at) || at < 0 || at > 8.64e15) {
      skipped.push({ line: lineNumber, text: rawLine, reason: 'This time is out of range' });
      skippingContinuation = true;
      return;
    }
    skippingContinuation = false;
    previousAt = at;
    const first = stripSeparator(stamp.rest);
    rows.push({ at, text: '', line: lineNumber, parts: first === '' ? [] : [first] });
  });

  const finished: PastedTimelineRow[] = [];
  for (const row of rows) {
    const joined = row.parts.join('\n');
    const original = lines[row.line - 1] ?? '';
    if (joined.trim() === '') {
      skipped.push({ line: row.line, text: original, reason: 'There is no event after the time' });
      continue;
    }
    if (joined.length > POSTMORTEM_LIMITS.text) {
      skipped.push({ line: row.line, text: original, reason: `This entry is longer than ${POSTMORTEM_LIMITS.text.toLocaleString('en-US')} characters` });
      continue;
    }
    const { text: eventText, link } = extractLink(joined);
    finished.push(link === undefined ? { at: row.at, text: eventText, line: row.line } : { at: row.at, text: eventText, link, line: row.line });
  }
  skipped.sort((a, b) => a.line - b.line);
  return { rows: finished, skipped };
}
