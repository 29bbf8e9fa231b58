import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COST_COMPONENT_LABELS,
  COST_COMPONENTS,
  calculateDowntimeCost,
  findSlaTier,
} from './calculate-downtime-cost';
import { COST_INPUT_LIMITS, DEFAULT_COST_INPUTS, cloneCostInputs, type CostInputs } from './cost-inputs';
import { arbitraryCostInputs } from '../../../testing/cost-inputs-arbitrary';

/** Inputs where every cost is zero, so each test switches on only the component it checks. */
const ZERO: CostInputs = {
  ...cloneCostInputs(DEFAULT_COST_INPUTS),
  minutes: 30,
  affected: 100,
  revenue: 0,
  revenuePeriod: 'month',
  dependent: 100,
  recovered: 0,
  employees: 0,
  hourlyCost: 0,
  productivityLoss: 0,
  responders: 0,
  responderRate: 0,
  extraHours: 0,
  slaContract: 0,
  slaPriorMinutes: 0,
  churnCustomers: 0,
  customerValue: 0,
  otherCosts: 0,
};

const inputs = (patch: Partial<CostInputs>): CostInputs => ({ ...ZERO, ...patch });
const GREGORIAN_MONTH = 43_829.1;

describe('calculateDowntimeCost', () => {
  it('has six labelled components', () => {
    expect(COST_COMPONENTS).toEqual(['revenue', 'productivity', 'response', 'sla', 'churn', 'other']);
    expect(COST_COMPONENT_LABELS.sla).toBe('SLA credits');
  });

  describe('lost revenue', () => {
    it('is revenue per minute × minutes × affected × dependent × (1 − recovered)', () => {
      // 43,829.1 a Gregorian month is 1 a minute: 1 × 30 × 50 % × 80 % × 75 % = 9.
      const cost = calculateDowntimeCost(
        inputs({ revenue: GREGORIAN_MONTH, affected: 50, dependent: 80, recovered: 25 }),
      );
      expect(cost.breakdown.revenue).toBeCloseTo(9, 9);
      expect(cost.total).toBeCloseTo(9, 9);
    });

    it('converts each revenue period with the calendar', () => {
      expect(calculateDowntimeCost(inputs({ revenue: 600, revenuePeriod: 'hour' })).breakdown.revenue).toBeCloseTo(300, 9);
      expect(calculateDowntimeCost(inputs({ revenue: 1440, revenuePeriod: 'day' })).breakdown.revenue).toBeCloseTo(30, 9);
      expect(calculateDowntimeCost(inputs({ revenue: 43_200, calendar: '30day' })).breakdown.revenue).toBeCloseTo(30, 9);
      expect(
        calculateDowntimeCost(inputs({ revenue: 525_949.2, revenuePeriod: 'year' })).breakdown.revenue,
      ).toBeCloseTo(30, 9);
      expect(
        calculateDowntimeCost(inputs({ revenue: 525_600, revenuePeriod: 'year', calendar: '30day' })).breakdown.revenue,
      ).toBeCloseTo(30, 9);
    });

    it('is zero when every lost sale is made up later', () => {
      expect(calculateDowntimeCost(inputs({ revenue: 1e6, recovered: 100 })).breakdown.revenue).toBe(0);
    });
  });

  it('prices lost productivity as employees × hourly cost × hours × productivity lost', () => {
    // 20 × 50 × 1.5 h × 40 % = 600
    const cost = calculateDowntimeCost(inputs({ minutes: 90, employees: 20, hourlyCost: 50, productivityLoss: 40 }));
    expect(cost.breakdown.productivity).toBeCloseTo(600, 9);
  });

  it('prices the response as responders × hourly cost × (hours + extra hours)', () => {
    // 4 × 120 × (0.5 h + 2 h) = 1,200
    const cost = calculateDowntimeCost(inputs({ minutes: 30, responders: 4, responderRate: 120, extraHours: 2 }));
    expect(cost.breakdown.response).toBeCloseTo(1200, 9);
  });

  it('adds churn (customers × value) and other costs as lump sums', () => {
    const cost = calculateDowntimeCost(inputs({ churnCustomers: 3, customerValue: 2000, otherCosts: 750 }));
    expect(cost.breakdown.churn).toBe(6000);
    expect(cost.breakdown.other).toBe(750);
    expect(cost.total).toBe(6750);
  });

  it('credits the contract value at the tier the monthly uptime reaches', () => {
    const sla = (minutes: number) => calculateDowntimeCost(inputs({ minutes, slaContract: 10_000 }));
    expect(sla(30).breakdown.sla).toBe(0);
    expect(sla(60).breakdown.sla).toBe(1000);
    expect(sla(60).monthlyUptime).toBeCloseTo(100 * (1 - 60 / GREGORIAN_MONTH), 9);
    expect(sla(500).breakdown.sla).toBe(2500);
    expect(sla(2200)).toMatchObject({ slaCreditPercent: 100, slaTier: { below: 95, credit: 100 } });
    expect(sla(2200).breakdown.sla).toBe(10_000);
  });

  it('counts the downtime already spent this month towards the SLA', () => {
    const cost = calculateDowntimeCost(inputs({ minutes: 10, slaPriorMinutes: 40, slaContract: 10_000 }));
    expect(cost.monthlyUptime).toBeCloseTo(100 * (1 - 50 / GREGORIAN_MONTH), 9);
    expect(cost.breakdown.sla).toBe(1000);
  });

  it('reports total, per minute, per hour and what each minute of faster recovery saves', () => {
    const all = inputs({
      minutes: 60,
      revenue: GREGORIAN_MONTH, // 1 a minute → 60
      employees: 10, hourlyCost: 60, productivityLoss: 50, // 300
      responders: 2, responderRate: 90, extraHours: 1, // 360
      slaContract: 10_000, // 10 % tier → 1,000
      churnCustomers: 1, customerValue: 500, otherCosts: 100, // 600
    });
    const cost = calculateDowntimeCost(all);
    expect(cost.breakdown.revenue).toBeCloseTo(60, 9);
    expect(cost.breakdown.productivity).toBeCloseTo(300, 9);
    expect(cost.breakdown.response).toBeCloseTo(360, 9);
    expect(cost.total).toBeCloseTo(2320, 9);
    expect(cost.perMinute).toBeCloseTo(2320 / 60, 9);
    expect(cost.perHour).toBeCloseTo(2320, 9);
    // 1 revenue + 10 × 60 × 50 % / 60 productivity + 2 × 90 / 60 response = 1 + 5 + 3
    expect(cost.savedPerMinute).toBeCloseTo(9, 9);
  });

  it('uses the given duration instead of the inputs’ one', () => {
    const cost = calculateDowntimeCost(inputs({ minutes: 30, revenue: 600, revenuePeriod: 'hour' }), 90);
    expect(cost.breakdown.revenue).toBeCloseTo(900, 9);
  });

  it('gives a zero-length outage no cost per minute instead of dividing by zero', () => {
    const cost = calculateDowntimeCost(inputs({ otherCosts: 100 }), 0);
    expect(cost).toMatchObject({ total: 100, perMinute: 0, perHour: 0, monthlyUptime: 100 });
  });

  it('never reports a negative uptime', () => {
    const cost = calculateDowntimeCost(inputs({ minutes: 100_000, slaPriorMinutes: 44_640 }));
    expect(cost.monthlyUptime).toBe(0);
  });

  describe('SLA tiers at their boundaries', () => {
    const atMinutes = (minutes: number, patch: Partial<CostInputs> = {}) =>
      calculateDowntimeCost(inputs({ calendar: '30day', slaContract: 1000, ...patch }), minutes);

    it('gives no credit when uptime equals the threshold, and credit just below it', () => {
      // A 30-day month has 43,200 minutes: 99.9 % allows 43.2, 99 % 432 and 95 % 2,160.
      expect(atMinutes(43.2).slaCreditPercent).toBe(0);
      expect(atMinutes(43.21).slaCreditPercent).toBe(10);
      expect(atMinutes(432).slaCreditPercent).toBe(10);
      expect(atMinutes(432.01).slaCreditPercent).toBe(25);
      expect(atMinutes(2160).slaCreditPercent).toBe(25);
      expect(atMinutes(2160.01).slaCreditPercent).toBe(100);
    });

    it('treats the Gregorian month the same way', () => {
      const gregorian = (minutes: number) => atMinutes(minutes, { calendar: 'gregorian' }).slaCreditPercent;
      expect(gregorian(43.8291)).toBe(0);
      expect(gregorian(43.83)).toBe(10);
    });

    it('applies the boundary to this outage plus earlier downtime', () => {
      expect(atMinutes(3.2, { slaPriorMinutes: 40 }).slaCreditPercent).toBe(0);
      expect(atMinutes(3.21, { slaPriorMinutes: 40 }).slaCreditPercent).toBe(10);
    });

    it('lets the most severe tier win, whatever the order of the list', () => {
      const tiers = [
        { below: 95, credit: 100 },
        { below: 99.9, credit: 10 },
        { below: 99, credit: 25 },
      ];
      expect(atMinutes(4320, { slaTiers: tiers })).toMatchObject({ slaCreditPercent: 100, slaTier: { below: 95 } });
      expect(atMinutes(500, { slaTiers: tiers })).toMatchObject({ slaCreditPercent: 25, slaTier: { below: 99 } });
      // An unusual list where the stricter threshold pays more: the highest credit reached still wins.
      expect(findSlaTier(98, [{ below: 99.9, credit: 50 }, { below: 99, credit: 25 }])).toEqual({ below: 99.9, credit: 50 });
    });

    it('gives no credit without tiers', () => {
      expect(atMinutes(40_000, { slaTiers: [] })).toMatchObject({ slaCreditPercent: 0, slaTier: null });
      expect(atMinutes(40_000, { slaTiers: [] }).breakdown.sla).toBe(0);
    });
  });

  it('treats non-finite, negative or malformed values as zero instead of returning NaN', () => {
    const broken = {
      ...ZERO,
      minutes: Number.NaN,
      revenue: Number.POSITIVE_INFINITY,
      affected: -50,
      employees: Number.NaN,
      hourlyCost: 1e308,
      productivityLoss: 1e308,
      responders: '3',
      churnCustomers: 1e308,
      customerValue: 1e308,
      slaTiers: [null, { below: Number.NaN, credit: 10 }, { below: 99, credit: Number.POSITIVE_INFINITY }],
      revenuePeriod: 'fortnight',
      calendar: 'lunar',
    } as unknown as CostInputs;
    const cost = calculateDowntimeCost(broken);
    for (const value of [cost.total, cost.perMinute, cost.perHour, cost.monthlyUptime, cost.savedPerMinute]) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
    }
    expect(calculateDowntimeCost(ZERO, Number.POSITIVE_INFINITY).total).toBe(0);
  });

  describe('properties', () => {
    it('gives a finite, non-negative total that is the sum of the breakdown, for any valid input', () => {
      fc.assert(
        fc.property(arbitraryCostInputs('any'), (valid) => {
          const cost = calculateDowntimeCost(valid);
          for (const value of [cost.total, cost.perMinute, cost.perHour, cost.savedPerMinute, cost.monthlyUptime]) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
          }
          const sum = COST_COMPONENTS.reduce((total, component) => total + cost.breakdown[component], 0);
          // Relative tolerance, plus a hair for subnormal amounts where relative error means nothing.
          expect(Math.abs(sum - cost.total)).toBeLessThanOrEqual(cost.total * 1e-12 + 1e-12);
          expect(Math.abs(cost.perMinute * valid.minutes - cost.total)).toBeLessThanOrEqual(cost.total * 1e-9 + 1e-12);
        }),
        { numRuns: 300 },
      );
    });

    it('never costs less for a longer outage', () => {
      const duration = fc.double({ min: 0, max: COST_INPUT_LIMITS.minutes.max, noNaN: true });
      fc.assert(
        fc.property(arbitraryCostInputs('any'), duration, duration, (valid, a, b) => {
          const [shorter, longer] = a <= b ? [a, b] : [b, a];
          expect(calculateDowntimeCost(valid, shorter).total).toBeLessThanOrEqual(calculateDowntimeCost(valid, longer).total);
        }),
        { numRuns: 300 },
      );
    });

    it('never costs less for a longer outage around the tier thresholds', () => {
      // Random doubles rarely land near a threshold; these durations cluster around 99.9 %, 99 % and 95 %.
      const nearThreshold = fc.constantFrom(43.2, 43.8291, 432, 438.291, 2160, 2191.455).chain((minutes) =>
        fc.double({ min: minutes - 1e-6, max: minutes + 1e-6, noNaN: true }),
      );
      fc.assert(
        fc.property(arbitraryCostInputs('typed'), nearThreshold, nearThreshold, (valid, a, b) => {
          const [shorter, longer] = a <= b ? [a, b] : [b, a];
          const withDefaults = { ...valid, slaTiers: cloneCostInputs(DEFAULT_COST_INPUTS).slaTiers, slaPriorMinutes: 0 };
          expect(calculateDowntimeCost(withDefaults, shorter).total).toBeLessThanOrEqual(
            calculateDowntimeCost(withDefaults, longer).total,
          );
        }),
        { numRuns: 200 },
      );
    });
  });
});
