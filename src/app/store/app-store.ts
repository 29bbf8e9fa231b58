// The one app store: feature slices combined, persisted once through the safe storage wrapper.
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { restoreCostDraft } from '../../features/calculator/domain/cost-form';
import { restoreCostInputs } from '../../features/calculator/domain/cost-inputs';
import { createCalculatorSlice, type CalculatorSlice } from '../../features/calculator/store/calculator-slice';
import {
  createIncidentSlice,
  mergeIncidentState,
  restoreIncidentState,
  type IncidentSlice,
} from '../../features/incident/store/incident-slice';
import {
  createPostmortemSlice,
  mergePostmortemState,
  restorePostmortemState,
  type PostmortemSlice,
} from '../../features/postmortem/store/postmortem-slice';
import { createSafeStorage } from '../../lib/safe-storage';
import { STATE_KEY } from '../../lib/storage-keys';
import { reportStorageProblem } from '../../lib/storage-status';
import { createSettingsSlice, restoreSettings, type SettingsSlice } from './settings-slice';

export type AppState = CalculatorSlice & IncidentSlice & PostmortemSlice & SettingsSlice;

/** The version of the saved state this build writes. Bump it with a migration step in `migrateAppState`. */
export const STATE_VERSION = 1;

/** What is saved: data only, never functions or transient UI state. */
export interface PersistedState {
  calculator: Pick<CalculatorSlice['calculator'], 'inputs' | 'draft'>;
  incident: Omit<IncidentSlice['incident'], 'activeId'>;
  postmortem: Omit<PostmortemSlice['postmortem'], 'activeId'>;
  settings: SettingsSlice['settings'];
}

/**
 * What is open in this tab (the active incident and postmortem) is per tab: it lives in sessionStorage,
 * so it survives a reload but two tabs can look at different things without fighting over the saved state.
 */
export function partializeAppState(state: AppState): PersistedState {
  const { inputs, draft } = state.calculator;
  const { activeId: _incident, ...incident } = state.incident;
  const { activeId: _postmortem, ...postmortem } = state.postmortem;
  return { calculator: { inputs, draft }, incident, postmortem, settings: state.settings };
}

const OPEN_KEY = 'outage-kit:open';

function readOpenItems(): { incident: string | null; postmortem: string | null } {
  try {
    const parsed = JSON.parse(window.sessionStorage.getItem(OPEN_KEY) ?? '{}') as Record<string, unknown>;
    return {
      incident: typeof parsed.incident === 'string' ? parsed.incident : null,
      postmortem: typeof parsed.postmortem === 'string' ? parsed.postmortem : null,
    };
  } catch {
    return { incident: null, postmortem: null };
  }
}

function writeOpenItems(state: AppState): void {
  try {
    window.sessionStorage.setItem(OPEN_KEY, JSON.stringify({ incident: state.incident.activeId, postmortem: state.postmortem.activeId }));
  } catch {
    // Losing which item is open is harmless: the page falls back to the latest one.
  }
}

/** Upgrades saved state from an older version. Version 0 is "no version stamp": treated as version 1's shape. */
export function migrateAppState(persisted: unknown, _fromVersion: number): PersistedState {
  return persisted as PersistedState;
}

// The first hydration loads this tab's saved state; later ones merge another tab's writes into ours.
let hydratedOnce = false;

/**
 * Restores saved state into the current one, keeping every valid part and falling back to the current
 * value for anything invalid; never throws. Reports when something had to be dropped. On later calls
 * (another tab saved), incidents and postmortems are merged item by item so neither tab loses anything.
 */
export function mergeAppState(persisted: unknown, current: AppState): AppState {
  const fromOtherTab = hydratedOnce;
  hydratedOnce = true;
  const saved = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<string, unknown>;
  const dropped: string[] = [];

  const savedCalculator = (saved.calculator ?? {}) as { inputs?: unknown; draft?: unknown };
  const inputs = savedCalculator.inputs === undefined ? current.calculator.inputs : restoreCostInputs(savedCalculator.inputs);
  if (savedCalculator.inputs !== undefined && JSON.stringify(inputs) !== JSON.stringify(savedCalculator.inputs)) {
    dropped.push('some calculator values were reset to their defaults');
  }
  const draft = restoreCostDraft(savedCalculator.draft);
  const calculatorChanged =
    JSON.stringify(inputs) !== JSON.stringify(current.calculator.inputs) ||
    JSON.stringify(draft) !== JSON.stringify(current.calculator.draft);

  const incidents = restoreIncidentState(saved.incident);
  if (incidents.dropped > 0) dropped.push(`${incidents.dropped} incident${incidents.dropped === 1 ? '' : 's'} could not be read`);
  const postmortems = restorePostmortemState(saved.postmortem);
  if (postmortems.dropped > 0) dropped.push(`${postmortems.dropped} postmortem${postmortems.dropped === 1 ? '' : 's'} could not be read`);

  if (dropped.length > 0) {
    reportStorageProblem({
      kind: 'partly-restored',
      message: `Some saved data was not valid: ${dropped.join('; ')}. Everything else was restored, and the saved text is kept as a backup you can download.`,
      backupText: JSON.stringify(persisted),
    });
  }

  const open = fromOtherTab
    ? { incident: current.incident.activeId, postmortem: current.postmortem.activeId }
    : typeof window === 'undefined'
      ? { incident: null, postmortem: null }
      : readOpenItems();
  const incident = fromOtherTab ? mergeIncidentState(current.incident, incidents.state) : incidents.state;
  const postmortem = fromOtherTab ? mergePostmortemState(current.postmortem, postmortems.state) : postmortems.state;

  return {
    ...current,
    // A new revision reloads the calculator form when the saved values differ (first load, another tab).
    calculator: { inputs, draft, revision: current.calculator.revision + (calculatorChanged ? 1 : 0) },
    incident: { ...incident, activeId: open.incident && incident.incidents.some((i) => i.id === open.incident) ? open.incident : null },
    postmortem: { ...postmortem, activeId: open.postmortem && postmortem.docs.some((d) => d.id === open.postmortem) ? open.postmortem : null },
    settings: saved.settings === undefined ? current.settings : restoreSettings(saved.settings),
  };
}

export const appStorage = createSafeStorage<PersistedState>({ version: STATE_VERSION, debounceMs: 250 });

export function createAppStore() {
  return createStore<AppState>()(
    persist(
      (...args) => ({
        ...createCalculatorSlice(...args),
        ...createIncidentSlice(...args),
        ...createPostmortemSlice(...args),
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

// Hydration is synchronous (localStorage), so this measure is the whole restore: read, parse, validate, merge.
// `npm run bench` reads it; it costs two performance entries per page load.
performance.mark('outage-kit:restore-start');
export const appStore = createAppStore();
performance.measure('outage-kit:state-restored', 'outage-kit:restore-start');

if (typeof window !== 'undefined') {
  appStore.subscribe((state, previous) => {
    if (state.incident.activeId !== previous.incident.activeId || state.postmortem.activeId !== previous.postmortem.activeId) {
      writeOpenItems(state);
    }
  });
}

/** JSON with object keys sorted, so two copies of the same data compare equal whatever order built them. */
function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What tabs must never lose to each other: every incident (with its timeline) and which postmortems exist. */
function describeSharedData(persisted: unknown): string {
  const saved = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<string, unknown>;
  const incident = restoreIncidentState(saved.incident).state;
  const postmortem = restorePostmortemState(saved.postmortem).state;
  return stableStringify({
    incidents: [...incident.incidents].sort(byId),
    deletedIncidents: [...incident.deletedIds].sort(),
    postmortems: postmortem.docs.map((doc) => doc.id).sort(),
    deletedPostmortems: [...postmortem.deletedIds].sort(),
  });
}

/**
 * After merging another tab's save: if this tab holds anything that save lacks (both tabs changed
 * something within the save delay, so the other tab's write replaced ours), save the merged state, so
 * the stored copy, and not only the open tabs, keeps both changes. Converges: once a save holds
 * everything, merging it changes nothing and nobody writes back.
 */
function saveIfAheadOfStorage(): void {
  const raw = appStorage.lastRaw(STATE_KEY);
  let saved: unknown;
  try {
    saved = raw === null ? undefined : (JSON.parse(raw) as { state?: unknown }).state;
  } catch {
    return;
  }
  if (describeSharedData(partializeAppState(appStore.getState())) !== describeSharedData(saved)) appStore.setState({});
}

/** Another tab saved: merge its state into ours (rehydrate runs `mergeAppState`). */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== STATE_KEY || event.newValue === null) return;
    if (event.newValue === appStorage.lastRaw(STATE_KEY)) return;
    void Promise.resolve(appStore.persist.rehydrate()).then(saveIfAheadOfStorage);
  });
}
