import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CADENCE_MINUTES,
  UPDATE_CADENCE_PRESETS,
  calculateNextUpdateAt,
  calculatePhaseCountdown,
  calculateUpdateDue,
  formatCountdown,
} from './cadence';
import type { PostedUpdate } from './incident-types';

const DECLARED = 10_000_000;
const MIN = 60_000;

function update(at: number): PostedUpdate {
  return { id: `u-${at}`, at, status: 'investigating', audience: 'internal', text: '' };
}

const base = { declaredAt: DECLARED, updates: [] as PostedUpdate[], cadenceMinutes: 30, status: 'active' as const };

describe('calculateUpdateDue', () => {
  it('counts the first update from the declaration', () => {
    expect(calculateUpdateDue(base, DECLARED + 10 * MIN)).toEqual({
      dueAt: DECLARED + 30 * MIN,
      remainingMs: 20 * MIN,
      overdue: false,
      overdueMs: 0,
    });
  });

  it('is due but not overdue exactly at the due time, and overdue 1 ms later', () => {
    const dueAt = DECLARED + 30 * MIN;
    expect(calculateUpdateDue(base, dueAt)).toMatchObject({ remainingMs: 0, overdue: false, overdueMs: 0 });
    expect(calculateUpdateDue(base, dueAt + 1)).toMatchObject({ remainingMs: 0, overdue: true, overdueMs: 1 });
  });

  it('restarts the clock from the latest posted update, whatever the order', () => {
    const incident = { ...base, cadenceMinutes: 15, updates: [update(DECLARED + 20 * MIN), update(DECLARED + 5 * MIN)] };
    expect(calculateUpdateDue(incident, DECLARED + 30 * MIN)).toMatchObject({
      dueAt: DECLARED + 35 * MIN,
      remainingMs: 5 * MIN,
      overdue: false,
    });
  });

  it('never reminds once the incident is resolved', () => {
    expect(calculateUpdateDue({ ...base, status: 'resolved' }, DECLARED + 999 * MIN)).toMatchObject({ overdue: false, overdueMs: 0 });
  });

  it('falls back to the default cadence when the stored one is invalid', () => {
    expect(calculateUpdateDue({ ...base, cadenceMinutes: 0 }, DECLARED).dueAt).toBe(DECLARED + DEFAULT_CADENCE_MINUTES * MIN);
  });

  it('offers the usual presets with 30 minutes as the default', () => {
    expect(UPDATE_CADENCE_PRESETS).toEqual([15, 20, 30, 60]);
    expect(DEFAULT_CADENCE_MINUTES).toBe(30);
    expect(calculateNextUpdateAt(20, DECLARED)).toBe(DECLARED + 20 * MIN);
  });
});

describe('calculatePhaseCountdown', () => {
  it('counts a time-boxed phase down from the declaration', () => {
    expect(calculatePhaseCountdown({ declaredAt: DECLARED }, { timeboxMinutes: 5 }, DECLARED + 2 * MIN)).toEqual({
      endsAt: DECLARED + 5 * MIN,
      remainingMs: 3 * MIN,
      expired: false,
    });
  });

  it('expires when the countdown reaches zero', () => {
    expect(calculatePhaseCountdown({ declaredAt: DECLARED }, { timeboxMinutes: 5 }, DECLARED + 5 * MIN - 1)?.expired).toBe(false);
    expect(calculatePhaseCountdown({ declaredAt: DECLARED }, { timeboxMinutes: 5 }, DECLARED + 5 * MIN)).toMatchObject({
      remainingMs: 0,
      expired: true,
    });
  });

  it('is null for a phase without a time box', () => {
    expect(calculatePhaseCountdown({ declaredAt: DECLARED }, {}, DECLARED)).toBeNull();
    expect(calculatePhaseCountdown({ declaredAt: DECLARED }, { timeboxMinutes: 0 }, DECLARED)).toBeNull();
  });
});

describe('formatCountdown', () => {
  it('shows mm:ss under an hour and h:mm:ss from an hour', () => {
    expect(formatCountdown(5 * MIN)).toBe('05:00');
    expect(formatCountdown(61 * MIN + 5000)).toBe('1:01:05');
  });

  it('rounds up so it reads 00:00 only when time is up', () => {
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-3000)).toBe('00:00');
  });
});
