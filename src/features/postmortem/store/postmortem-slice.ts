// The postmortem tool's state: every saved postmortem and which one is open.
import type { StateCreator } from 'zustand';
import type { PostmortemDoc } from '../domain/postmortem-types';
import { restorePostmortems } from '../domain/postmortem-json';
import { mergePostmortemDocs } from '../domain/merge-postmortems';

export interface PostmortemState {
  docs: PostmortemDoc[];
  /** Ids of deleted postmortems, so another tab's copy does not bring them back in a merge. */
  deletedIds: string[];
  /** The postmortem open in the editor; null shows the list. */
  activeId: string | null;
}

export interface PostmortemSlice {
  postmortem: PostmortemState;
  /** Adds a new (or imported) document and opens it. */
  addPostmortem: (doc: PostmortemDoc) => void;
  /** Applies a pure edit to one document; stamps `updatedAt`. */
  updatePostmortem: (id: string, update: (doc: PostmortemDoc) => PostmortemDoc, now?: number) => void;
  deletePostmortem: (id: string) => void;
  setActivePostmortem: (id: string | null) => void;
}

export function createInitialPostmortemState(): PostmortemState {
  return { docs: [], deletedIds: [], activeId: null };
}

export const createPostmortemSlice: StateCreator<PostmortemSlice, [], [], PostmortemSlice> = (set) => ({
  postmortem: createInitialPostmortemState(),
  addPostmortem: (doc) =>
    set((s) => ({
      postmortem: {
        ...s.postmortem,
        docs: [doc, ...s.postmortem.docs.filter((d) => d.id !== doc.id)],
        deletedIds: s.postmortem.deletedIds.filter((d) => d !== doc.id),
        activeId: doc.id,
      },
    })),
  updatePostmortem: (id, update, now = Date.now()) =>
    set((s) => ({
      postmortem: {
        ...s.postmortem,
        docs: s.postmortem.docs.map((d) => (d.id === id ? { ...update(d), updatedAt: Math.max(now, d.updatedAt + 1) } : d)),
      },
    })),
  deletePostmortem: (id) =>
    set((s) => ({
      postmortem: {
        docs: s.postmortem.docs.filter((d) => d.id !== id),
        deletedIds: [...new Set([...s.postmortem.deletedIds, id])],
        activeId: s.postmortem.activeId === id ? null : s.postmortem.activeId,
      },
    })),
  setActivePostmortem: (id) => set((s) => ({ postmortem: { ...s.postmortem, activeId: id } })),
});

/** Restores saved postmortem state, keeping every valid document. Never throws. Which one is open is per tab (not saved). */
export function restorePostmortemState(value: unknown): { state: PostmortemState; dropped: number } {
  if (typeof value !== 'object' || value === null) return { state: createInitialPostmortemState(), dropped: 0 };
  const v = value as Partial<Record<keyof PostmortemState, unknown>>;
  const { docs, dropped: droppedDocs } = restorePostmortems(v.docs ?? []);
  const dropped = droppedDocs.length;
  const deletedIds = Array.isArray(v.deletedIds) ? v.deletedIds.filter((d): d is string => typeof d === 'string') : [];
  const kept = docs.filter((d) => !deletedIds.includes(d.id));
  return { state: { docs: kept, deletedIds, activeId: null }, dropped };
}

/** Merges another tab's postmortems into ours; deletions from either side win. */
export function mergePostmortemState(local: PostmortemState, remote: PostmortemState): PostmortemState {
  const deletedIds = [...new Set([...local.deletedIds, ...remote.deletedIds])];
  const docs = mergePostmortemDocs(local.docs, remote.docs).filter((d) => !deletedIds.includes(d.id));
  return {
    docs,
    deletedIds,
    activeId: local.activeId && docs.some((d) => d.id === local.activeId) ? local.activeId : null,
  };
}
