import { describe, expect, it } from 'vitest';
import { calculateDowntimeCost } from './calculate-downtime-cost';
import { DEFAULT_COST_INPUTS } from './cost-inputs';
import { STANDARD_TARGETS, calculateAllowedDowntime, calculateErrorBudget, calculateNinesTable } from './nines';

/** "1 h 2 m 3.4 s" → seconds, so published figures read as they are printed. */
const dhms = (d: number, h: number, m: number, s: number) => ((d * 24 + h) * 60 + m) * 60 + s;

describe('calculateAllowedDowntime', () => {
  it('matches published values for 99.9 % within a second', () => {
    const gregorian = calculateAllowedDowntime(99.9, 'gregorian');
    expect(Math.abs(gregorian.month - dhms(0, 0, 43, 49.7))).toBeLessThan(1);
    expect(Math.abs(gregorian.year - dhms(0, 8, 45, 57))).toBeLessThan(1);
    expect(Math.abs(gregorian.year - dhms(0, 8, 45, 56.9))).toBeLessThan(1);
    expect(Math.abs(gregorian.day - dhms(0, 0, 1, 26.4))).toBeLessThan(1);
    expect(Math.abs(gregorian.week - dhms(0, 0, 10, 4.8))).toBeLessThan(1);
    expect(Math.abs(gregorian.quarter - dhms(0, 2, 11, 29.2))).toBeLessThan(1);
    const thirtyDay = calculateAllowedDowntime(99.9, '30day');
    expect(Math.abs(thirtyDay.month - dhms(0, 0, 43, 12))).toBeLessThan(1);
    expect(Math.abs(thirtyDay.year - dhms(0, 8, 45, 36))).toBeLessThan(1);
  });

  it('matches published values for 99.99 % and 99 %', () => {
    expect(Math.abs(calculateAllowedDowntime(99.99, 'gregorian').month - dhms(0, 0, 4, 23))).toBeLessThan(1);
    expect(Math.abs(calculateAllowedDowntime(99, 'gregorian').year - dhms(3, 15, 39, 29.5))).toBeLessThan(1);
  });

  it('allows nothing at 100 % and everything at 0 %', () => {
    expect(calculateAllowedDowntime(100, 'gregorian').year).toBe(0);
    expect(calculateAllowedDowntime(0, '30day').day).toBe(86_400);
  });
});

describe('calculateNinesTable', () => {
  it('lists the standard targets plus the user’s, sorted, with the user’s flagged', () => {
    const table = calculateNinesTable(99.8, 'gregorian');
    expect(table.map((row) => row.target)).toEqual([90, 95, 99, 99.5, 99.8, 99.9, 99.95, 99.99, 99.999]);
    expect(table.filter((row) => row.isUserTarget).map((row) => row.target)).toEqual([99.8]);
  });

  it('flags a standard row instead of repeating it', () => {
    const table = calculateNinesTable(99.9, 'gregorian');
    expect(table).toHaveLength(STANDARD_TARGETS.length);
    expect(table.find((row) => row.isUserTarget)?.target).toBe(99.9);
  });

  it('shows allowed downtime shrinking as the target rises', () => {
    const table = calculateNinesTable(99.97, '30day');
    for (let i = 1; i < table.length; i += 1) {
      expect(table[i]!.month).toBeLessThan(table[i - 1]!.month);
    }
  });
});

describe('calculateErrorBudget', () => {
  it('converts the outage into a share of the monthly error budget', () => {
    const inputs = { ...DEFAULT_COST_INPUTS, calendar: '30day' as const, slaTarget: 99.9, minutes: 21.6, slaPriorMinutes: 43.2 };
    const budget = calculateErrorBudget(inputs);
    expect(budget.monthlyBudgetMinutes).toBeCloseTo(43.2, 9);
    expect(budget.consumedPercent).toBeCloseTo(50, 9);
    expect(budget.alreadySpentPercent).toBeCloseTo(100, 9);
  });

  it('goes above 100 % when the outage alone breaks the target', () => {
    const budget = calculateErrorBudget({ ...DEFAULT_COST_INPUTS, slaTarget: 99.99, minutes: 45 });
    expect(budget.monthlyBudgetMinutes).toBeCloseTo(4.38291, 9);
    expect(budget.consumedPercent).toBeGreaterThan(1000);
  });

  it('prices the whole budget as one outage in an otherwise clean month', () => {
    const inputs = { ...DEFAULT_COST_INPUTS, slaPriorMinutes: 30 };
    const budget = calculateErrorBudget(inputs);
    const expected = calculateDowntimeCost({ ...inputs, slaPriorMinutes: 0 }, budget.monthlyBudgetMinutes);
    expect(budget.budgetCost).toBe(expected.total);
    // Spending exactly the budget meets a 99.9 % target, so the 99.9 % credit tier is not reached.
    expect(expected.breakdown.sla).toBe(0);
  });

  it('stays finite for an out-of-range target', () => {
    const budget = calculateErrorBudget({ ...DEFAULT_COST_INPUTS, slaTarget: 100 });
    expect(Number.isFinite(budget.consumedPercent)).toBe(true);
    expect(budget.monthlyBudgetMinutes).toBeGreaterThan(0);
  });
});
