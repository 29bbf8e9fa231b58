import { describe, expect, it } from 'vitest';
import { calculateElapsedMs } from './metrics';
import { calculateUpdateDue } from './cadence';
import { MINUTE, T0, createTestIncident } from '../../../testing/incident-fixture';
import { formatTimelineTime } from './local-time';
import {
  checkImpactStart,
  checkMilestoneTime,
  declareIncident,
  postUpdate,
  reachMilestone,
  recordRollbackDecision,
  reopenIncident,
  resolveIncident,
  setStepDone,
  updateIncidentDetails,
} from './incident-actions';
import type { Incident } from './incident-types';
import { DEFAULT_RUNBOOK } from './default-runbook';
import { visibleTimeline } from './timeline';

const texts = (incident: Incident) => visibleTimeline(incident.timeline).map((e) => e.text);
const lastEntry = (incident: Incident) => visibleTimeline(incident.timeline).at(-1);

describe('declareIncident', () => {
  it('records impact start, detection at declaration, and the declaration in the timeline', () => {
    const incident = createTestIncident();
    expect(incident).toMatchObject({
      id: 'incident-1',
      status: 'active',
      startedAt: T0 - 10 * MINUTE,
      declaredAt: T0,
      milestones: { detected: T0 },
      cadenceMinutes: 30,
      updatedAt: T0,
      stepStates: {},
      updates: [],
    });
    expect(texts(incident)).toEqual(['Impact started', 'Incident declared: Checkout fails with an error (SEV1, checkout)']);
    expect(incident.timeline.every((e) => e.source === 'auto' && e.kind === 'milestone')).toBe(true);
    expect(incident.timeline[0]?.at).toBe(T0 - 10 * MINUTE);
  });

  it('starts impact now by default, and never in the future', () => {
    const input = { title: ' Site down ', severity: 'SEV2' as const, service: 'web', roles: { commander: '', deputy: '', scribe: '', communications: '' }, runbook: DEFAULT_RUNBOOK };
    expect(declareIncident(input, T0)).toMatchObject({ startedAt: T0, title: 'Site down' });
    expect(declareIncident({ ...input, startedAt: T0 + MINUTE }, T0).startedAt).toBe(T0);
    expect(texts(declareIncident(input, T0))).toEqual(['Incident declared: Site down (SEV2, web)']);
  });

  it('accepts an earlier detection time, kept between impact start and now', () => {
    const incident = createTestIncident({ detectedAt: T0 - 4 * MINUTE });
    expect(incident.milestones.detected).toBe(T0 - 4 * MINUTE);
    expect(texts(incident)).toContain('Milestone reached: Detected');
    expect(createTestIncident({ detectedAt: T0 - 60 * MINUTE }).milestones.detected).toBe(T0 - 10 * MINUTE);
  });

  it('uses the chosen cadence or the default', () => {
    expect(createTestIncident({ cadenceMinutes: 15 }).cadenceMinutes).toBe(15);
    expect(createTestIncident({ cadenceMinutes: -1 }).cadenceMinutes).toBe(30);
  });
});

describe('setStepDone', () => {
  it('stamps the step and logs checking and unchecking', () => {
    let incident = setStepDone(createTestIncident(), 'confirm-scope', true, T0 + MINUTE);
    expect(incident.stepStates['confirm-scope']).toEqual({ done: true, at: T0 + MINUTE });
    expect(lastEntry(incident)).toMatchObject({ text: 'Checked: Confirm the scope', kind: 'action', source: 'auto', at: T0 + MINUTE });
    incident = setStepDone(incident, 'confirm-scope', false, T0 + 2 * MINUTE);
    expect(incident.stepStates['confirm-scope']).toEqual({ done: false, at: T0 + 2 * MINUTE });
    expect(lastEntry(incident)?.text).toBe('Unchecked: Confirm the scope');
  });

  it('does not bump the incident stamp, so it never wins the scalar fields in a merge', () => {
    const incident = createTestIncident();
    expect(setStepDone(incident, 'confirm-scope', true, T0 + MINUTE).updatedAt).toBe(incident.updatedAt);
  });

  it('ignores unknown steps and repeated states', () => {
    const incident = createTestIncident();
    expect(setStepDone(incident, 'nope', true, T0)).toBe(incident);
    expect(setStepDone(incident, 'confirm-scope', false, T0)).toBe(incident);
    const checked = setStepDone(incident, 'confirm-scope', true, T0);
    expect(setStepDone(checked, 'confirm-scope', true, T0 + 1)).toBe(checked);
  });

  it('reaches the step milestone on check, once, and keeps it on uncheck', () => {
    let incident = setStepDone(createTestIncident(), 'service-restored', true, T0 + 20 * MINUTE);
    expect(incident.milestones.mitigated).toBe(T0 + 20 * MINUTE);
    expect(texts(incident).slice(-2)).toEqual(['Checked: Service restored for users', 'Milestone reached: Mitigated (service restored)']);
    incident = setStepDone(incident, 'service-restored', false, T0 + 21 * MINUTE);
    incident = setStepDone(incident, 'service-restored', true, T0 + 22 * MINUTE);
    expect(incident.milestones.mitigated).toBe(T0 + 20 * MINUTE);
  });

  it('resolves the incident when "Confirm it is fixed for users" is checked', () => {
    const incident = setStepDone(createTestIncident(), 'confirm-fixed', true, T0 + 30 * MINUTE);
    expect(incident.status).toBe('resolved');
    expect(incident.milestones).toMatchObject({ resolved: T0 + 30 * MINUTE, mitigated: T0 + 30 * MINUTE });
  });
});

describe('reachMilestone', () => {
  it('reaches a milestone now or at a given earlier time, and logs it', () => {
    const incident = reachMilestone(createTestIncident(), 'acknowledged', T0 + 5 * MINUTE, T0 + 2 * MINUTE);
    expect(incident.milestones.acknowledged).toBe(T0 + 2 * MINUTE);
    expect(incident.timeline.find((e) => e.text === 'Milestone reached: Acknowledged')?.at).toBe(T0 + 2 * MINUTE);
  });

  it('keeps the first time unless a time is given to correct it', () => {
    const once = reachMilestone(createTestIncident(), 'mitigated', T0 + MINUTE);
    expect(reachMilestone(once, 'mitigated', T0 + 5 * MINUTE)).toBe(once);
    const corrected = reachMilestone(once, 'mitigated', T0 + 5 * MINUTE, T0 + 3 * MINUTE);
    expect(corrected.milestones.mitigated).toBe(T0 + 3 * MINUTE);
    expect(lastEntry(corrected)?.text).toMatch(/^Mitigated \(service restored\) corrected from .+ to .+$/);
  });

  it('moves the milestone entry to the corrected time and logs old and new time at the moment of correction', () => {
    const time = (at: number) => formatTimelineTime(at, T0, { seconds: false });
    let incident = reachMilestone(createTestIncident(), 'mitigated', T0 + 20 * MINUTE);
    incident = resolveIncident(incident, T0 + 600 * MINUTE);
    const corrected = resolveIncident(incident, T0 + 601 * MINUTE, T0 + 30 * MINUTE, 'Ana');
    const resolvedEntries = visibleTimeline(corrected.timeline).filter((e) => e.text === 'Incident resolved');
    expect(resolvedEntries.map((e) => e.at)).toEqual([T0 + 30 * MINUTE]);
    const note = lastEntry(corrected);
    expect(note?.text).toBe(`Resolved corrected from ${time(T0 + 600 * MINUTE)} to ${time(T0 + 30 * MINUTE)} (23:00 to 13:30 UTC) by Ana`);
    expect(note?.at).toBe(T0 + 601 * MINUTE);
    const moved = reachMilestone(corrected, 'mitigated', T0 + 602 * MINUTE, T0 + 25 * MINUTE);
    expect(visibleTimeline(moved.timeline).filter((e) => e.text === 'Milestone reached: Mitigated (service restored)').map((e) => e.at)).toEqual([T0 + 25 * MINUTE]);
  });

  it('refuses impossible orders with a message, and never adds a row before impact started', () => {
    const incident = reachMilestone(createTestIncident(), 'mitigated', T0 + 20 * MINUTE);
    // Impact started at T0 - 10 min.
    expect(checkMilestoneTime(incident, 'detected', T0 - 20 * MINUTE)).toMatch(/^Detection cannot be before impact started/);
    expect(reachMilestone(incident, 'detected', T0 + 30 * MINUTE, T0 - 20 * MINUTE)).toBe(incident);
    expect(checkMilestoneTime(incident, 'mitigated', T0 - 11 * MINUTE)).toMatch(/^Service cannot be restored before impact started/);
    expect(checkMilestoneTime(incident, 'resolved', T0 + 10 * MINUTE)).toMatch(/^Resolution cannot be before service was restored/);
    expect(resolveIncident(incident, T0 + 30 * MINUTE, T0 + 10 * MINUTE)).toBe(incident);
    expect(checkMilestoneTime(incident, 'detected', T0 - 5 * MINUTE)).toBeNull();
    const corrected = reachMilestone(incident, 'detected', T0 + 30 * MINUTE, T0 - 5 * MINUTE);
    const first = visibleTimeline(corrected.timeline)[0];
    expect(first?.text).toBe('Impact started');
    expect(corrected.milestones.detected).toBe(T0 - 5 * MINUTE);
  });

  it('refuses an impact start after a reached milestone, and moves the "Impact started" entry with it', () => {
    const incident = createTestIncident();
    expect(checkImpactStart(incident, T0 + MINUTE)).toMatch(/^Impact cannot start after detection/);
    expect(updateIncidentDetails(incident, { startedAt: T0 + MINUTE }, T0 + 2 * MINUTE)).toBe(incident);
    const moved = updateIncidentDetails(incident, { startedAt: T0 - 60 * MINUTE }, T0 + 2 * MINUTE);
    expect(visibleTimeline(moved.timeline).filter((e) => e.text === 'Impact started').map((e) => e.at)).toEqual([T0 - 60 * MINUTE]);
  });

  it('never sets a milestone in the future', () => {
    expect(reachMilestone(createTestIncident(), 'mitigated', T0, T0 + MINUTE).milestones.mitigated).toBe(T0);
  });
});

describe('postUpdate', () => {
  it('checks the "Communicate early" step while active and "Update the status" once resolved', () => {
    let incident = postUpdate(createTestIncident(), { at: T0 + MINUTE, status: 'investigating', audience: 'internal', text: '' }, T0 + MINUTE);
    expect(incident.stepStates['communicate-early']?.done).toBe(true);
    expect(incident.stepStates['post-resolved-update']).toBeUndefined();
    incident = resolveIncident(incident, T0 + 30 * MINUTE);
    incident = postUpdate(incident, { at: T0 + 31 * MINUTE, status: 'resolved', audience: 'customers', text: '' }, T0 + 31 * MINUTE);
    expect(incident.stepStates['post-resolved-update']?.done).toBe(true);
  });

  it('logs the update, restarts the countdown and acknowledges on the first one', () => {
    let incident = postUpdate(createTestIncident(), { at: T0 + 3 * MINUTE, status: 'investigating', audience: 'customers', text: 'We are aware…' }, T0 + 3 * MINUTE);
    expect(incident.updates).toHaveLength(1);
    expect(incident.milestones.acknowledged).toBe(T0 + 3 * MINUTE);
    expect(texts(incident)).toContain('Posted a status update for customers: Investigating');
    expect(incident.timeline.find((e) => e.kind === 'communication')?.source).toBe('auto');
    expect(calculateUpdateDue(incident, T0 + 3 * MINUTE).dueAt).toBe(T0 + 33 * MINUTE);
    incident = postUpdate(incident, { at: T0 + 9 * MINUTE, status: 'identified', audience: 'internal', text: '' }, T0 + 9 * MINUTE);
    expect(incident.milestones.acknowledged).toBe(T0 + 3 * MINUTE);
  });

  it('does not resolve the incident with a "Resolved" update', () => {
    const incident = postUpdate(createTestIncident(), { at: T0, status: 'resolved', audience: 'customers', text: '' }, T0);
    expect(incident.status).toBe('active');
    expect(incident.milestones.resolved).toBeUndefined();
  });
});

describe('recordRollbackDecision', () => {
  it('records the recommendation and the answers as a decision', () => {
    const incident = recordRollbackDecision(createTestIncident(), { changeWentOut: true, dataChanged: false, fixSmallAndUnderstood: null }, T0 + MINUTE);
    expect(lastEntry(incident)).toMatchObject({
      kind: 'decision',
      source: 'auto',
      text: 'Roll back or fix forward: Roll back the last change. Change went out: yes; data changed: no; fix small and understood: not sure.',
    });
  });
});

describe('resolveIncident', () => {
  it('resolves, fills a missing mitigated milestone, stops the clock and the reminders', () => {
    const incident = resolveIncident(createTestIncident(), T0 + 40 * MINUTE);
    expect(incident.status).toBe('resolved');
    expect(incident.milestones).toMatchObject({ mitigated: T0 + 40 * MINUTE, resolved: T0 + 40 * MINUTE });
    expect(incident.updatedAt).toBe(T0 + 40 * MINUTE);
    expect(texts(incident).slice(-2)).toEqual(['Milestone reached: Mitigated (service restored)', 'Incident resolved']);
    expect(calculateElapsedMs(incident, T0 + 99 * MINUTE)).toBe(50 * MINUTE);
    expect(calculateUpdateDue(incident, T0 + 99 * MINUTE).overdue).toBe(false);
  });

  it('keeps an earlier mitigated milestone, and does nothing when already resolved', () => {
    const mitigated = reachMilestone(createTestIncident(), 'mitigated', T0 + 10 * MINUTE);
    const resolved = resolveIncident(mitigated, T0 + 40 * MINUTE);
    expect(resolved.milestones.mitigated).toBe(T0 + 10 * MINUTE);
    expect(resolveIncident(resolved, T0 + 50 * MINUTE)).toBe(resolved);
  });
});

describe('reopenIncident', () => {
  it('reopens, removes the resolved milestone and restarts the clock', () => {
    const resolved = resolveIncident(createTestIncident(), T0 + 40 * MINUTE);
    const reopened = reopenIncident(resolved, T0 + 45 * MINUTE);
    expect(reopened.status).toBe('active');
    expect(reopened.milestones.resolved).toBeUndefined();
    expect(reopened.milestones.mitigated).toBe(T0 + 40 * MINUTE);
    expect(reopened.updatedAt).toBeGreaterThan(resolved.updatedAt);
    expect(lastEntry(reopened)?.text).toBe('Incident reopened');
    expect(calculateElapsedMs(reopened, T0 + 50 * MINUTE)).toBe(60 * MINUTE);
    expect(reopenIncident(reopened, T0 + 46 * MINUTE)).toBe(reopened);
  });
});

describe('updateIncidentDetails', () => {
  it('changes details, logs each change and bumps the stamp', () => {
    const incident = updateIncidentDetails(
      createTestIncident(),
      { severity: 'SEV2', cadenceMinutes: 15, roles: { scribe: 'Erin' }, startedAt: T0 - 25 * MINUTE, title: 'Checkout down' },
      T0 + MINUTE,
    );
    expect(incident).toMatchObject({ severity: 'SEV2', cadenceMinutes: 15, startedAt: T0 - 25 * MINUTE, title: 'Checkout down', updatedAt: T0 + MINUTE });
    expect(incident.roles).toEqual({ commander: 'Alice', deputy: 'Bob', scribe: 'Erin', communications: 'Dan' });
    expect(texts(incident)).toEqual(
      expect.arrayContaining([
        'Severity changed from SEV1 to SEV2',
        'Update cadence set to every 15 minutes',
        'Roles updated: scribe Erin',
        'Impact start moved 15 min earlier',
        'Title changed to "Checkout down"',
      ]),
    );
  });

  it('ignores unchanged values, an empty title and an invalid cadence', () => {
    const incident = createTestIncident();
    expect(updateIncidentDetails(incident, { severity: 'SEV1', title: '  ', cadenceMinutes: 0, roles: { commander: 'Alice' } }, T0 + 1)).toBe(incident);
  });
});

describe('public component name', () => {
  it('is kept apart from the service name on declaration, and edits to it are logged', () => {
    const declared = createTestIncident({ service: 'payments-api-eu1', publicName: ' Payments ' });
    expect(declared).toMatchObject({ service: 'payments-api-eu1', publicName: 'Payments' });
    const renamed = updateIncidentDetails(declared, { publicName: 'Card payments' }, T0 + MINUTE);
    expect(renamed.publicName).toBe('Card payments');
    expect(renamed.timeline.at(-1)?.text).toBe('Public component name changed to Card payments');
    const cleared = updateIncidentDetails(renamed, { publicName: '' }, T0 + 2 * MINUTE);
    expect(cleared).not.toHaveProperty('publicName');
    expect(cleared.timeline.at(-1)?.text).toBe('Public component name cleared');
    expect(updateIncidentDetails(cleared, { publicName: '' }, T0 + 3 * MINUTE)).toBe(cleared);
  });
});
