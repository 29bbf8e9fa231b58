// Stamping this browser's changes with the merge's logical clocks, and settling the conflicts a merge kept, so the
// domain actions stay plain transitions and every local change (whoever wrote the action) is stamped the same way.
import type { FieldStamp, Incident, IncidentField, TimelineEntry } from './incident-types';
import { INCIDENT_FIELD_KEYS, INCIDENT_FIELDS } from './incident-fields';
import { readFieldStamp } from './merge-incidents';
import { stableStringify } from '../../../lib/stable-stringify';
import { sortTimeline } from './timeline';

export const sameValue = (a: unknown, b: unknown) => a === b || stableStringify(a) === stableStringify(b);

function sameEntry(a: TimelineEntry, b: TimelineEntry): boolean {
  return a === b || stableStringify(a) === stableStringify(b);
}

/** The newest clock among a field's shown value and the versions kept beside it. */
export function latestFieldClock(incident: Incident, field: IncidentField): number {
  let latest = readFieldStamp(incident, field).at;
  for (const conflict of incident.conflicts ?? []) if (conflict.field === field) latest = Math.max(latest, conflict.at);
  return latest;
}

export function latestEntryClock(incident: Incident, entry: TimelineEntry): number {
  let latest = entry.updatedAt;
  for (const conflict of incident.conflicts ?? []) {
    if (conflict.field === 'entry' && conflict.entry?.id === entry.id) latest = Math.max(latest, conflict.at);
  }
  return latest;
}

/** Whether a (manual or status-update) entry this browser writes carries the author's name. */
function carriesAuthor(entry: TimelineEntry): boolean {
  return entry.source === 'manual' || entry.kind === 'communication';
}

/**
 * Stamps what a local action changed between `before` and `after`: each changed field gets a clock above every
 * version of it seen so far (its base), each edited entry its base and editor, each new manual entry its author.
 * Versions a change overwrote leave `conflicts` (the change saw them). Unchanged: returns `after` as it is.
 */
export function stampLocalChange(before: Incident, after: Incident, now: number, author: string): Incident {
  if (before === after) return after;
  const by = author.trim();
  const fieldClocks: Partial<Record<IncidentField, FieldStamp>> = { ...after.fieldClocks };
  const settled = new Set<string>();
  let stamped = false;
  for (const field of INCIDENT_FIELD_KEYS) {
    const def = INCIDENT_FIELDS[field];
    if (sameValue(def.get(before), def.get(after))) {
      // A field stamped by the incident's `updatedAt` keeps that stamp when the action moves `updatedAt`.
      if (!fieldClocks[field] && after.updatedAt !== before.updatedAt) fieldClocks[field] = { at: before.updatedAt };
      continue;
    }
    // A first cost snapshot (a migration of an incident saved before snapshots) is not an edit: it keeps its stamp.
    if (field === 'costInputs' && def.get(before) === null) continue;
    const base = latestFieldClock(before, field);
    fieldClocks[field] = { at: Math.max(now, base + 1), base, ...(by ? { by } : {}) };
    settled.add(field);
    stamped = true;
  }

  const previous = new Map(before.timeline.map((entry) => [entry.id, entry]));
  const settledEntries = new Set<string>();
  let entriesChanged = false;
  const timeline = after.timeline.map((entry) => {
    const old = previous.get(entry.id);
    if (!old) {
      if (!by || entry.author !== undefined || !carriesAuthor(entry)) return entry;
      entriesChanged = true;
      return { ...entry, author: by };
    }
    if (sameEntry(old, entry)) return entry;
    const base = latestEntryClock(before, old);
    entriesChanged = true;
    settledEntries.add(entry.id);
    const { editedBy: _editedBy, ...rest } = entry;
    return { ...rest, updatedAt: Math.max(entry.updatedAt, base + 1), base, ...(by ? { editedBy: by } : {}) };
  });

  if (!stamped && !entriesChanged && stableStringify(fieldClocks) === stableStringify(after.fieldClocks ?? {})) return after;
  const conflicts = (after.conflicts ?? []).filter((c) =>
    c.field === 'entry' ? !(c.entry && settledEntries.has(c.entry.id)) : !settled.has(c.field),
  );
  const { conflicts: _conflicts, fieldClocks: _fieldClocks, ...rest } = after;
  return {
    ...rest,
    timeline: entriesChanged ? sortTimeline(timeline) : after.timeline,
    ...(Object.keys(fieldClocks).length > 0 ? { fieldClocks } : {}),
    ...(conflicts.length > 0 ? { conflicts } : {}),
  };
}
