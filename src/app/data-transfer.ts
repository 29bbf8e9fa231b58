// "Export all data", "Import all data" and "Clear all data": nothing typed is ever trapped in this browser,
// and an import replaces everything or nothing.
import { restoreCostDraft } from '../features/calculator/domain/cost-form';
import { parseCostInputs } from '../features/calculator/domain/cost-inputs';
import { restoreIncidentState, type IncidentState } from '../features/incident/store/incident-slice';
import { restorePostmortemState, type PostmortemState } from '../features/postmortem/store/postmortem-slice';
import { parseJsonEnvelope } from '../lib/parse-json-envelope';
import { BACKUP_KEY_PREFIX, EMBED_TARGET_KEY, STATE_KEY, TRACKER_KEY } from '../lib/storage-keys';
import { storageStatus } from '../lib/storage-status';
import { ALL_DATA_FORMAT } from './data-export';
import { incidentSection } from './sections/incident-section';
import { postmortemSection } from './sections/postmortem-section';
import { appStorage, appStore, STATE_VERSION, type FullAppState, type PersistedState } from './store/app-store';
import { restoreSettings } from './store/settings-slice';

// Import and clear act on every tool's data, so both tools' parts of the store are read first.
appStore.installSection(incidentSection);
appStore.installSection(postmortemSection);

/** The largest file "Import all data" accepts. */
export const ALL_DATA_MAX_BYTES = 20 * 1024 * 1024;

export interface AllDataSummary {
  incidents: number;
  postmortems: number;
  runningIncidents: number;
  calculator: boolean;
}

/** A validated import: every tool's data, read. */
export type ImportedState = PersistedState & {
  incident: Omit<IncidentState, 'activeId'>;
  postmortem: Omit<PostmortemState, 'activeId'>;
};

export type ParsedAllData = { ok: true; state: ImportedState; summary: AllDataSummary } | { ok: false; errors: string[] };

/**
 * Validates an "Export all data" file, all or nothing: any invalid incident, postmortem or value rejects the
 * whole file with a message saying what is wrong, so an import never half-replaces the user's data.
 */
export function parseAllData(text: string): ParsedAllData {
  const envelope = parseJsonEnvelope(text, {
    format: ALL_DATA_FORMAT,
    version: STATE_VERSION,
    key: 'state',
    maxBytes: ALL_DATA_MAX_BYTES,
    noun: 'a full Outage Kit export',
  });
  if (!envelope.ok) return envelope;
  const payload = envelope.payload;
  if (typeof payload !== 'object' || payload === null) {
    return { ok: false, errors: ['This file has no saved data in it. Export all data again and import the new file.'] };
  }
  const saved = payload as Record<string, unknown>;
  const errors: string[] = [];

  const calculator = (saved.calculator ?? {}) as { inputs?: unknown; draft?: unknown };
  const inputs = parseCostInputs(calculator.inputs);
  if (!inputs.ok) errors.push(`Calculator: ${inputs.issues.slice(0, 3).map((i) => i.message).join('; ')}.`);

  const incidentList = (saved.incident as { incidents?: unknown } | undefined)?.incidents;
  const incidents = restoreIncidentState(saved.incident);
  if (incidents.dropped > 0 || (Array.isArray(incidentList) && incidents.state.incidents.length < incidentList.length)) {
    errors.push(`${incidents.dropped || 'Some'} incident(s) in this file are not valid.`);
  }
  const docList = (saved.postmortem as { docs?: unknown } | undefined)?.docs;
  const postmortems = restorePostmortemState(saved.postmortem);
  if (postmortems.dropped > 0 || (Array.isArray(docList) && postmortems.state.docs.length < docList.length)) {
    errors.push(`${postmortems.dropped || 'Some'} postmortem(s) in this file are not valid.`);
  }
  if (errors.length > 0 || !inputs.ok) return { ok: false, errors: [...errors, 'Nothing was imported: your current data is unchanged.'] };

  const { activeId: _i, ...incident } = incidents.state;
  const { activeId: _p, ...postmortem } = postmortems.state;
  const state: ImportedState = {
    calculator: { inputs: inputs.value, draft: restoreCostDraft(calculator.draft) },
    incident,
    postmortem,
    settings: restoreSettings(saved.settings),
  };
  return {
    ok: true,
    state,
    summary: {
      incidents: incident.incidents.length,
      runningIncidents: incident.incidents.filter((i) => i.status === 'active').length,
      postmortems: postmortem.docs.length,
      calculator: true,
    },
  };
}

/** What the app holds now, for the "what will be replaced" summary. */
export function summarizeCurrentData(): AllDataSummary {
  const state = appStore.getState() as FullAppState;
  return {
    incidents: state.incident.incidents.length,
    runningIncidents: state.incident.incidents.filter((i) => i.status === 'active').length,
    postmortems: state.postmortem.docs.length,
    calculator: true,
  };
}

/** Replaces the whole state with a validated import and saves it at once. */
export function replaceAllData(state: ImportedState): void {
  // Every saved item not in the import goes, including any another tab added since this one read them.
  appStorage.claimAll(STATE_KEY);
  appStore.setState((current) => ({
    calculator: { inputs: state.calculator.inputs, draft: state.calculator.draft, revision: current.calculator.revision + 1 },
    incident: { ...state.incident, activeId: null },
    postmortem: { ...state.postmortem, activeId: null },
    settings: state.settings,
  }));
  appStorage.flush();
}

/** Removes everything Outage Kit saved in this browser (state, backups, the builder's tab, the tracker) and starts fresh. */
export function clearAllData(): void {
  // Stop every save first, or the page-hide flush would write the in-memory state straight back.
  storageStatus.setState({ readOnly: true });
  try {
    const keys: string[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key === STATE_KEY || key === EMBED_TARGET_KEY || key === TRACKER_KEY || key?.startsWith(`${STATE_KEY}:`) || key?.startsWith(BACKUP_KEY_PREFIX)) keys.push(key);
    }
    keys.forEach((key) => window.localStorage.removeItem(key));
    window.sessionStorage.clear();
  } catch {
    // Storage may be unavailable; the reload below starts from defaults either way.
  }
  window.location.reload();
}
