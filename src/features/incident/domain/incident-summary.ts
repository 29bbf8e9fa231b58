// The end-of-incident numbers in one place, for the resolve screen and the postmortem's first half.
import type { Incident, RunbookPhase, RunbookStep } from './incident-types';
import { calculateElapsedMs, calculateIncidentMetrics, type IncidentMetric } from './metrics';
import { visibleTimeline } from './timeline';

export interface StepRef {
  phase: RunbookPhase;
  step: RunbookStep;
}

export interface IncidentSummary {
  /** Impact start to resolution (or to now while running). */
  durationMs: number;
  metrics: IncidentMetric[];
  /** Steps checked at the end, in runbook order. */
  stepsDone: StepRef[];
  /** Steps never checked, or unchecked again, in runbook order. */
  stepsSkipped: StepRef[];
  updatesPosted: number;
  /** Timeline entries, not counting deleted ones. */
  timelineCount: number;
}

/** Summarises an incident: duration, metrics, steps done and skipped, updates posted and timeline size. */
export function summarizeIncident(incident: Incident, now: number): IncidentSummary {
  const stepsDone: StepRef[] = [];
  const stepsSkipped: StepRef[] = [];
  for (const phase of incident.runbook.phases) {
    for (const step of phase.steps) {
      const state = Object.hasOwn(incident.stepStates, step.id) ? incident.stepStates[step.id] : undefined;
      (state?.done ? stepsDone : stepsSkipped).push({ phase, step });
    }
  }
  return {
    durationMs: calculateElapsedMs(incident, now),
    metrics: calculateIncidentMetrics(incident, now),
    stepsDone,
    stepsSkipped,
    updatesPosted: incident.updates.length,
    timelineCount: visibleTimeline(incident.timeline).length,
  };
}
