import { describe, expect, it } from 'vitest';
import { formatClock, formatDurationWords } from './format-duration';

const MIN = 60_000;

describe('formatClock', () => {
  it('formats hh:mm:ss, past 24 hours and rounding down', () => {
    expect(formatClock(0)).toBe('00:00:00');
    expect(formatClock(59_999)).toBe('00:00:59');
    expect(formatClock(((27 * 60 + 3) * 60 + 9) * 1000)).toBe('27:03:09');
  });

  it('shows zero for negative or invalid input', () => {
    expect(formatClock(-5000)).toBe('00:00:00');
    expect(formatClock(Number.NaN)).toBe('00:00:00');
  });
});

describe('formatDurationWords', () => {
  it('uses the largest sensible units', () => {
    expect(formatDurationWords(45_000)).toBe('45 s');
    expect(formatDurationWords(25 * MIN)).toBe('25 min');
    expect(formatDurationWords(65 * MIN)).toBe('1 h 5 min');
    expect(formatDurationWords(120 * MIN)).toBe('2 h');
    expect(formatDurationWords((2 * 1440 + 180) * MIN)).toBe('2 d 3 h');
  });
});
