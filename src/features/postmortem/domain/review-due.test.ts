import { describe, expect, it } from 'vitest';
import { calculateReviewDue, describeReviewCountdown, resolveReviewDue } from './review-due';

// 2026-11-27 is a Friday.
const FRIDAY = Date.UTC(2026, 10, 27, 15);

describe('calculateReviewDue', () => {
  it('gives SEV1 three calendar days, weekend included', () => {
    expect(calculateReviewDue('SEV1', FRIDAY)).toBe('2026-11-30');
  });

  it('gives SEV2 five business days, skipping Saturday and Sunday', () => {
    expect(calculateReviewDue('SEV2', FRIDAY)).toBe('2026-12-04');
    expect(calculateReviewDue('SEV2', Date.UTC(2026, 10, 28, 12))).toBe('2026-12-04'); // from a Saturday
    expect(calculateReviewDue('SEV2', Date.UTC(2026, 10, 23, 12))).toBe('2026-11-30'); // from a Monday
  });

  it('gives SEV3 ten and SEV4 fifteen business days', () => {
    expect(calculateReviewDue('SEV3', FRIDAY)).toBe('2026-12-11');
    expect(calculateReviewDue('SEV4', new Date(FRIDAY))).toBe('2026-12-18');
  });

  it('counts from the calendar day in the given time zone', () => {
    // Friday 23:30 UTC is already Saturday in Tokyo.
    const lateFriday = Date.UTC(2026, 10, 27, 23, 30);
    expect(calculateReviewDue('SEV1', lateFriday, { timeZone: 'Asia/Tokyo' })).toBe('2026-12-01');
    expect(calculateReviewDue('SEV1', lateFriday, { timeZone: 'UTC' })).toBe('2026-11-30');
  });

  it('has no due date without a severity', () => {
    expect(calculateReviewDue('', FRIDAY)).toBeNull();
  });
});

describe('resolveReviewDue', () => {
  const doc = { reviewDue: '', severity: 'SEV2' as const, endedAt: FRIDAY, startedAt: FRIDAY - 3_600_000, createdAt: FRIDAY + 86_400_000, timeZone: 'Europe/Berlin' };
  it('derives the date from the severity and the end of impact', () => {
    expect(resolveReviewDue(doc)).toEqual({ date: '2026-12-04', derived: true, basis: '5 business days for SEV2' });
  });
  it('prefers a date the authors set', () => {
    expect(resolveReviewDue({ ...doc, reviewDue: '2026-12-24' })).toEqual({ date: '2026-12-24', derived: false, basis: 'set by the authors' });
  });
  it('is null without a severity or a date', () => {
    expect(resolveReviewDue({ ...doc, severity: '' })).toBeNull();
  });
});

describe('describeReviewCountdown', () => {
  const now = Date.UTC(2026, 11, 2, 10);
  it.each([
    ['2026-12-04', 'Due in 2 days', false],
    ['2026-12-03', 'Due tomorrow', false],
    ['2026-12-02', 'Due today', false],
    ['2026-12-01', 'Overdue by 1 day', true],
    ['2026-11-20', 'Overdue by 12 days', true],
  ])('%s → %s', (due, text, overdue) => {
    expect(describeReviewCountdown(due, now)).toMatchObject({ text, overdue });
  });
  it('counts days in the given time zone', () => {
    expect(describeReviewCountdown('2026-12-03', Date.UTC(2026, 11, 2, 23), { timeZone: 'Asia/Tokyo' }).text).toBe('Due today');
  });
});
