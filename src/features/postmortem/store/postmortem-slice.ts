// The postmortem tool's state: every saved postmortem and which one is open.
import type { StateCreator } from 'zustand';
import type { PostmortemDoc } from '../domain/postmortem-types';
import { restorePostmortems } from '../domain/postmortem-json';
import { isSamePostmortem, mergePostmortemDocs, type UnsyncedEdits } from '../domain/merge-postmortems';

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

/**
 * This tab's edits that another tab's save may not hold yet, per document: the copy before the first such
 * edit (the base of a three-way merge) and the time of the last one. Per tab, like the one app store; not saved.
 */
const unsyncedEdits = new Map<string, UnsyncedEdits>();

/** Saves the store's current state (set by the slice, so a merge can save what the other tab's copy lacks). */
let saveCurrentState: (() => void) | null = null;

function noteLocalEdit(before: PostmortemDoc | undefined, now: number): void {
  if (!before) return;
  const pending = unsyncedEdits.get(before.id);
  unsyncedEdits.set(before.id, { base: pending?.base ?? before, editedAt: Math.max(now, pending?.editedAt ?? 0) });
}

export const createPostmortemSlice: StateCreator<PostmortemSlice, [], [], PostmortemSlice> = (set) => {
  saveCurrentState = () => set((s) => ({ postmortem: { ...s.postmortem } }));
  return {
    postmortem: createInitialPostmortemState(),
    addPostmortem: (doc) =>
      set((s) => {
        noteLocalEdit(s.postmortem.docs.find((d) => d.id === doc.id), Date.now());
        return {
          postmortem: {
            ...s.postmortem,
            docs: [doc, ...s.postmortem.docs.filter((d) => d.id !== doc.id)],
            deletedIds: s.postmortem.deletedIds.filter((d) => d !== doc.id),
            activeId: doc.id,
          },
        };
      }),
    updatePostmortem: (id, update, now = Date.now()) =>
      set((s) => {
        noteLocalEdit(s.postmortem.docs.find((d) => d.id === id), now);
        return {
          postmortem: {
            ...s.postmortem,
            docs: s.postmortem.docs.map((d) => (d.id === id ? { ...update(d), updatedAt: Math.max(now, d.updatedAt + 1) } : d)),
          },
        };
      }),
    deletePostmortem: (id) =>
      set((s) => ({
        postmortem: {
          docs: s.postmortem.docs.filter((d) => d.id !== id),
          deletedIds: [...new Set([...s.postmortem.deletedIds, id])],
          activeId: s.postmortem.activeId === id ? null : s.postmortem.activeId,
        },
      })),
    setActivePostmortem: (id) => set((s) => ({ postmortem: { ...s.postmortem, activeId: id } })),
  };
};

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

/**
 * Merges another tab's saved postmortems into ours; deletions from either side win. A document this tab
 * edited since it last agreed with the saved copy is merged three-way (see `mergePostmortemDoc`), so both
 * tabs' edits survive; if the result holds anything the saved copy lacks, it is saved (soon after, once
 * the merge is in the store), so the stored copy and not only this tab keeps both tabs' changes.
 */
export function mergePostmortemState(local: PostmortemState, remote: PostmortemState): PostmortemState {
  const deletedIds = [...new Set([...local.deletedIds, ...remote.deletedIds])];
  const docs = mergePostmortemDocs(local.docs, remote.docs, unsyncedEdits).filter((d) => !deletedIds.includes(d.id));
  let ahead = deletedIds.length > remote.deletedIds.length;
  for (const doc of docs) {
    const saved = remote.docs.find((d) => d.id === doc.id);
    if (saved && isSamePostmortem(doc, saved)) {
      unsyncedEdits.delete(doc.id); // The saved copy holds all of this tab's edits.
    } else {
      ahead = true;
      // From now on, the other tab's copy is the base: it is what both tabs' next copies start from.
      const pending = unsyncedEdits.get(doc.id);
      if (pending && saved) unsyncedEdits.set(doc.id, { base: saved, editedAt: pending.editedAt });
    }
  }
  if (ahead && saveCurrentState) queueMicrotask(saveCurrentState);
  return {
    docs,
    deletedIds,
    activeId: local.activeId && docs.some((d) => d.id === local.activeId) ? local.activeId : null,
  };
}
