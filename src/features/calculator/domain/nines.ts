// Availability targets as time: the "nines" table and how much of this month's error budget an outage spends.
import { calculateDowntimeCost } from './calculate-downtime-cost';
import { calculateMinutesPerPeriod, type Calendar } from './calendar';
import { COST_INPUT_LIMITS, type CostInputs } from './cost-inputs';

/** The availability targets every nines table lists (%). */
export const STANDARD_TARGETS = [90, 95, 99, 99.5, 99.9, 99.95, 99.99, 99.999] as const;

/** Allowed downtime for an availability target, in seconds per period. */
export interface AllowedDowntime {
  /** The availability target (%). */
  target: number;
  day: number;
  week: number;
  month: number;
  quarter: number;
  year: number;
}

/** A row of the nines table; `isUserTarget` marks the user's own SLA target. */
export type NinesRow = AllowedDowntime & { isUserTarget: boolean };

/** The result of {@link calculateErrorBudget}. */
export interface ErrorBudget {
  /** Downtime the SLA target allows per month, in minutes. */
  monthlyBudgetMinutes: number;
  /** This outage's minutes as % of the monthly budget; above 100 when the outage alone breaks the target. */
  consumedPercent: number;
  /** The downtime already spent this month as % of the monthly budget. */
  alreadySpentPercent: number;
  /** What an outage as long as the whole monthly budget would cost, in a month with no earlier downtime. */
  budgetCost: number;
}

function clampTarget(targetPercent: number): number {
  return Number.isFinite(targetPercent) ? Math.min(100, Math.max(0, targetPercent)) : 100;
}

/** Calculates the downtime a target allows per day, week, month, quarter and year (seconds), under the calendar. */
export function calculateAllowedDowntime(targetPercent: number, calendar: Calendar): AllowedDowntime {
  const target = clampTarget(targetPercent);
  const downShare = 1 - target / 100;
  const seconds = (period: 'day' | 'week' | 'month' | 'quarter' | 'year') =>
    downShare * calculateMinutesPerPeriod(period, calendar) * 60;
  return {
    target,
    day: seconds('day'),
    week: seconds('week'),
    month: seconds('month'),
    quarter: seconds('quarter'),
    year: seconds('year'),
  };
}

/**
 * Builds the nines table: the standard targets plus the user's own, once, sorted ascending, with the user's row
 * flagged (a standard row is flagged when the user's target is one of them). A non-finite target adds no row.
 */
export function calculateNinesTable(userTarget: number, calendar: Calendar): NinesRow[] {
  const targets: number[] = [...STANDARD_TARGETS];
  const hasUserTarget = Number.isFinite(userTarget) && userTarget >= 0 && userTarget <= 100;
  if (hasUserTarget && !targets.includes(userTarget)) targets.push(userTarget);
  return targets
    .sort((a, b) => a - b)
    .map((target) => ({
      ...calculateAllowedDowntime(target, calendar),
      isUserTarget: hasUserTarget && target === userTarget,
    }));
}

/**
 * Converts this outage into error budget: the minutes the SLA target allows per month, the share this outage
 * and earlier downtime use, and what spending the whole budget in one outage would cost.
 */
export function calculateErrorBudget(inputs: CostInputs): ErrorBudget {
  const { min, max } = COST_INPUT_LIMITS.slaTarget;
  // Held below 100 % so the budget is never zero and the percentages stay finite.
  const target = Number.isFinite(inputs.slaTarget) ? Math.min(max, Math.max(min, inputs.slaTarget)) : min;
  const calendar = inputs.calendar === '30day' ? '30day' : 'gregorian';
  const monthlyBudgetMinutes = (1 - target / 100) * calculateMinutesPerPeriod('month', calendar);
  const share = (minutes: number) =>
    Number.isFinite(minutes) && minutes > 0 ? (minutes / monthlyBudgetMinutes) * 100 : 0;
  return {
    monthlyBudgetMinutes,
    consumedPercent: share(inputs.minutes),
    alreadySpentPercent: share(inputs.slaPriorMinutes),
    // The budget's price is a property of the target, so it is priced from a clean month: earlier downtime
    // would otherwise push it across credit tiers and make "the budget" cost more the more of it is gone.
    budgetCost: calculateDowntimeCost({ ...inputs, slaPriorMinutes: 0 }, monthlyBudgetMinutes).total,
  };
}
