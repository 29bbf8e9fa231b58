// Incident components read their store from context: the app passes its persisted store.
import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { IncidentSlice } from './incident-slice';

export const IncidentStoreContext = createContext<StoreApi<IncidentSlice> | null>(null);

/** Selects from the incident store provided above this component. */
export function useIncidentStore<T>(selector: (state: IncidentSlice) => T): T {
  const store = useContext(IncidentStoreContext);
  if (!store) throw new Error('useIncidentStore needs an IncidentStoreContext provider');
  return useStore(store, selector);
}

/** The store itself, for imperative reads in event handlers and timers. */
export function useIncidentStoreApi(): StoreApi<IncidentSlice> {
  const store = useContext(IncidentStoreContext);
  if (!store) throw new Error('useIncidentStoreApi needs an IncidentStoreContext provider');
  return store;
}
