// The postmortem tool's part of the app store, installed when the tool first loads (see app-store.ts).
import type { StoreApi } from 'zustand';
import { toolData } from '../router';
import {
  createPostmortemSlice,
  mergePostmortemState,
  restorePostmortemState,
  type PostmortemSlice,
  type PostmortemState,
} from '../../features/postmortem/store/postmortem-slice';
import type { AppState, StoreSection } from '../store/app-store';

export const postmortemSection: StoreSection<PostmortemState> = {
  key: 'postmortem',
  noun: toolData('postmortem').section.noun,
  create: (set, get, api) =>
    createPostmortemSlice(
      set as StoreApi<PostmortemSlice>['setState'],
      get as () => PostmortemSlice,
      api as unknown as StoreApi<PostmortemSlice>,
    ),
  restore: restorePostmortemState,
  merge: mergePostmortemState,
  has: (state, id) => state.docs.some((d) => d.id === id),
  // Which postmortems exist and which were deleted (their text merges by last edit).
  shared: (state) => ({ docs: state.docs.map((d) => d.id).sort(), deleted: [...state.deletedIds].sort() }),
};

/** The store seen by the postmortem tool, once its section is installed. */
export const asPostmortemStore = (store: StoreApi<AppState>) => store as unknown as StoreApi<PostmortemSlice>;
