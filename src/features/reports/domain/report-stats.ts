// The summary statistics every report figure uses, written once so the page, the tables and the CSV agree.

/** Median, 75th and 90th percentile and mean of a set of values; null figures when there are none. */
export interface SummaryStats {
  count: number;
  median: number | null;
  p75: number | null;
  p90: number | null;
  mean: number | null;
}

function sortNumbers(values: readonly number[]): number[] {
  return values.filter(Number.isFinite).sort((a, b) => a - b);
}

/**
 * The median: the middle value, or the mean of the two middle values for an even count (the usual definition,
 * the one a spreadsheet's MEDIAN gives). Null for no values.
 */
export function calculateMedian(values: readonly number[]): number | null {
  const sorted = sortNumbers(values);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The nearest-rank percentile: the smallest value with at least p% of the values at or below it (rank ⌈p/100 × n⌉).
 * Always one of the recorded values, never an interpolation between two incidents. Null for no values.
 */
export function calculatePercentile(values: readonly number[], p: number): number | null {
  const sorted = sortNumbers(values);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** The arithmetic mean; null for no values. */
export function calculateMean(values: readonly number[]): number | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  return finite.reduce((sum, value) => sum + value, 0) / finite.length;
}

/** Median, p75, p90 (nearest rank) and mean of the values. */
export function summarizeValues(values: readonly number[]): SummaryStats {
  return {
    count: values.filter(Number.isFinite).length,
    median: calculateMedian(values),
    p75: calculatePercentile(values, 75),
    p90: calculatePercentile(values, 90),
    mean: calculateMean(values),
  };
}
