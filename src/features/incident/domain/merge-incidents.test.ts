import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reopenIncident, resolveIncident, setStepDone, updateIncidentDetails } from './incident-actions';
import { MINUTE, T0, createTestIncident } from '../../../testing/incident-fixture';
import type { Incident, Milestones, PostedUpdate, StepState, TimelineEntry } from './incident-types';
import { mergeIncident, mergeIncidentLists } from './merge-incidents';
import { addTimelineEntry, deleteTimelineEntry, updateTimelineEntry, visibleTimeline } from './timeline';

const note = (id: string, at: number) => ({ id, at, text: id, kind: 'observation' as const, source: 'manual' as const });
const entryById = (incident: Incident, id: string) => incident.timeline.find((e) => e.id === id);

describe('mergeIncident', () => {
  const base = createTestIncident();

  it('keeps notes both tabs added at the same time', () => {
    const a = addTimelineEntry(base, note('note-a', T0 + MINUTE), T0 + MINUTE);
    const b = addTimelineEntry(base, note('note-b', T0 + MINUTE), T0 + MINUTE);
    const merged = mergeIncident(a, b);
    expect(visibleTimeline(merged.timeline).map((e) => e.id)).toEqual(expect.arrayContaining(['note-a', 'note-b']));
    expect(merged.timeline).toHaveLength(base.timeline.length + 2);
  });

  it('takes the newer edit of an entry', () => {
    const shared = addTimelineEntry(base, note('n', T0), T0);
    const a = updateTimelineEntry(shared, 'n', { text: 'older' }, T0 + 1000);
    const b = updateTimelineEntry(shared, 'n', { text: 'newer' }, T0 + 2000);
    expect(entryById(mergeIncident(a, b), 'n')?.text).toBe('newer');
    expect(entryById(mergeIncident(b, a), 'n')?.text).toBe('newer');
  });

  it('never resurrects a deleted entry from a stale copy, and a tie goes to the deletion', () => {
    const shared = addTimelineEntry(base, note('n', T0), T0);
    const deleted = deleteTimelineEntry(shared, 'n', T0 + 1000);
    expect(entryById(mergeIncident(shared, deleted), 'n')?.deleted).toBe(true);
    const edited = updateTimelineEntry(shared, 'n', { text: 'edit' }, T0 + 1000);
    expect(entryById(mergeIncident(edited, deleted), 'n')?.deleted).toBe(true);
    expect(entryById(mergeIncident(deleted, edited), 'n')?.deleted).toBe(true);
  });

  it('takes the later state of each step', () => {
    const a = setStepDone(base, 'confirm-scope', true, T0 + MINUTE);
    const b = setStepDone(setStepDone(base, 'confirm-scope', true, T0 + MINUTE), 'confirm-scope', false, T0 + 2 * MINUTE);
    const c = setStepDone(base, 'preserve-evidence', true, T0 + 3 * MINUTE);
    const merged = mergeIncident(mergeIncident(a, b), c);
    expect(merged.stepStates).toEqual({
      'confirm-scope': { done: false, at: T0 + 2 * MINUTE },
      'preserve-evidence': { done: true, at: T0 + 3 * MINUTE },
    });
  });

  it('keeps the earlier time of a milestone reached in both tabs', () => {
    const a = setStepDone(base, 'service-restored', true, T0 + 5 * MINUTE);
    const b = setStepDone(base, 'service-restored', true, T0 + 4 * MINUTE);
    expect(mergeIncident(a, b).milestones.mitigated).toBe(T0 + 4 * MINUTE);
  });

  it('takes the incident details from the copy changed last', () => {
    const a = updateIncidentDetails(base, { severity: 'SEV2' }, T0 + MINUTE);
    const b = updateIncidentDetails(base, { title: 'Payments down' }, T0 + 2 * MINUTE);
    const merged = mergeIncident(a, b);
    expect(merged).toMatchObject({ title: 'Payments down', severity: 'SEV1', updatedAt: T0 + 2 * MINUTE });
    expect(visibleTimeline(merged.timeline).map((e) => e.text)).toEqual(
      expect.arrayContaining(['Severity changed from SEV1 to SEV2', 'Title changed to "Payments down"']),
    );
  });

  it('does not re-resolve an incident reopened in the other tab', () => {
    const resolved = resolveIncident(base, T0 + 30 * MINUTE);
    const reopened = reopenIncident(resolved, T0 + 35 * MINUTE);
    const merged = mergeIncident(resolved, reopened);
    expect(merged.status).toBe('active');
    expect(merged.milestones.resolved).toBeUndefined();
    expect(merged.milestones.mitigated).toBe(T0 + 30 * MINUTE);
  });

  it('keeps a resolution made in one tab while the other only added notes', () => {
    const resolved = resolveIncident(base, T0 + 30 * MINUTE);
    const noted = addTimelineEntry(base, note('late-note', T0 + 31 * MINUTE), T0 + 31 * MINUTE);
    const merged = mergeIncident(noted, resolved);
    expect(merged.status).toBe('resolved');
    expect(merged.milestones.resolved).toBe(T0 + 30 * MINUTE);
    expect(entryById(merged, 'late-note')).toBeDefined();
  });
});

describe('mergeIncidentLists', () => {
  it('unites both lists, merges shared incidents and puts the newest first', () => {
    const older = createTestIncident({ id: 'older' }, T0 - 60 * MINUTE);
    const shared = createTestIncident({ id: 'shared' });
    const newer = createTestIncident({ id: 'newer' }, T0 + 60 * MINUTE);
    const local = [older, addTimelineEntry(shared, note('from-local', T0), T0)];
    const remote = [newer, addTimelineEntry(shared, note('from-remote', T0), T0)];
    const merged = mergeIncidentLists(local, remote);
    expect(merged.map((i) => i.id)).toEqual(['newer', 'shared', 'older']);
    const mergedShared = merged[1];
    expect(mergedShared && entryById(mergedShared, 'from-local')).toBeDefined();
    expect(mergedShared && entryById(mergedShared, 'from-remote')).toBeDefined();
  });
});

// Property tests: copies of one incident as two or three tabs could have written them.
const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const STEP_IDS = ['confirm-scope', 'stop-the-bleeding', 'communicate-early'];

const entryArb: fc.Arbitrary<TimelineEntry> = fc.record(
  {
    id: fc.constantFrom(...IDS),
    at: fc.integer({ min: 0, max: 50 }),
    text: fc.constantFrom('x', 'y', 'z'),
    kind: fc.constantFrom('action', 'observation', 'decision', 'communication', 'milestone'),
    link: fc.constantFrom('https://example.com/', 'mailto:a@example.com'),
    source: fc.constantFrom('auto', 'manual'),
    deleted: fc.constant(true),
    updatedAt: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ['id', 'at', 'text', 'kind', 'source', 'updatedAt'] },
);

const stepStateArb: fc.Arbitrary<StepState> = fc.record({ done: fc.boolean(), at: fc.integer({ min: 0, max: 10 }) });

const updateArb: fc.Arbitrary<PostedUpdate> = fc.record({
  id: fc.constantFrom('u1', 'u2', 'u3'),
  at: fc.integer({ min: 0, max: 50 }),
  status: fc.constantFrom('investigating', 'identified', 'monitoring', 'resolved'),
  audience: fc.constantFrom('internal', 'customers', 'executives'),
  text: fc.constantFrom('', 'hello'),
});

const milestoneTime = fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined });

const BASE = createTestIncident({
  runbook: {
    id: 'rb',
    name: 'Small',
    phases: [{ id: 'p', title: 'P', guidance: '', steps: STEP_IDS.map((id) => ({ id, title: id, guidance: '' })) }],
  },
});

const copyArb: fc.Arbitrary<Incident> = fc
  .record({
    title: fc.constantFrom('One', 'Two'),
    severity: fc.constantFrom('SEV1', 'SEV2'),
    cadenceMinutes: fc.constantFrom(15, 30),
    resolved: fc.boolean(),
    resolvedAt: fc.integer({ min: 0, max: 50 }),
    updatedAt: fc.integer({ min: 0, max: 5 }),
    detected: milestoneTime,
    acknowledged: milestoneTime,
    mitigated: milestoneTime,
    timeline: fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: IDS.length }),
    stepStates: fc.dictionary(fc.constantFrom(...STEP_IDS), stepStateArb, { maxKeys: 3 }),
    updates: fc.uniqueArray(updateArb, { selector: (u) => u.id, maxLength: 3 }),
  })
  .map((c): Incident => {
    const milestones: Milestones = {};
    if (c.detected !== undefined) milestones.detected = c.detected;
    if (c.acknowledged !== undefined) milestones.acknowledged = c.acknowledged;
    if (c.mitigated !== undefined) milestones.mitigated = c.mitigated;
    if (c.resolved) milestones.resolved = c.resolvedAt;
    return {
      ...BASE,
      title: c.title,
      severity: c.severity,
      cadenceMinutes: c.cadenceMinutes,
      status: c.resolved ? 'resolved' : 'active',
      updatedAt: c.updatedAt,
      milestones,
      timeline: c.timeline,
      stepStates: c.stepStates,
      updates: c.updates,
    };
  });

const timelineSet = (incident: Incident) => new Set(incident.timeline.map((e) => JSON.stringify(e)));

describe('mergeIncident (properties)', () => {
  it('is commutative, on the timeline and on the whole incident', () => {
    fc.assert(
      fc.property(copyArb, copyArb, (a, b) => {
        const ab = mergeIncident(a, b);
        const ba = mergeIncident(b, a);
        expect(timelineSet(ab)).toEqual(timelineSet(ba));
        expect(ab).toEqual(ba);
      }),
    );
  });

  it('is idempotent: merging again changes nothing', () => {
    fc.assert(
      fc.property(copyArb, copyArb, (a, b) => {
        const merged = mergeIncident(a, b);
        expect(mergeIncident(merged, merged)).toEqual(merged);
        expect(mergeIncident(merged, b)).toEqual(merged);
        expect(mergeIncident(a, merged)).toEqual(merged);
      }),
    );
  });

  it('is associative, so three tabs agree whatever order they sync in', () => {
    fc.assert(
      fc.property(copyArb, copyArb, copyArb, (a, b, c) => {
        expect(mergeIncident(mergeIncident(a, b), c)).toEqual(mergeIncident(a, mergeIncident(b, c)));
      }),
    );
  });

  it('never loses an entry id present on either side, and keeps each entry from one side', () => {
    fc.assert(
      fc.property(copyArb, copyArb, (a, b) => {
        const merged = mergeIncident(a, b);
        const ids = merged.timeline.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...a.timeline, ...b.timeline].map((e) => e.id)));
        const sides = new Set([...timelineSet(a), ...timelineSet(b)]);
        for (const entry of merged.timeline) expect(sides.has(JSON.stringify(entry))).toBe(true);
        for (let i = 1; i < merged.timeline.length; i++) {
          expect(merged.timeline[i - 1]!.at).toBeLessThanOrEqual(merged.timeline[i]!.at);
        }
      }),
    );
  });
});
