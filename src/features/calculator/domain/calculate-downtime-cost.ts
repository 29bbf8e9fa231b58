// The downtime cost model: one pure function the calculator, the curve, the nines table and the incident ticker all share.
import { calculateMinutesPerPeriod } from './calendar';
import { COST_INPUT_LIMITS, type CostInputs, type NumericCostField, type SlaTier } from './cost-inputs';

/** The six parts a downtime cost is made of. */
export type CostComponent = 'revenue' | 'productivity' | 'response' | 'sla' | 'churn' | 'other';

/** Every component, in the order tables and charts list them. */
export const COST_COMPONENTS: readonly CostComponent[] = ['revenue', 'productivity', 'response', 'sla', 'churn', 'other'];

/** What each component is called in the UI and in exported summaries. */
export const COST_COMPONENT_LABELS: Readonly<Record<CostComponent, string>> = {
  revenue: 'Lost revenue',
  productivity: 'Lost productivity',
  response: 'Response cost',
  sla: 'SLA credits',
  churn: 'Churn',
  other: 'Other costs',
};

/** The result of {@link calculateDowntimeCost}. Money is in the inputs' currency. */
export interface DowntimeCost {
  breakdown: Record<CostComponent, number>;
  total: number;
  /** total / minutes (0 for a zero-length outage). */
  perMinute: number;
  perHour: number;
  /** Monthly uptime after this outage and the downtime already spent this month, in % (0–100). */
  monthlyUptime: number;
  /** The most severe credit tier reached, or null. */
  slaTier: SlaTier | null;
  /** The credit owed, as % of the monthly contract value (0 when no tier is reached). */
  slaCreditPercent: number;
  /**
   * The cost that grows with every minute (revenue, productivity, response): what each minute of faster
   * recovery saves. It leaves out SLA tier steps, which are all-or-nothing.
   */
  savedPerMinute: number;
}

// Uptime is derived through a division, so an outage that lands exactly on a tier's threshold can come out a
// hair below it (99.89999999999999 for 99.9). A billionth of a percent (~0.03 ms a month) absorbs that noise.
const TIER_TOLERANCE_PERCENT = 1e-9;

/**
 * Reads a numeric input defensively: a non-finite value counts as 0, and the value is held within
 * 0 and the field's maximum, so no input that slipped past validation can produce NaN, Infinity or a negative cost.
 */
function readNumber(inputs: CostInputs, field: NumericCostField): number {
  return clamp(inputs[field], COST_INPUT_LIMITS[field].max);
}

function clamp(value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return 0;
  return Math.min(value, max);
}

function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/** The tiers that can apply, with thresholds and credits held within 0–100; malformed entries are skipped. */
function readTiers(inputs: CostInputs): SlaTier[] {
  if (!Array.isArray(inputs.slaTiers)) return [];
  const tiers: SlaTier[] = [];
  for (const tier of inputs.slaTiers as unknown[]) {
    if (typeof tier !== 'object' || tier === null) continue;
    const { below, credit } = tier as Partial<SlaTier>;
    if (typeof below !== 'number' || !Number.isFinite(below) || below <= 0) continue;
    tiers.push({ below: Math.min(below, 100), credit: clamp(credit, 100) });
  }
  return tiers;
}

/**
 * Picks the most severe tier reached: the highest credit among the tiers whose threshold the uptime is strictly
 * below. Uptime exactly at a threshold meets it, so that tier does not apply. Ties go to the lower threshold.
 */
export function findSlaTier(monthlyUptime: number, tiers: readonly SlaTier[]): SlaTier | null {
  let reached: SlaTier | null = null;
  for (const tier of tiers) {
    if (!(monthlyUptime < tier.below - TIER_TOLERANCE_PERCENT)) continue;
    if (
      reached === null ||
      tier.credit > reached.credit ||
      (tier.credit === reached.credit && tier.below < reached.below)
    ) {
      reached = tier;
    }
  }
  return reached === null ? null : { ...reached };
}

/**
 * Calculates what an outage costs, by component.
 *
 * - lost revenue = revenue per minute × minutes × affected% × dependent% × (1 − recovered%)
 * - productivity = employees × hourly cost × hours × productivity lost%
 * - response = responders × hourly cost × (hours + extra hours)
 * - SLA credits = monthly contract value × credit% of the most severe tier reached, where
 *   monthly uptime = 1 − (minutes + downtime already this month) / minutes per month
 * - churn = customers lost × customer value; other = the lump sum; total = the sum of all six.
 *
 * @param minutes outage length; defaults to `inputs.minutes` (the curve and error budget pass others). May be 0.
 * Never returns NaN or Infinity, whatever it is given.
 */
export function calculateDowntimeCost(inputs: CostInputs, minutes: number = inputs.minutes): DowntimeCost {
  const calendar = inputs.calendar === '30day' ? '30day' : 'gregorian';
  const revenuePeriod =
    inputs.revenuePeriod === 'hour' || inputs.revenuePeriod === 'day' || inputs.revenuePeriod === 'year'
      ? inputs.revenuePeriod
      : 'month';
  const duration = clamp(minutes, COST_INPUT_LIMITS.minutes.max);
  const hours = duration / 60;
  const share = (field: NumericCostField) => readNumber(inputs, field) / 100;

  const revenuePerMinute = readNumber(inputs, 'revenue') / calculateMinutesPerPeriod(revenuePeriod, calendar);
  const revenuePerMinuteLost =
    revenuePerMinute * share('affected') * share('dependent') * (1 - share('recovered'));
  const productivityPerHour =
    readNumber(inputs, 'employees') * readNumber(inputs, 'hourlyCost') * share('productivityLoss');
  const responsePerHour = readNumber(inputs, 'responders') * readNumber(inputs, 'responderRate');

  const minutesPerMonth = calculateMinutesPerPeriod('month', calendar);
  const downtimeThisMonth = duration + readNumber(inputs, 'slaPriorMinutes');
  const monthlyUptime = Math.max(0, 100 * (1 - downtimeThisMonth / minutesPerMonth));
  const slaTier = findSlaTier(monthlyUptime, readTiers(inputs));
  const slaCreditPercent = slaTier?.credit ?? 0;

  const breakdown: Record<CostComponent, number> = {
    revenue: finite(revenuePerMinuteLost * duration),
    productivity: finite(productivityPerHour * hours),
    response: finite(responsePerHour * (hours + readNumber(inputs, 'extraHours'))),
    sla: finite(readNumber(inputs, 'slaContract') * (slaCreditPercent / 100)),
    churn: finite(readNumber(inputs, 'churnCustomers') * readNumber(inputs, 'customerValue')),
    other: readNumber(inputs, 'otherCosts'),
  };
  const total = finite(COST_COMPONENTS.reduce((sum, component) => sum + breakdown[component], 0));
  const perMinute = duration > 0 ? finite(total / duration) : 0;

  return {
    breakdown,
    total,
    perMinute,
    perHour: finite(perMinute * 60),
    monthlyUptime,
    slaTier,
    slaCreditPercent,
    savedPerMinute: finite(revenuePerMinuteLost + productivityPerHour / 60 + responsePerHour / 60),
  };
}
