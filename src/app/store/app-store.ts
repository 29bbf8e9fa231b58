// The one app store, composed: feature slices combined, persisted once through the storage adapter
// (src/lib/storage/), kept in step with other tabs by its TabSync. What is saved and how it is restored and
// merged lives in persisted-state.ts; what is open in this tab in open-items.ts; the tools in section-keys.ts.
//
// The start page is the calculator, so only the calculator and settings slices are part of the start-up
// bundle. The incident and postmortem slices (their actions, validation and merge code, with zod) are
// "sections" installed into the same store when their tool first loads (`installSection`). Until then their
// saved data is kept exactly as it was saved, in `unread`, and written back unchanged: nothing is lost or
// rewritten by a tab that never opened that tool.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { createCalculatorSlice, type CalculatorSlice } from '../../features/calculator/store/calculator-slice';
import type { IncidentSlice, IncidentState } from '../../features/incident/store/incident-slice';
import type { PostmortemSlice, PostmortemState } from '../../features/postmortem/store/postmortem-slice';
import { TabSync } from '../../lib/storage/tab-sync';
import { createSafeStorage } from '../../lib/storage/zustand-adapter';
import { STATE_KEY } from '../../lib/storage-keys';
import { readOpenItems, writeOpenItems } from './open-items';
import {
  describeSharedState,
  droppedMessage,
  mergeAppState,
  migrateAppState,
  partializeAppState,
  reportDropped,
  sectionState,
} from './persisted-state';
import { SECTION_KEYS, SECTION_SPLIT, type SectionKey } from './section-keys';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';

/** The state every page has from the start. */
export interface CoreState extends CalculatorSlice, SettingsSlice {
  /** Saved data of tools whose code has not loaded in this tab yet, exactly as it was saved. */
  unread: Partial<Record<SectionKey, unknown>>;
}

/** The whole store: the incident and postmortem slices exist once their tool has loaded. */
export type AppState = CoreState & Partial<IncidentSlice> & Partial<PostmortemSlice>;
/** The store once both tools are installed (tests, and the code that installed them). */
export type FullAppState = CoreState & IncidentSlice & PostmortemSlice;

/** The version of the state's shape (saved and exported). Bump it with a migration step in `migrateAppState`. */
export const STATE_VERSION = 1;

/**
 * The version stamp of what is in localStorage: the state's shape plus how it is laid out in keys. Version 2
 * keeps each incident and postmortem under its own key (see `appStorage`); versions 0 and 1 kept everything
 * in one key and are read as they are (the first save writes the new layout). A build that only
 * knows version 1 sees version 2 as "saved by a newer version" and never overwrites it.
 */
export const STORAGE_VERSION = 2;

/** What is saved: data only, never functions or transient UI state. */
export interface PersistedState {
  calculator: Pick<CalculatorSlice['calculator'], 'inputs' | 'draft'>;
  /** The incident tool's data (`Omit<IncidentState, 'activeId'>` once read; as saved until then). */
  incident?: Omit<IncidentState, 'activeId'> | unknown;
  /** The postmortem tool's data (`Omit<PostmortemState, 'activeId'>` once read; as saved until then). */
  postmortem?: Omit<PostmortemState, 'activeId'> | unknown;
  settings: SettingsSlice['settings'];
}

/** What a tool's section tells the store: how to build, restore and merge its slice. */
export interface StoreSection<S extends { activeId: string | null } = { activeId: string | null }> {
  key: SectionKey;
  /** Singular and plural, for "2 incidents could not be read". */
  noun: readonly [string, string];
  /** The slice: its actions and initial state (under `key`). */
  create(set: StoreApi<AppState>['setState'], get: () => AppState, api: StoreApi<AppState>): object;
  /** Keeps every valid part of saved data; never throws. `dropped` counts items that were not valid. */
  restore(saved: unknown): { state: S; dropped: number };
  /** Merges another tab's state into this tab's, losing nothing either holds. */
  merge(local: S, remote: S): S;
  /** Whether an item with this id exists (to keep which one is open in this tab). */
  has(state: S, id: string): boolean;
  /** What two tabs must never lose to each other, in a comparable form. */
  shared(state: S): unknown;
}

export type AnySection = StoreSection<{ activeId: string | null }>;

/**
 * The app's storage. Incidents and postmortems are kept one per key (`outage-kit:state:incident:<id>`), with
 * the main key holding the calculator, settings and the lists of ids: a save writes only what changed, and
 * the start page reads only the main key (each tool reads its items when it loads).
 */
export const appStorage = createSafeStorage<PersistedState>({
  version: STORAGE_VERSION,
  stateVersion: STATE_VERSION,
  debounceMs: 250,
  split: SECTION_SPLIT,
});

/** The store, and how a tool's section joins it. */
export interface AppStore extends StoreApi<AppState> {
  /** Installs a tool's slice, restoring its saved data (once; later calls do nothing). */
  installSection: (section: AnySection) => void;
  /** Merges the state another tab saved into this one (the `storage` event calls it). */
  mergeFromOtherTab: () => Promise<void>;
  /** Merges other tabs' saves as they happen (`storage` events on `target`); returns a function that stops. */
  listenToOtherTabs: (target: Window) => () => void;
  persist: { rehydrate: () => Promise<void> | void };
}

/**
 * Creates the app store. `sections` are installed before the saved state is read (tests); the app installs
 * them later, when a tool first loads.
 */
export function createAppStore(sections: readonly AnySection[] = []): AppStore {
  const installed = new Map<SectionKey, AnySection>(sections.map((s) => [s.key, s]));

  const tabSync = new TabSync<AppState>({
    name: STATE_KEY,
    storage: appStorage,
    parts: () => [...installed.keys()],
    merge: (saved, current, { fromOtherTab }) =>
      mergeAppState(saved, current, [...installed.values()], {
        fromOtherTab,
        open: fromOtherTab ? {} : readOpenItems(),
        snapshot: () => appStorage.snapshot(STATE_KEY),
      }),
    shared: (state) => describeSharedState(installed.values(), undefined, state),
    sharedOfSaved: (saved) => describeSharedState(installed.values(), saved as PersistedState | undefined),
  });

  const store = createStore<AppState>()(
    persist(
      (set, get, api) => {
        const core: CoreState = { ...createCalculatorSlice(set, get, api), ...createSettingsSlice(set, get, api), unread: {} };
        let state: AppState = core;
        for (const section of installed.values()) state = { ...state, ...section.create(set, get, api) };
        return state;
      },
      {
        name: STATE_KEY,
        version: STATE_VERSION,
        storage: appStorage,
        partialize: partializeAppState,
        migrate: migrateAppState,
        merge: tabSync.merge,
      },
    ),
  );
  tabSync.connect(store);

  function installSection(section: AnySection): void {
    if (installed.has(section.key)) return;
    installed.set(section.key, section);
    const started = typeof performance === 'undefined' ? 0 : performance.now();
    const { unread } = store.getState();
    const saved = (appStorage.assemble(STATE_KEY, { [section.key]: unread[section.key] }, [section.key]) as Record<string, unknown>)[section.key];
    const restored = section.restore(saved);
    reportDropped(
      restored.dropped > 0 ? [droppedMessage(section, restored.dropped)] : [],
      () => appStorage.snapshot(STATE_KEY) ?? JSON.stringify({ [section.key]: saved }),
    );
    const openId = readOpenItems()[section.key];
    const { [section.key]: _read, ...stillUnread } = unread;
    // What the tool reads is what is saved: installing it writes nothing (the next edit saves it all).
    appStorage.withoutSaving(() =>
      store.setState({
        ...section.create(store.setState, store.getState, store),
        [section.key]: { ...restored.state, activeId: openId && section.has(restored.state, openId) ? openId : null },
        unread: stillUnread,
      }),
    );
    // `npm run bench` reads these: reading, validating and merging a tool's saved data when it loads.
    if (typeof performance !== 'undefined') performance.measure(`outage-kit:section-restored:${section.key}`, { start: started });
  }

  return Object.assign(store, {
    installSection,
    mergeFromOtherTab: () => tabSync.mergeFromOtherTab(),
    listenToOtherTabs: (target: Window) => tabSync.listen(target),
  });
}

// Hydration is synchronous (localStorage), so this measure is the whole start-up restore: read, parse,
// validate the calculator and settings, keep the tools' data as saved. `npm run bench` reads it.
if (typeof performance !== 'undefined') performance.mark('outage-kit:restore-start');
export const appStore = createAppStore();
if (typeof performance !== 'undefined') performance.measure('outage-kit:state-restored', 'outage-kit:restore-start');

if (typeof window !== 'undefined') {
  appStore.subscribe((state, previous) => {
    if (SECTION_KEYS.some((key) => sectionState(state, key)?.activeId !== sectionState(previous, key)?.activeId)) {
      writeOpenItems(state);
    }
  });

  appStore.listenToOtherTabs(window);
}
