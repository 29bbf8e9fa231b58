import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateMean, calculateMedian, calculatePercentile, summarizeValues } from './report-stats';

describe('calculateMedian', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(calculateMedian([5, 1, 3])).toBe(3);
    expect(calculateMedian([4, 1, 3, 2])).toBe(2.5);
    expect(calculateMedian([])).toBeNull();
  });
});

describe('calculatePercentile', () => {
  it('is nearest-rank: always a recorded value', () => {
    const values = [15, 20, 35, 40, 50];
    expect(calculatePercentile(values, 30)).toBe(20);
    expect(calculatePercentile(values, 40)).toBe(20);
    expect(calculatePercentile(values, 75)).toBe(40);
    expect(calculatePercentile(values, 90)).toBe(50);
    expect(calculatePercentile(values, 100)).toBe(50);
    expect(calculatePercentile([7], 90)).toBe(7);
    expect(calculatePercentile([], 90)).toBeNull();
  });

  it('never decreases with p, stays within the values and is one of them', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 60 }), (values) => {
        const p50 = calculatePercentile(values, 50) as number;
        const p75 = calculatePercentile(values, 75) as number;
        const p90 = calculatePercentile(values, 90) as number;
        expect(p50 <= p75 && p75 <= p90).toBe(true);
        expect(values).toContain(p90);
        expect(p90).toBeLessThanOrEqual(Math.max(...values));
        const median = calculateMedian(values) as number;
        expect(median).toBeGreaterThanOrEqual(Math.min(...values));
        expect(median).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });
});

describe('summarizeValues', () => {
  it('gives the count, median, p75, p90 and mean', () => {
    expect(summarizeValues([10, 20, 30, 40])).toEqual({ count: 4, median: 25, p75: 30, p90: 40, mean: 25 });
    expect(summarizeValues([])).toEqual({ count: 0, median: null, p75: null, p90: null, mean: null });
    expect(calculateMean([1, 2])).toBe(1.5);
  });
});
