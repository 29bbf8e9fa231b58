import { describe, expect, it } from 'vitest';
import { calculateAnnualView } from './annual-view';
import { calculateDowntimeCost } from './calculate-downtime-cost';
import { DEFAULT_COST_INPUTS, type CostInputs } from './cost-inputs';

const linear: CostInputs = {
  ...DEFAULT_COST_INPUTS,
  minutes: 60,
  revenue: 6000,
  revenuePeriod: 'hour', // 100 a minute, all lost
  affected: 100,
  dependent: 100,
  recovered: 0,
  employees: 0,
  responders: 0,
  slaContract: 0,
  churnCustomers: 0,
  otherCosts: 500,
  incidentsPerYear: 4,
  fasterBy: 25,
};

describe('calculateAnnualView', () => {
  it('multiplies this incident by the incidents per year', () => {
    const view = calculateAnnualView(linear);
    expect(view.perIncident).toBeCloseTo(6500, 9);
    expect(view.perYear).toBeCloseTo(26_000, 9);
  });

  it('saves only the time-linear cost when outages get shorter', () => {
    // 60 → 45 minutes saves 15 × 100 per incident; the 500 lump sum stays.
    const view = calculateAnnualView(linear);
    expect(view.fasterMinutes).toBe(45);
    expect(view.savedPerYear).toBeCloseTo(4 * 1500, 9);
  });

  it('includes an SLA tier the shorter outage no longer reaches', () => {
    const inputs = { ...DEFAULT_COST_INPUTS, minutes: 45, fasterBy: 25, incidentsPerYear: 1 };
    const view = calculateAnnualView(inputs);
    const expected = calculateDowntimeCost(inputs, 45).total - calculateDowntimeCost(inputs, 33.75).total;
    expect(view.savedPerYear).toBeCloseTo(expected, 6);
    expect(view.savedPerYear).toBeGreaterThan(DEFAULT_COST_INPUTS.slaContract * 0.1);
  });

  it('saves nothing at 0 % faster or 0 incidents', () => {
    expect(calculateAnnualView({ ...linear, fasterBy: 0 }).savedPerYear).toBe(0);
    expect(calculateAnnualView({ ...linear, incidentsPerYear: 0 })).toMatchObject({ perYear: 0, savedPerYear: 0 });
  });
});
