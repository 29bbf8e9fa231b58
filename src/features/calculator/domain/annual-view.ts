// The year view: what incidents like this one cost per year, and what recovering faster would be worth.
import { calculateDowntimeCost } from './calculate-downtime-cost';
import { COST_INPUT_LIMITS, type CostInputs } from './cost-inputs';

/** The result of {@link calculateAnnualView}. */
export interface AnnualView {
  /** This incident's total cost. */
  perIncident: number;
  /** incidentsPerYear × perIncident. */
  perYear: number;
  /** The outage length after cutting it by `fasterBy` %. */
  fasterMinutes: number;
  /** incidentsPerYear × (cost at minutes − cost at fasterMinutes); ≥ 0. */
  savedPerYear: number;
}

function read(value: number, max: number): number {
  return Number.isFinite(value) && value > 0 ? Math.min(value, max) : 0;
}

/** Projects this incident over a year and prices a cut in outage length (lump sums like churn do not shrink). */
export function calculateAnnualView(inputs: CostInputs): AnnualView {
  const incidents = read(inputs.incidentsPerYear, COST_INPUT_LIMITS.incidentsPerYear.max);
  const fasterBy = read(inputs.fasterBy, 100);
  const minutes = read(inputs.minutes, COST_INPUT_LIMITS.minutes.max);
  const fasterMinutes = minutes * (1 - fasterBy / 100);
  const perIncident = calculateDowntimeCost(inputs, minutes).total;
  const fasterCost = calculateDowntimeCost(inputs, fasterMinutes).total;
  return {
    perIncident,
    perYear: incidents * perIncident,
    fasterMinutes,
    savedPerYear: incidents * Math.max(0, perIncident - fasterCost),
  };
}
