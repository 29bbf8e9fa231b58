// The postmortem's follow-up as an RFC 5545 calendar file (.ics): the review meeting and each action item's due date.
import type { ActionItem, PostmortemDoc } from '../domain/postmortem-types';
import type { Severity } from '../../incident/domain/incident-types';
import { resolveReviewDue, resolveReviewMeeting, type ReviewRule } from '../domain/review-due';
import {
  addDaysToIsoDate,
  convertWallTimeToEpoch,
  formatDateTimeInTimeZone,
  formatUtcOffset,
  getTimeZoneOffsetMinutes,
  isIsoDate,
  parseIsoDate,
  resolveTimeZone,
} from '../domain/zoned-time';
import {
  describeActionItemFacts,
  describeActionItemTitle,
  describePostmortemName,
  describePostmortemReference,
  toWellFormedText,
} from './follow-up-text';

/** The parts of a postmortem the calendar reads. */
export type ReviewCalendarDoc = Pick<
  PostmortemDoc,
  'id' | 'title' | 'incidentId' | 'date' | 'reviewDue' | 'severity' | 'endedAt' | 'startedAt' | 'createdAt' | 'timeZone' | 'actionItems'
> &
  Partial<Pick<PostmortemDoc, 'reviewMeeting' | 'reviewers'>>;

export interface ReviewCalendarOptions {
  /** When the file is made, epoch ms: every event's DTSTAMP (the caller passes the clock, so this stays pure). */
  now: number;
  /** Overrides the review's start, 'HH:mm' wall time in the postmortem's time zone; default the meeting's (10:00). */
  reviewTime?: string;
  /** Overrides the length; default the meeting's (60). */
  reviewMinutes?: number;
  /** Overrides the review date ('YYYY-MM-DD'); by default the meeting's, else the review due date (`resolveReviewMeeting`). */
  reviewDate?: string;
  /** The review deadlines in effect (this browser's setting); default `DEFAULT_REVIEW_RULES`. */
  rules?: Record<Severity, ReviewRule>;
}

export const DEFAULT_REVIEW_TIME = '10:00';
export const DEFAULT_REVIEW_MINUTES = 60;

/** Our PRODID (RFC 5545 §3.7.3: a globally unique name for the product that made the file). */
export const CALENDAR_PRODID = '-//Outage Kit//Postmortem follow-up//EN';

/** RFC 5545 §3.8.4.7: UIDs should be globally unique; the domain part names us. */
const UID_DOMAIN = 'outage-kit';

/** The review meeting's UID: one per postmortem, stable, so re-importing updates the event rather than adding one. */
export function createReviewUid(doc: Pick<PostmortemDoc, 'id'>): string {
  return `review.${doc.id}@${UID_DOMAIN}`;
}

/**
 * An action item's UID: the item's id and the document's, stable across exports. Item ids alone (`action-1`) repeat
 * in every postmortem, and calendars treat equal UIDs as one event, so a second postmortem's file would overwrite
 * the first's due dates.
 */
export function createActionItemUid(doc: Pick<PostmortemDoc, 'id'>, item: Pick<ActionItem, 'id'>): string {
  return `${item.id}.${doc.id}@${UID_DOMAIN}`;
}

/**
 * RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`. Control characters other than
 * tab are not allowed in TEXT and are dropped; lone surrogates become U+FFFD (the file is UTF-8).
 */
export function escapeIcsText(text: string): string {
  return toWellFormedText(text)
    .replace(/\r\n|\r/g, '\n')
    // eslint-disable-next-line no-control-regex -- removing exactly the control characters RFC 5545 TEXT forbids
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets (UTF-8, CRLF not counted) are folded with CRLF + one space, and
 * the space counts toward the next line's 75. We fold between code points, so no multi-byte character is ever
 * split; unfolding (removing each CRLF + space) gives the line back exactly.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'YYYYMMDDTHHMMSSZ' (RFC 5545 §3.3.5 form #2, UTC). */
function formatUtcDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** 'YYYYMMDD' (RFC 5545 §3.3.4) from 'YYYY-MM-DD'. */
function formatIcsDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the instants iCalendar's four-digit years can write. */
const EARLIEST_UTC = -62_135_596_800_000;
const LATEST_UTC = Date.UTC(9999, 11, 31, 23, 59, 59);

interface ReviewEvent {
  start: number;
  end: number;
  description: string;
}

function planReviewEvent(doc: ReviewCalendarDoc, options: ReviewCalendarOptions): ReviewEvent | null {
  const resolved = resolveReviewDue(doc, options.rules);
  const meeting = resolveReviewMeeting(doc, options.rules);
  const chosenDate = options.reviewDate !== undefined && isIsoDate(options.reviewDate) ? options.reviewDate : null;
  const date = chosenDate ?? meeting?.date;
  const day = date === undefined ? null : parseIsoDate(date);
  if (!day) return null;
  const zone = resolveTimeZone(doc.timeZone);
  const time = TIME_PATTERN.exec(options.reviewTime ?? '') ?? TIME_PATTERN.exec(meeting?.time ?? '') ?? TIME_PATTERN.exec(DEFAULT_REVIEW_TIME);
  const isLength = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n > 0;
  const minutes = isLength(options.reviewMinutes) ? options.reviewMinutes : isLength(meeting?.durationMinutes) ? meeting.durationMinutes : DEFAULT_REVIEW_MINUTES;
  const start = convertWallTimeToEpoch(
    { year: day.year, month: day.month, day: day.day, hour: Number(time?.[1] ?? 10), minute: Number(time?.[2] ?? 0), second: 0, millisecond: 0 },
    zone,
  );
  const end = start + minutes * 60_000;
  // Outside years 0001–9999 iCalendar cannot write the time: no meeting rather than a broken file.
  if (!Number.isFinite(start) || start < EARLIEST_UTC || end > LATEST_UTC) return null;
  const open = doc.actionItems.filter((item) => item.status !== 'done').length;
  const reviewers = (doc.reviewers ?? []).map((r) => toWellFormedText(r.name).trim()).filter((name) => name !== '').join(', ');
  const ownDate = chosenDate !== null || meeting?.onDueDate === false;
  // On the due date the rule is the reason for the date; on a date of its own the due date is worth saying.
  const basis = !resolved ? '' : ownDate ? `${resolved.date} (${resolved.basis})` : resolved.basis;
  const lines = [
    `Review of the postmortem "${describePostmortemName(doc)}".`,
    `${formatDateTimeInTimeZone(start, zone)} ${zone} (${formatUtcOffset(getTimeZoneOffsetMinutes(start, zone))}).`,
    ...(basis === '' ? [] : [`Review due: ${basis}.`]),
    ...(reviewers === '' ? [] : [`Reviewers: ${reviewers}.`]),
    `Action items: ${doc.actionItems.length} (${open} not done).`,
    describePostmortemReference(doc),
  ];
  return { start, end, description: lines.join('\n') };
}

function renderEvent(properties: string[]): string[] {
  return ['BEGIN:VEVENT', ...properties, 'END:VEVENT'];
}

/**
 * The calendar file: one timed VEVENT for the review meeting (when the document has a review date: its own, or the
 * default from its severity, see `resolveReviewDue`) and one all-day VEVENT per action item with a due date.
 *
 * Times are UTC (`Z`), not local time with a VTIMEZONE: a VTIMEZONE needs the zone's transition rules, which Intl
 * does not expose, while every client must read UTC (RFC 5545 §3.3.5) and shows the meeting at the right local
 * instant, DST included. The zone and local time the authors meant are written in the description.
 */
export function renderReviewCalendar(doc: ReviewCalendarDoc, options: ReviewCalendarOptions): string {
  if (!Number.isFinite(options.now)) throw new RangeError('renderReviewCalendar needs the current time (options.now)');
  const stamp = `DTSTAMP:${formatUtcDateTime(options.now)}`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${CALENDAR_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const review = planReviewEvent(doc, options);
  if (review) {
    lines.push(
      ...renderEvent([
        `UID:${escapeIcsText(createReviewUid(doc))}`,
        stamp,
        `DTSTART:${formatUtcDateTime(review.start)}`,
        `DTEND:${formatUtcDateTime(review.end)}`,
        `SUMMARY:${escapeIcsText(`Postmortem review: ${describePostmortemName(doc)}`)}`,
        `DESCRIPTION:${escapeIcsText(review.description)}`,
      ]),
    );
  }
  for (const item of doc.actionItems) {
    if (!isIsoDate(item.due)) continue;
    const description = [toWellFormedText(item.description).trim(), describeActionItemFacts(item).join('\n'), describePostmortemReference(doc)]
      .filter((part) => part !== '')
      .join('\n\n');
    // An all-day event ends the next day (DTEND is exclusive); 9999-12-31 has no next day, and RFC 5545 §3.6.1
    // makes a DATE start without DTEND last one day anyway.
    const end = item.due < '9999-12-31' ? [`DTEND;VALUE=DATE:${formatIcsDate(addDaysToIsoDate(item.due, 1))}`] : [];
    lines.push(
      ...renderEvent([
        `UID:${escapeIcsText(createActionItemUid(doc, item))}`,
        stamp,
        `DTSTART;VALUE=DATE:${formatIcsDate(item.due)}`,
        ...end,
        `SUMMARY:${escapeIcsText(`Due: ${describeActionItemTitle(item)}`)}`,
        `DESCRIPTION:${escapeIcsText(description)}`,
        // A due date is a reminder, not a meeting: it should not mark anyone busy.
        'TRANSP:TRANSPARENT',
      ]),
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
