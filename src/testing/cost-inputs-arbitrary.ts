// Test support: fast-check generators of valid calculator inputs, built from COST_INPUT_LIMITS so they follow any change of range.
import fc from 'fast-check';
import type { Calendar } from '../features/calculator/domain/calendar';
import {
  COST_INPUT_LIMITS,
  type CostInputs,
  type NumericCostField,
  type NumericLimit,
  type RevenuePeriod,
  type SlaTier,
} from '../features/calculator/domain/cost-inputs';

/**
 * 'typed': numbers as a person types them (at most 12 significant digits, what share links keep);
 * 'any': any double in range, including tiny fractions and the bounds themselves.
 */
export type ArbitraryPrecision = 'typed' | 'any';

const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'INR', 'BHD', 'CHF', 'BRL'] as const;

function typedNumber(limit: NumericLimit): fc.Arbitrary<number> {
  if (limit.integer) return fc.integer({ min: limit.min, max: limit.max });
  // Five decimals over at most a million keeps every value within 12 significant digits.
  const decimalsMax = Math.min(limit.max, 1e6);
  return fc.oneof(
    fc.constantFrom(limit.min, limit.max),
    fc.integer({ min: Math.ceil(limit.min), max: Math.floor(limit.max) }),
    fc
      .integer({ min: Math.ceil(limit.min * 1e5), max: Math.floor(decimalsMax * 1e5) })
      .map((n) => n / 1e5)
      .filter((value) => value >= limit.min && value <= limit.max),
  );
}

function anyNumber(limit: NumericLimit): fc.Arbitrary<number> {
  if (limit.integer) return fc.integer({ min: limit.min, max: limit.max });
  return fc
    .double({ min: limit.min, max: limit.max, noNaN: true, noDefaultInfinity: true })
    .map((value) => (Object.is(value, -0) ? 0 : value));
}

/** Generates a value of one numeric field within its limits. */
export function arbitraryFieldValue(field: NumericCostField, precision: ArbitraryPrecision = 'typed'): fc.Arbitrary<number> {
  const limit = COST_INPUT_LIMITS[field];
  return precision === 'typed' ? typedNumber(limit) : anyNumber(limit);
}

/** Generates a valid credit tier list (0–10 tiers, threshold in (0, 100], credit in [0, 100]). */
export function arbitrarySlaTiers(precision: ArbitraryPrecision = 'typed'): fc.Arbitrary<SlaTier[]> {
  const { below, credit } = COST_INPUT_LIMITS.slaTiers;
  const number = precision === 'typed' ? typedNumber : anyNumber;
  const tier = fc.record({
    below: number(below).filter((value) => value > 0),
    credit: number(credit),
  });
  return fc.array(tier, { maxLength: COST_INPUT_LIMITS.slaTiers.maxItems });
}

/** Generates inputs that pass parseCostInputs. */
export function arbitraryCostInputs(precision: ArbitraryPrecision = 'typed'): fc.Arbitrary<CostInputs> {
  const number = (field: NumericCostField) => arbitraryFieldValue(field, precision);
  return fc.record<CostInputs>({
    minutes: number('minutes'),
    affected: number('affected'),
    revenue: number('revenue'),
    revenuePeriod: fc.constantFrom<RevenuePeriod>('hour', 'day', 'month', 'year'),
    dependent: number('dependent'),
    recovered: number('recovered'),
    employees: number('employees'),
    hourlyCost: number('hourlyCost'),
    productivityLoss: number('productivityLoss'),
    responders: number('responders'),
    responderRate: number('responderRate'),
    extraHours: number('extraHours'),
    slaTarget: number('slaTarget'),
    slaContract: number('slaContract'),
    slaPriorMinutes: number('slaPriorMinutes'),
    slaTiers: arbitrarySlaTiers(precision),
    churnCustomers: number('churnCustomers'),
    customerValue: number('customerValue'),
    otherCosts: number('otherCosts'),
    currency: fc.constantFrom(...CURRENCIES),
    calendar: fc.constantFrom<Calendar>('gregorian', '30day'),
    incidentsPerYear: number('incidentsPerYear'),
    fasterBy: number('fasterBy'),
  });
}
