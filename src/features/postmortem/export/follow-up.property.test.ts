// Property tests: for any valid postmortem (arbitrary Unicode in every text field), every follow-up export reads back.
import fc from 'fast-check';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { arbitraryPostmortemDoc } from '../../../testing/postmortem-fixture';
import { resolveReviewDue } from '../domain/review-due';
import { isIsoDate } from '../domain/zoned-time';
import { ACTION_ITEM_CSV_HEADERS, CSV_PRIORITY_NAMES, CSV_STATUS_NAMES, restoreCsvCell } from './action-items-csv';
import { renderActionItemsCsv } from './action-items-csv';
import { describeActionItemTitle, toWellFormedText } from './follow-up-text';
import { createActionItemUid, createReviewUid, renderReviewCalendar } from './review-calendar';
import { TRACKER_KINDS, TRACKER_URL_LIMITS, buildTrackerIssueLink, type TrackerConfig, type TrackerKind } from './tracker-links';

const RUNS = 200;
const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);

const CONFIGS: Record<TrackerKind, TrackerConfig> = {
  github: { kind: 'github', baseUrl: 'https://github.com', project: 'acme/api' },
  gitlab: { kind: 'gitlab', baseUrl: 'https://gitlab.com', project: 'acme/platform/api' },
  jira: { kind: 'jira', baseUrl: 'https://acme.atlassian.net', project: '10000', issueType: '10001' },
  linear: { kind: 'linear', baseUrl: 'https://linear.app', project: 'ENG', workspace: 'acme' },
};

const PARAMS: Record<TrackerKind, [string, string]> = {
  github: ['title', 'body'],
  gitlab: ['issue[title]', 'issue[description]'],
  jira: ['summary', 'description'],
  linear: ['title', 'description'],
};

/** What an iCalendar TEXT value can carry of a string: well-formed, LF line breaks, no control characters but tab. */
function asIcsText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the characters RFC 5545 TEXT forbids
  return toWellFormedText(text).replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

describe('follow-up exports, for any postmortem', () => {
  it('the CSV parses back, with papaparse, to the same fields', () => {
    fc.assert(
      fc.property(arbitraryPostmortemDoc(), (doc) => {
        const parsed = Papa.parse<string[]>(renderActionItemsCsv(doc, doc.actionItems), { header: false, newline: '\r\n', delimiter: ',' });
        expect(parsed.errors).toEqual([]);
        const rows = parsed.data.slice(0, -1).map((row) => row.map(restoreCsvCell));
        expect(parsed.data.at(-1)).toEqual(['']);
        expect(rows[0]).toEqual([...ACTION_ITEM_CSV_HEADERS]);
        expect(rows).toHaveLength(doc.actionItems.length + 1);
        doc.actionItems.forEach((item, i) => {
          const [summary, description, type, priority, status, assignee, due, label, typeLabel] = rows[i + 1]!;
          expect(summary).toBe(describeActionItemTitle(item));
          expect(description!.startsWith(toWellFormedText(item.description).trim())).toBe(true);
          expect(type).toBe('Task');
          expect(priority).toBe(CSV_PRIORITY_NAMES[item.priority]);
          expect(status).toBe(CSV_STATUS_NAMES[item.status]);
          expect(assignee).toBe(toWellFormedText(item.owner).trim());
          expect(due).toBe(item.due);
          expect([label, typeLabel]).toEqual(['postmortem', item.type]);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('the .ics parses, with ical.js, with every event present and its text intact', () => {
    fc.assert(
      fc.property(arbitraryPostmortemDoc(), (doc) => {
        const ics = renderReviewCalendar(doc, { now: NOW });
        for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
        const due = doc.actionItems.filter((item) => isIsoDate(item.due));
        const review = resolveReviewDue(doc) === null ? [] : [createReviewUid(doc)];
        expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([...review, ...due.map((item) => createActionItemUid(doc, item))]);
        for (const event of events) {
          expect(event.getFirstProperty('dtstamp')).toBeTruthy();
          expect(event.getFirstProperty('dtstart')).toBeTruthy();
        }
        due.forEach((item, i) => {
          const event = events[review.length + i]!;
          expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe(item.due);
          expect(event.getFirstPropertyValue('summary')).toBe(asIcsText(`Due: ${describeActionItemTitle(item)}`));
          expect((event.getFirstPropertyValue('description') as string).startsWith(asIcsText(toWellFormedText(item.description).trim()))).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('every tracker URL decodes back to its title and body, within its length limit', () => {
    const items = arbitraryPostmortemDoc().chain((doc) =>
      fc.tuple(fc.constant(doc), doc.actionItems.length === 0 ? fc.constant(null) : fc.constantFrom(...doc.actionItems)),
    );
    fc.assert(
      fc.property(items, fc.constantFrom(...TRACKER_KINDS), fc.option(fc.integer({ min: 1500, max: 9000 }), { nil: undefined }), ([doc, item], kind, maxLength) => {
        if (item === null) return;
        const link = buildTrackerIssueLink(CONFIGS[kind], doc, item, maxLength === undefined ? {} : { maxLength });
        expect(link.url.length).toBeLessThanOrEqual(maxLength ?? TRACKER_URL_LIMITS[kind]);
        const query = new URL(link.url).searchParams;
        const [titleKey, bodyKey] = PARAMS[kind];
        expect(query.get(titleKey)).toBe(link.title);
        expect(query.get(bodyKey)).toBe(link.body);
        if (!link.shortened) {
          expect(link.title).toBe(describeActionItemTitle(item));
          expect(link.body).toContain(toWellFormedText(item.description).trim());
        }
      }),
      { numRuns: RUNS },
    );
  });
});
