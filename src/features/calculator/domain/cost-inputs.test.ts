import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COST_INPUT_FIELDS,
  COST_INPUT_LIMITS,
  DEFAULT_COST_INPUTS,
  cloneCostInputs,
  isSupportedCurrency,
  parseCostInputs,
  restoreCostInputs,
  type CostInputs,
} from './cost-inputs';
import { arbitraryCostInputs } from '../../../testing/cost-inputs-arbitrary';

const withField = (patch: Record<string, unknown>) => ({ ...DEFAULT_COST_INPUTS, ...patch });

function messageFor(patch: Record<string, unknown>, path: string): string | undefined {
  const result = parseCostInputs(withField(patch));
  if (result.ok) return undefined;
  return result.issues.find((issue) => issue.path === path)?.message;
}

describe('DEFAULT_COST_INPUTS', () => {
  it('passes its own schema and lists every input', () => {
    expect(parseCostInputs(DEFAULT_COST_INPUTS)).toEqual({ ok: true, value: DEFAULT_COST_INPUTS });
    expect([...COST_INPUT_FIELDS].sort()).toEqual(Object.keys(DEFAULT_COST_INPUTS).sort());
  });

  it('has the default credit tiers 99.9 → 10, 99 → 25, 95 → 100', () => {
    expect(DEFAULT_COST_INPUTS.slaTiers).toEqual([
      { below: 99.9, credit: 10 },
      { below: 99, credit: 25 },
      { below: 95, credit: 100 },
    ]);
  });

  it('cannot be changed by accident', () => {
    expect(() => {
      (DEFAULT_COST_INPUTS as { minutes: number }).minutes = 1;
    }).toThrow(TypeError);
    const copy = cloneCostInputs(DEFAULT_COST_INPUTS);
    copy.slaTiers.push({ below: 90, credit: 50 });
    expect(DEFAULT_COST_INPUTS.slaTiers).toHaveLength(3);
  });
});

describe('parseCostInputs', () => {
  it('tells the user what to enter for each kind of mistake', () => {
    expect(messageFor({ minutes: 0 }, 'minutes')).toBe('Enter a duration of at least 1 minute');
    expect(messageFor({ minutes: 600_000 }, 'minutes')).toBe(
      'Enter a duration of no more than 525,949 minutes (one year)',
    );
    expect(messageFor({ minutes: undefined }, 'minutes')).toBe('Enter the outage duration in minutes');
    expect(messageFor({ affected: 120 }, 'affected')).toBe(
      'Enter the share of users affected as a percentage between 0 and 100',
    );
    expect(messageFor({ employees: 2.5 }, 'employees')).toBe('Enter the number of employees affected as a whole number');
    expect(messageFor({ employees: -1 }, 'employees')).toBe(
      'Enter the number of employees affected between 0 and 10,000,000',
    );
    expect(messageFor({ revenue: -5 }, 'revenue')).toBe('Enter revenue of 0 or more');
    expect(messageFor({ revenue: 'lots' }, 'revenue')).toBe('Enter revenue as an amount, such as 250000');
    expect(messageFor({ slaTarget: 100 }, 'slaTarget')).toBe('Enter an SLA target between 50% and 99.99999%');
    expect(messageFor({ revenuePeriod: 'week' }, 'revenuePeriod')).toBe(
      'Select whether revenue is per hour, day, month or year',
    );
    expect(messageFor({ currency: 'dollars' }, 'currency')).toBe('Enter a currency code of 3 letters, such as USD or EUR');
    expect(messageFor({ currency: 'QQQ' }, 'currency')).toBe('Enter a currency code from ISO 4217, such as USD or EUR');
    expect(messageFor({ slaTiers: [{ below: 0, credit: 10 }] }, 'slaTiers.0.below')).toBe(
      'Enter the uptime of each credit tier as a percentage above 0 and up to 100',
    );
    expect(messageFor({ slaTiers: [{ below: 99, credit: 101 }] }, 'slaTiers.0.credit')).toBe(
      'Enter the credit of each credit tier as a percentage between 0 and 100',
    );
  });

  it('rejects NaN and Infinity', () => {
    expect(messageFor({ revenue: Number.NaN }, 'revenue')).toBeDefined();
    expect(messageFor({ hourlyCost: Number.POSITIVE_INFINITY }, 'hourlyCost')).toBeDefined();
  });

  it('accepts every limit exactly and rejects just beyond it', () => {
    for (const field of COST_INPUT_FIELDS) {
      const limit = (COST_INPUT_LIMITS as unknown as Record<string, { min: number; max: number } | undefined>)[field];
      if (!limit || !('min' in limit)) continue;
      expect(parseCostInputs(withField({ [field]: limit.min })).ok, `${field} = min`).toBe(true);
      expect(parseCostInputs(withField({ [field]: limit.max })).ok, `${field} = max`).toBe(true);
      expect(parseCostInputs(withField({ [field]: limit.min - 1 })).ok, `${field} < min`).toBe(false);
      expect(parseCostInputs(withField({ [field]: limit.max + 1 })).ok, `${field} > max`).toBe(false);
    }
  });

  it('allows no credit tiers and at most ten', () => {
    expect(parseCostInputs(withField({ slaTiers: [] })).ok).toBe(true);
    const tiers = Array.from({ length: 11 }, (_, i) => ({ below: 99 - i, credit: i }));
    expect(messageFor({ slaTiers: tiers }, 'slaTiers')).toBe('Enter no more than 10 credit tiers');
  });

  it('reports every problem, not just the first', () => {
    const result = parseCostInputs(withField({ minutes: 0, affected: -1, currency: '' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path).sort()).toEqual(['affected', 'currency', 'minutes']);
  });

  it('accepts any input the generators build from the limits', () => {
    fc.assert(
      fc.property(arbitraryCostInputs('any'), (inputs) => {
        expect(parseCostInputs(inputs).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('isSupportedCurrency', () => {
  it('accepts real ISO 4217 codes and rejects the rest', () => {
    for (const code of ['USD', 'EUR', 'JPY', 'GBP', 'INR', 'CHF']) expect(isSupportedCurrency(code)).toBe(true);
    for (const code of ['usd', 'US', 'USDX', 'XYZ', '', '<b>']) expect(isSupportedCurrency(code)).toBe(false);
  });
});

describe('restoreCostInputs', () => {
  it('keeps valid fields and replaces only the invalid ones with defaults', () => {
    const restored = restoreCostInputs({ minutes: 90, affected: 'oops', currency: 'EUR', slaTiers: [{ below: 'x' }], extra: 1 });
    expect(restored.minutes).toBe(90);
    expect(restored.currency).toBe('EUR');
    expect(restored.affected).toBe(DEFAULT_COST_INPUTS.affected);
    expect(restored.slaTiers).toEqual(DEFAULT_COST_INPUTS.slaTiers);
    expect(restored).not.toHaveProperty('extra');
    expect(parseCostInputs(restored).ok).toBe(true);
  });

  it('returns a fresh copy of the defaults for anything that is not an object', () => {
    for (const value of [null, undefined, 42, 'text', [1, 2]]) {
      const restored = restoreCostInputs(value);
      expect(restored).toEqual(DEFAULT_COST_INPUTS);
      restored.slaTiers.push({ below: 1, credit: 1 });
    }
    expect(DEFAULT_COST_INPUTS.slaTiers).toHaveLength(3);
  });

  it('never throws and always returns valid inputs', () => {
    const hostile = Object.defineProperty({}, 'minutes', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(restoreCostInputs(hostile).minutes).toBe(DEFAULT_COST_INPUTS.minutes);
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...COST_INPUT_FIELDS), fc.anything())), (value) => {
        expect(parseCostInputs(restoreCostInputs(value)).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips valid inputs unchanged', () => {
    fc.assert(
      fc.property(arbitraryCostInputs('any'), (inputs: CostInputs) => {
        expect(restoreCostInputs(JSON.parse(JSON.stringify(inputs)))).toEqual(inputs);
      }),
      { numRuns: 200 },
    );
  });
});
