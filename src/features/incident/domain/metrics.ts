// Response metrics computed from stored milestone timestamps, so they are right after a reload or a sleeping laptop.
import type { Incident, MilestoneKey } from './incident-types';

/** Milestone names for display and the timeline. */
export const MILESTONE_LABELS: Readonly<Record<MilestoneKey, string>> = {
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  mitigated: 'Mitigated (service restored)',
  resolved: 'Resolved',
};

export type MetricKey = 'timeToDetect' | 'timeToAcknowledge' | 'timeToMitigate' | 'timeToResolve';

export interface MetricDefinition {
  key: MetricKey;
  label: string;
  /** A plain one- or two-sentence definition to show beside the number. */
  definition: string;
  /** The milestone that ends the interval. */
  endsAt: MilestoneKey;
}

export interface IncidentMetric {
  key: MetricKey;
  label: string;
  definition: string;
  /** The interval in milliseconds; null when it cannot be known (its end was never recorded). */
  ms: number | null;
  /** True while the interval is still counting: `ms` then runs up to `now`. */
  running: boolean;
}

/** The four response metrics, in the order they happen. */
export const METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  {
    key: 'timeToDetect',
    label: 'Time to detect',
    definition: 'From when impact started to when the incident was detected (declared here, unless you set an earlier detection time).',
    endsAt: 'detected',
  },
  {
    key: 'timeToAcknowledge',
    label: 'Time to acknowledge',
    definition:
      'From detection to when someone acknowledged it by posting the first update (the "Communicate early" step). If detection was not recorded, counted from impact start.',
    endsAt: 'acknowledged',
  },
  {
    key: 'timeToMitigate',
    label: 'Time to mitigate',
    definition: 'From when impact started to when service was restored for users, even by a workaround.',
    endsAt: 'mitigated',
  },
  {
    key: 'timeToResolve',
    label: 'Time to resolve',
    definition:
      'From when impact started to when the incident was resolved: fixed and confirmed for users. Averaged over incidents, this is MTTR as Outage Kit uses it: mean time to resolve, not to repair, recover or respond.',
    endsAt: 'resolved',
  },
];

/**
 * Computes time to detect, acknowledge, mitigate and resolve from the milestones. A metric whose end is
 * not reached yet is `running` and counts to `now`, unless the incident is already resolved: then it is
 * `null` (not recorded). Negative intervals (a milestone set before impact start) count as 0.
 */
export function calculateIncidentMetrics(
  incident: Pick<Incident, 'startedAt' | 'milestones'>,
  now: number,
): IncidentMetric[] {
  const { startedAt, milestones } = incident;
  const resolved = milestones.resolved;
  const starts: Record<MetricKey, number> = {
    timeToDetect: startedAt,
    timeToAcknowledge: milestones.detected ?? startedAt,
    timeToMitigate: startedAt,
    timeToResolve: startedAt,
  };
  return METRIC_DEFINITIONS.map(({ key, label, definition, endsAt }) => {
    const start = starts[key];
    const end = milestones[endsAt];
    if (end !== undefined) return { key, label, definition, ms: Math.max(0, end - start), running: false };
    if (resolved !== undefined || now < start) return { key, label, definition, ms: null, running: false };
    return { key, label, definition, ms: Math.max(0, now - start), running: true };
  });
}

/** Time since impact started, frozen once resolved; never negative. */
export function calculateElapsedMs(incident: Pick<Incident, 'startedAt' | 'milestones'>, now: number): number {
  const end = incident.milestones.resolved ?? now;
  return Math.max(0, end - incident.startedAt);
}

