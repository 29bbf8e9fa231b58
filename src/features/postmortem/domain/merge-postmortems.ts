// Two tabs editing postmortems at once: merge so that nothing either tab typed is lost.
import type { PostmortemDoc } from './postmortem-types';

/**
 * What this tab changed in one document since it last agreed with the saved copy: the document as it was
 * before the first such edit (the common ancestor of both tabs' copies) and when the last edit was made.
 */
export interface UnsyncedEdits {
  base: PostmortemDoc;
  editedAt: number;
}

type Json = unknown;

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKeyedList(value: Json): value is { id: string }[] {
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

/** Ids in `order`, keeping only those in `keep`, with the ids of `other` that are kept but missing inserted after their predecessor there. */
function mergeOrder(order: readonly string[], other: readonly string[], keep: ReadonlySet<string>): string[] {
  const result = order.filter((id) => keep.has(id));
  const placed = new Set(result);
  other.forEach((id, index) => {
    if (!keep.has(id) || placed.has(id)) return;
    const before = other.slice(0, index).reverse().find((prev) => placed.has(prev));
    result.splice(before === undefined ? 0 : result.indexOf(before) + 1, 0, id);
    placed.add(id);
  });
  return result;
}

/** A three-way merge of two lists of items with ids: per item and per field, adds and deletes from either side. */
function mergeKeyedLists(local: { id: string }[], remote: { id: string }[], base: { id: string }[], preferLocal: boolean): { id: string }[] {
  const byId = (list: { id: string }[]) => new Map(list.map((item) => [item.id, item]));
  const [l, r, b] = [byId(local), byId(remote), byId(base)];
  const merged = new Map<string, { id: string }>();
  for (const id of new Set([...l.keys(), ...r.keys()])) {
    const mine = l.get(id);
    const theirs = r.get(id);
    const ancestor = b.get(id);
    if (mine && theirs) merged.set(id, merge3(mine, theirs, ancestor, preferLocal) as { id: string });
    // Only one side has it: the other deleted it (drop it, unless this side edited it since: losing nothing
    // typed beats a perfect delete), or this side added it (keep it).
    else if (mine) {
      if (!ancestor || !same(ancestor, mine)) merged.set(id, mine);
    } else if (theirs) {
      if (!ancestor || !same(ancestor, theirs)) merged.set(id, theirs);
    }
  }
  const ids = (list: { id: string }[]) => list.map((item) => item.id);
  const keep = new Set(merged.keys());
  // The order of the side that reordered wins; items only the other side has go after their neighbour there.
  const localMoved = !same(ids(local).filter((id) => b.has(id) && r.has(id)), ids(base).filter((id) => l.has(id) && r.has(id)));
  const order = localMoved ? mergeOrder(ids(local), ids(remote), keep) : mergeOrder(ids(remote), ids(local), keep);
  return order.map((id) => merged.get(id)!);
}

/**
 * Three-way merge of JSON values: a side that left a value as it was in `base` takes the other side's change;
 * objects merge key by key, lists of items with ids item by item; when both changed the same value differently,
 * `preferLocal` decides.
 */
function merge3(local: Json, remote: Json, base: Json, preferLocal: boolean): Json {
  if (same(local, remote)) return local;
  if (base !== undefined && same(base, local)) return remote;
  if (base !== undefined && same(base, remote)) return local;
  if (isPlainObject(local) && isPlainObject(remote)) {
    const ancestor = isPlainObject(base) ? base : {};
    const result: Record<string, Json> = {};
    for (const key of new Set([...Object.keys(remote), ...Object.keys(local)])) {
      const value = merge3(local[key], remote[key], ancestor[key], preferLocal);
      if (value !== undefined) result[key] = value;
    }
    return result;
  }
  if (isKeyedList(local) && isKeyedList(remote)) {
    return mergeKeyedLists(local, remote, isKeyedList(base) ? base : [], preferLocal);
  }
  return preferLocal ? local : remote;
}

/** Strings kept by either side, less those one side removed since the base (dismissed findings). */
function mergeStringSets(local: readonly string[], remote: readonly string[], base: readonly string[]): string[] {
  const removed = new Set(base.filter((key) => !local.includes(key) || !remote.includes(key)));
  return [...new Set([...remote, ...local])].filter((key) => !removed.has(key));
}

/**
 * Merges this tab's copy of one postmortem with another tab's saved copy.
 *
 * Without `unsynced` (this tab changed nothing since it last saw the saved copy) the other tab's copy is
 * simply newer, so it is taken as it is, deletions included. With it, a three-way merge against the copy
 * both tabs started from: every field, section, timeline row, why and action item that only one tab
 * changed keeps that change; rows and items added in either tab are kept; a row deleted in one tab goes,
 * unless the other tab edited it meanwhile. Only a field both tabs changed differently is a real conflict:
 * the later edit wins (this tab's last edit against the other copy's `updatedAt`).
 */
export function mergePostmortemDoc(local: PostmortemDoc, remote: PostmortemDoc, unsynced?: UnsyncedEdits): PostmortemDoc {
  if (same(local, remote)) return local;
  if (!unsynced) return remote;
  const preferLocal = unsynced.editedAt >= remote.updatedAt;
  const { base } = unsynced;
  const merged = merge3(
    { ...local, dismissedFindings: [], updatedAt: 0 },
    { ...remote, dismissedFindings: [], updatedAt: 0 },
    { ...base, dismissedFindings: [], updatedAt: 0 },
    preferLocal,
  ) as PostmortemDoc;
  return {
    ...merged,
    dismissedFindings: mergeStringSets(local.dismissedFindings, remote.dismissedFindings, base.dismissedFindings),
    updatedAt: Math.max(local.updatedAt, remote.updatedAt),
  };
}

/**
 * Merges two lists of postmortems by id (see `mergePostmortemDoc`); a document only one side has is kept
 * (deletions travel as `deletedIds`). Ordered by creation, newest first.
 */
export function mergePostmortemDocs(
  local: readonly PostmortemDoc[],
  remote: readonly PostmortemDoc[],
  unsynced: ReadonlyMap<string, UnsyncedEdits> = new Map(),
): PostmortemDoc[] {
  const byId = new Map<string, PostmortemDoc>();
  for (const doc of local) byId.set(doc.id, doc);
  for (const doc of remote) {
    const mine = byId.get(doc.id);
    byId.set(doc.id, mine ? mergePostmortemDoc(mine, doc, unsynced.get(doc.id)) : doc);
  }
  return [...byId.values()].sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/** True when two documents hold the same data (key order aside). */
export function isSamePostmortem(a: PostmortemDoc, b: PostmortemDoc): boolean {
  return same(a, b);
}
