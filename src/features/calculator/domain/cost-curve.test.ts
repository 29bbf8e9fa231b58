import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateDowntimeCost } from './calculate-downtime-cost';
import { COST_CURVE_MINUTES, calculateCostCurve } from './cost-curve';
import { DEFAULT_COST_INPUTS, cloneCostInputs, type CostInputs } from './cost-inputs';
import { arbitraryCostInputs } from './cost-inputs-arbitrary';

const base: CostInputs = { ...cloneCostInputs(DEFAULT_COST_INPUTS), calendar: '30day', slaContract: 10_000 };

describe('calculateCostCurve', () => {
  it('has points from 5 minutes to 24 hours plus the user’s duration, sorted and without repeats', () => {
    const curve = calculateCostCurve({ ...base, minutes: 50 });
    expect(curve.points.map((point) => point.minutes)).toEqual(
      [...COST_CURVE_MINUTES, 50].sort((a, b) => a - b),
    );
    expect(calculateCostCurve({ ...base, minutes: 45 }).points).toHaveLength(COST_CURVE_MINUTES.length);
    expect(calculateCostCurve({ ...base, minutes: 3000 }).points.at(-1)?.minutes).toBe(3000);
  });

  it('gives each point the total the model gives for that duration', () => {
    for (const point of calculateCostCurve(base).points) {
      expect(point.total).toBe(calculateDowntimeCost(base, point.minutes).total);
    }
  });

  it('finds the outage length at which each tier starts, and the jump it causes', () => {
    // 30-day month: 99.9 % → 43.2 min, 99 % → 432 min; 95 % → 2,160 min is beyond 24 h.
    const { tierSteps } = calculateCostCurve(base);
    expect(tierSteps.map((step) => step.tier.below)).toEqual([99.9, 99]);
    expect(tierSteps[0]!.minutes).toBeCloseTo(43.2, 9);
    expect(tierSteps[1]!.minutes).toBeCloseTo(432, 9);
    expect(tierSteps[0]!.totalAfter - tierSteps[0]!.totalBefore).toBeCloseTo(1000, 6);
    expect(tierSteps[1]!.totalAfter - tierSteps[1]!.totalBefore).toBeCloseTo(1500, 6);
    expect(tierSteps[0]!.totalBefore).toBeCloseTo(calculateDowntimeCost(base, 43.2).total, 6);
    expect(tierSteps[0]!.totalAfter).toBeCloseTo(calculateDowntimeCost(base, 43.2 + 1e-6).total, 3);
  });

  it('moves the steps earlier by the downtime already spent this month, and drops those already passed', () => {
    const { tierSteps } = calculateCostCurve({ ...base, slaPriorMinutes: 100 });
    expect(tierSteps.map((step) => step.tier.below)).toEqual([99]);
    expect(tierSteps[0]!.minutes).toBeCloseTo(332, 9);
  });

  it('has no steps without tiers', () => {
    expect(calculateCostCurve({ ...base, slaTiers: [] }).tierSteps).toEqual([]);
  });

  it('never goes down, and every step goes up or stays level', () => {
    fc.assert(
      fc.property(arbitraryCostInputs('any'), (inputs) => {
        const { points, tierSteps } = calculateCostCurve(inputs);
        for (let i = 1; i < points.length; i += 1) {
          expect(points[i]!.total).toBeGreaterThanOrEqual(points[i - 1]!.total);
          expect(points[i]!.minutes).toBeGreaterThan(points[i - 1]!.minutes);
        }
        for (const step of tierSteps) {
          expect(step.minutes).toBeGreaterThanOrEqual(0);
          expect(step.minutes).toBeLessThanOrEqual(1440);
          expect(step.totalAfter).toBeGreaterThanOrEqual(step.totalBefore);
          expect(Number.isFinite(step.totalAfter)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
