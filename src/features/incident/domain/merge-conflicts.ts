// Showing and settling the conflicts a merge kept: loaded with the conflict notice and the history's import,
// never on the incident page's first view (most incidents never have one).
import type { Incident, IncidentConflict, TimelineEntry } from './incident-types';
import { INCIDENT_FIELDS } from './incident-fields';
import { latestEntryClock, latestFieldClock, sameValue } from './incident-clock';
import { readFieldStamp } from './merge-incidents';
import { stableStringify } from '../../../lib/stable-stringify';
import { sortTimeline } from './timeline';

/** A conflict as the incident page shows it: what is kept, what the other version was, and who wrote each. */
export interface ConflictView {
  /** Stable while the conflict stands: pass it to `settleConflict`. */
  key: string;
  label: string;
  kept: string;
  keptBy?: string;
  other: string;
  otherBy?: string;
}

const conflictKey = (conflict: IncidentConflict) =>
  stableStringify([conflict.field, conflict.entry?.id ?? null, conflict.at, conflict.base ?? null, conflict.by ?? null, conflict.entry ?? conflict.value ?? null]);

function describeEntry(entry: TimelineEntry): string {
  return entry.deleted ? 'deleted' : `“${entry.text}”${entry.starred ? ' (starred)' : ''}`;
}

/**
 * The conflicts worth a person's attention, oldest field first: versions that differ from the shown one in what a
 * reader sees (a field's value; an entry's text, time, kind, link, star or deletion: a star set in one copy while
 * the other edited the entry is never dropped unseen).
 */
export function listConflicts(incident: Incident): ConflictView[] {
  const views: ConflictView[] = [];
  for (const conflict of incident.conflicts ?? []) {
    if (conflict.field === 'entry') {
      const other = conflict.entry;
      const shown = other && incident.timeline.find((entry) => entry.id === other.id);
      if (!other || !shown) continue;
      const visible = (e: TimelineEntry) => [e.deleted === true, e.deleted ? '' : e.text, e.at, e.kind, e.link ?? '', e.starred === true];
      if (sameValue(visible(shown), visible(other))) continue;
      const keptBy = shown.editedBy ?? shown.author;
      views.push({
        key: conflictKey(conflict),
        label: `timeline entry “${(other.deleted ? shown : other).text.slice(0, 60)}”`,
        kept: describeEntry(shown),
        ...(keptBy ? { keptBy } : {}),
        other: describeEntry(other),
        ...(conflict.by ? { otherBy: conflict.by } : {}),
      });
      continue;
    }
    const def = INCIDENT_FIELDS[conflict.field];
    const shown = def.get(incident);
    if (sameValue(shown, conflict.value ?? null)) continue;
    const keptBy = readFieldStamp(incident, conflict.field).by;
    views.push({
      key: conflictKey(conflict),
      label: def.label,
      kept: def.describe(shown),
      ...(keptBy ? { keptBy } : {}),
      other: def.describe(conflict.value ?? null),
      ...(conflict.by ? { otherBy: conflict.by } : {}),
    });
  }
  return views;
}

/**
 * Settles one conflict: 'other' shows the other version, 'kept' keeps the shown one; either way as a new local
 * change written on top of every version of that field or entry, so the conflict is gone in every copy it reaches.
 * Unknown keys leave the incident as it is.
 */
export function settleConflict(incident: Incident, key: string, choice: 'kept' | 'other', now: number, author: string): Incident {
  const conflict = (incident.conflicts ?? []).find((c) => conflictKey(c) === key);
  if (!conflict) return incident;
  const without = (incident.conflicts ?? []).filter((c) =>
    conflict.field === 'entry' ? !(c.field === 'entry' && c.entry?.id === conflict.entry?.id) : c.field !== conflict.field,
  );
  const by = author.trim();
  const { conflicts: _conflicts, ...rest } = incident;
  const next: Incident = without.length > 0 ? { ...rest, conflicts: without } : rest;
  if (conflict.field === 'entry') {
    const other = conflict.entry;
    const shown = other && incident.timeline.find((entry) => entry.id === other.id);
    if (!other || !shown) return incident;
    const base = latestEntryClock(incident, shown);
    const { editedBy: _editedBy, base: _base, ...content } = choice === 'other' ? other : shown;
    const written: TimelineEntry = { ...content, updatedAt: Math.max(now, base + 1), base, ...(by ? { editedBy: by } : {}) };
    return { ...next, timeline: sortTimeline(next.timeline.map((entry) => (entry.id === written.id ? written : entry))) };
  }
  const field = conflict.field;
  const base = latestFieldClock(incident, field);
  const value = choice === 'other' ? (conflict.value ?? null) : INCIDENT_FIELDS[field].get(incident);
  const written = INCIDENT_FIELDS[field].set(next, value);
  return {
    ...written,
    fieldClocks: { ...written.fieldClocks, [field]: { at: Math.max(now, base + 1), base, ...(by ? { by } : {}) } },
  };
}
