import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateDowntimeCost } from '../../calculator/domain/calculate-downtime-cost';
import { DEFAULT_COST_INPUTS } from '../../calculator/domain/cost-inputs';
import { arbitraryCostInputs } from '../../../testing/cost-inputs-arbitrary';
import { calculateCostSoFar } from './cost-so-far';

describe('calculateCostSoFar', () => {
  it('equals the calculator model at the elapsed duration', () => {
    expect(calculateCostSoFar(DEFAULT_COST_INPUTS, 45 * 60_000)).toEqual(calculateDowntimeCost(DEFAULT_COST_INPUTS, 45));
    expect(calculateCostSoFar(DEFAULT_COST_INPUTS, 90_000)).toEqual(calculateDowntimeCost(DEFAULT_COST_INPUTS, 1.5));
  });

  it('ignores the minutes typed into the calculator', () => {
    expect(calculateCostSoFar({ ...DEFAULT_COST_INPUTS, minutes: 600 }, 10 * 60_000).total).toBe(
      calculateDowntimeCost(DEFAULT_COST_INPUTS, 10).total,
    );
  });

  it('counts a negative or invalid elapsed time as zero minutes', () => {
    expect(calculateCostSoFar(DEFAULT_COST_INPUTS, -5000)).toEqual(calculateDowntimeCost(DEFAULT_COST_INPUTS, 0));
    expect(calculateCostSoFar(DEFAULT_COST_INPUTS, Number.NaN)).toEqual(calculateDowntimeCost(DEFAULT_COST_INPUTS, 0));
  });

  it('matches the model for any inputs and duration', () => {
    fc.assert(
      fc.property(arbitraryCostInputs(), fc.integer({ min: 0, max: 7 * 24 * 3_600_000 }), (inputs, elapsedMs) => {
        expect(calculateCostSoFar(inputs, elapsedMs)).toEqual(calculateDowntimeCost(inputs, elapsedMs / 60_000));
      }),
      { numRuns: 100 },
    );
  });
});
