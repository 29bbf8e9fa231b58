// The postmortem tool's state: every saved postmortem and which one is open.
import type { StateCreator } from 'zustand';
import type { PostmortemDoc } from '../domain/postmortem-types';
import { restorePostmortems } from '../domain/postmortem-schema';
import { isSamePostmortem, listChangedPaths, mergePostmortemDocs, type RecentEdits } from '../domain/merge-postmortems';

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
 * How long this tab remembers the values it replaced, to tell another tab's save made before it saw an edit
 * (which must not undo it) from a newer change. Longer than a save delay plus a busy tab's event latency.
 */
const RECENT_EDIT_MS = 10_000;

/** Per document, the values this tab recently replaced (by path, with when) and when it last edited. Per tab; not saved. */
const recentEdits = new Map<string, { before: Map<string, { value: unknown; at: number }[]>; editedAt: number }>();

/** Saves the store's current state; set by the slice, so a merge can save what the other tab's copy lacks. */
let saveCurrentState: (() => void) | null = null;

function noteLocalEdit(before: PostmortemDoc | undefined, after: PostmortemDoc, now: number): void {
  if (!before) return;
  const entry = recentEdits.get(before.id) ?? { before: new Map<string, { value: unknown; at: number }[]>(), editedAt: now };
  for (const { path, value } of listChangedPaths(before, after)) {
    const key = JSON.stringify(value);
    const values = (entry.before.get(path) ?? []).filter((v) => JSON.stringify(v.value) !== key);
    entry.before.set(path, [...values, { value, at: now }]);
  }
  entry.editedAt = Math.max(entry.editedAt, now);
  recentEdits.set(before.id, entry);
}

/** This tab's recent edits per document, forgetting those older than `RECENT_EDIT_MS`. */
function takeRecentEdits(now: number): Map<string, RecentEdits> {
  const result = new Map<string, RecentEdits>();
  for (const [id, entry] of recentEdits) {
    for (const [path, values] of entry.before) {
      const fresh = values.filter((v) => v.at >= now - RECENT_EDIT_MS);
      if (fresh.length > 0) entry.before.set(path, fresh);
      else entry.before.delete(path);
    }
    if (entry.before.size === 0) recentEdits.delete(id);
    else result.set(id, { before: new Map([...entry.before].map(([path, values]) => [path, values.map((v) => v.value)])), editedAt: entry.editedAt });
  }
  return result;
}

export const createPostmortemSlice: StateCreator<PostmortemSlice, [], [], PostmortemSlice> = (set) => {
  saveCurrentState = () => set((s) => ({ postmortem: { ...s.postmortem } }));
  return {
    postmortem: createInitialPostmortemState(),
    addPostmortem: (doc) =>
      set((s) => {
        noteLocalEdit(s.postmortem.docs.find((d) => d.id === doc.id), doc, Date.now());
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
      set((s) => ({
        postmortem: {
          ...s.postmortem,
          docs: s.postmortem.docs.map((d) => {
            if (d.id !== id) return d;
            const updated = { ...update(d), updatedAt: Math.max(now, d.updatedAt + 1) };
            noteLocalEdit(d, updated, now);
            return updated;
          }),
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
 * Merges another tab's saved postmortems into ours; deletions from either side win. Documents this tab edited
 * recently are merged field by field and item by item (see `mergePostmortemDoc`), so both tabs' edits survive.
 * If the result holds anything the saved copy lacks, it is saved (once the merge is in the store), so the
 * stored copy, and not only this tab, keeps both tabs' changes.
 */
export function mergePostmortemState(local: PostmortemState, remote: PostmortemState, now = Date.now()): PostmortemState {
  const deletedIds = [...new Set([...local.deletedIds, ...remote.deletedIds])];
  const docs = mergePostmortemDocs(local.docs, remote.docs, takeRecentEdits(now)).filter((d) => !deletedIds.includes(d.id));
  const ahead =
    deletedIds.length > remote.deletedIds.length ||
    docs.some((doc) => {
      const saved = remote.docs.find((d) => d.id === doc.id);
      return !saved || !isSamePostmortem(doc, saved);
    });
  if (ahead && saveCurrentState) queueMicrotask(saveCurrentState);
  return {
    docs,
    deletedIds,
    activeId: local.activeId && docs.some((d) => d.id === local.activeId) ? local.activeId : null,
  };
}
