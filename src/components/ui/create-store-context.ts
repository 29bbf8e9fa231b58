// A feature's components read their zustand store from React context, so the app can pass its persisted
// store and an embed (or a test) a private one, without the feature knowing which. One factory for all of them.
import { createContext, useContext, type Context } from 'react';
import { useStore, type StoreApi } from 'zustand';

export interface StoreContext<S> {
  /** Provide the store with `<Context value={store}>` above the feature's components. */
  Context: Context<StoreApi<S> | null>;
  /** Selects from the store provided above this component. */
  useSelector: <T>(selector: (state: S) => T) => T;
  /** The store itself, for imperative reads in event handlers and timers. */
  useStoreApi: () => StoreApi<S>;
}

/**
 * Makes a store context and its two hooks. `name` only names things in the error a component throws when
 * it is rendered without a provider ("useIncidentStore needs an IncidentStoreContext provider").
 */
export function createStoreContext<S>(name: string): StoreContext<S> {
  const Context = createContext<StoreApi<S> | null>(null);
  Context.displayName = `${name}StoreContext`;
  function useStoreApi(): StoreApi<S> {
    const store = useContext(Context);
    if (!store) throw new Error(`use${name}StoreApi needs a ${name}StoreContext provider`);
    return store;
  }
  function useSelector<T>(selector: (state: S) => T): T {
    const store = useContext(Context);
    if (!store) throw new Error(`use${name}Store needs a ${name}StoreContext provider`);
    return useStore(store, selector);
  }
  return { Context, useSelector, useStoreApi };
}
