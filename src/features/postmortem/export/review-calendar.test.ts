import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../domain/postmortem-types';
import {
  CALENDAR_PRODID,
  createActionItemUid,
  escapeIcsText,
  foldIcsLine,
  renderReviewCalendar,
  type ReviewCalendarDoc,
} from './review-calendar';

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);
const FRIDAY_END = Date.UTC(2026, 10, 27, 19, 30);

function item(id: string, patch: Partial<ActionItem> = {}): ActionItem {
  return { id, description: `Item ${id}`, owner: 'Ana', type: 'prevent', priority: 'P2', due: '', link: '', status: 'open', ...patch };
}

function makeDoc(patch: Partial<ReviewCalendarDoc> = {}): ReviewCalendarDoc {
  return {
    id: 'pm-42',
    title: 'Checkout outage',
    incidentId: 'INC-2026-014',
    date: '2026-11-27',
    reviewDue: '',
    severity: 'SEV2',
    startedAt: FRIDAY_END - 5_400_000,
    endedAt: FRIDAY_END,
    createdAt: FRIDAY_END,
    timeZone: 'Europe/Berlin',
    actionItems: [item('action-1', { due: '2026-12-05' }), item('action-2'), item('action-3', { due: '2027-01-31', status: 'done' })],
    ...patch,
  };
}

function parse(ics: string): { calendar: ICAL.Component; events: ICAL.Component[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

function utcOf(event: ICAL.Component, name: 'dtstart' | 'dtend'): string {
  const value = event.getFirstPropertyValue(name) as ICAL.Time;
  return value.toJSDate().toISOString();
}

describe('renderReviewCalendar', () => {
  it('parses with a real iCalendar parser, with the calendar and every event property RFC 5545 requires', () => {
    const ics = renderReviewCalendar(makeDoc(), { now: NOW });
    const { calendar, events } = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(CALENDAR_PRODID);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    // The review meeting and the two items with a due date (action-2 has none).
    expect(events).toHaveLength(3);
    for (const event of events) {
      // RFC 5545 §3.6.1: UID and DTSTAMP are required; DTSTART is required without METHOD, and we always write it.
      expect(event.getFirstPropertyValue('uid')).toBeTruthy();
      expect((event.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime()).toBe(NOW);
      expect(event.getFirstProperty('dtstart')).toBeTruthy();
      expect(event.getFirstPropertyValue('summary')).toBeTruthy();
    }
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['review.pm-42@outage-kit', 'action-1.pm-42@outage-kit', 'action-3.pm-42@outage-kit']);
  });

  it('reuses the severity default for the review date (SEV2: 5 business days) at 10:00 in the postmortem zone', () => {
    const [review] = parse(renderReviewCalendar(makeDoc(), { now: NOW })).events;
    // Friday 2026-11-27 + 5 business days = Friday 2026-12-04; 10:00 Berlin (UTC+1) = 09:00 UTC.
    expect(utcOf(review!, 'dtstart')).toBe('2026-12-04T09:00:00.000Z');
    expect(utcOf(review!, 'dtend')).toBe('2026-12-04T10:00:00.000Z');
    expect(review!.getFirstPropertyValue('summary')).toBe('Postmortem review: Checkout outage');
    const description = review!.getFirstPropertyValue('description') as string;
    expect(description).toContain('2026-12-04 10:00 Europe/Berlin (UTC+01:00)');
    expect(description).toContain('Review due: 5 business days for SEV2.');
    expect(description).toContain('Action items: 3 (2 not done).');
  });

  it('writes UTC times (Z) and no VTIMEZONE', () => {
    const ics = renderReviewCalendar(makeDoc(), { now: NOW });
    expect(ics).toMatch(/\r\nDTSTART:20261204T090000Z\r\n/);
    expect(ics).not.toContain('VTIMEZONE');
  });

  it.each([
    // New York springs forward on 2026-03-08 at 02:00: 09:00 that day is EDT (UTC-4), the day before EST (UTC-5).
    ['America/New_York', '2026-03-07', '2026-03-07T14:00:00.000Z', 'UTC-05:00'],
    ['America/New_York', '2026-03-08', '2026-03-08T13:00:00.000Z', 'UTC-04:00'],
    // Berlin falls back on 2026-10-25 at 03:00: 09:00 that day is CET (UTC+1), the day before CEST (UTC+2).
    ['Europe/Berlin', '2026-10-24', '2026-10-24T07:00:00.000Z', 'UTC+02:00'],
    ['Europe/Berlin', '2026-10-25', '2026-10-25T08:00:00.000Z', 'UTC+01:00'],
    // Kolkata: UTC+5:30 all year.
    ['Asia/Kolkata', '2026-03-08', '2026-03-08T03:30:00.000Z', 'UTC+05:30'],
  ])('puts a 09:00 review in %s on %s at %s', (timeZone, reviewDue, utc, offset) => {
    const ics = renderReviewCalendar(makeDoc({ timeZone, reviewDue }), { now: NOW, reviewTime: '09:00', reviewMinutes: 45 });
    const [review] = parse(ics).events;
    expect(utcOf(review!, 'dtstart')).toBe(utc);
    expect(new Date(utc).getTime() + 45 * 60_000).toBe(new Date(utcOf(review!, 'dtend')).getTime());
    expect(review!.getFirstPropertyValue('description')).toContain(`${reviewDue} 09:00 ${timeZone} (${offset})`);
    expect(review!.getFirstPropertyValue('description')).toContain('Review due: set by the authors.');
  });

  it('makes each due date an all-day event that ends the next day and does not mark anyone busy', () => {
    const [, first, last] = parse(renderReviewCalendar(makeDoc(), { now: NOW })).events;
    const start = first!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-12-05');
    expect((first!.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2026-12-06');
    expect(first!.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(first!.getFirstPropertyValue('summary')).toBe('Due: Item action-1');
    expect((last!.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2027-02-01');
    const description = first!.getFirstPropertyValue('description') as string;
    expect(description).toContain('Owner: Ana');
    expect(description).toContain('From the postmortem "Checkout outage" (INC-2026-014, 2026-11-27)');
  });

  it('leaves out the review when there is no review date, and keeps the due dates', () => {
    const { events } = parse(renderReviewCalendar(makeDoc({ severity: '' }), { now: NOW }));
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['action-1.pm-42@outage-kit', 'action-3.pm-42@outage-kit']);
  });

  it('is a valid calendar with no events at all', () => {
    const { calendar, events } = parse(renderReviewCalendar(makeDoc({ severity: '', actionItems: [] }), { now: NOW }));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(0);
  });

  it('gives the same item the same UID on every export, and a different one in another postmortem', () => {
    const a = renderReviewCalendar(makeDoc(), { now: NOW });
    const b = renderReviewCalendar(makeDoc(), { now: NOW + 86_400_000 });
    const uids = (ics: string) => parse(ics).events.map((e) => e.getFirstPropertyValue('uid'));
    expect(uids(a)).toEqual(uids(b));
    expect(createActionItemUid({ id: 'pm-42' }, { id: 'action-1' })).not.toBe(createActionItemUid({ id: 'pm-43' }, { id: 'action-1' }));
  });

  it('escapes backslash, semicolon, comma and newlines so the text parses back exactly', () => {
    const text = 'Back\\slash; semi, comma\nnew line\r\nCRLF\rCR and a tab\t end';
    const ics = renderReviewCalendar(makeDoc({ title: text, actionItems: [item('x', { description: text, due: '2026-12-05' })] }), { now: NOW });
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Postmortem review: Back\\\\slash\\; semi\\, comma\\nnew line\\nCRLF\\nCR and a tab\t end');
    const [review, due] = parse(ics).events;
    const normalised = text.replace(/\r\n|\r/g, '\n');
    expect(review!.getFirstPropertyValue('summary')).toBe(`Postmortem review: ${normalised}`);
    expect((due!.getFirstPropertyValue('description') as string).startsWith(normalised)).toBe(true);
  });

  it('folds long non-Latin lines at 75 octets without splitting a character, and they unfold back exactly', () => {
    const long = 'Zażółć gęślą jaźń — Привет мир — 日本語のテキスト — 🔥👩🏽‍💻 — '.repeat(12);
    const ics = renderReviewCalendar(makeDoc({ title: long, actionItems: [item('a', { description: long, due: '2026-12-05' })] }), { now: NOW });
    const physical = ics.split('\r\n');
    expect(physical.at(-1)).toBe('');
    for (const line of physical) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      // Each physical line is whole UTF-8 by itself: no half of a multi-byte character or surrogate pair.
      expect(line).toBe(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line)));
      expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(ics).not.toMatch(/[^\r]\n/);
    const [review, due] = parse(ics).events;
    expect(review!.getFirstPropertyValue('summary')).toBe(`Postmortem review: ${long.trim()}`);
    expect((due!.getFirstPropertyValue('description') as string).startsWith(long.trim())).toBe(true);
    // Unfolding by hand (RFC 5545 §3.1: remove CRLF + one space) gives the unfolded line.
    expect(ics.replace(/\r\n /g, '')).toContain(`\r\nSUMMARY:${escapeIcsText(`Postmortem review: ${long.trim()}`)}\r\n`);
    // A due item's summary is its first line, cut at 255 characters (the full text is in its description).
    expect(Array.from(due!.getFirstPropertyValue('summary') as string)).toHaveLength(5 + 255);
  });

  it('drops control characters TEXT may not carry and replaces lone surrogates', () => {
    expect(escapeIcsText('a\u0000b\u001Fc\u007Fd \uD800')).toBe('abcd \uFFFD');
  });

  it('needs the current time', () => {
    expect(() => renderReviewCalendar(makeDoc(), { now: Number.NaN })).toThrow(RangeError);
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of exactly 75 octets alone and folds the 76th onto a space-led line', () => {
    expect(foldIcsLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldIcsLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    expect(foldIcsLine('a'.repeat(75 + 74 + 1))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n a`);
  });

  it('moves a multi-byte character that would cross the limit to the next line whole', () => {
    const line = `${'a'.repeat(74)}é`; // 74 + 2 octets
    expect(foldIcsLine(line)).toBe(`${'a'.repeat(74)}\r\n é`);
    const emoji = `${'a'.repeat(73)}🔥`; // 73 + 4 octets
    expect(foldIcsLine(emoji)).toBe(`${'a'.repeat(73)}\r\n 🔥`);
  });
});

describe('renderReviewCalendar with the document’s review meeting', () => {
  it('uses the meeting’s own date, time and length, and names the reviewers', () => {
    const doc = makeDoc({
      reviewMeeting: { date: '2026-12-02', time: '15:30', durationMinutes: 90 },
      reviewers: [
        { id: 'r1', name: 'Ana', signedOffAt: null },
        { id: 'r2', name: 'Ben, SRE', signedOffAt: NOW },
      ],
    });
    const [review] = parse(renderReviewCalendar(doc, { now: NOW })).events;
    // 15:30 Berlin (UTC+1) = 14:30 UTC, 90 minutes.
    expect(utcOf(review!, 'dtstart')).toBe('2026-12-02T14:30:00.000Z');
    expect(utcOf(review!, 'dtend')).toBe('2026-12-02T16:00:00.000Z');
    const description = review!.getFirstPropertyValue('description') as string;
    expect(description).toContain('Review due: 2026-12-04 (5 business days for SEV2).');
    expect(description).toContain('Reviewers: Ana, Ben, SRE.');
  });

  it('holds a meeting without a date of its own on the due date from the rules in effect', () => {
    const doc = makeDoc({ reviewMeeting: { date: '', time: '09:00', durationMinutes: 30 }, timeZone: 'America/New_York' });
    const rules = { SEV1: { days: 3, businessDays: false }, SEV2: { days: 1, businessDays: true }, SEV3: { days: 10, businessDays: true }, SEV4: { days: 15, businessDays: true } };
    const [review] = parse(renderReviewCalendar(doc, { now: NOW, rules })).events;
    // Friday 2026-11-27 + 1 business day = Monday 2026-11-30; 09:00 New York (UTC-5) = 14:00 UTC.
    expect(utcOf(review!, 'dtstart')).toBe('2026-11-30T14:00:00.000Z');
    expect(utcOf(review!, 'dtend')).toBe('2026-11-30T14:30:00.000Z');
    expect(review!.getFirstPropertyValue('description')).toContain('Review due: 1 business day for SEV2.');
  });
});
