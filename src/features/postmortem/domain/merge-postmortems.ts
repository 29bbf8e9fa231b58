// Two tabs editing postmortems at once: merge so that nothing either tab typed is lost.
import type { PostmortemDoc } from './postmortem-types';

type WithId = { id: string };

/** Union by id: items from the newer document win, items only one side has are kept, in the newer side's order. */
function mergeById<T extends WithId>(newer: readonly T[], older: readonly T[]): T[] {
  const ids = new Set(newer.map((item) => item.id));
  const result = [...newer];
  older.forEach((item, index) => {
    if (ids.has(item.id)) return;
    // Keep an item only the older side has near where it was.
    result.splice(Math.min(index, result.length), 0, item);
    ids.add(item.id);
  });
  return result;
}

/**
 * Merges two versions of one postmortem. Scalar fields come from the more recently updated version;
 * sections, timeline rows, five whys and action items are united by id (the newer version of each item
 * wins), so rows added in either tab survive. Rows deleted in one tab while the other still had them
 * come back: losing nothing typed beats a perfect delete.
 */
export function mergePostmortemDoc(local: PostmortemDoc, remote: PostmortemDoc): PostmortemDoc {
  if (local.updatedAt === remote.updatedAt && JSON.stringify(local) === JSON.stringify(remote)) return local;
  const [newer, older] = remote.updatedAt > local.updatedAt ? [remote, local] : [local, remote];
  return {
    ...newer,
    sections: mergeById(newer.sections, older.sections),
    timeline: mergeById(newer.timeline, older.timeline),
    fiveWhys: mergeById(newer.fiveWhys, older.fiveWhys),
    actionItems: mergeById(newer.actionItems, older.actionItems),
    dismissedFindings: [...new Set([...newer.dismissedFindings, ...older.dismissedFindings])],
  };
}

/** Merges two lists of postmortems by id; order by last update, newest first. */
export function mergePostmortemDocs(local: readonly PostmortemDoc[], remote: readonly PostmortemDoc[]): PostmortemDoc[] {
  const byId = new Map<string, PostmortemDoc>();
  for (const doc of local) byId.set(doc.id, doc);
  for (const doc of remote) {
    const mine = byId.get(doc.id);
    byId.set(doc.id, mine ? mergePostmortemDoc(mine, doc) : doc);
  }
  return [...byId.values()].sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}
