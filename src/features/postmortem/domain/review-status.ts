// The postmortem review: reviewers and their sign-off, the meeting, the Reviewed date, and what the list flags as late.
import type { Severity } from '../../incident/domain/incident-types';
import type { PostmortemDoc, PostmortemReviewer, PostmortemStatus, ReviewMeeting } from './postmortem-types';
import { DEFAULT_REVIEW_MEETING, DEFAULT_REVIEW_RULES, describeReviewCountdown, resolveReviewDue, type ReviewRule } from './review-due';
import { formatDateInTimeZone, isIsoDate, resolveTimeZone } from './zoned-time';

type Rules = Record<Severity, ReviewRule>;

/** The reviewers (none in documents saved before the review existed). */
export function listReviewers(doc: Pick<PostmortemDoc, 'reviewers'>): readonly PostmortemReviewer[] {
  return doc.reviewers ?? [];
}

// ── Edits (pure; the store stamps `updatedAt`) ─────────────────────────────

/**
 * The next free `reviewer-<n>`. Not `createNextId` from edit-postmortem: the exports read this module through the
 * outline, and that one would bring the editor's edits (and the incident's timeline) into their chunks.
 */
export function createReviewerId(reviewers: readonly PostmortemReviewer[]): string {
  const used = new Set(reviewers.map((r) => r.id));
  let n = reviewers.length + 1;
  while (used.has(`reviewer-${n}`)) n += 1;
  return `reviewer-${n}`;
}

/** Adds a reviewer (not signed off) at the end; its id is `reviewer-<n>` unless `id` is given. */
export function addReviewer(doc: PostmortemDoc, name = '', id?: string): PostmortemDoc {
  const reviewers = listReviewers(doc);
  const reviewer: PostmortemReviewer = { id: id ?? createReviewerId(reviewers), name, signedOffAt: null };
  return { ...doc, reviewers: [...reviewers, reviewer] };
}

function updateReviewer(doc: PostmortemDoc, id: string, update: (r: PostmortemReviewer) => PostmortemReviewer): PostmortemDoc {
  const reviewers = listReviewers(doc);
  if (!reviewers.some((r) => r.id === id)) return doc;
  return { ...doc, reviewers: reviewers.map((r) => (r.id === id ? update(r) : r)) };
}

/** Renames a reviewer; a sign-off already given stays (the same person, spelled better). */
export function renameReviewer(doc: PostmortemDoc, id: string, name: string): PostmortemDoc {
  return updateReviewer(doc, id, (r) => ({ ...r, name }));
}

export function removeReviewer(doc: PostmortemDoc, id: string): PostmortemDoc {
  const reviewers = listReviewers(doc);
  return reviewers.some((r) => r.id === id) ? { ...doc, reviewers: reviewers.filter((r) => r.id !== id) } : doc;
}

/** Signs a reviewer off (stamped `now`) or withdraws it. Signing again keeps the first stamp. */
export function setReviewerSignOff(doc: PostmortemDoc, id: string, signed: boolean, now: number): PostmortemDoc {
  return updateReviewer(doc, id, (r) => ({ ...r, signedOffAt: signed ? (r.signedOffAt ?? now) : null }));
}

/** Changes part of the meeting (a document without one starts from `DEFAULT_REVIEW_MEETING`). */
export function updateReviewMeeting(doc: PostmortemDoc, patch: Partial<ReviewMeeting>): PostmortemDoc {
  return { ...doc, reviewMeeting: { ...(doc.reviewMeeting ?? DEFAULT_REVIEW_MEETING), ...patch } };
}

const isReviewedStatus = (status: PostmortemStatus): boolean => status === 'reviewed' || status === 'closed';

/**
 * Sets the status and keeps `reviewedAt` true to it: stamped `now` when the document becomes Reviewed (or Closed,
 * which comes after a review, without a date yet), kept from Reviewed to Closed and back, cleared when it goes back
 * to Draft or In review (the review is then to be done again).
 */
export function setPostmortemStatus(doc: PostmortemDoc, status: PostmortemStatus, now: number): PostmortemDoc {
  if (status === doc.status) return doc;
  if (!isReviewedStatus(status)) return doc.reviewedAt === undefined ? { ...doc, status } : { ...doc, status, reviewedAt: null };
  return { ...doc, status, reviewedAt: doc.reviewedAt ?? now };
}

// ── What the review card and the list say ──────────────────────────────────

export interface SignOffSummary {
  signed: number;
  total: number;
  /** "2 of 3 reviewers have signed off", "All 2 reviewers have signed off", "No reviewers yet". */
  text: string;
  /** Every reviewer (at least one) has signed off: offer to mark the document Reviewed. */
  complete: boolean;
}

/** How far the sign-off has come. Marking Reviewed before it is complete is allowed: the card says who is missing. */
export function summarizeSignOff(doc: Pick<PostmortemDoc, 'reviewers'>): SignOffSummary {
  const reviewers = listReviewers(doc);
  const total = reviewers.length;
  const signed = reviewers.filter((r) => r.signedOffAt !== null).length;
  if (total === 0) return { signed, total, text: 'No reviewers yet', complete: false };
  const noun = total === 1 ? 'reviewer' : 'reviewers';
  if (signed === total) return { signed, total, text: total === 1 ? '1 reviewer has signed off' : `All ${total} ${noun} have signed off`, complete: true };
  return { signed, total, text: `${signed} of ${total} ${noun} have signed off`, complete: false };
}

/** Today's date in `timeZone`, 'YYYY-MM-DD'. */
function todayIn(now: number, timeZone: string): string {
  return formatDateInTimeZone(now, resolveTimeZone(timeZone));
}

/**
 * Action items past their due date and not done: due before today in the document's time zone (the zone its dates
 * are written in), so an item due today is not late until that day has ended there.
 */
export function countOverdueActionItems(doc: Pick<PostmortemDoc, 'actionItems' | 'timeZone'>, now: number): number {
  const today = todayIn(now, doc.timeZone);
  return doc.actionItems.filter((item) => item.status !== 'done' && isIsoDate(item.due) && item.due < today).length;
}

export type ReviewBadgeKind = 'overdue' | 'due' | 'reviewed' | 'none';

export interface ReviewBadge {
  kind: ReviewBadgeKind;
  /** "Review overdue 2 days", "Review due in 3 days", "Review due today", "Reviewed 4 Dec"; '' for `none`. */
  text: string;
  /** Days until the review is due, negative when overdue; 0 when reviewed or without a date. */
  days: number;
}

export interface ReviewBadgeOptions {
  rules?: Rules;
  /** Locale for the Reviewed date (default the runtime's). */
  locale?: string;
  /** The reader's zone for the Reviewed date, an instant (default the runtime's). */
  readerTimeZone?: string;
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The list's review badge. Reviewed and Closed documents show their review date (a document marked reviewed before
 * the date was kept shows plain "Reviewed"); the others count down to the due date in their own time zone.
 */
export function describeReviewBadge(doc: PostmortemDoc, now: number, options: ReviewBadgeOptions = {}): ReviewBadge {
  if (isReviewedStatus(doc.status)) {
    if (typeof doc.reviewedAt !== 'number') return { kind: 'reviewed', text: 'Reviewed', days: 0 };
    const zone = options.readerTimeZone;
    const sameYear = formatDateInTimeZone(doc.reviewedAt, resolveTimeZone(zone)).slice(0, 4) === formatDateInTimeZone(now, resolveTimeZone(zone)).slice(0, 4);
    const date = new Intl.DateTimeFormat(options.locale, { day: 'numeric', month: 'short', year: sameYear ? undefined : 'numeric', timeZone: zone }).format(doc.reviewedAt);
    return { kind: 'reviewed', text: `Reviewed ${date}`, days: 0 };
  }
  const due = resolveReviewDue(doc, options.rules ?? DEFAULT_REVIEW_RULES);
  if (!due) return { kind: 'none', text: '', days: 0 };
  const countdown = describeReviewCountdown(due.date, now, { timeZone: doc.timeZone });
  const { days } = countdown;
  if (days < 0) return { kind: 'overdue', text: `Review overdue ${plural(-days, 'day')}`, days };
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${plural(days, 'day')}`;
  return { kind: 'due', text: `Review due ${when}`, days };
}

/** "2 action items overdue"; '' when none is. */
export function describeOverdueActionItems(count: number): string {
  return count === 0 ? '' : `${count} action ${count === 1 ? 'item' : 'items'} overdue`;
}

/** How much a postmortem needs attention, for the list's "Needs attention" order. */
export interface AttentionRank {
  review: ReviewBadge;
  overdueItems: number;
  /** True when something is late: the review or an action item. */
  late: boolean;
}

export function rankAttention(doc: PostmortemDoc, now: number, rules: Rules = DEFAULT_REVIEW_RULES, options: Omit<ReviewBadgeOptions, 'rules'> = {}): AttentionRank {
  const review = describeReviewBadge(doc, now, { ...options, rules });
  const overdueItems = countOverdueActionItems(doc, now);
  return { review, overdueItems, late: review.kind === 'overdue' || overdueItems > 0 };
}

/**
 * The "Needs attention" order: late reviews first (the most overdue first), then documents with overdue action
 * items (the most first), then reviews coming up (the soonest first), then the rest; ties by latest change.
 */
export function sortByAttention(docs: readonly PostmortemDoc[], now: number, rules: Rules = DEFAULT_REVIEW_RULES): PostmortemDoc[] {
  const ranks = new Map(docs.map((d) => [d.id, rankAttention(d, now, rules)]));
  const group = (r: AttentionRank): number => (r.review.kind === 'overdue' ? 0 : r.overdueItems > 0 ? 1 : r.review.kind === 'due' ? 2 : 3);
  return [...docs].sort((a, b) => {
    const ra = ranks.get(a.id)!;
    const rb = ranks.get(b.id)!;
    return (
      group(ra) - group(rb) ||
      (group(ra) === 0 ? ra.review.days - rb.review.days : 0) ||
      rb.overdueItems - ra.overdueItems ||
      (group(ra) === 2 ? ra.review.days - rb.review.days : 0) ||
      b.updatedAt - a.updatedAt
    );
  });
}
