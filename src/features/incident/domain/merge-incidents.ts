// Merging two tabs' copies of the same incident so that both converge and no timeline entry is ever lost or resurrected.
import type { Incident, Milestones, MilestoneKey, PostedUpdate, StepState, TimelineEntry } from './incident-types';
import { sortTimeline } from './timeline';

function entryKey(entry: TimelineEntry): string {
  return JSON.stringify([entry.id, entry.at, entry.text, entry.kind, entry.link ?? null, entry.source, entry.deleted === true, entry.starred === true, entry.updatedAt, entry.author ?? null]);
}

function updateKey(update: PostedUpdate): string {
  return JSON.stringify([update.id, update.at, update.status, update.audience, update.text]);
}

function scalarKey(incident: Incident): string {
  const { title, severity, service, publicName, startedAt, roles, cadenceMinutes, status, runbook, milestones } = incident;
  // The resolved milestone travels with the status, so it is part of what the tie-break compares.
  return JSON.stringify([
    title,
    severity,
    service,
    publicName ?? '',
    startedAt,
    roles.commander,
    roles.deputy,
    roles.scribe,
    roles.communications,
    cadenceMinutes,
    status,
    milestones.resolved ?? null,
    incident.drill === true,
    runbook,
  ]);
}

/**
 * The newer edit of one entry wins; at the same `updatedAt` a deletion wins (so a delete is never
 * undone by a concurrent stale copy), then a fixed order on the content. The last rule is deliberately
 * not "prefer remote": each tab treats the other as remote, so that would make two tabs swap values
 * forever instead of agreeing.
 */
function pickEntry(a: TimelineEntry, b: TimelineEntry): TimelineEntry {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if ((a.deleted === true) !== (b.deleted === true)) return a.deleted ? a : b;
  return entryKey(a) >= entryKey(b) ? a : b;
}

function pickStepState(a: StepState, b: StepState): StepState {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.done ? a : b;
}

function unionBy<T extends { id: string }>(a: readonly T[], b: readonly T[], pick: (x: T, y: T) => T): T[] {
  const byId = new Map<string, T>();
  for (const item of a) {
    const existing = byId.get(item.id);
    byId.set(item.id, existing ? pick(existing, item) : item);
  }
  for (const item of b) {
    const existing = byId.get(item.id);
    byId.set(item.id, existing ? pick(existing, item) : item);
  }
  return [...byId.values()];
}

/** Merges the timelines of two copies: union by id, per entry the newer edit (see `pickEntry`), sorted. */
export function mergeTimelines(a: readonly TimelineEntry[], b: readonly TimelineEntry[]): TimelineEntry[] {
  return sortTimeline(unionBy(a, b, pickEntry));
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
 * Merges two copies of one incident (same id), as two tabs write it:
 * - timeline: union by id, the newer edit of each entry (ties: the deletion, then a fixed order);
 * - stepStates: per step the later stamp; updates: union by id;
 * - milestones detected/acknowledged/mitigated: the earlier time, the first time it was reached;
 * - title, severity, service, startedAt, roles, cadence, status, runbook and cost inputs: from the copy with the
 *   greater `updatedAt` (ties: a fixed order on the content, so both tabs agree);
 * - the resolved milestone follows that status, because reopening removes it: taking the earlier time
 *   from a stale copy would silently re-resolve a reopened incident.
 */
export function mergeIncident(local: Incident, remote: Incident): Incident {
  const scalarWinner =
    local.updatedAt !== remote.updatedAt
      ? local.updatedAt > remote.updatedAt
        ? local
        : remote
      : scalarKey(local) >= scalarKey(remote)
        ? local
        : remote;
  const other = scalarWinner === local ? remote : local;

  const milestones: Milestones = {};
  for (const key of EARLIEST_WINS) {
    const a = local.milestones[key];
    const b = remote.milestones[key];
    const value = a === undefined ? b : b === undefined ? a : Math.min(a, b);
    if (value !== undefined) milestones[key] = value;
  }
  if (scalarWinner.status === 'resolved') {
    milestones.resolved = scalarWinner.milestones.resolved ?? other.milestones.resolved ?? scalarWinner.updatedAt;
  }

  // A number, once given, stays: the newer copy's, else whichever copy has one.
  const number = scalarWinner.number ?? other.number;
  return {
    id: scalarWinner.id,
    ...(number !== undefined ? { number } : {}),
    title: scalarWinner.title,
    severity: scalarWinner.severity,
    service: scalarWinner.service,
    ...(scalarWinner.publicName !== undefined ? { publicName: scalarWinner.publicName } : {}),
    startedAt: scalarWinner.startedAt,
    declaredAt: Math.min(local.declaredAt, remote.declaredAt),
    roles: scalarWinner.roles,
    runbook: scalarWinner.runbook,
    stepStates: mergeStepStates(local.stepStates, remote.stepStates),
    milestones,
    cadenceMinutes: scalarWinner.cadenceMinutes,
    updates: unionBy(local.updates, remote.updates, (a, b) => (updateKey(a) >= updateKey(b) ? a : b)).sort(
      (a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    ),
    timeline: mergeTimelines(local.timeline, remote.timeline),
    status: scalarWinner.status,
    // The cost snapshot is one of the incident's own fields: the newer copy's, else whichever copy has one.
    ...(() => {
      const costInputs = scalarWinner.costInputs ?? other.costInputs;
      return costInputs ? { costInputs } : {};
    })(),
    ...(scalarWinner.drill === true ? { drill: true } : {}),
    // Handover records are never edited: union by id, in time order.
    ...(() => {
      if (!local.handovers && !remote.handovers) return {};
      const handovers = unionBy(local.handovers ?? [], remote.handovers ?? [], (a, b) =>
        JSON.stringify(a) >= JSON.stringify(b) ? a : b,
      ).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { handovers };
    })(),
    updatedAt: Math.max(local.updatedAt, remote.updatedAt),
  };
}

/**
 * Merges two lists of incidents: union by id, merging the ones in both; newest declaration first.
 * An incident deleted in one list comes back from the other: keep deleted ids apart if that matters.
 */
export function mergeIncidentLists(local: readonly Incident[], remote: readonly Incident[]): Incident[] {
  const byId = new Map<string, Incident>();
  for (const incident of local) {
    const existing = byId.get(incident.id);
    byId.set(incident.id, existing ? mergeIncident(existing, incident) : incident);
  }
  for (const incident of remote) {
    const existing = byId.get(incident.id);
    byId.set(incident.id, existing ? mergeIncident(existing, incident) : incident);
  }
  return [...byId.values()].sort(
    (a, b) => b.declaredAt - a.declaredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
