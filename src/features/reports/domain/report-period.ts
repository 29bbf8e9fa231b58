// Which incidents a report covers: a period of calendar days in the reader's time zone, severities, drills.
import type { Severity } from '../../incident/domain/incident-types';
import { addDaysToIsoDate, formatDateInTimeZone, isIsoDate } from '../../postmortem/domain/zoned-time';

export type PeriodPreset = 'last-30' | 'last-90' | 'this-quarter' | 'last-quarter' | 'this-year' | 'all' | 'custom';

export const PERIOD_PRESETS: readonly PeriodPreset[] = ['last-30', 'last-90', 'this-quarter', 'last-quarter', 'this-year', 'all', 'custom'];

export const PERIOD_LABELS: Record<PeriodPreset, string> = {
  'last-30': 'Last 30 days',
  'last-90': 'Last 90 days',
  'this-quarter': 'This quarter',
  'last-quarter': 'Last quarter',
  'this-year': 'This year',
  all: 'All time',
  custom: 'Custom dates',
};

/** What the user chose: a preset, or custom 'YYYY-MM-DD' bounds (either may be '' for open-ended). */
export interface PeriodChoice {
  preset: PeriodPreset;
  from: string;
  to: string;
}

/** Inclusive calendar-day bounds, 'YYYY-MM-DD'; null for open-ended. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** 'YYYY-MM' → its quarter's key, '2026-Q4'. */
export function toQuarterKey(monthKey: string): string {
  const month = Number(monthKey.slice(5, 7));
  return `${monthKey.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

function quarterStart(year: number, quarter: number): string {
  return `${String(year).padStart(4, '0')}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/**
 * The calendar days a period covers, counted in `timeZone` from `now`: "last 30 days" is today and the 29 days
 * before it; quarters are calendar quarters (Q1 = January–March); a custom period keeps the bounds given (a
 * reversed pair is swapped, an invalid date is open-ended).
 */
export function resolvePeriod(choice: PeriodChoice, now: number, timeZone: string): DateRange {
  const today = formatDateInTimeZone(now, timeZone);
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  switch (choice.preset) {
    case 'last-30':
      return { from: addDaysToIsoDate(today, -29), to: today };
    case 'last-90':
      return { from: addDaysToIsoDate(today, -89), to: today };
    case 'this-quarter':
      return { from: quarterStart(year, quarter), to: today };
    case 'last-quarter': {
      const lastYear = quarter === 1 ? year - 1 : year;
      const last = quarter === 1 ? 4 : quarter - 1;
      const nextStart = last === 4 ? quarterStart(lastYear + 1, 1) : quarterStart(lastYear, last + 1);
      return { from: quarterStart(lastYear, last), to: addDaysToIsoDate(nextStart, -1) };
    }
    case 'this-year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'all':
      return { from: null, to: null };
    case 'custom': {
      const from = isIsoDate(choice.from) ? choice.from : null;
      const to = isIsoDate(choice.to) ? choice.to : null;
      if (from !== null && to !== null && from > to) return { from: to, to: from };
      return { from, to };
    }
  }
}

/** True when the calendar day is inside the range (bounds included). */
export function isInRange(date: string, range: DateRange): boolean {
  return (range.from === null || date >= range.from) && (range.to === null || date <= range.to);
}

/** What a report is filtered by. */
export interface ReportFilter {
  range: DateRange;
  /** The severities shown; an empty list shows none. */
  severities: readonly Severity[];
  includeDrills: boolean;
}
