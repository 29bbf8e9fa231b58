// The live cost ticker's number: the calculator's own model at the incident's elapsed time, never a copy of its formula.
import { calculateDowntimeCost, type DowntimeCost } from '../../calculator/domain/calculate-downtime-cost';
import type { CostInputs } from '../../calculator/domain/cost-inputs';

/**
 * What the incident has cost so far: `calculateDowntimeCost(inputs, elapsed minutes)`, with fractional
 * minutes so the ticker moves every second. A negative or non-finite elapsed time counts as 0. Lump sums
 * in the inputs (churn, other costs, extra response hours) are included from the first second, as the
 * calculator counts them.
 */
export function calculateCostSoFar(inputs: CostInputs, elapsedMs: number): DowntimeCost {
  const minutes = Number.isFinite(elapsedMs) ? Math.max(elapsedMs / 60_000, 0) : 0;
  return calculateDowntimeCost(inputs, minutes);
}
