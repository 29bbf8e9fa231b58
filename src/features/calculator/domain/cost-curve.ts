// Cost against outage length, so users see how cost grows and where SLA credit tiers jump.
import { calculateDowntimeCost, findSlaTier } from './calculate-downtime-cost';
import { calculateMinutesPerPeriod } from './calendar';
import { COST_INPUT_LIMITS, type CostInputs, type SlaTier } from './cost-inputs';

/** Roughly log-spaced outage lengths from 5 minutes to 24 hours. */
export const COST_CURVE_MINUTES: readonly number[] = [5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1080, 1440];

/** The longest outage the curve shows (24 h); tier steps beyond it are left out. */
export const COST_CURVE_MAX_MINUTES = 1440;

/** One point of the curve. */
export interface CostCurvePoint {
  minutes: number;
  total: number;
}

/** Where a credit tier starts to apply: outages longer than `minutes` reach it. */
export interface CostCurveTierStep {
  minutes: number;
  tier: SlaTier;
  /** The total for an outage of exactly `minutes` (the tier not yet reached). */
  totalBefore: number;
  /** The total for an outage a moment longer; equals totalBefore when a more severe tier already applied. */
  totalAfter: number;
}

/** The result of {@link calculateCostCurve}. */
export interface CostCurve {
  /** Sorted by minutes; includes the user's own duration (even outside 5 min–24 h). */
  points: CostCurvePoint[];
  /** Sorted by minutes; one per tier whose threshold falls within 0–24 h. */
  tierSteps: CostCurveTierStep[];
}

/**
 * Calculates the cost curve: totals at the standard durations plus the user's, and for each credit tier the exact
 * outage length (given the downtime already spent this month) at which monthly uptime drops below its threshold.
 * Between points the cost is linear except at tier steps; draw a vertical jump there from totalBefore to totalAfter.
 */
export function calculateCostCurve(inputs: CostInputs): CostCurve {
  const durations = new Set(COST_CURVE_MINUTES);
  if (Number.isFinite(inputs.minutes) && inputs.minutes > 0) durations.add(inputs.minutes);
  const points = [...durations]
    .sort((a, b) => a - b)
    .map((minutes) => ({ minutes, total: calculateDowntimeCost(inputs, minutes).total }));

  const tiers = (Array.isArray(inputs.slaTiers) ? (inputs.slaTiers as unknown[]) : []).filter(
    (tier): tier is SlaTier =>
      typeof tier === 'object' &&
      tier !== null &&
      Number.isFinite((tier as SlaTier).below) &&
      Number.isFinite((tier as SlaTier).credit),
  );
  const calendar = inputs.calendar === '30day' ? '30day' : 'gregorian';
  const minutesPerMonth = calculateMinutesPerPeriod('month', calendar);
  const prior = Number.isFinite(inputs.slaPriorMinutes) && inputs.slaPriorMinutes > 0 ? inputs.slaPriorMinutes : 0;
  const tierSteps: CostCurveTierStep[] = [];
  for (const tier of tiers) {
    if (tier.below <= 0 || tier.below > 100) continue;
    const minutes = (1 - tier.below / 100) * minutesPerMonth - prior;
    if (!(minutes >= 0 && minutes <= COST_CURVE_MAX_MINUTES)) continue;
    const before = calculateDowntimeCost(inputs, minutes);
    // Just past the threshold every tier at or above it applies; the time-linear parts are continuous there.
    const reachedAfter = findSlaTier(tier.below - 1, tiers.filter((other) => other.below >= tier.below));
    const creditAfter = Math.max(before.slaCreditPercent, reachedAfter?.credit ?? 0);
    const contract = Number.isFinite(inputs.slaContract) && inputs.slaContract > 0 ? inputs.slaContract : 0;
    const slaAfter = Math.min(contract, COST_INPUT_LIMITS.slaContract.max) * (Math.min(creditAfter, 100) / 100);
    const totalAfter = before.total - before.breakdown.sla + slaAfter;
    tierSteps.push({
      minutes,
      tier: { ...tier },
      totalBefore: before.total,
      totalAfter: Number.isFinite(totalAfter) ? Math.max(totalAfter, before.total) : before.total,
    });
  }
  tierSteps.sort((a, b) => a.minutes - b.minutes);
  return { points, tierSteps };
}
