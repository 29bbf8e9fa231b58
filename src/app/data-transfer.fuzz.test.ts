// Fuzz tests of the app-level inputs: "Import all data" files and the restore of saved state, whatever is in
// them. Case counts: docs/RELIABILITY.md.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseCostInputs } from '../features/calculator/domain/cost-inputs';
import { validateIncident } from '../features/incident/domain/incident-schema';
import { validatePostmortem } from '../features/postmortem/domain/postmortem-schema';
import { arbitraryDamagedValue, arbitraryFileText, isUserMessage } from '../testing/fuzz-arbitraries';
import { storageStatus } from '../lib/storage-status';
import { ALL_DATA_FORMAT } from './data-export';
import { parseAllData } from './data-transfer';
import { incidentSection } from './sections/incident-section';
import { postmortemSection } from './sections/postmortem-section';
import { createAppStore, type AppState, type FullAppState } from './store/app-store';
import { mergeAppState as mergeWith } from './store/persisted-state';
import v1 from './store/__fixtures__/state-v1.json';

export const FUZZ_RUNS = {
  allDataImport: 300,
  restoreSavedState: 500,
} as const;

const SAVED = (v1 as { state: Record<string, unknown> }).state;
const ALL_DATA_FILE = JSON.stringify({ format: ALL_DATA_FORMAT, version: 1, exportedAt: '2026-01-05T00:00:00.000Z', state: SAVED });

const SECTIONS = [incidentSection, postmortemSection];
/** A first load in a tab where both tools are installed. */
const mergeAppState = (persisted: unknown, current: AppState) =>
  mergeWith(persisted, current, SECTIONS, { fromOtherTab: false, open: {} }) as FullAppState;

beforeEach(() => {
  storageStatus.setState({ problems: [], readOnly: false });
});

function expectValidState(state: ReturnType<typeof mergeAppState>): void {
  expect(parseCostInputs(state.calculator.inputs).ok).toBe(true);
  for (const incident of state.incident.incidents) expect(validateIncident(incident).ok).toBe(true);
  for (const doc of state.postmortem.docs) expect(validatePostmortem(doc).ok).toBe(true);
  expect(['system', 'light', 'dark']).toContain(state.settings.theme);
}

describe('app inputs (fuzz)', () => {
  it('Import all data: any file is refused with clear messages, or restores in full with an exact summary', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(arbitraryFileText(ALL_DATA_FILE), (text) => {
        const result = parseAllData(text);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(isUserMessage(error), error).toBe(true);
          return;
        }
        const { state, summary } = result;
        expect(summary.incidents).toBe(state.incident.incidents.length);
        expect(summary.postmortems).toBe(state.postmortem.docs.length);
        expect(summary.runningIncidents).toBe(state.incident.incidents.filter((i) => i.status === 'active').length);
        // All or nothing: what would be imported restores without dropping anything.
        storageStatus.setState({ problems: [] });
        expectValidState(mergeAppState(JSON.parse(JSON.stringify(state)), createAppStore(SECTIONS).getState()));
        expect(storageStatus.getState().problems).toEqual([]);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: FUZZ_RUNS.allDataImport },
    );
  });

  it('restoring saved state: anything starts the app with every valid record and reports (with the text) what it dropped', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 5, arbitrary: arbitraryDamagedValue(SAVED) }), (saved) => {
        storageStatus.setState({ problems: [] });
        const state = mergeAppState(saved, createAppStore(SECTIONS).getState());
        expectValidState(state);
        // No lost data: every saved incident and postmortem that is valid on its own (and not deleted) is there.
        const part = (key: string) => (typeof saved === 'object' && saved !== null && !Array.isArray(saved) ? (saved as Record<string, unknown>)[key] : undefined);
        const list = (value: unknown, key: string) => {
          const inner = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
          return Array.isArray(inner) ? inner : [];
        };
        const deleted = (value: unknown) => list(value, 'deletedIds');
        const incidentIds = new Set(state.incident.incidents.map((i) => i.id));
        for (const item of list(part('incident'), 'incidents')) {
          const valid = validateIncident(item);
          if (valid.ok && !deleted(part('incident')).includes(valid.incident.id)) expect(incidentIds.has(valid.incident.id)).toBe(true);
        }
        const docIds = new Set(state.postmortem.docs.map((d) => d.id));
        for (const item of list(part('postmortem'), 'docs')) {
          const valid = validatePostmortem(item);
          if (valid.ok && !deleted(part('postmortem')).includes(valid.doc.id)) expect(docIds.has(valid.doc.id)).toBe(true);
        }
        // What was dropped is reported, with the saved text to download.
        const invalid = [...list(part('incident'), 'incidents').filter((i) => !validateIncident(i).ok), ...list(part('postmortem'), 'docs').filter((d) => !validatePostmortem(d).ok)];
        if (invalid.length > 0) {
          const problem = storageStatus.getState().problems.find((p) => p.kind === 'partly-restored');
          expect(problem?.message).toMatch(/could not be read/);
          expect(problem?.backupText).toBe(JSON.stringify(saved));
        }
      }),
      { numRuns: FUZZ_RUNS.restoreSavedState },
    );
  });
});
