// The benchmark data must be data the app accepts as its own: same shape, valid, restored without losing anything.
import { describe, expect, it } from 'vitest';
import { restoreIncidentState } from '../../src/features/incident/store/incident-slice';
import { validateIncident } from '../../src/features/incident/domain/incident-schema';
import { restorePostmortemState } from '../../src/features/postmortem/store/postmortem-slice';
import { validatePostmortem } from '../../src/features/postmortem/domain/postmortem-schema';
import {
  BENCH_NOW,
  createFiftyFiftyState,
  createLargePostmortem,
  createRunningIncident,
  measureProseBytes,
} from '../../src/testing/bench-fixtures';

describe('benchmark fixtures', () => {
  it('builds the large postmortem of issue #7, valid against the schema', () => {
    const doc = createLargePostmortem();
    expect(doc.timeline).toHaveLength(1000);
    expect(doc.actionItems).toHaveLength(200);
    expect(measureProseBytes(doc)).toBeGreaterThanOrEqual(100 * 1024);
    expect(JSON.stringify(doc)).toMatch(/[\u0400-\u04ff]/); // Cyrillic
    expect(JSON.stringify(doc)).toMatch(/[\u0370-\u03ff]/); // Greek
    expect(validatePostmortem(doc)).toEqual({ ok: true, doc });
    expect(createLargePostmortem()).toEqual(doc);
  });

  it('builds a running incident with 1,000 timeline entries, valid against the schema', () => {
    const now = BENCH_NOW;
    const incident = createRunningIncident(now);
    expect(incident.status).toBe('active');
    expect(incident.timeline).toHaveLength(1000);
    expect(new Set(incident.timeline.map((e) => e.id)).size).toBe(1000);
    expect(validateIncident(incident)).toMatchObject({ ok: true });
  });

  it('builds a saved state of 50 incidents and 50 postmortems that restores with nothing dropped', () => {
    const saved = createFiftyFiftyState();
    const roundTripped = JSON.parse(JSON.stringify(saved)) as typeof saved;
    const incidents = restoreIncidentState(roundTripped.state.incident);
    const postmortems = restorePostmortemState(roundTripped.state.postmortem);
    expect(incidents.dropped).toBe(0);
    expect(postmortems.dropped).toBe(0);
    expect(incidents.state.incidents).toHaveLength(50);
    expect(incidents.state.incidents.filter((i) => i.status === 'active')).toHaveLength(2);
    expect(postmortems.state.docs).toHaveLength(50);
    expect(JSON.stringify(createFiftyFiftyState())).toBe(JSON.stringify(saved));
  });
});
