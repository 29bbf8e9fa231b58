import { describe, expect, it } from 'vitest';
import { compileAccept } from '../../../lib/fast-accept';
import { zodKeepsAsIs } from '../../../testing/fast-accept-testing';
import { createExamplePostmortem } from './example-postmortem';
import { listChangedPaths, mergePostmortemDoc, type RecentEdits } from './merge-postmortems';
import { postmortemSchema, validatePostmortem } from './postmortem-schema';
import type { PostmortemDoc } from './postmortem-types';
import { DEFAULT_REVIEW_RULES, parseReviewRules, resolveReviewDue, resolveReviewMeeting } from './review-due';
import {
  addReviewer,
  countOverdueActionItems,
  describeReviewBadge,
  removeReviewer,
  renameReviewer,
  setPostmortemStatus,
  setReviewerSignOff,
  sortByAttention,
  summarizeSignOff,
  updateReviewMeeting,
} from './review-status';

// 2026-11-27 is a Friday; the example's impact ends that day at 19:30 UTC.
const END = Date.UTC(2026, 10, 27, 19, 30);
const T0 = Date.UTC(2026, 10, 28, 9);

function makeDoc(patch: Partial<PostmortemDoc> = {}): PostmortemDoc {
  const doc = createExamplePostmortem(T0);
  return { ...doc, severity: 'SEV2', reviewDue: '', status: 'in-review', startedAt: END - 3_600_000, endedAt: END, timeZone: 'Europe/Berlin', ...patch };
}

function withReviewers(doc: PostmortemDoc, ...names: string[]): PostmortemDoc {
  return names.reduce((d, name, i) => addReviewer(d, name, `reviewer-${i + 1}`), doc);
}

describe('reviewers and sign-off', () => {
  it('adds, renames and removes reviewers, and says how far the sign-off has come', () => {
    let doc = withReviewers(makeDoc(), 'Ana', 'Ben', 'Chloé');
    expect(summarizeSignOff(doc)).toMatchObject({ signed: 0, total: 3, text: '0 of 3 reviewers have signed off', complete: false });
    doc = setReviewerSignOff(doc, 'reviewer-1', true, T0 + 1);
    doc = setReviewerSignOff(doc, 'reviewer-2', true, T0 + 2);
    expect(summarizeSignOff(doc).text).toBe('2 of 3 reviewers have signed off');
    doc = renameReviewer(doc, 'reviewer-2', 'Ben Ode');
    expect(doc.reviewers?.[1]).toEqual({ id: 'reviewer-2', name: 'Ben Ode', signedOffAt: T0 + 2 });
    doc = removeReviewer(doc, 'reviewer-3');
    expect(summarizeSignOff(doc)).toMatchObject({ text: 'All 2 reviewers have signed off', complete: true });
    expect(summarizeSignOff(makeDoc()).text).toBe('No reviewers yet');
  });

  it('keeps the first sign-off stamp, and clears it when withdrawn', () => {
    let doc = setReviewerSignOff(withReviewers(makeDoc(), 'Ana'), 'reviewer-1', true, T0);
    doc = setReviewerSignOff(doc, 'reviewer-1', true, T0 + 5_000);
    expect(doc.reviewers?.[0]?.signedOffAt).toBe(T0);
    expect(setReviewerSignOff(doc, 'reviewer-1', false, T0).reviewers?.[0]?.signedOffAt).toBeNull();
  });

  it('gives new reviewers ids that are free in the document', () => {
    const doc = addReviewer(addReviewer(withReviewers(makeDoc(), 'Ana', 'Ben'), 'Chloé'), 'Dee');
    const ids = doc.reviewers!.map((r) => r.id);
    expect(new Set(ids).size).toBe(4);
    expect(removeReviewer(doc, 'reviewer-2').reviewers!.map((r) => r.name)).toEqual(['Ana', 'Chloé', 'Dee']);
  });
});

describe('setPostmortemStatus', () => {
  it('stamps the review date when the document becomes Reviewed, keeps it when closed, clears it when reopened', () => {
    const reviewed = setPostmortemStatus(makeDoc(), 'reviewed', T0);
    expect(reviewed).toMatchObject({ status: 'reviewed', reviewedAt: T0 });
    const closed = setPostmortemStatus(reviewed, 'closed', T0 + 1_000);
    expect(closed).toMatchObject({ status: 'closed', reviewedAt: T0 });
    const reopened = setPostmortemStatus(closed, 'in-review', T0 + 2_000);
    expect(reopened).toMatchObject({ status: 'in-review', reviewedAt: null });
    expect(setPostmortemStatus(reopened, 'reviewed', T0 + 3_000).reviewedAt).toBe(T0 + 3_000);
  });

  it('does not add the field to a document that never had a review date', () => {
    const doc = makeDoc({ status: 'draft' });
    expect('reviewedAt' in setPostmortemStatus(doc, 'in-review', T0)).toBe(false);
  });

  it('allows Reviewed before every reviewer has signed off (the card warns, it does not block)', () => {
    const doc = setPostmortemStatus(withReviewers(makeDoc(), 'Ana', 'Ben'), 'reviewed', T0);
    expect(doc.status).toBe('reviewed');
    expect(summarizeSignOff(doc).text).toBe('0 of 2 reviewers have signed off');
  });
});

describe('the review meeting', () => {
  it('defaults to 10:00 for an hour on the review due date, and follows the rules', () => {
    // SEV2: Friday + 5 business days = Friday 2026-12-04.
    expect(resolveReviewMeeting(makeDoc())).toEqual({ date: '2026-12-04', time: '10:00', durationMinutes: 60, onDueDate: true });
    const rules = { ...DEFAULT_REVIEW_RULES, SEV2: { days: 2, businessDays: false } };
    expect(resolveReviewMeeting(makeDoc(), rules)?.date).toBe('2026-11-29');
  });

  it('keeps a date of its own', () => {
    const doc = updateReviewMeeting(makeDoc(), { date: '2026-12-02', time: '14:30' });
    expect(resolveReviewMeeting(doc)).toEqual({ date: '2026-12-02', time: '14:30', durationMinutes: 60, onDueDate: false });
    expect(resolveReviewMeeting(makeDoc({ severity: '' }))).toBeNull();
  });
});

describe('configurable review rules', () => {
  it('derive the due date, business days skipping the weekend', () => {
    const rules = { ...DEFAULT_REVIEW_RULES, SEV1: { days: 2, businessDays: true } };
    // From Friday: 2 business days = Tuesday.
    expect(resolveReviewDue(makeDoc({ severity: 'SEV1' }), rules)).toEqual({ date: '2026-12-01', derived: true, basis: '2 business days for SEV1' });
    expect(resolveReviewDue(makeDoc({ severity: 'SEV1' }))?.date).toBe('2026-11-30');
  });

  it('are read from stored text only when every rule is valid', () => {
    const good = JSON.stringify({ ...DEFAULT_REVIEW_RULES, SEV3: { days: 7, businessDays: false } });
    expect(parseReviewRules(good)?.SEV3).toEqual({ days: 7, businessDays: false });
    expect(parseReviewRules(null)).toBeNull();
    expect(parseReviewRules('{"SEV1":')).toBeNull();
    expect(parseReviewRules(JSON.stringify({ ...DEFAULT_REVIEW_RULES, SEV4: { days: 0, businessDays: true } }))).toBeNull();
    expect(parseReviewRules(JSON.stringify({ ...DEFAULT_REVIEW_RULES, SEV4: { days: 2.5, businessDays: true } }))).toBeNull();
    expect(parseReviewRules(JSON.stringify({ SEV1: DEFAULT_REVIEW_RULES.SEV1 }))).toBeNull();
    expect(parseReviewRules('[]')).toBeNull();
  });
});

describe('overdue counting', () => {
  // 2026-12-04 23:30 UTC: still the 4th in New York, already the 5th in Berlin and Tokyo.
  const now = Date.UTC(2026, 11, 4, 23, 30);
  const items = (doc: PostmortemDoc): PostmortemDoc => ({
    ...doc,
    actionItems: [
      { ...doc.actionItems[0]!, id: 'a', due: '2026-12-04', status: 'open' },
      { ...doc.actionItems[0]!, id: 'b', due: '2026-12-03', status: 'in-progress' },
      { ...doc.actionItems[0]!, id: 'c', due: '2026-12-01', status: 'done' },
      { ...doc.actionItems[0]!, id: 'd', due: '', status: 'open' },
      { ...doc.actionItems[0]!, id: 'e', due: '2026-12-05', status: 'open' },
    ],
  });

  it('counts items past their due date and not done, by the day in the document’s time zone', () => {
    expect(countOverdueActionItems(items(makeDoc({ timeZone: 'America/New_York' })), now)).toBe(1);
    expect(countOverdueActionItems(items(makeDoc({ timeZone: 'Asia/Tokyo' })), now)).toBe(2);
  });

  it('says how late the review is, in the document’s time zone', () => {
    // Due Friday 2026-12-04 (SEV2 from the Friday before); the impact ended in each zone's Friday too.
    expect(describeReviewBadge(makeDoc({ timeZone: 'America/New_York' }), now).text).toBe('Review due today');
    expect(describeReviewBadge(makeDoc({ timeZone: 'Europe/Berlin' }), now)).toMatchObject({ kind: 'overdue', text: 'Review overdue 1 day', days: -1 });
    expect(describeReviewBadge(makeDoc(), Date.UTC(2026, 11, 1, 12)).text).toBe('Review due in 3 days');
    expect(describeReviewBadge(makeDoc(), Date.UTC(2026, 11, 3, 12)).text).toBe('Review due tomorrow');
    expect(describeReviewBadge(makeDoc(), Date.UTC(2026, 11, 6, 12)).text).toBe('Review overdue 2 days');
    expect(describeReviewBadge(makeDoc({ severity: '' }), now).kind).toBe('none');
  });

  it('counts across a DST change by calendar days', () => {
    // Berlin leaves summer time on 2026-10-25: a 3-day SEV1 from Friday the 23rd is due Monday the 26th.
    const doc = makeDoc({ severity: 'SEV1', endedAt: Date.UTC(2026, 9, 23, 20), startedAt: Date.UTC(2026, 9, 23, 19) });
    expect(resolveReviewDue(doc)?.date).toBe('2026-10-26');
    // 00:30 Berlin time on Tuesday 27th (CET, UTC+1) is 23:30 UTC on the 26th: one day overdue there.
    expect(describeReviewBadge(doc, Date.UTC(2026, 9, 26, 23, 30)).text).toBe('Review overdue 1 day');
    expect(describeReviewBadge({ ...doc, timeZone: 'UTC' }, Date.UTC(2026, 9, 26, 23, 30)).text).toBe('Review due today');
  });

  it('shows the reviewed date in the reader’s zone, with the year only when it is not this year', () => {
    const doc = setPostmortemStatus(makeDoc(), 'reviewed', Date.UTC(2026, 11, 4, 10));
    expect(describeReviewBadge(doc, now, { locale: 'en-GB', readerTimeZone: 'UTC' }).text).toBe('Reviewed 4 Dec');
    expect(describeReviewBadge(doc, Date.UTC(2027, 0, 2), { locale: 'en-GB', readerTimeZone: 'UTC' }).text).toBe('Reviewed 4 Dec 2026');
    expect(describeReviewBadge({ ...doc, reviewedAt: undefined }, now).text).toBe('Reviewed');
  });

  it('puts late reviews first, then overdue action items, then upcoming reviews', () => {
    const late = makeDoc({ id: 'late', updatedAt: 1, actionItems: [] });
    const withItems = items(makeDoc({ id: 'items', severity: '', updatedAt: 2 }));
    const soon = makeDoc({ id: 'soon', reviewDue: '2026-12-20', updatedAt: 3, actionItems: [] });
    const done = setPostmortemStatus(makeDoc({ id: 'done', updatedAt: 4, actionItems: [] }), 'reviewed', T0);
    // Reviewed, but its action items are late: it still needs attention.
    const doneLate = setPostmortemStatus(items(makeDoc({ id: 'done-late', updatedAt: 5 })), 'reviewed', T0);
    const later = makeDoc({ id: 'very-late', reviewDue: '2026-11-30', updatedAt: 0, actionItems: [] });
    expect(sortByAttention([done, soon, withItems, doneLate, late, later], now).map((d) => d.id)).toEqual(['very-late', 'late', 'done-late', 'items', 'soon', 'done']);
  });
});

describe('the schema and the merge with review fields', () => {
  const reviewed = setPostmortemStatus(
    updateReviewMeeting(setReviewerSignOff(withReviewers(makeDoc(), 'Ana', 'Ben'), 'reviewer-1', true, T0), { time: '15:00', durationMinutes: 45 }),
    'reviewed',
    T0 + 60_000,
  );

  it('accepts documents saved before the review fields existed, and documents with them, on the fast path too', () => {
    const accept = compileAccept(postmortemSchema)!;
    const old = JSON.parse(JSON.stringify(makeDoc())) as PostmortemDoc;
    expect('reviewers' in old).toBe(false);
    expect(validatePostmortem(old)).toEqual({ ok: true, doc: old });
    const saved = JSON.parse(JSON.stringify(reviewed)) as unknown;
    expect(validatePostmortem(saved)).toEqual({ ok: true, doc: saved });
    expect(accept(saved)).toBe(true);
    expect(zodKeepsAsIs(postmortemSchema, saved)).toBe(true);
  });

  it('refuses bad review fields with messages that say what to fix', () => {
    const bad = { ...reviewed, reviewMeeting: { date: '2026-02-30', time: '25:00', durationMinutes: 0 }, reviewers: [...reviewed.reviewers!, { ...reviewed.reviewers![0]! }] };
    const result = validatePostmortem(JSON.parse(JSON.stringify(bad)));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.join('\n');
    expect(errors).toContain('enter the meeting time as HH:MM');
    expect(errors).toContain('enter the meeting length in minutes, from 5 to 480');
    expect(errors).toContain('give each reviewer its own id');
  });

  it('keeps both tabs’ sign-offs and reviewers', () => {
    const base = withReviewers(makeDoc(), 'Ana', 'Ben');
    const local = { ...setReviewerSignOff(base, 'reviewer-1', true, T0 + 1), updatedAt: T0 + 1 };
    const remote = { ...addReviewer(setReviewerSignOff(base, 'reviewer-2', true, T0 + 2), 'Chloé', 'reviewer-x'), updatedAt: T0 + 2 };
    const before = new Map<string, unknown[]>();
    for (const { path, value } of listChangedPaths(base, local)) before.set(path, [value]);
    const recent: RecentEdits = { before, editedAt: T0 + 1 };
    const merged = mergePostmortemDoc(local, remote, recent);
    expect(merged.reviewers).toEqual([
      { id: 'reviewer-1', name: 'Ana', signedOffAt: T0 + 1 },
      { id: 'reviewer-2', name: 'Ben', signedOffAt: T0 + 2 },
      { id: 'reviewer-x', name: 'Chloé', signedOffAt: null },
    ]);
  });
});
