// When the postmortem review is due, by severity, and how to say how long is left.
import type { Severity } from '../../incident/domain/incident-types';
import type { PostmortemDoc, ReviewMeeting } from './postmortem-types';
import {
  addDaysToIsoDate,
  countDaysBetweenIsoDates,
  formatDateInTimeZone,
  getIsoDateWeekday,
  isIsoDate,
  resolveTimeZone,
} from './zoned-time';

export interface ReviewRule {
  days: number;
  /** Business days skip Saturdays and Sundays (public holidays are not known here, so they count). */
  businessDays: boolean;
}

/**
 * Default review deadlines. The decision: SEV1 3 calendar days (the worst incidents are reviewed while memories are
 * fresh, weekend or not), SEV2 5 business days (PagerDuty's guideline), SEV3 10 and SEV4 15 business days.
 */
export const DEFAULT_REVIEW_RULES: Record<Severity, ReviewRule> = {
  SEV1: { days: 3, businessDays: false },
  SEV2: { days: 5, businessDays: true },
  SEV3: { days: 10, businessDays: true },
  SEV4: { days: 15, businessDays: true },
};

export interface ReviewDueOptions {
  /** The zone whose calendar counts the days (default 'UTC'). */
  timeZone?: string;
  rules?: Record<Severity, ReviewRule>;
}

function isWeekend(date: string): boolean {
  const weekday = getIsoDateWeekday(date);
  return weekday === 0 || weekday === 6;
}

/**
 * The review due date, 'YYYY-MM-DD' in `timeZone`, counted from the calendar day of `from` (usually when the impact
 * ended): SEV1 3 calendar days, SEV2 5 business days (Saturday and Sunday skipped), SEV3 10, SEV4 15 business days.
 * Returns null when no severity is set.
 */
export function calculateReviewDue(severity: Severity | '', from: Date | number, options: ReviewDueOptions = {}): string | null {
  if (severity === '') return null;
  const rule = (options.rules ?? DEFAULT_REVIEW_RULES)[severity];
  const fromMs = typeof from === 'number' ? from : from.getTime();
  if (!Number.isFinite(fromMs)) return null;
  const start = formatDateInTimeZone(fromMs, resolveTimeZone(options.timeZone ?? 'UTC'));
  // Dates outside years 0000–9999 cannot be written YYYY-MM-DD: no due date rather than a crash.
  if (!isIsoDate(start) || start > '9999-11-30') return null;
  if (!rule.businessDays) return addDaysToIsoDate(start, rule.days);
  let date = start;
  let remaining = rule.days;
  while (remaining > 0) {
    date = addDaysToIsoDate(date, 1);
    if (!isWeekend(date)) remaining -= 1;
  }
  return date;
}

/** "3 calendar days for SEV1", "5 business days for SEV2". */
export function describeReviewRule(severity: Severity, rules: Record<Severity, ReviewRule> = DEFAULT_REVIEW_RULES): string {
  const rule = rules[severity];
  return `${rule.days} ${rule.businessDays ? 'business' : 'calendar'} ${rule.days === 1 ? 'day' : 'days'} for ${severity}`;
}

export interface ResolvedReviewDue {
  /** 'YYYY-MM-DD' */
  date: string;
  /** True when computed from the severity, false when the authors set `reviewDue` themselves. */
  derived: boolean;
  /** How it was set: "5 business days for SEV2" or "set by the authors". */
  basis: string;
}

/**
 * The document's review due date: its own `reviewDue` when set, otherwise derived from the severity, counted from
 * the end of impact (or its start, or the document's creation), in the document's time zone. Null without either.
 */
export function resolveReviewDue(
  doc: Pick<PostmortemDoc, 'reviewDue' | 'severity' | 'endedAt' | 'startedAt' | 'createdAt' | 'timeZone'>,
  rules: Record<Severity, ReviewRule> = DEFAULT_REVIEW_RULES,
): ResolvedReviewDue | null {
  if (isIsoDate(doc.reviewDue)) return { date: doc.reviewDue, derived: false, basis: 'set by the authors' };
  if (doc.severity === '') return null;
  const from = doc.endedAt ?? doc.startedAt ?? doc.createdAt;
  const date = calculateReviewDue(doc.severity, from, { timeZone: doc.timeZone, rules });
  return date === null ? null : { date, derived: true, basis: describeReviewRule(doc.severity, rules) };
}

/** The most days a review rule may give: a quarter of a year; a review later than that is not a review. */
export const MAX_REVIEW_RULE_DAYS = 90;

/** A rule as typed: whole days from 1 to `MAX_REVIEW_RULE_DAYS`. */
export function isValidReviewRule(rule: unknown): rule is ReviewRule {
  if (typeof rule !== 'object' || rule === null) return false;
  const { days, businessDays } = rule as Record<string, unknown>;
  return typeof businessDays === 'boolean' && Number.isInteger(days) && (days as number) >= 1 && (days as number) <= MAX_REVIEW_RULE_DAYS;
}

/**
 * Review rules from untrusted stored text (a browser setting): a rule per severity, each valid, or null (use the
 * defaults). A setting that is partly wrong is ignored whole, so no severity silently gets a rule nobody chose.
 */
export function parseReviewRules(text: string | null): Record<Severity, ReviewRule> | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const rules = {} as Record<Severity, ReviewRule>;
  for (const severity of Object.keys(DEFAULT_REVIEW_RULES) as Severity[]) {
    const rule = record[severity];
    if (!isValidReviewRule(rule)) return null;
    rules[severity] = { days: rule.days, businessDays: rule.businessDays };
  }
  return rules;
}

/** True when the rules are the defaults (so the UI can say "the defaults" and storage can drop the key). */
export function isDefaultReviewRules(rules: Record<Severity, ReviewRule>): boolean {
  return (Object.keys(DEFAULT_REVIEW_RULES) as Severity[]).every(
    (s) => rules[s].days === DEFAULT_REVIEW_RULES[s].days && rules[s].businessDays === DEFAULT_REVIEW_RULES[s].businessDays,
  );
}

export interface ReviewCountdown {
  /** 'Due in 2 days', 'Due tomorrow', 'Due today', 'Overdue by 1 day'. */
  text: string;
  overdue: boolean;
  /** Calendar days until due; negative when overdue. */
  days: number;
}

/** How long until the review is due, in calendar days of `timeZone` (default 'UTC'). An unreadable date gives "No review date". */
export function describeReviewCountdown(due: string, now: Date | number, options: { timeZone?: string } = {}): ReviewCountdown {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const today = formatDateInTimeZone(nowMs, resolveTimeZone(options.timeZone ?? 'UTC'));
  if (!isIsoDate(due) || !isIsoDate(today)) return { text: 'No review date', overdue: false, days: 0 };
  const days = countDaysBetweenIsoDates(today, due);
  const plural = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;
  if (days === 0) return { text: 'Due today', overdue: false, days };
  if (days === 1) return { text: 'Due tomorrow', overdue: false, days };
  if (days > 1) return { text: `Due in ${plural(days)}`, overdue: false, days };
  return { text: `Overdue by ${plural(-days)}`, overdue: true, days };
}

/** The meeting a document without one gets: 10:00 for an hour, on the review due date. */
export const DEFAULT_REVIEW_MEETING: ReviewMeeting = { date: '', time: '10:00', durationMinutes: 60 };

export interface ResolvedReviewMeeting extends ReviewMeeting {
  /** True when the date is the review due date (the meeting has no date of its own). */
  onDueDate: boolean;
}

/**
 * The review meeting with its date filled in: its own date, else the review due date (so it follows the severity
 * and the rules); null when it has neither. Editor, list and the .ics all read the meeting through this.
 */
export function resolveReviewMeeting(
  doc: Pick<PostmortemDoc, 'reviewMeeting' | 'reviewDue' | 'severity' | 'endedAt' | 'startedAt' | 'createdAt' | 'timeZone'>,
  rules: Record<Severity, ReviewRule> = DEFAULT_REVIEW_RULES,
): ResolvedReviewMeeting | null {
  const meeting = doc.reviewMeeting ?? DEFAULT_REVIEW_MEETING;
  if (isIsoDate(meeting.date)) return { ...meeting, onDueDate: false };
  const due = resolveReviewDue(doc, rules);
  return due ? { ...meeting, date: due.date, onDueDate: true } : null;
}
