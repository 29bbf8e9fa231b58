// "Export all data", "Import all data" and "Clear all data": nothing typed is ever trapped in this browser,
// and an import replaces everything or nothing.
import { restoreCostDraft } from '../features/calculator/domain/cost-form';
import { parseCostInputs } from '../features/calculator/domain/cost-inputs';
import { parseFile, toErrorList } from '../lib/parse-json-envelope';
import { BACKUP_KEY_PREFIX, EMBED_TARGET_KEY, REVIEW_RULES_KEY, STATE_KEY, TRACKER_KEY } from '../lib/storage-keys';
import { storageStatus } from '../lib/storage-status';
import { ALL_DATA_FILE } from './data-export';
import { toolData, type ToolData } from './router';
import { appStorage, appStore, type FullAppState, type PersistedState } from './store/app-store';
import type { SectionKey } from './store/section-keys';
import { restoreSettings } from './store/settings-slice';
import { TOOL_SECTIONS as SECTIONS } from './tool-sections';

// Import and clear act on every tool's data, so every tool's part of the store is read first.
for (const section of SECTIONS) appStore.installSection(section);

/** The largest file "Import all data" accepts. */
export const ALL_DATA_MAX_BYTES = ALL_DATA_FILE.maxBytes;

/** The plural noun of each tool's items ("incidents", "postmortems"): the summary counts them by it. */
type ItemsNoun = Extract<ToolData, { section: object }>['section']['noun'][1];

export type AllDataSummary = Record<ItemsNoun, number> & {
  /** The incident tool's extra figure: "3 incidents (1 running)". */
  runningIncidents: number;
  calculator: boolean;
};

/** A validated import: every tool's data, read. */
export type ImportedState = PersistedState & { [K in SectionKey]: Omit<FullAppState[K], 'activeId'> };

/** A section's items (its `items` field in tool-data.mjs), in its restored state. */
function itemsOf(key: SectionKey, state: unknown): unknown {
  return (state as Record<string, unknown> | null | undefined)?.[toolData(key).section.items];
}

function summarize(state: Record<SectionKey, unknown>): AllDataSummary {
  const counts = Object.fromEntries(
    SECTIONS.map((section) => [section.noun[1], (itemsOf(section.key, state[section.key]) as unknown[]).length]),
  ) as Record<ItemsNoun, number>;
  const incidents = (state.incident as FullAppState['incident']).incidents;
  return { ...counts, runningIncidents: incidents.filter((i) => i.status === 'active').length, calculator: true };
}

export type ParsedAllData = { ok: true; state: ImportedState; summary: AllDataSummary } | { ok: false; errors: string[] };

/**
 * Validates an "Export all data" file, all or nothing: any invalid incident, postmortem or value rejects the
 * whole file with a message saying what is wrong, so an import never half-replaces the user's data.
 */
export function parseAllData(text: string): ParsedAllData {
  const envelope = toErrorList(parseFile(ALL_DATA_FILE, text));
  if (!envelope.ok) return envelope;
  const payload = envelope.value;
  if (typeof payload !== 'object' || payload === null) {
    return { ok: false, errors: ['This file has no saved data in it. Export all data again and import the new file.'] };
  }
  const saved = payload as Record<string, unknown>;
  const errors: string[] = [];

  const calculator = (saved.calculator ?? {}) as { inputs?: unknown; draft?: unknown };
  const inputs = parseCostInputs(calculator.inputs);
  if (!inputs.ok) errors.push(`Calculator: ${inputs.issues.slice(0, 3).map((i) => i.message).join('; ')}.`);

  const read: Record<string, unknown> = {};
  for (const section of SECTIONS) {
    const list = itemsOf(section.key, saved[section.key]);
    const restored = section.restore(saved[section.key]);
    const kept = itemsOf(section.key, restored.state) as unknown[];
    if (restored.dropped > 0 || (Array.isArray(list) && kept.length < list.length)) {
      errors.push(`${restored.dropped || 'Some'} ${section.noun[0]}(s) in this file are not valid.`);
    }
    const { activeId: _open, ...data } = restored.state;
    read[section.key] = data;
  }
  if (errors.length > 0 || !inputs.ok) return { ok: false, errors: [...errors, 'Nothing was imported: your current data is unchanged.'] };

  const state = {
    calculator: { inputs: inputs.value, draft: restoreCostDraft(calculator.draft) },
    ...read,
    settings: restoreSettings(saved.settings),
  } as ImportedState;
  return {
    ok: true,
    state,
    summary: summarize(state),
  };
}

/** What the app holds now, for the "what will be replaced" summary. */
export function summarizeCurrentData(): AllDataSummary {
  return summarize(appStore.getState() as FullAppState);
}

/** Replaces the whole state with a validated import and saves it at once. */
export function replaceAllData(state: ImportedState): void {
  // Every saved item not in the import goes, including any another tab added since this one read them.
  appStorage.claimAll(STATE_KEY);
  appStore.setState((current) => ({
    calculator: { inputs: state.calculator.inputs, draft: state.calculator.draft, revision: current.calculator.revision + 1 },
    ...Object.fromEntries(SECTIONS.map((section) => [section.key, { ...state[section.key], activeId: null }])),
    settings: state.settings,
  }));
  appStorage.flush();
}

/** Removes everything Outage Kit saved in this browser (state, backups, the builder's tab, the tracker, the review rules) and starts fresh. */
export function clearAllData(): void {
  // Stop every save first, or the page-hide flush would write the in-memory state straight back.
  storageStatus.setState({ readOnly: true });
  try {
    const keys: string[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key === STATE_KEY || key === EMBED_TARGET_KEY || key === TRACKER_KEY || key === REVIEW_RULES_KEY || key?.startsWith(`${STATE_KEY}:`) || key?.startsWith(BACKUP_KEY_PREFIX)) keys.push(key);
    }
    keys.forEach((key) => window.localStorage.removeItem(key));
    window.sessionStorage.clear();
  } catch {
    // Storage may be unavailable; the reload below starts from defaults either way.
  }
  window.location.reload();
}
