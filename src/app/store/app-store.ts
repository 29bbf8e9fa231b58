// The one app store: feature slices combined, persisted once through the safe storage wrapper.
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { createCalculatorSlice, type CalculatorSlice } from '../../features/calculator/store/calculator-slice';
import { restoreCostInputs } from '../../features/calculator/domain/cost-inputs';
import { restoreCostDraft } from '../../features/calculator/domain/cost-form';
import { createSafeStorage } from '../../lib/safe-storage';
import { STATE_KEY } from '../../lib/storage-keys';
import { reportStorageProblem } from '../../lib/storage-status';
import { createSettingsSlice, restoreSettings, type SettingsSlice } from './settings-slice';

export type AppState = CalculatorSlice & SettingsSlice;

/** The version of the saved state this build writes. Bump it with a migration step in `migrateAppState`. */
export const STATE_VERSION = 1;

/** What is saved: data only, never functions or transient UI state. */
export type PersistedState = Pick<AppState, 'calculator' | 'settings'>;

export function partializeAppState(state: AppState): PersistedState {
  const { inputs, draft } = state.calculator;
  return { calculator: { inputs, draft, revision: 0 }, settings: state.settings };
}

/** Upgrades saved state from an older version. Version 0 is "no version stamp": treated as version 1's shape. */
export function migrateAppState(persisted: unknown, _fromVersion: number): PersistedState {
  return persisted as PersistedState;
}

/**
 * Restores saved state into the current one, keeping every valid part and falling back to the current
 * value for anything invalid; never throws. Reports when something had to be dropped.
 */
export function mergeAppState(persisted: unknown, current: AppState): AppState {
  const saved = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<string, unknown>;
  const savedInputs = (saved.calculator as { inputs?: unknown } | undefined)?.inputs;
  const inputs = savedInputs === undefined ? current.calculator.inputs : restoreCostInputs(savedInputs);
  if (savedInputs !== undefined && JSON.stringify(inputs) !== JSON.stringify(savedInputs)) {
    reportStorageProblem({
      kind: 'partly-restored',
      message: 'Some saved calculator values were not valid and were reset to their defaults. Everything else was restored.',
      backupText: JSON.stringify(persisted),
    });
  }
  const savedDraft = (saved.calculator as { draft?: unknown } | undefined)?.draft;
  const draft = restoreCostDraft(savedDraft);
  const changed =
    JSON.stringify(inputs) !== JSON.stringify(current.calculator.inputs) ||
    JSON.stringify(draft) !== JSON.stringify(current.calculator.draft);
  return {
    ...current,
    // A new revision reloads the form when the saved values differ (first load, another tab).
    calculator: { inputs, draft, revision: current.calculator.revision + (changed ? 1 : 0) },
    settings: saved.settings === undefined ? current.settings : restoreSettings(saved.settings),
  };
}

export const appStorage = createSafeStorage<PersistedState>({ version: STATE_VERSION, debounceMs: 250 });

export function createAppStore() {
  return createStore<AppState>()(
    persist(
      (...args) => ({
        ...createCalculatorSlice(...args),
        ...createSettingsSlice(...args),
      }),
      {
        name: STATE_KEY,
        version: STATE_VERSION,
        storage: appStorage,
        partialize: partializeAppState,
        migrate: migrateAppState,
        merge: mergeAppState,
      },
    ),
  );
}

export const appStore = createAppStore();

/** Another tab saved: merge its state into ours (rehydrate runs `mergeAppState`). */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== STATE_KEY || event.newValue === null) return;
    if (event.newValue === appStorage.lastRaw(STATE_KEY)) return;
    void appStore.persist.rehydrate();
  });
}
