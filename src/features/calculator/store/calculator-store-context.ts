// Calculator components read their store from context, so the app can pass its persisted store and the
// embed a private one, without the feature knowing which.
import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { CalculatorSlice } from './calculator-slice';

export const CalculatorStoreContext = createContext<StoreApi<CalculatorSlice> | null>(null);

/** Selects from the calculator store provided above this component. */
export function useCalculatorStore<T>(selector: (state: CalculatorSlice) => T): T {
  const store = useContext(CalculatorStoreContext);
  if (!store) throw new Error('useCalculatorStore needs a CalculatorStoreContext provider');
  return useStore(store, selector);
}

/** The store itself, for imperative reads in event handlers. */
export function useCalculatorStoreApi(): StoreApi<CalculatorSlice> {
  const store = useContext(CalculatorStoreContext);
  if (!store) throw new Error('useCalculatorStoreApi needs a CalculatorStoreContext provider');
  return store;
}
