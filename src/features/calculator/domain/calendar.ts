// How many minutes a period holds; every rate conversion and the nines table depend on this one convention.

/** 'gregorian': mean Gregorian year (365.2425 days), month = year / 12; '30day': 30-day months, 90-day quarters, 365-day years. */
export type Calendar = 'gregorian' | '30day';

/** A span of time that revenue, uptime or allowed downtime can be expressed per. */
export type Period = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Every calendar option, in the order the UI offers them. */
export const CALENDARS: readonly Calendar[] = ['gregorian', '30day'];

/** Every period, shortest first. */
export const PERIODS: readonly Period[] = ['hour', 'day', 'week', 'month', 'quarter', 'year'];

const MINUTES_PER_DAY = 1440;
// The mean Gregorian year; month = year / 12 and quarter = year / 4 follow the convention uptime.is uses.
const GREGORIAN_YEAR_DAYS = 365.2425;

/**
 * Returns the number of minutes in one period under the chosen calendar,
 * e.g. a Gregorian month is 43,829.1 minutes and a 30-day month 43,200.
 */
export function calculateMinutesPerPeriod(period: Period, calendar: Calendar): number {
  const thirtyDay = calendar === '30day';
  switch (period) {
    case 'hour':
      return 60;
    case 'day':
      return MINUTES_PER_DAY;
    case 'week':
      return 7 * MINUTES_PER_DAY;
    case 'month':
      return thirtyDay ? 30 * MINUTES_PER_DAY : (GREGORIAN_YEAR_DAYS * MINUTES_PER_DAY) / 12;
    case 'quarter':
      return thirtyDay ? 90 * MINUTES_PER_DAY : (GREGORIAN_YEAR_DAYS * MINUTES_PER_DAY) / 4;
    case 'year':
      return thirtyDay ? 365 * MINUTES_PER_DAY : GREGORIAN_YEAR_DAYS * MINUTES_PER_DAY;
  }
}
