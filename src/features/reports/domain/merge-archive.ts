// An imported team archive joins this browser's data for the report only: merged by id, never saved.
import { mergeIncidentLists } from '../../incident/domain/merge-incidents';
import type { Incident } from '../../incident/domain/incident-types';
import type { PostmortemDoc } from '../../postmortem/domain/postmortem-types';

/** What one imported file held. */
export interface ArchiveContent {
  incidents: Incident[];
  postmortems: PostmortemDoc[];
}

/**
 * Postmortems by id: the copy edited last (greater `updatedAt`) wins, and at a tie this browser's copy. Unlike the
 * two-tab merge there are no recent edits to weigh: an archive is a snapshot of someone else's browser.
 */
export function mergePostmortemLists(local: readonly PostmortemDoc[], imported: readonly PostmortemDoc[]): PostmortemDoc[] {
  const byId = new Map<string, PostmortemDoc>();
  for (const doc of local) byId.set(doc.id, doc);
  for (const doc of imported) {
    const mine = byId.get(doc.id);
    if (!mine || doc.updatedAt > mine.updatedAt) byId.set(doc.id, doc);
  }
  return [...byId.values()];
}

/**
 * This browser's data with every archive merged in by id, in order: incidents through the incident's own merge
 * (`mergeIncidentLists`, the one two tabs use: no timeline entry lost, the later edit wins), postmortems by
 * `mergePostmortemLists`. An id seen in several files is one incident, never a duplicate.
 */
export function mergeArchives(local: ArchiveContent, archives: readonly ArchiveContent[]): ArchiveContent {
  let incidents: Incident[] = [...local.incidents];
  let postmortems: PostmortemDoc[] = [...local.postmortems];
  for (const archive of archives) {
    incidents = mergeIncidentLists(incidents, archive.incidents);
    postmortems = mergePostmortemLists(postmortems, archive.postmortems);
  }
  return { incidents, postmortems };
}
