// The incident tool's part of the app store, installed when the tool first loads (see app-store.ts).
import type { StoreApi } from 'zustand';
import { toolData } from '../router';
import type { Incident } from '../../features/incident/domain/incident-types';
import {
  createIncidentSlice,
  mergeIncidentState,
  restoreIncidentState,
  type IncidentSlice,
  type IncidentState,
} from '../../features/incident/store/incident-slice';
import { stableStringify, type AppState, type StoreSection } from '../store/app-store';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const incidentSection: StoreSection<IncidentState> = {
  key: 'incident',
  noun: toolData('incident').section.noun,
  create: (set, get, api) =>
    createIncidentSlice(
      set as StoreApi<IncidentSlice>['setState'],
      get as () => IncidentSlice,
      api as unknown as StoreApi<IncidentSlice>,
    ),
  restore: restoreIncidentState,
  merge: mergeIncidentState,
  has: (state, id) => state.incidents.some((i: Incident) => i.id === id),
  // Every incident with its whole timeline, and every deletion.
  shared: (state) =>
    stableStringify({ incidents: [...state.incidents].sort(byId), deleted: [...state.deletedIds].sort() }),
};

/** The store seen by the incident tool, once its section is installed. */
export const asIncidentStore = (store: StoreApi<AppState>) => store as unknown as StoreApi<IncidentSlice>;

/**
 * Migration: incidents saved before numbers existed (or imported, or written by an older tab) get one, in
 * declaration order, once; from then on the number is saved with the incident. Both routes that read incidents call it.
 */
let numbering = false;
export function keepIncidentsNumbered(store: StoreApi<AppState>): void {
  if (numbering) return;
  numbering = true;
  const incidentStore = asIncidentStore(store);
  const assign = () => {
    const state = incidentStore.getState();
    if (state.incident.incidents.some((incident) => incident.number === undefined)) state.assignIncidentNumbers();
  };
  assign();
  incidentStore.subscribe(assign);
}
