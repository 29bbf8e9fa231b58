import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateDowntimeCost } from './calculate-downtime-cost';
import {
  COST_CURVE_MINUTES,
  calculateCostCurve,
  calculateCostCurveRange,
  calculateRoundTicks,
  describeCostCurve,
  selectDurationTicks,
} from './cost-curve';
import { formatMinutes, formatMoney } from '../../../lib/format';
import { DEFAULT_COST_INPUTS, cloneCostInputs, type CostInputs } from './cost-inputs';
import { arbitraryCostInputs } from '../../../testing/cost-inputs-arbitrary';

const base: CostInputs = { ...cloneCostInputs(DEFAULT_COST_INPUTS), calendar: '30day', slaContract: 10_000 };

describe('calculateCostCurve', () => {
  it('has points from 5 minutes to 24 hours plus the user’s duration, sorted and without repeats', () => {
    const curve = calculateCostCurve({ ...base, minutes: 50 });
    expect(curve.points.map((point) => point.minutes)).toEqual(
      [...COST_CURVE_MINUTES, 50].sort((a, b) => a - b),
    );
    expect(calculateCostCurve({ ...base, minutes: 45 }).points).toHaveLength(COST_CURVE_MINUTES.length);
    // A longer outage widens the range to twice its length, so it is drawn inside the range.
    expect(calculateCostCurve({ ...base, minutes: 3000 }).points.at(-1)?.minutes).toBe(6000);
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
          expect(step.minutes).toBeLessThanOrEqual(calculateCostCurveRange(inputs.minutes).maxMinutes);
          expect(step.totalAfter).toBeGreaterThanOrEqual(step.totalBefore);
          expect(Number.isFinite(step.totalAfter)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('calculateCostCurveRange', () => {
  it('keeps 5 min – 24 h for outages inside it, and reaches out to seconds and weeks for the others', () => {
    expect(calculateCostCurveRange(45)).toEqual({ minMinutes: 5, maxMinutes: 1440 });
    expect(calculateCostCurveRange(1)).toEqual({ minMinutes: 0.5, maxMinutes: 1440 });
    expect(calculateCostCurveRange(3 * 1440)).toEqual({ minMinutes: 5, maxMinutes: 6 * 1440 });
    expect(calculateCostCurveRange(14 * 1440).maxMinutes).toBe(28 * 1440);
  });

  it('always puts the user’s outage strictly inside the range, and the curve has a point for it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 525_949, noNaN: true }), (minutes) => {
        const range = calculateCostCurveRange(minutes);
        expect(range.minMinutes).toBeLessThan(minutes);
        expect(range.maxMinutes).toBeGreaterThan(minutes);
        const curve = calculateCostCurve({ ...base, minutes });
        expect(curve.points.some((p) => p.minutes === minutes)).toBe(true);
        expect(curve.points[0]!.minutes).toBe(range.minMinutes);
        expect(curve.points.at(-1)!.minutes).toBe(range.maxMinutes);
      }),
      { numRuns: 300 },
    );
  });
});

describe('calculateRoundTicks', () => {
  const isRoundStep = (step: number) => {
    const power = 10 ** Math.floor(Math.log10(step) + 1e-9);
    const mantissa = step / power;
    return [1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-9);
  };

  it('gives 1-2-5 steps for the usual totals', () => {
    expect(calculateRoundTicks(470_000)).toEqual([0, 200_000, 400_000, 600_000]);
    expect(calculateRoundTicks(150_000)).toEqual([0, 50_000, 100_000, 150_000]);
    expect(calculateRoundTicks(0)).toEqual([0, 0.5, 1]);
    expect(calculateRoundTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('starts at 0, steps by 1, 2 or 5 × 10^n, covers the maximum and has 3 to 7 ticks', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e15, noNaN: true }), (max) => {
        const ticks = calculateRoundTicks(max);
        expect(ticks.length).toBeGreaterThanOrEqual(3);
        expect(ticks.length).toBeLessThanOrEqual(7);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
        const step = ticks[1]!;
        expect(isRoundStep(step)).toBe(true);
        ticks.forEach((tick, i) => expect(tick).toBeCloseTo(i * step, 9 - Math.log10(step)));
        // No tick wasted above the maximum: the one before the last is below it.
        expect(ticks.at(-2)!).toBeLessThan(max);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('selectDurationTicks', () => {
  it('keeps ticks inside the range and at least the gap apart', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 525_949, noNaN: true }), fc.integer({ min: 120, max: 1200 }), (minutes, width) => {
        const range = calculateCostCurveRange(minutes);
        const place = (m: number) =>
          ((Math.log(m) - Math.log(range.minMinutes)) / (Math.log(range.maxMinutes) - Math.log(range.minMinutes))) * width;
        const ticks = selectDurationTicks(range, place, 56);
        expect(ticks.length).toBeGreaterThanOrEqual(1);
        for (const tick of ticks) {
          expect(tick).toBeGreaterThanOrEqual(range.minMinutes - 1e-9);
          expect(tick).toBeLessThanOrEqual(range.maxMinutes + 1e-9);
        }
        for (let i = 1; i < ticks.length; i += 1) expect(place(ticks[i]!) - place(ticks[i - 1]!)).toBeGreaterThanOrEqual(56);
      }),
      { numRuns: 300 },
    );
  });
});

describe('describeCostCurve', () => {
  // The figures a reader of the text alternative is told must be the calculator's own, not the clamped ends.
  it.each([5, 1440, 3 * 1440])('states the model’s total for an outage of %d minutes', (minutes) => {
    const inputs = { ...base, minutes };
    const curve = calculateCostCurve(inputs);
    const text = describeCostCurve(inputs, curve, 'en-US');
    const total = calculateDowntimeCost(inputs, minutes).total;
    expect(text).toContain(`Your outage of ${formatMinutes(minutes)} costs ${formatMoney(total, inputs.currency, 'en-US')}.`);
    const last = curve.points.at(-1)!;
    expect(text).toContain(`${formatMoney(calculateDowntimeCost(inputs, last.minutes).total, inputs.currency, 'en-US')} for`);
    expect(last.minutes).toBeGreaterThanOrEqual(Math.max(1440, minutes * 2));
  });

  it('says 3 days cost more than 24 hours (no jump at a clamped end)', () => {
    const day = calculateDowntimeCost({ ...base, minutes: 1440 }, 1440).total;
    const three = calculateDowntimeCost({ ...base, minutes: 4320 }, 4320).total;
    const text = describeCostCurve({ ...base, minutes: 4320 }, calculateCostCurve({ ...base, minutes: 4320 }), 'en-US');
    expect(three).toBeGreaterThan(day);
    expect(text).toContain('Your outage of 3 d costs');
    expect(text).not.toContain(`costs ${formatMoney(day, base.currency, 'en-US')}`);
  });
});
