// Merging copies of one incident (two tabs, or two people's files) so that every copy converges, no timeline
// entry is lost or resurrected, and two edits neither side saw are both kept for the user to settle.
//
// The rule (docs/SHARING.md, "Merging"): every field of the incident and every timeline entry is a register that
// holds the versions nobody has overwritten yet. A version carries a clock `at` (a hybrid logical clock folded into
// epoch ms: a new stamp is never less than the last one seen + 1, so a teammate whose wall clock is minutes off
// cannot hide a later edit) and `base`, the clock of the version it replaced. Version W supersedes V when W was
// written on top of V or something newer (`W.base >= V.at`), or when V has no base (saved before bases existed, or
// a first version) and W is newer. A merge takes the union of both copies' versions and keeps those no other
// supersedes; "supersedes" is a strict partial order, so that is a join: commutative, associative, idempotent.
// The newest standing version is shown (for an entry, a deletion first: nothing comes back unseen); the others
// are kept in `conflicts`, until the user keeps one, which writes a new version on top of all of them.
import type { FieldStamp, Incident, IncidentConflict, IncidentField, Milestones, MilestoneKey, PostedUpdate, StepState, TimelineEntry } from './incident-types';
import { INCIDENT_FIELD_KEYS, INCIDENT_FIELDS } from './incident-fields';
import { stableStringify } from '../../../lib/stable-stringify';
import { sortTimeline } from './timeline';

interface Clocked {
  at: number;
  base?: number | undefined;
}

interface FieldVersion extends Clocked {
  value: unknown;
  by?: string | undefined;
}

/** A base not below its own clock is meaningless (a hand-edited file): the version is treated as having none. */
function baseOf(version: Clocked): number | undefined {
  return version.base !== undefined && version.base < version.at ? version.base : undefined;
}

/** Whether `w` overwrote `v`, knowingly (its base) or as a newer write over a version that records no base. */
function supersedes(w: Clocked, v: Clocked): boolean {
  const wBase = baseOf(w);
  if (wBase !== undefined && wBase >= v.at) return true;
  return baseOf(v) === undefined && w.at > v.at;
}

/** The distinct versions that no other version supersedes. */
function standing<T extends Clocked>(versions: readonly T[], key: (version: T) => string): { version: T; key: string }[] {
  const unique = new Map<string, T>();
  for (const version of versions) unique.set(key(version), version);
  const list = [...unique].map(([k, version]) => ({ key: k, version }));
  return list.filter((item) => !list.some((other) => other !== item && supersedes(other.version, item.version)));
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function entryKey(entry: TimelineEntry): string {
  return JSON.stringify([
    entry.id,
    entry.at,
    entry.text,
    entry.kind,
    entry.link ?? null,
    entry.source,
    entry.deleted === true,
    entry.starred === true,
    entry.updatedAt,
    entry.author ?? null,
    entry.base ?? null,
    entry.editedBy ?? null,
  ]);
}

const entryClock = (entry: TimelineEntry): Clocked => (entry.base === undefined ? { at: entry.updatedAt } : { at: entry.updatedAt, base: entry.base });

function fieldKey(version: FieldVersion): string {
  return JSON.stringify([version.at, version.base ?? null, version.by ?? null, stableStringify(version.value) ?? 'null']);
}

function updateKey(update: PostedUpdate): string {
  return JSON.stringify([update.id, update.at, update.status, update.audience, update.text]);
}

function pickStepState(a: StepState, b: StepState): StepState {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.done ? a : b;
}

function unionBy<T extends { id: string }>(a: readonly T[], b: readonly T[], pick: (x: T, y: T) => T): T[] {
  const byId = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const existing = byId.get(item.id);
    byId.set(item.id, existing ? pick(existing, item) : item);
  }
  return [...byId.values()];
}

/** The stamp of a field's shown value: its own, or the incident's `updatedAt` for incidents saved without one. */
export function readFieldStamp(incident: Incident, field: IncidentField): FieldStamp {
  return incident.fieldClocks?.[field] ?? { at: incident.updatedAt };
}

function fieldVersions(incident: Incident, field: IncidentField): FieldVersion[] {
  const versions: FieldVersion[] = [{ value: INCIDENT_FIELDS[field].get(incident), ...readFieldStamp(incident, field) }];
  for (const conflict of incident.conflicts ?? []) {
    if (conflict.field === field) versions.push({ value: conflict.value ?? null, at: conflict.at, base: conflict.base, by: conflict.by });
  }
  return versions;
}

/** Every version of each entry, by id: the shown one and those kept in conflicts. */
type EntrySide = Pick<Incident, 'timeline' | 'conflicts'>;

function entryVersions(side: EntrySide, into: Map<string, TimelineEntry[]>): void {
  const add = (entry: TimelineEntry) => {
    const list = into.get(entry.id);
    if (list) list.push(entry);
    else into.set(entry.id, [entry]);
  };
  for (const entry of side.timeline) add(entry);
  for (const conflict of side.conflicts ?? []) if (conflict.field === 'entry' && conflict.entry) add(conflict.entry);
}

/** Shown first: a deletion (so nothing deleted comes back unless someone chooses it), then the newest, then a fixed order. */
function compareEntryVersions(a: { version: TimelineEntry; key: string }, b: { version: TimelineEntry; key: string }): number {
  const deleted = Number(b.version.deleted === true) - Number(a.version.deleted === true);
  if (deleted !== 0) return deleted;
  return b.version.updatedAt - a.version.updatedAt || compareText(b.key, a.key);
}

function stampFields(stamp: FieldStamp): FieldStamp {
  return { at: stamp.at, ...(stamp.base !== undefined ? { base: stamp.base } : {}), ...(stamp.by !== undefined ? { by: stamp.by } : {}) };
}

function entryConflict(entry: TimelineEntry): IncidentConflict {
  const by = entry.editedBy ?? entry.author;
  return {
    field: 'entry',
    at: entry.updatedAt,
    ...(entry.base !== undefined ? { base: entry.base } : {}),
    ...(by !== undefined ? { by } : {}),
    entry,
  };
}

function conflictOrder(a: IncidentConflict, b: IncidentConflict): number {
  return (
    compareText(a.field, b.field) ||
    compareText(a.entry?.id ?? '', b.entry?.id ?? '') ||
    a.at - b.at ||
    compareText(a.entry ? entryKey(a.entry) : fieldKey({ value: a.value, at: a.at, base: a.base, by: a.by }), b.entry ? entryKey(b.entry) : fieldKey({ value: b.value, at: b.at, base: b.base, by: b.by }))
  );
}

/**
 * Merges the timelines of two copies: union by id; per entry the versions neither copy overwrote, the shown one
 * first (a deletion, else the newest). Returns the timeline (sorted) and the other versions still standing.
 */
function mergeEntries(a: EntrySide, b: EntrySide): { timeline: TimelineEntry[]; conflicts: IncidentConflict[] } {
  const byId = new Map<string, TimelineEntry[]>();
  entryVersions(a, byId);
  entryVersions(b, byId);
  const timeline: TimelineEntry[] = [];
  const conflicts: IncidentConflict[] = [];
  for (const versions of byId.values()) {
    if (versions.length === 1) {
      timeline.push(versions[0]!);
      continue;
    }
    const kept = standing(versions.map((version) => ({ ...entryClock(version), version })), (item) => entryKey(item.version))
      .map(({ key, version }) => ({ key, version: version.version }))
      .sort(compareEntryVersions);
    timeline.push(kept[0]!.version);
    for (const other of kept.slice(1)) conflicts.push(entryConflict(other.version));
  }
  return { timeline: sortTimeline(timeline), conflicts };
}

/** Merges the timelines of two copies (see `mergeIncident`); the versions kept for the user are left out. */
export function mergeTimelines(a: readonly TimelineEntry[], b: readonly TimelineEntry[]): TimelineEntry[] {
  return mergeEntries({ timeline: [...a] }, { timeline: [...b] }).timeline;
}

function mergeStepStates(a: Incident['stepStates'], b: Incident['stepStates']): Incident['stepStates'] {
  const merged: Incident['stepStates'] = {};
  for (const source of [a, b]) {
    for (const [stepId, state] of Object.entries(source)) {
      const existing = Object.hasOwn(merged, stepId) ? merged[stepId] : undefined;
      merged[stepId] = existing ? pickStepState(existing, state) : state;
    }
  }
  return merged;
}

const EARLIEST_WINS: readonly MilestoneKey[] = ['detected', 'acknowledged', 'mitigated'];

/**
 * Merges two copies of one incident (same id), two tabs' or two people's; any order, any repetition, same result:
 * - each field (title, severity, service, public name, impact start, each role, cadence, status with its resolved
 *   time, cost inputs, drill mark, runbook): the versions neither side overwrote (see the module comment); the
 *   newest is shown, the others go to `conflicts`;
 * - timeline: union by id, each entry the same way (a deletion is shown first);
 * - stepStates: per step the later stamp; updates and handovers: union by id;
 * - milestones detected/acknowledged/mitigated: the earlier time, the first time it was reached;
 * - number: the one given (the smaller if both differ); declaredAt the earlier; updatedAt the later.
 */
export function mergeIncident(local: Incident, remote: Incident): Incident {
  const updatedAt = Math.max(local.updatedAt, remote.updatedAt);
  const milestones: Milestones = {};
  for (const key of EARLIEST_WINS) {
    const a = local.milestones[key];
    const b = remote.milestones[key];
    const value = a === undefined ? b : b === undefined ? a : Math.min(a, b);
    if (value !== undefined) milestones[key] = value;
  }
  const number = local.number === undefined ? remote.number : remote.number === undefined ? local.number : [local.number, remote.number].sort(compareText)[0];
  const { timeline, conflicts } = mergeEntries(local, remote);

  let merged: Incident = {
    id: local.id,
    ...(number !== undefined ? { number } : {}),
    title: local.title,
    severity: local.severity,
    service: local.service,
    startedAt: local.startedAt,
    declaredAt: Math.min(local.declaredAt, remote.declaredAt),
    roles: { ...local.roles },
    runbook: local.runbook,
    stepStates: mergeStepStates(local.stepStates, remote.stepStates),
    milestones,
    cadenceMinutes: local.cadenceMinutes,
    updates: unionBy(local.updates, remote.updates, (a, b) => (updateKey(a) >= updateKey(b) ? a : b)).sort(
      (a, b) => a.at - b.at || compareText(a.id, b.id),
    ),
    timeline,
    status: 'active',
    ...(local.handovers || remote.handovers
      ? {
          // Handover records are never edited: union by id, in time order.
          handovers: unionBy(local.handovers ?? [], remote.handovers ?? [], (a, b) => (stableStringify(a) >= stableStringify(b) ? a : b)).sort(
            (a, b) => a.at - b.at || compareText(a.id, b.id),
          ),
        }
      : {}),
    updatedAt,
  };

  const fieldClocks: Partial<Record<IncidentField, FieldStamp>> = {};
  for (const field of INCIDENT_FIELD_KEYS) {
    let versions = [...fieldVersions(local, field), ...fieldVersions(remote, field)];
    // No cost snapshot is older than any snapshot (incidents saved before snapshots get one on restore).
    if (field === 'costInputs' && versions.some((v) => v.value !== null)) versions = versions.filter((v) => v.value !== null);
    const kept = standing(versions, fieldKey).sort((a, b) => b.version.at - a.version.at || compareText(b.key, a.key));
    const shown = kept[0]!.version;
    merged = INCIDENT_FIELDS[field].set(merged, shown.value);
    // A stamp equal to the one an absent stamp stands for is left out, so a copy without stamps stays without.
    if (shown.at !== updatedAt || shown.base !== undefined || shown.by !== undefined) fieldClocks[field] = stampFields(shown);
    for (const other of kept.slice(1)) {
      const { value, ...stamp } = other.version;
      conflicts.push({ field, ...stampFields(stamp), value });
    }
  }
  if (Object.keys(fieldClocks).length > 0) merged.fieldClocks = fieldClocks;
  if (conflicts.length > 0) merged.conflicts = conflicts.sort(conflictOrder);
  return merged;
}

/**
 * Merges two lists of incidents: union by id, merging the ones in both; newest declaration first.
 * An incident deleted in one list comes back from the other: keep deleted ids apart if that matters.
 */
export function mergeIncidentLists(local: readonly Incident[], remote: readonly Incident[]): Incident[] {
  const byId = new Map<string, Incident>();
  for (const incident of [...local, ...remote]) {
    const existing = byId.get(incident.id);
    byId.set(incident.id, existing ? mergeIncident(existing, incident) : incident);
  }
  return [...byId.values()].sort((a, b) => b.declaredAt - a.declaredAt || compareText(a.id, b.id));
}
