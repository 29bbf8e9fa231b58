// The incident tool's state: every incident (running and past), the user's default runbook and
// notification preferences. Changes go through pure domain actions (`declareIncident`, `setStepDone`, …).
import type { StateCreator } from 'zustand';
import { declareIncident, type DeclareIncidentInput } from '../domain/incident-actions';
import type { Incident, Runbook } from '../domain/incident-types';
import { DEFAULT_RUNBOOK } from '../domain/default-runbook';
import { mergeIncident, mergeIncidentLists } from '../domain/merge-incidents';
import { stampLocalChange } from '../domain/incident-clock';
import { restoreIncidents } from '../domain/incident-schema';
import { validateRunbook } from '../domain/runbook';
import {
  assignMissingIncidentNumbers,
  DEFAULT_NUMBER_PREFIX,
  issueIncidentNumber,
  mergeIssuedNumbers,
  normalizeNumberPrefix,
  restoreIssuedNumbers,
  type IssuedNumbers,
} from '../domain/incident-number';

export interface IncidentPreferences {
  /** Play a short tone when an update becomes overdue (off unless the user switches it on). */
  sound: boolean;
  /** Show a desktop notification when an update becomes overdue (off unless switched on and permitted). */
  notifications: boolean;
  /** Show the live cost ticker. */
  showCost: boolean;
  /** Show times in UTC beside local times in the timeline. */
  showUtc: boolean;
  /** The prefix of new incidents' numbers ("INC" → INC-2026-014). */
  numberPrefix: string;
  /**
   * Who this browser's person is ("Alice"): set once, written on their notes, edits and status updates so several
   * scribes can share one timeline. '' until they say. Never part of an incident file except as entries' authors.
   */
  author: string;
}

/** The longest author name kept (the schema's limit for names in an incident). */
export const AUTHOR_MAX = 200;

export interface IncidentState {
  incidents: Incident[];
  /** Ids of deleted incidents, so another tab's copy does not bring them back in a merge. */
  deletedIds: string[];
  /** The incident shown on the incident page; null shows the declare form. */
  activeId: string | null;
  /** The runbook new incidents start from (the user's edited copy, or the built-in one). */
  runbook: Runbook;
  /** The highest incident number issued per year, so a deleted incident's number is never issued again. */
  issuedNumbers: IssuedNumbers;
  preferences: IncidentPreferences;
}

export interface IncidentSlice {
  incident: IncidentState;
  declareIncident: (input: DeclareIncidentInput, now: number) => Incident;
  /** Applies a pure domain action to one incident. */
  updateIncident: (id: string, update: (incident: Incident) => Incident) => void;
  setActiveIncident: (id: string | null) => void;
  deleteIncident: (id: string) => void;
  /** Adds or replaces an incident (JSON import). */
  importIncident: (incident: Incident) => void;
  /** Adds an incident, or merges it into the copy already kept (a teammate's file): returns the result. */
  mergeImportedIncident: (incident: Incident) => Incident;
  setDefaultRunbook: (runbook: Runbook) => void;
  resetDefaultRunbook: () => void;
  setIncidentPreferences: (patch: Partial<IncidentPreferences>) => void;
  /** Migration: numbers incidents saved (or imported, or merged from an older tab) without one, in declaration order. */
  assignIncidentNumbers: () => void;
}

export const DEFAULT_INCIDENT_PREFERENCES: IncidentPreferences = {
  sound: false,
  notifications: false,
  showCost: true,
  showUtc: false,
  numberPrefix: DEFAULT_NUMBER_PREFIX,
  author: '',
};

/** An author name as kept: trimmed, single-spaced, at most AUTHOR_MAX characters. */
export function normalizeAuthor(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, AUTHOR_MAX);
}

export function createInitialIncidentState(): IncidentState {
  return { incidents: [], deletedIds: [], activeId: null, runbook: DEFAULT_RUNBOOK, issuedNumbers: {}, preferences: DEFAULT_INCIDENT_PREFERENCES };
}

export const createIncidentSlice: StateCreator<IncidentSlice, [], [], IncidentSlice> = (set, get) => ({
  incident: createInitialIncidentState(),
  declareIncident: (input, now) => {
    const state = get().incident;
    const issued = issueIncidentNumber(state.incidents, state.issuedNumbers, now, state.preferences.numberPrefix);
    const created = declareIncident({ ...input, number: issued.number }, now);
    set((s) => ({
      incident: { ...s.incident, incidents: [created, ...s.incident.incidents], activeId: created.id, issuedNumbers: issued.issued },
    }));
    return created;
  },
  // Every local change is stamped here (clocks, base versions, the author), whichever action made it.
  updateIncident: (id, update) =>
    set((s) => ({
      incident: {
        ...s.incident,
        incidents: s.incident.incidents.map((i) => (i.id === id ? stampLocalChange(i, update(i), Date.now(), s.incident.preferences.author) : i)),
      },
    })),
  setActiveIncident: (id) => set((s) => ({ incident: { ...s.incident, activeId: id } })),
  deleteIncident: (id) =>
    set((s) => ({
      incident: {
        ...s.incident,
        incidents: s.incident.incidents.filter((i) => i.id !== id),
        deletedIds: [...new Set([...s.incident.deletedIds, id])],
        activeId: s.incident.activeId === id ? null : s.incident.activeId,
      },
    })),
  importIncident: (incident) =>
    // An incident from a file without a number is numbered by `assignIncidentNumbers`, like a saved one.
    set((s) => ({
      incident: {
        ...s.incident,
        incidents: [incident, ...s.incident.incidents.filter((i) => i.id !== incident.id)],
        deletedIds: s.incident.deletedIds.filter((d) => d !== incident.id),
      },
    })),
  mergeImportedIncident: (incident) => {
    const existing = get().incident.incidents.find((i) => i.id === incident.id);
    const merged = existing ? mergeIncident(existing, incident) : incident;
    set((s) => ({
      incident: {
        ...s.incident,
        incidents: existing ? s.incident.incidents.map((i) => (i.id === incident.id ? merged : i)) : [merged, ...s.incident.incidents],
        deletedIds: s.incident.deletedIds.filter((d) => d !== incident.id),
      },
    }));
    return merged;
  },
  setDefaultRunbook: (runbook) => set((s) => ({ incident: { ...s.incident, runbook } })),
  resetDefaultRunbook: () => set((s) => ({ incident: { ...s.incident, runbook: DEFAULT_RUNBOOK } })),
  setIncidentPreferences: (patch) =>
    set((s) => {
      const preferences = { ...s.incident.preferences, ...patch };
      // An invalid prefix never reaches the state (the form says what to fix).
      if (patch.numberPrefix !== undefined) preferences.numberPrefix = normalizeNumberPrefix(patch.numberPrefix) ?? s.incident.preferences.numberPrefix;
      if (patch.author !== undefined) preferences.author = normalizeAuthor(patch.author);
      return { incident: { ...s.incident, preferences } };
    }),
  assignIncidentNumbers: () => {
    const state = get().incident;
    const result = assignMissingIncidentNumbers(state.incidents, state.issuedNumbers, state.preferences.numberPrefix);
    if (result.incidents === state.incidents) return;
    set((s) => ({ incident: { ...s.incident, incidents: [...result.incidents], issuedNumbers: result.issued } }));
  },
});

/**
 * Restores saved incident state, keeping every valid incident and the rest of the state where valid.
 * Never throws. `dropped` counts incidents that could not be restored.
 */
export function restoreIncidentState(value: unknown): { state: IncidentState; dropped: number } {
  const initial = createInitialIncidentState();
  if (typeof value !== 'object' || value === null) return { state: initial, dropped: 0 };
  const v = value as Partial<Record<keyof IncidentState, unknown>>;
  const { incidents, dropped } = restoreIncidents(v.incidents ?? []);
  const deletedIds = Array.isArray(v.deletedIds) ? v.deletedIds.filter((d): d is string => typeof d === 'string') : [];
  let runbook = initial.runbook;
  if (v.runbook !== undefined) {
    const validated = validateRunbook(v.runbook);
    if (validated.ok) runbook = validated.runbook;
  }
  const p = (typeof v.preferences === 'object' && v.preferences !== null ? v.preferences : {}) as Record<string, unknown>;
  const bool = (key: 'sound' | 'notifications' | 'showCost' | 'showUtc') => (typeof p[key] === 'boolean' ? (p[key] as boolean) : initial.preferences[key]);
  const author = typeof p.author === 'string' ? normalizeAuthor(p.author) : '';
  const numberPrefix = typeof p.numberPrefix === 'string' ? (normalizeNumberPrefix(p.numberPrefix) ?? initial.preferences.numberPrefix) : initial.preferences.numberPrefix;
  return {
    state: {
      incidents: incidents.filter((i) => !deletedIds.includes(i.id)),
      deletedIds,
      activeId: null,
      runbook,
      issuedNumbers: restoreIssuedNumbers(v.issuedNumbers),
      preferences: { sound: bool('sound'), notifications: bool('notifications'), showCost: bool('showCost'), showUtc: bool('showUtc'), numberPrefix, author },
    },
    dropped,
  };
}

/**
 * Merges another tab's incident state into ours: incidents union by id (timelines merged entry by entry),
 * deletions from either side win; the runbook and preferences are the other tab's (the latest write);
 * which incident this tab shows stays its own.
 */
export function mergeIncidentState(local: IncidentState, remote: IncidentState): IncidentState {
  const deletedIds = [...new Set([...local.deletedIds, ...remote.deletedIds])];
  const incidents = mergeIncidentLists(local.incidents, remote.incidents).filter((i) => !deletedIds.includes(i.id));
  return {
    ...local,
    incidents,
    deletedIds,
    runbook: remote.runbook,
    issuedNumbers: mergeIssuedNumbers(local.issuedNumbers, remote.issuedNumbers),
    preferences: remote.preferences,
    activeId: local.activeId && incidents.some((i) => i.id === local.activeId) ? local.activeId : null,
  };
}
