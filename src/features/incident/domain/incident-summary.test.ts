import { describe, expect, it } from 'vitest';
import { postUpdate, resolveIncident, setStepDone } from './incident-actions';
import { MINUTE, T0, createTestIncident } from '../../../testing/incident-fixture';
import { summarizeIncident } from './incident-summary';
import { addTimelineEntry, deleteTimelineEntry } from './timeline';

describe('summarizeIncident', () => {
  it('sums up duration, metrics, steps done and skipped, updates and timeline', () => {
    let incident = createTestIncident();
    incident = setStepDone(incident, 'confirm-scope', true, T0 + MINUTE);
    incident = setStepDone(incident, 'stop-the-bleeding', true, T0 + 2 * MINUTE);
    incident = setStepDone(incident, 'stop-the-bleeding', false, T0 + 3 * MINUTE);
    incident = postUpdate(incident, { at: T0 + 4 * MINUTE, status: 'investigating', audience: 'internal', text: '' }, T0 + 4 * MINUTE);
    incident = addTimelineEntry(incident, { id: 'gone', at: T0, text: 'typo', kind: 'observation', source: 'manual' }, T0);
    incident = deleteTimelineEntry(incident, 'gone', T0 + 1);
    incident = resolveIncident(incident, T0 + 50 * MINUTE);

    const summary = summarizeIncident(incident, T0 + 90 * MINUTE);
    expect(summary.durationMs).toBe(60 * MINUTE);
    expect(summary.metrics.find((m) => m.key === 'timeToResolve')?.ms).toBe(60 * MINUTE);
    expect(summary.metrics.find((m) => m.key === 'timeToAcknowledge')?.ms).toBe(4 * MINUTE);
    // Posting the update also checks "Communicate early" (the step asks for exactly that).
    expect(summary.stepsDone.map((s) => s.step.id)).toEqual(['confirm-scope', 'communicate-early']);
    expect(summary.stepsDone[0]?.phase.title).toBe('First five minutes');
    expect(summary.stepsSkipped.map((s) => s.step.id)).toContain('stop-the-bleeding');
    expect(summary.stepsDone.length + summary.stepsSkipped.length).toBe(incident.runbook.phases.flatMap((p) => p.steps).length);
    expect(summary.updatesPosted).toBe(1);
    expect(summary.timelineCount).toBe(incident.timeline.length - 1);
  });
});
