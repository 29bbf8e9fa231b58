import { describe, expect, it } from 'vitest';
import {
  METRIC_DEFINITIONS,
  calculateElapsedMs,
  calculateIncidentMetrics,
  type IncidentMetric,
  type MetricKey,
} from './metrics';

const START = 1_000_000;
const MIN = 60_000;

function byKey(metrics: IncidentMetric[]): Record<MetricKey, IncidentMetric> {
  return Object.fromEntries(metrics.map((m) => [m.key, m])) as Record<MetricKey, IncidentMetric>;
}

describe('calculateIncidentMetrics', () => {
  it('measures each interval from its milestones once all are reached', () => {
    const metrics = byKey(
      calculateIncidentMetrics(
        {
          startedAt: START,
          milestones: { detected: START + 4 * MIN, acknowledged: START + 6 * MIN, mitigated: START + 20 * MIN, resolved: START + 50 * MIN },
        },
        START + 90 * MIN,
      ),
    );
    expect(metrics.timeToDetect).toMatchObject({ ms: 4 * MIN, running: false });
    expect(metrics.timeToAcknowledge).toMatchObject({ ms: 2 * MIN, running: false });
    expect(metrics.timeToMitigate).toMatchObject({ ms: 20 * MIN, running: false });
    expect(metrics.timeToResolve).toMatchObject({ ms: 50 * MIN, running: false });
  });

  it('counts unreached milestones up to now while the incident runs', () => {
    const metrics = byKey(calculateIncidentMetrics({ startedAt: START, milestones: { detected: START + 5 * MIN } }, START + 12 * MIN));
    expect(metrics.timeToDetect).toMatchObject({ ms: 5 * MIN, running: false });
    expect(metrics.timeToAcknowledge).toMatchObject({ ms: 7 * MIN, running: true });
    expect(metrics.timeToMitigate).toMatchObject({ ms: 12 * MIN, running: true });
    expect(metrics.timeToResolve).toMatchObject({ ms: 12 * MIN, running: true });
  });

  it('starts time to acknowledge at impact start when detection is missing', () => {
    const metrics = byKey(calculateIncidentMetrics({ startedAt: START, milestones: { acknowledged: START + 3 * MIN } }, START + 10 * MIN));
    expect(metrics.timeToAcknowledge).toMatchObject({ ms: 3 * MIN, running: false });
    expect(metrics.timeToDetect).toMatchObject({ ms: 10 * MIN, running: true });
  });

  it('reports a milestone never reached in a resolved incident as unknown, not running', () => {
    const metrics = byKey(
      calculateIncidentMetrics({ startedAt: START, milestones: { detected: START + MIN, resolved: START + 30 * MIN } }, START + 60 * MIN),
    );
    expect(metrics.timeToAcknowledge).toMatchObject({ ms: null, running: false });
    expect(metrics.timeToResolve).toMatchObject({ ms: 30 * MIN, running: false });
  });

  it('clamps a milestone set before impact start to zero', () => {
    const metrics = byKey(calculateIncidentMetrics({ startedAt: START, milestones: { detected: START - MIN } }, START + MIN));
    expect(metrics.timeToDetect.ms).toBe(0);
  });

  it('returns the four metrics in order with definitions that say MTTR means time to resolve', () => {
    const metrics = calculateIncidentMetrics({ startedAt: START, milestones: {} }, START);
    expect(metrics.map((m) => m.key)).toEqual(['timeToDetect', 'timeToAcknowledge', 'timeToMitigate', 'timeToResolve']);
    const resolve = METRIC_DEFINITIONS.find((d) => d.key === 'timeToResolve');
    expect(resolve?.definition).toMatch(/MTTR/);
    expect(resolve?.definition).toMatch(/mean time to resolve/);
    expect(resolve?.definition).toMatch(/impact started/);
  });
});

describe('calculateElapsedMs', () => {
  it('runs until resolved and then stops', () => {
    expect(calculateElapsedMs({ startedAt: START, milestones: {} }, START + 5000)).toBe(5000);
    expect(calculateElapsedMs({ startedAt: START, milestones: { resolved: START + 3000 } }, START + 99_000)).toBe(3000);
  });

  it('is never negative', () => {
    expect(calculateElapsedMs({ startedAt: START, milestones: {} }, START - 5000)).toBe(0);
  });
});
