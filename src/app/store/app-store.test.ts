import { beforeEach, describe, expect, it } from 'vitest';
import { storageStatus } from '../../lib/storage-status';
import { incidentSection } from '../sections/incident-section';
import { postmortemSection } from '../sections/postmortem-section';
import { createAppStore, type AppState, type FullAppState } from './app-store';
import { mergeAppState as mergeWith, migrateAppState, partializeAppState } from './persisted-state';
import v0 from './__fixtures__/state-v0.json';
import v1 from './__fixtures__/state-v1.json';

const SECTIONS = [incidentSection, postmortemSection];

/** A fresh store's state with both tools installed. */
function fresh(): AppState {
  return createAppStore(SECTIONS).getState();
}

/** The first load of a tab that has both tools installed. */
const mergeAppState = (persisted: unknown, current: AppState) =>
  mergeWith(persisted, current, SECTIONS, { fromOtherTab: false, open: {} }) as FullAppState;

beforeEach(() => {
  storageStatus.setState({ problems: [], readOnly: false });
});

describe('mergeAppState', () => {
  for (const [name, fixture, version] of [
    ['version 0 (no version stamp)', v0 as { state: unknown }, 0],
    ['version 1', v1 as { state: unknown }, 1],
  ] as const) {
    it(`restores every part of a ${name} save`, () => {
      const migrated = migrateAppState(fixture.state, version);
      const merged = mergeAppState(migrated, fresh());
      expect(merged.calculator.inputs.minutes).toBe(47);
      expect(merged.calculator.inputs.currency).toBe('EUR');
      expect(merged.incident.incidents).toHaveLength(1);
      expect(merged.incident.incidents[0]?.timeline.some((e) => e.text === 'Error rate 38% on /pay')).toBe(true);
      expect(merged.postmortem.docs).toHaveLength(1);
      expect(merged.settings.theme).toBe('dark');
      expect(storageStatus.getState().problems).toEqual([]);
      // What is saved again is what was loaded: nothing is lost in a load/save cycle.
      const saved = partializeAppState(merged) as { incident: { incidents: unknown }; postmortem: { docs: unknown } };
      expect(saved.incident.incidents).toEqual((fixture.state as { incident: { incidents: unknown } }).incident.incidents);
      expect(saved.postmortem.docs).toEqual((fixture.state as { postmortem: { docs: unknown } }).postmortem.docs);
    });
  }

  it('keeps every valid part of a hand-edited save and reports what it dropped', () => {
    const state = structuredClone((v1 as { state: Record<string, unknown> }).state) as {
      calculator: { inputs: Record<string, unknown> };
      incident: { incidents: unknown[] };
      postmortem: { docs: unknown[] };
    };
    state.calculator.inputs.employees = 'lots';
    state.incident.incidents.push({ id: 'broken', title: 42 });
    state.postmortem.docs.push('not a document');
    const merged = mergeAppState(state, fresh());
    expect(merged.calculator.inputs.minutes).toBe(47);
    expect(merged.calculator.inputs.employees).toBe(50);
    expect(merged.incident.incidents.map((i) => i.id)).toEqual(['inc-fixture-1']);
    expect(merged.postmortem.docs).toHaveLength(1);
    const problem = storageStatus.getState().problems.find((p) => p.kind === 'partly-restored');
    expect(problem?.message).toMatch(/1 incident could not be read/);
    expect(problem?.message).toMatch(/1 postmortem could not be read/);
    expect(problem?.backupText).toContain('not a document');
  });

  it('starts from defaults for garbage of any type, without throwing', () => {
    for (const garbage of [null, 42, 'text', [], { calculator: 'x', incident: [1], postmortem: { docs: 'x' } }]) {
      const merged = mergeAppState(garbage, fresh());
      expect(merged.incident.incidents).toEqual([]);
      expect(merged.postmortem.docs).toEqual([]);
      expect(merged.calculator.inputs.minutes).toBeGreaterThan(0);
    }
  });
});

describe('tools whose code has not loaded', () => {
  const v1State = (v1 as { state: Record<string, unknown> }).state;

  it('keep their saved data exactly as saved, and write it back unchanged', () => {
    const merged = mergeWith(v1State, createAppStore().getState(), [], { fromOtherTab: false, open: {} });
    expect(merged.incident).toBeUndefined();
    expect(merged.calculator.inputs.minutes).toBe(47);
    const saved = partializeAppState(merged);
    expect(saved.incident).toEqual(v1State.incident);
    expect(saved.postmortem).toEqual(v1State.postmortem);
  });

  it('keep invalid items untouched until the tool loads, which then reports them', () => {
    const state = structuredClone(v1State) as { incident: { incidents: unknown[] } };
    state.incident.incidents.push({ id: 'broken', title: 42 });
    const merged = mergeWith(state, createAppStore().getState(), [], { fromOtherTab: false, open: {} });
    expect(storageStatus.getState().problems).toEqual([]);
    expect((partializeAppState(merged).incident as { incidents: unknown[] }).incidents).toHaveLength(2);

    const store = createAppStore();
    store.setState(merged);
    store.installSection(incidentSection);
    expect(store.getState().incident?.incidents.map((i) => i.id)).toEqual(['inc-fixture-1']);
    expect(storageStatus.getState().problems.find((p) => p.kind === 'partly-restored')?.message).toMatch(/1 incident could not be read/);
    // Installing twice changes nothing.
    store.installSection(incidentSection);
    expect(store.getState().incident?.incidents).toHaveLength(1);
  });

  it('merge another tab’s save item by item once installed, keeping what only this tab has', () => {
    const local = mergeAppState(v1State, fresh());
    const other = structuredClone(v1State) as { incident: { incidents: { id: string }[] } };
    other.incident.incidents = [];
    const merged = mergeWith(other, local, SECTIONS, { fromOtherTab: true, open: {} }) as FullAppState;
    expect(merged.incident.incidents.map((i) => i.id)).toEqual(['inc-fixture-1']);
  });
});
