import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand';
import { DEFAULT_RUNBOOK } from '../domain/default-runbook';
import { createTestIncident } from '../../../testing/incident-fixture';
import { addTimelineEntry, updateTimelineEntry } from '../domain/timeline';
import { createIncidentSlice, mergeIncidentState, restoreIncidentState, type IncidentSlice } from './incident-slice';

const NOW = new Date(2026, 5, 1, 12).getTime();
const input = { title: 'Checkout down', severity: 'SEV2' as const, service: 'checkout', roles: { commander: '', deputy: '', scribe: '', communications: '' }, runbook: DEFAULT_RUNBOOK };

describe('incident numbers in the store', () => {
  it('numbers each declared incident and never gives a deleted incident’s number to the next one', () => {
    const store = createStore<IncidentSlice>()(createIncidentSlice);
    const first = store.getState().declareIncident(input, NOW);
    const second = store.getState().declareIncident(input, NOW + 1000);
    expect([first.number, second.number]).toEqual(['INC-2026-001', 'INC-2026-002']);
    store.getState().deleteIncident(second.id);
    expect(store.getState().declareIncident(input, NOW + 2000).number).toBe('INC-2026-003');
  });

  it('uses the prefix from the settings, refusing one that is not letters and digits', () => {
    const store = createStore<IncidentSlice>()(createIncidentSlice);
    store.getState().setIncidentPreferences({ numberPrefix: 'ops' });
    store.getState().setIncidentPreferences({ numberPrefix: 'no spaces' });
    expect(store.getState().incident.preferences.numberPrefix).toBe('OPS');
    expect(store.getState().declareIncident(input, NOW).number).toBe('OPS-2026-001');
  });

  it('numbers incidents saved before numbers existed, in declaration order, and keeps the prefix and record on restore', () => {
    const older = createTestIncident({ id: 'older' }, NOW);
    const newer = createTestIncident({ id: 'newer' }, NOW + 60_000);
    const { state } = restoreIncidentState({ incidents: [newer, older], deletedIds: [], preferences: { numberPrefix: 'sre' }, issuedNumbers: { 2026: 2 } });
    expect(state.preferences.numberPrefix).toBe('SRE');
    const store = createStore<IncidentSlice>()(createIncidentSlice);
    store.setState({ incident: state });
    store.getState().assignIncidentNumbers();
    const byId = Object.fromEntries(store.getState().incident.incidents.map((i) => [i.id, i.number]));
    expect(byId).toEqual({ older: 'SRE-2026-003', newer: 'SRE-2026-004' });
    expect(store.getState().declareIncident(input, NOW + 120_000).number).toBe('SRE-2026-005');
  });

  it('merges another tab’s record of issued numbers, so neither tab issues the other’s', () => {
    const { state: local } = restoreIncidentState({ incidents: [], issuedNumbers: { 2026: 3 } });
    const { state: remote } = restoreIncidentState({ incidents: [], issuedNumbers: { 2026: 5, 2025: 1 } });
    expect(mergeIncidentState(local, remote).issuedNumbers).toEqual({ 2026: 5, 2025: 1 });
  });
});

describe('several scribes in the store', () => {
  const note = (id: string, text: string) => ({ id, at: NOW, text, kind: 'observation' as const, source: 'manual' as const });

  it('writes the author name on this browser’s notes and edits, and remembers the name across a restore', () => {
    const store = createStore<IncidentSlice>()(createIncidentSlice);
    store.getState().setIncidentPreferences({ author: '  Alice   Smith ' });
    const created = store.getState().declareIncident(input, NOW);
    store.getState().updateIncident(created.id, (i) => addTimelineEntry(i, note('n1', 'Error rate up'), NOW + 1));
    store.getState().setIncidentPreferences({ author: 'Bob' });
    store.getState().updateIncident(created.id, (i) => updateTimelineEntry(i, 'n1', { text: 'Error rate 38%' }, NOW + 2));
    const entry = store.getState().incident.incidents[0]!.timeline.find((e) => e.id === 'n1');
    expect(entry).toMatchObject({ text: 'Error rate 38%', author: 'Alice Smith', editedBy: 'Bob' });
    const { state } = restoreIncidentState(JSON.parse(JSON.stringify(store.getState().incident)));
    expect(state.preferences.author).toBe('Bob');
  });

  it('merges a teammate’s file into the copy kept here: both people’s notes, each with its author', () => {
    const alice = createStore<IncidentSlice>()(createIncidentSlice);
    const bob = createStore<IncidentSlice>()(createIncidentSlice);
    alice.getState().setIncidentPreferences({ author: 'Alice' });
    bob.getState().setIncidentPreferences({ author: 'Bob' });
    const created = alice.getState().declareIncident(input, NOW);
    bob.getState().mergeImportedIncident(created);
    alice.getState().updateIncident(created.id, (i) => addTimelineEntry(i, note('from-alice', 'Rolled back'), NOW + 10));
    bob.getState().updateIncident(created.id, (i) => addTimelineEntry(i, note('from-bob', 'Paged the DBA'), NOW + 11));
    const fromBob = bob.getState().incident.incidents[0]!;
    const merged = alice.getState().mergeImportedIncident(fromBob);
    expect(alice.getState().mergeImportedIncident(merged)).toEqual(merged);
    expect(merged.timeline.filter((e) => e.source === 'manual').map((e) => [e.id, e.author])).toEqual([
      ['from-alice', 'Alice'],
      ['from-bob', 'Bob'],
    ]);
    expect(alice.getState().incident.incidents).toHaveLength(1);
  });
});
