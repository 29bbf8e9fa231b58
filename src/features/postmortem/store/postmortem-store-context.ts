// Postmortem components read their store from context: the app passes its persisted store.
import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { PostmortemSlice } from './postmortem-slice';

export const PostmortemStoreContext = createContext<StoreApi<PostmortemSlice> | null>(null);

/** Selects from the postmortem store provided above this component. */
export function usePostmortemStore<T>(selector: (state: PostmortemSlice) => T): T {
  const store = useContext(PostmortemStoreContext);
  if (!store) throw new Error('usePostmortemStore needs a PostmortemStoreContext provider');
  return useStore(store, selector);
}

/** The store itself, for imperative reads in event handlers. */
export function usePostmortemStoreApi(): StoreApi<PostmortemSlice> {
  const store = useContext(PostmortemStoreContext);
  if (!store) throw new Error('usePostmortemStoreApi needs a PostmortemStoreContext provider');
  return store;
}
