// Timeline entries as append-and-tombstone data, so two tabs can merge their edits without losing or resurrecting an entry.
import type { Incident, TimelineEntry, TimelineKind } from './incident-types';
import { createId } from '../../../lib/create-id';
import { sanitizeLink } from '../../../lib/sanitize-link';

/** Every kind with its label; `manual` marks the kinds a user can pick for a note ('milestone' is written by the app). */
export const TIMELINE_KINDS: readonly { kind: TimelineKind; label: string; manual: boolean }[] = [
  { kind: 'action', label: 'Action', manual: true },
  { kind: 'observation', label: 'Observation', manual: true },
  { kind: 'decision', label: 'Decision', manual: true },
  { kind: 'communication', label: 'Communication', manual: true },
  { kind: 'milestone', label: 'Milestone', manual: false },
];

/** The label of each kind, for display. */
export const TIMELINE_KIND_LABELS: Readonly<Record<TimelineKind, string>> = {
  action: 'Action',
  observation: 'Observation',
  decision: 'Decision',
  communication: 'Communication',
  milestone: 'Milestone',
};

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Chronological order by `at`; entries at the same time are ordered by id, so every tab shows the same order. */
export function sortTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries.slice().sort(compareEntries);
}

/** The entries to show: deleted ones (tombstones) left out, in chronological order. */
export function visibleTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return sortTimeline(entries.filter((entry) => !entry.deleted));
}

/** A new entry; `id` is optional so the caller can know it in advance (to focus or undo it). */
export type NewTimelineEntry = Omit<TimelineEntry, 'id' | 'updatedAt'> & { id?: string };

/** What a user can edit on an entry. `link: null` or '' removes the link. */
export interface TimelineEntryPatch {
  at?: number;
  text?: string;
  kind?: TimelineKind;
  link?: string | null;
}

let entrySequence = 0;

/**
 * A new entry id that sorts after every id this tab made before: entries written by one action at the
 * same millisecond ("Checked: …" then "Milestone reached: …") keep their order, since ties sort by id.
 */
export function createTimelineEntryId(now: number): string {
  entrySequence = (entrySequence + 1) % 36 ** 4;
  const time = Math.max(0, Math.floor(Number.isFinite(now) ? now : 0)).toString(36).padStart(9, '0');
  const random = createId().replace(/-/g, '').slice(0, 8);
  return `e-${time}-${entrySequence.toString(36).padStart(4, '0')}-${random}`;
}

/** Builds an entry stamped `updatedAt: now`; an unsafe link is dropped. */
export function createTimelineEntry(entry: NewTimelineEntry, now: number): TimelineEntry {
  const { id, link, deleted, starred, ...rest } = entry;
  const created: TimelineEntry = { ...rest, id: id ?? createTimelineEntryId(now), updatedAt: now };
  if (starred) created.starred = true;
  const safeLink = link === undefined ? null : sanitizeLink(link);
  if (safeLink) created.link = safeLink;
  if (deleted) created.deleted = true;
  return created;
}

/** Adds an entry to the incident's timeline (kept sorted). An unsafe link is dropped: check it with `sanitizeLink` first. */
export function addTimelineEntry(incident: Incident, entry: NewTimelineEntry, now: number): Incident {
  return { ...incident, timeline: sortTimeline([...incident.timeline, createTimelineEntry(entry, now)]) };
}

/** A later stamp than the entry's last one, even within the same millisecond, so the newest edit wins a merge. */
function nextStamp(previous: number, now: number): number {
  return Math.max(now, previous + 1);
}

function mapEntry(incident: Incident, id: string, update: (entry: TimelineEntry) => TimelineEntry | null): Incident {
  const index = incident.timeline.findIndex((entry) => entry.id === id);
  const entry = incident.timeline[index];
  if (!entry) return incident;
  const updated = update(entry);
  if (!updated) return incident;
  const timeline = incident.timeline.slice();
  timeline[index] = updated;
  return { ...incident, timeline: sortTimeline(timeline) };
}

/** Edits an entry's time, text, kind or link. Unknown ids leave the incident as it is. */
export function updateTimelineEntry(incident: Incident, id: string, patch: TimelineEntryPatch, now: number): Incident {
  return mapEntry(incident, id, (entry) => {
    const next: TimelineEntry = { ...entry, updatedAt: nextStamp(entry.updatedAt, now) };
    if (patch.at !== undefined && Number.isFinite(patch.at)) next.at = patch.at;
    if (patch.text !== undefined) next.text = patch.text;
    if (patch.kind !== undefined) next.kind = patch.kind;
    if ('link' in patch) {
      const safeLink = patch.link ? sanitizeLink(patch.link) : null;
      if (safeLink) next.link = safeLink;
      else delete next.link;
    }
    return next;
  });
}

/** Deletes an entry by marking it as a tombstone, so the deletion survives a merge with another tab. */
export function deleteTimelineEntry(incident: Incident, id: string, now: number): Incident {
  return mapEntry(incident, id, (entry) =>
    entry.deleted ? null : { ...entry, deleted: true, updatedAt: nextStamp(entry.updatedAt, now) },
  );
}

/** Undoes a delete. */
export function restoreTimelineEntry(incident: Incident, id: string, now: number): Incident {
  return mapEntry(incident, id, (entry) => {
    if (!entry.deleted) return null;
    const { deleted: _deleted, ...rest } = entry;
    return { ...rest, updatedAt: nextStamp(entry.updatedAt, now) };
  });
}

/** Stars or unstars an entry (a key event for the postmortem). Unknown, deleted or unchanged entries leave the incident as it is. */
export function setTimelineEntryStarred(incident: Incident, id: string, starred: boolean, now: number): Incident {
  return mapEntry(incident, id, (entry) => {
    if (entry.deleted || (entry.starred === true) === starred) return null;
    const { starred: _starred, ...rest } = entry;
    return starred ? { ...rest, starred: true, updatedAt: nextStamp(entry.updatedAt, now) } : { ...rest, updatedAt: nextStamp(entry.updatedAt, now) };
  });
}

/** The visible entries a responder starred, in time order. */
export function starredTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return visibleTimeline(entries).filter((entry) => entry.starred === true);
}
