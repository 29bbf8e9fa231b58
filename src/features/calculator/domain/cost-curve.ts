// Cost against outage length, so users see how cost grows and where SLA credit tiers jump.
import { calculateDowntimeCost, findSlaTier } from './calculate-downtime-cost';
import { calculateMinutesPerPeriod } from './calendar';
import { formatMinutes, formatMoney, formatDurationSeconds, formatPercent } from '../../../lib/format';
import { COST_INPUT_LIMITS, type CostInputs, type SlaTier } from './cost-inputs';

/** Roughly log-spaced outage lengths from 5 minutes to 24 hours: the default range. */
export const COST_CURVE_MINUTES: readonly number[] = [5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1080, 1440];

/** The default range's end (24 h); the range grows past it when the user's outage is longer. */
export const COST_CURVE_MAX_MINUTES = 1440;

/** The default range's start (5 min); the range reaches down when the user's outage is shorter. */
export const COST_CURVE_MIN_MINUTES = 5;

// Log-spaced lengths people think in, from seconds to two years; the points are taken from these within the range.
const CURVE_SAMPLE_MINUTES: readonly number[] = [
  0.25, 0.5, 1, 2, 3, ...COST_CURVE_MINUTES, 2160, 2880, 4320, 5760, 7200, 10_080, 14_400, 20_160, 30_240, 40_320,
  60_480, 86_400, 129_600, 194_400, 262_800, 394_200, 525_949, 788_923, 1_051_898,
];

// Axis ticks: lengths with short labels ("30 s", "15 min", "4 h", "3 d", "2 wk" as "14 d").
const DURATION_TICK_MINUTES: readonly number[] = [
  0.5, 1, 5, 15, 60, 240, 1440, 4320, 10_080, 20_160, 43_200, 129_600, 262_800, 525_600, 1_051_200,
];

/** The outage lengths the curve spans, in minutes. */
export interface CostCurveRange {
  minMinutes: number;
  maxMinutes: number;
}

/**
 * The range follows the user's outage: 5 min – 24 h by default, reaching down to half a short outage and up
 * to twice a long one, so the user's own point is always drawn inside the range, never clamped to an end.
 */
export function calculateCostCurveRange(userMinutes: number): CostCurveRange {
  const own = Number.isFinite(userMinutes) && userMinutes > 0 ? userMinutes : COST_CURVE_MIN_MINUTES;
  return {
    minMinutes: Math.min(COST_CURVE_MIN_MINUTES, own / 2),
    maxMinutes: Math.max(COST_CURVE_MAX_MINUTES, own * 2),
  };
}

/** Labels a duration on the axis: seconds under a minute ("30 s"), otherwise "15 min", "4 h", "3 d". */
export function formatDurationTick(minutes: number): string {
  return minutes < 1 ? formatDurationSeconds(minutes * 60) : formatMinutes(minutes);
}

/**
 * Picks duration ticks inside the range that stay at least `minGap` apart once placed by `place` (a pixel
 * position): narrow charts get fewer ticks instead of overlapping labels. Always at least the two ends' nearest.
 */
export function selectDurationTicks(range: CostCurveRange, place: (minutes: number) => number, minGap: number): number[] {
  const inside = DURATION_TICK_MINUTES.filter((m) => m >= range.minMinutes - 1e-9 && m <= range.maxMinutes + 1e-9);
  const picked: number[] = [];
  for (const minutes of inside) {
    const last = picked.at(-1);
    if (last === undefined || place(minutes) - place(last) >= minGap) picked.push(minutes);
  }
  return picked;
}

/**
 * Round ticks for a money axis from 0: the step is 1, 2 or 5 × 10^n, the last tick is at or above `max`, and
 * there are 3 to 5 ticks. (Quarters of the maximum gave labels like "$117.5K" that nobody reads at a glance.)
 */
export function calculateRoundTicks(max: number): number[] {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const raw = top / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const mantissa = [1, 2, 5, 10].find((m) => m * power >= raw * (1 - 1e-12)) ?? 10;
  const step = mantissa * power;
  const count = Math.ceil(top / step - 1e-9);
  const ticks: number[] = [];
  // toPrecision keeps 3 × 0.1 at 0.3: a tick label must print the round value it stands for.
  for (let i = 0; i <= count; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  // A maximum a hair above a round value (float noise) still gets a tick above it.
  if ((ticks.at(-1) ?? 0) < top) ticks.push(Number(((count + 1) * step).toPrecision(12)));
  return ticks;
}

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
  /** The lengths the curve spans; see {@link calculateCostCurveRange}. */
  range: CostCurveRange;
  /** Sorted by minutes; from the range's start to its end, and includes the user's own duration. */
  points: CostCurvePoint[];
  /** Sorted by minutes; one per tier whose threshold falls within the range (or before its start). */
  tierSteps: CostCurveTierStep[];
}

/**
 * Calculates the cost curve: totals at the standard durations plus the user's, and for each credit tier the exact
 * outage length (given the downtime already spent this month) at which monthly uptime drops below its threshold.
 * Between points the cost is linear except at tier steps; draw a vertical jump there from totalBefore to totalAfter.
 */
export function calculateCostCurve(inputs: CostInputs): CostCurve {
  const range = calculateCostCurveRange(inputs.minutes);
  const durations = new Set(
    CURVE_SAMPLE_MINUTES.filter((m) => m >= range.minMinutes && m <= range.maxMinutes),
  );
  durations.add(range.minMinutes);
  durations.add(range.maxMinutes);
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
    if (!(minutes >= 0 && minutes <= range.maxMinutes)) continue;
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
  return { range, points, tierSteps };
}

/**
 * The chart's text alternative, from the model's own figures: the cost at both ends of the range, the user's
 * total (the same figure, formatted the same way, as the summary shows) and where SLA credits step up.
 */
export function describeCostCurve(inputs: CostInputs, curve: CostCurve, locale?: string): string {
  const money = (n: number) => formatMoney(n, inputs.currency, locale);
  const first = curve.points[0];
  const last = curve.points.at(-1);
  const parts: string[] = [];
  if (first && last) {
    parts.push(
      `From ${money(first.total)} for a ${formatDurationTick(first.minutes)} outage to ${money(last.total)} for ${formatDurationTick(last.minutes)}.`,
    );
  }
  if (Number.isFinite(inputs.minutes) && inputs.minutes > 0) {
    parts.push(`Your outage of ${formatMinutes(inputs.minutes)} costs ${money(calculateDowntimeCost(inputs, inputs.minutes).total)}.`);
  }
  if (curve.tierSteps.length) {
    parts.push(
      `SLA credits step up at ${curve.tierSteps.map((s) => `${formatMinutes(s.minutes)} (uptime below ${formatPercent(s.tier.below, 4)})`).join(', ')}.`,
    );
  }
  return parts.join(' ');
}
