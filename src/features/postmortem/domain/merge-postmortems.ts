// Two tabs editing postmortems at once: merge so that nothing either tab typed is lost.
import type { PostmortemDoc } from './postmortem-types';

type Json = unknown;

/** The last path segment under a list of items that stands for the list's ids, in order. */
const IDS = '#ids';
/** Joins path segments (field names and item ids never contain it). */
const SEPARATOR = '\u001f';

/**
 * What this tab changed recently in one document: for each changed path (see `listChangedPaths`), the values
 * its copy held there before (`undefined` for an item that did not exist yet), and when it last edited it.
 */
export interface RecentEdits {
  before: ReadonlyMap<string, readonly Json[]>;
  editedAt: number;
}

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sections, timeline rows, whys and action items: lists of objects with a string id. */
function isItemList(value: Json): value is { id: string }[] {
  return Array.isArray(value) && value.every((item) => isPlainObject(item) && typeof item.id === 'string');
}

function same(a: Json, b: Json): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  const ak = Object.keys(a as object);
  const bk = Object.keys(b as object);
  return ak.length === bk.length && ak.every((k) => Object.hasOwn(b as object, k) && same((a as Record<string, Json>)[k], (b as Record<string, Json>)[k]));
}

const idsOf = (list: readonly { id: string }[]) => list.map((item) => item.id);
/** Items by id (the first of a repeated id, as `find` would give), so walking a 1,000-row list stays linear. */
function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}
const keyOf = (path: readonly string[]) => path.join(SEPARATOR);

/**
 * The paths at which two versions of a document differ, each with its value in `before` (`undefined` when absent):
 * fields (`title`, `impact␟cost␟revenue`), fields of list items by id (`sections␟summary␟body`), whole items added
 * or removed (`timeline␟row-3`) and a list's order (`actionItems␟#ids`). `updatedAt` is left out.
 */
export function listChangedPaths(before: PostmortemDoc, after: PostmortemDoc): { path: string; value: Json }[] {
  const changed: { path: string; value: Json }[] = [];
  const walk = (a: Json, b: Json, path: string[]): void => {
    if (same(a, b)) return;
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (path.length > 0 || key !== 'updatedAt') walk(a[key], b[key], [...path, key]);
      }
      return;
    }
    if (isItemList(a) && isItemList(b)) {
      if (!same(idsOf(a), idsOf(b))) changed.push({ path: keyOf([...path, IDS]), value: idsOf(a) });
      const inA = byId(a);
      const inB = byId(b);
      for (const id of new Set([...inA.keys(), ...inB.keys()])) walk(inA.get(id), inB.get(id), [...path, id]);
      return;
    }
    changed.push({ path: keyOf(path), value: a });
  };
  walk(before, after, []);
  return changed;
}

/** Ids in `order` that are kept, with kept ids only `other` has inserted after their predecessor there. */
function mergeOrder(order: readonly string[], other: readonly string[], keep: ReadonlySet<string>): string[] {
  const result = order.filter((id) => keep.has(id));
  const placed = new Set(result);
  other.forEach((id, index) => {
    if (!keep.has(id) || placed.has(id)) return;
    const before = other
      .slice(0, index)
      .reverse()
      .find((prev) => placed.has(prev));
    result.splice(before === undefined ? 0 : result.indexOf(before) + 1, 0, id);
    placed.add(id);
  });
  return result;
}

class Merger {
  constructor(
    private readonly recent: RecentEdits,
    private readonly preferLocal: boolean,
  ) {}

  /**
   * Where the copies differ: if this tab did not change that value recently, the other tab's value is newer;
   * if the other copy still holds a value this tab recently replaced, it was saved before it saw this tab's
   * edit, so this tab's value stands; otherwise both changed it, and the later edit wins.
   */
  private pick(local: Json, remote: Json, path: string[]): Json {
    const before = this.recent.before.get(keyOf(path));
    if (!before) return remote;
    if (before.some((value) => same(value, remote))) return local;
    return this.preferLocal ? local : remote;
  }

  private editedInside(path: string[]): boolean {
    const prefix = keyOf(path) + SEPARATOR;
    for (const key of this.recent.before.keys()) if (key.startsWith(prefix)) return true;
    return false;
  }

  merge(local: Json, remote: Json, path: string[]): Json {
    if (same(local, remote)) return local;
    if (isPlainObject(local) && isPlainObject(remote)) {
      const result: Record<string, Json> = {};
      for (const key of new Set([...Object.keys(remote), ...Object.keys(local)])) {
        const value = this.merge(local[key], remote[key], [...path, key]);
        if (value !== undefined) result[key] = value;
      }
      return result;
    }
    if (isItemList(local) && isItemList(remote)) return this.mergeItems(local, remote, path);
    return this.pick(local, remote, path);
  }

  private mergeItems(local: { id: string }[], remote: { id: string }[], path: string[]): { id: string }[] {
    const merged = new Map<string, { id: string }>();
    const mineById = byId(local);
    const theirsById = byId(remote);
    for (const id of new Set([...mineById.keys(), ...theirsById.keys()])) {
      const mine = mineById.get(id);
      const theirs = theirsById.get(id);
      const before = this.recent.before.get(keyOf([...path, id]));
      if (mine && theirs) {
        merged.set(id, this.merge(mine, theirs, [...path, id]) as { id: string });
      } else if (mine) {
        // This tab added it (the other copy has not seen it yet) or edited it since: keep. Else the other tab deleted it.
        if (before?.some((value) => value === undefined) || this.editedInside([...path, id])) merged.set(id, mine);
      } else if (theirs) {
        // This tab deleted it: gone, unless the other tab has changed it since (losing nothing typed beats a clean delete).
        const deletedHere = before?.some((value) => value !== undefined);
        if (!deletedHere || !before?.some((value) => same(value, theirs))) merged.set(id, theirs);
      }
    }
    const keep = new Set(merged.keys());
    const orderBefore = this.recent.before.get(keyOf([...path, IDS]));
    const remoteIds = idsOf(remote);
    const localOrder =
      orderBefore !== undefined && (orderBefore.some((ids) => same(ids, remoteIds)) || this.preferLocal);
    const order = localOrder ? mergeOrder(idsOf(local), remoteIds, keep) : mergeOrder(remoteIds, idsOf(local), keep);
    return order.map((id) => merged.get(id)!);
  }
}

/**
 * Merges this tab's copy of one postmortem with another tab's saved copy.
 *
 * Without recent edits here, the other tab's copy is newer and is taken as it is, deletions included. With
 * them, field by field and item by item: what only one tab changed keeps that change (rows and items added in
 * either tab stay; one deleted in one tab goes, unless the other edited it); a copy saved before it saw this
 * tab's edit does not undo it; only a value both tabs changed differently is a real conflict, where the later
 * edit wins (this tab's last edit against the other copy's `updatedAt`).
 */
export function mergePostmortemDoc(local: PostmortemDoc, remote: PostmortemDoc, recent?: RecentEdits): PostmortemDoc {
  if (same(local, remote)) return local;
  if (!recent || recent.before.size === 0) return remote;
  const merger = new Merger(recent, recent.editedAt >= remote.updatedAt);
  const merged = merger.merge({ ...local, updatedAt: 0 }, { ...remote, updatedAt: 0 }, []) as PostmortemDoc;
  return { ...merged, updatedAt: Math.max(local.updatedAt, remote.updatedAt) };
}

/**
 * Merges two lists of postmortems by id (see `mergePostmortemDoc`); a document only one side has is kept
 * (deletions travel as `deletedIds`). Ordered by creation, newest first.
 */
export function mergePostmortemDocs(
  local: readonly PostmortemDoc[],
  remote: readonly PostmortemDoc[],
  recent: ReadonlyMap<string, RecentEdits> = new Map(),
): PostmortemDoc[] {
  const byId = new Map<string, PostmortemDoc>();
  for (const doc of local) byId.set(doc.id, doc);
  for (const doc of remote) {
    const mine = byId.get(doc.id);
    byId.set(doc.id, mine ? mergePostmortemDoc(mine, doc, recent.get(doc.id)) : doc);
  }
  return [...byId.values()].sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/** True when two documents hold the same data (key order aside). */
export function isSamePostmortem(a: PostmortemDoc, b: PostmortemDoc): boolean {
  return same(a, b);
}
