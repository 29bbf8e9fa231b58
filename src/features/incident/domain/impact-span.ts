// The one span every incident cost and impact duration is measured over, with the words that name it.
import { calculateDowntimeCost } from '../../calculator/domain/calculate-downtime-cost';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import type { Incident } from './incident-types';
import { formatDurationWords } from '../../../lib/format-duration';

/** Where the impact span ends: service restored (the mitigated milestone), else resolution, else still running. */
export type ImpactSpanEnd = 'service restored' | 'resolved' | 'now';

export interface ImpactSpan {
  startAt: number;
  endAt: number;
  end: ImpactSpanEnd;
  /** Never negative. */
  ms: number;
  /** "impact start → service restored" */
  label: string;
}

/**
 * Impact lasts from impact start until service was restored. The incident summary, the ticker, status updates
 * and the postmortem all measure cost and impact over this span, so they show the same figure for it.
 */
export function describeImpactSpan(incident: Pick<Incident, 'startedAt' | 'milestones'>, now: number): ImpactSpan {
  const { mitigated, resolved } = incident.milestones;
  const end: ImpactSpanEnd = mitigated !== undefined ? 'service restored' : resolved !== undefined ? 'resolved' : 'now';
  const endAt = mitigated ?? resolved ?? now;
  return { startAt: incident.startedAt, endAt, end, ms: Math.max(0, endAt - incident.startedAt), label: `impact start → ${end}` };
}

/** The span from impact start to resolution (or now), for "how long the incident was open". */
export function describeResolutionSpan(incident: Pick<Incident, 'startedAt' | 'milestones'>, now: number): ImpactSpan {
  const resolved = incident.milestones.resolved;
  const endAt = resolved ?? now;
  const end: ImpactSpanEnd = resolved !== undefined ? 'resolved' : 'now';
  return { startAt: incident.startedAt, endAt, end, ms: Math.max(0, endAt - incident.startedAt), label: `impact start → ${end}` };
}

/** "impact start → service restored: 27 min" */
export function formatSpan(span: ImpactSpan): string {
  return `${span.label}: ${formatDurationWords(span.ms)}`;
}

/** The cost inputs an incident is costed with: its own snapshot; the fallback only for one saved before snapshots. */
export function selectIncidentCostInputs(incident: Pick<Incident, 'costInputs'>, fallback: CostInputs): CostInputs {
  return incident.costInputs ?? fallback;
}

/**
 * What the incident cost over its impact span, from its own cost inputs: a later change in the calculator
 * never changes it. Exact minutes (not rounded), so every view computes the same figure.
 */
export function calculateIncidentCost(
  incident: Pick<Incident, 'startedAt' | 'milestones' | 'costInputs'>,
  fallback: CostInputs,
  now: number,
): { total: number; currency: string; span: ImpactSpan; inputs: CostInputs } {
  const inputs = selectIncidentCostInputs(incident, fallback);
  const span = describeImpactSpan(incident, now);
  return { total: calculateDowntimeCost(inputs, span.ms / 60_000).total, currency: inputs.currency, span, inputs };
}
