// The saved shape of the app state and how it is restored: what is saved (partialize), how older saves are
// upgraded (migrate), and how saved state joins this tab's (merge), with the report of what had to be dropped.
import { restoreCostDraft } from '../../features/calculator/domain/cost-form';
import { restoreCostInputs } from '../../features/calculator/domain/cost-inputs';
import { stableStringify } from '../../lib/stable-stringify';
import { reportStorageProblem, storageStatus } from '../../lib/storage-status';
import type { AnySection, AppState, PersistedState } from './app-store';
import { SECTION_KEYS, type SectionKey } from './section-keys';
import { restoreSettings } from './settings-slice';

export type SectionState = { activeId: string | null };

export const sectionState = (state: AppState, key: SectionKey): SectionState | undefined =>
  (state as unknown as Partial<Record<SectionKey, SectionState>>)[key];

/** Saved data of each tool: as read for installed tools (without what is open in this tab), else as saved. */
export function partializeAppState(state: AppState): PersistedState {
  const { inputs, draft } = state.calculator;
  const saved: PersistedState = { calculator: { inputs, draft }, settings: state.settings };
  for (const key of SECTION_KEYS) {
    const section = sectionState(state, key);
    if (section) {
      const { activeId: _open, ...data } = section;
      saved[key] = data;
    } else if (state.unread[key] !== undefined) {
      saved[key] = state.unread[key];
    }
  }
  return saved;
}

/**
 * Upgrades saved state from an older version. Version 0 is "no version stamp": treated as version 1's shape;
 * version 2 differs from 1 only in its storage layout, which the storage itself reads and writes.
 */
export function migrateAppState(persisted: unknown, _fromVersion: number): PersistedState {
  return persisted as PersistedState;
}

export const droppedMessage = (section: AnySection, count: number) =>
  `${count} ${section.noun[count === 1 ? 0 : 1]} could not be read`;

// What was dropped so far: a tool that loads later adds its part to the same notice (and the same backup).
let droppedParts: string[] = [];

export function reportDropped(dropped: string[], backupText: () => string): void {
  if (dropped.length === 0) return;
  const existing = storageStatus.getState().problems.find((p) => p.kind === 'partly-restored');
  droppedParts = existing ? [...droppedParts, ...dropped.filter((d) => !droppedParts.includes(d))] : [...dropped];
  reportStorageProblem({
    kind: 'partly-restored',
    message: `Some saved data was not valid: ${droppedParts.join('; ')}. Everything else was restored, and the saved text is kept as a backup you can download.`,
    backupText: existing?.backupText ?? backupText(),
    ...(existing?.backupKey !== undefined ? { backupKey: existing.backupKey } : {}),
  });
}

/**
 * Restores saved state into the current one, keeping every valid part and falling back to the current
 * value for anything invalid; never throws. Reports when something had to be dropped. Tools not installed
 * keep their saved data as it is. From another tab, incidents and postmortems are merged item by item so
 * neither tab loses anything. `open` is what this tab had open (first load only).
 */
export function mergeAppState(
  persisted: unknown,
  current: AppState,
  sections: readonly AnySection[],
  {
    fromOtherTab,
    open,
    snapshot = () => null,
  }: {
    fromOtherTab: boolean;
    open: Partial<Record<SectionKey, string>>;
    /** Everything saved, as one text, for the backup of what was dropped (default: `persisted` as JSON). */
    snapshot?: () => string | null;
  },
): AppState {
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

  const next: Record<string, unknown> = {};
  const unread: Partial<Record<SectionKey, unknown>> = {};
  for (const key of SECTION_KEYS) {
    const section = sections.find((s) => s.key === key);
    if (!section) {
      // This tab has not opened the tool: keep the latest saved copy as it is.
      if (saved[key] !== undefined) unread[key] = saved[key];
      continue;
    }
    const restored = section.restore(saved[key]);
    if (restored.dropped > 0) dropped.push(droppedMessage(section, restored.dropped));
    const local = sectionState(current, key);
    const state = fromOtherTab && local ? section.merge(local, restored.state) : restored.state;
    const activeId = fromOtherTab ? (local?.activeId ?? null) : (open[key] ?? null);
    next[key] = { ...state, activeId: activeId && section.has(state, activeId) ? activeId : null };
  }
  reportDropped(dropped, () => snapshot() ?? JSON.stringify(persisted));

  return {
    ...current,
    ...next,
    unread,
    // A new revision reloads the calculator form when the saved values differ (first load, another tab).
    calculator: { inputs, draft, revision: current.calculator.revision + (calculatorChanged ? 1 : 0) },
    settings: saved.settings === undefined ? current.settings : restoreSettings(saved.settings),
  };
}

/**
 * What tabs must never lose to each other, for each installed tool, as one comparable text: of this tab's
 * state (`fromState`), or else of a save as read.
 */
export function describeSharedState(sections: Iterable<AnySection>, persisted: PersistedState | undefined, fromState?: AppState): string {
  const saved = (persisted ?? {}) as Record<string, unknown>;
  const parts: Record<string, unknown> = {};
  for (const section of sections) {
    const state = fromState ? sectionState(fromState, section.key) : section.restore(saved[section.key]).state;
    if (state) parts[section.key] = section.shared(state);
  }
  return stableStringify(parts);
}
