// Every change to a running incident as a pure transition that also writes its timeline entry, so the timeline is complete without the UI remembering to log.
import type {
  Incident,
  IncidentRoles,
  MilestoneKey,
  PostedUpdate,
  RollbackAnswers,
  Runbook,
  Severity,
  TimelineEntry,
  TimelineKind,
} from './incident-types';
import { cloneCostInputs, type CostInputs } from '../../calculator/domain/cost-inputs';
import { DEFAULT_CADENCE_MINUTES } from './cadence';
import { formatTimelineTime } from './local-time';
import { MILESTONE_LABELS } from './metrics';
import { formatDurationWords } from '../../../lib/format-duration';
import { describeRollbackAnswer, recommendRollbackOrFixForward } from './rollback-advice';
import { createId } from '../../../lib/create-id';
import { findRunbookStep } from './runbook';
import { describeUpdateAudience, describeUpdateStatus } from './status-update';
import { createTimelineEntry, sortTimeline } from './timeline';

/** The longest cadence accepted, in minutes (a day). */
const MAX_CADENCE_MINUTES = 1440;

export interface DeclareIncidentInput {
  title: string;
  severity: Severity;
  service: string;
  /** What customers call the affected part; '' or absent means none. */
  publicName?: string;
  /** When impact started; defaults to now; a future time is treated as now. */
  startedAt?: number;
  /** When someone noticed, if before the declaration; defaults to the declaration time. */
  detectedAt?: number;
  roles: IncidentRoles;
  /** The runbook to follow; the incident keeps this snapshot. */
  runbook: Runbook;
  cadenceMinutes?: number;
  /** The calculator's inputs at declaration; the incident keeps a copy and is costed with it. */
  costInputs?: CostInputs;
  /** Defaults to a new id. */
  id?: string;
  /** The human number ("INC-2026-014"), issued by the caller from the incidents in storage (`issueIncidentNumber`). */
  number?: string;
  /** A drill (game day): fixed at declaration, marked everywhere (see docs/DRILLS.md). */
  drill?: boolean;
}

/** What `updateIncidentDetails` can change. Roles are merged with the current ones. */
export interface IncidentDetailsPatch {
  title?: string;
  severity?: Severity;
  service?: string;
  publicName?: string;
  startedAt?: number;
  roles?: Partial<IncidentRoles>;
  cadenceMinutes?: number;
  runbook?: Runbook;
}

const ROLE_LABELS: Readonly<Record<keyof IncidentRoles, string>> = {
  commander: 'incident commander',
  deputy: 'deputy',
  scribe: 'scribe',
  communications: 'communications',
};

function isTime(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value);
}

function validCadence(minutes: number | undefined): number | null {
  return minutes !== undefined && Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_CADENCE_MINUTES
    ? minutes
    : null;
}

/** A stamp strictly after the previous one, so the newest change wins a merge even within one millisecond. */
function nextStamp(previous: number, now: number): number {
  return Math.max(now, previous + 1);
}

function autoEntry(text: string, kind: TimelineKind, at: number, now: number): TimelineEntry {
  return createTimelineEntry({ at, text, kind, source: 'auto' }, now);
}

function withEntries(incident: Incident, entries: readonly TimelineEntry[]): Incident {
  if (entries.length === 0) return incident;
  return { ...incident, timeline: sortTimeline([...incident.timeline, ...entries]) };
}

/**
 * Starts an incident. Impact start is `startedAt` (default now); the detected milestone is the
 * declaration time unless `detectedAt` says earlier, so time to detect is "impact start → declared".
 * Writes "Impact started" (when earlier than now), "Detected" (when earlier than now) and "Incident
 * declared" entries.
 */
export function declareIncident(input: DeclareIncidentInput, now: number): Incident {
  const startedAt = isTime(input.startedAt) ? Math.min(input.startedAt, now) : now;
  const detectedAt = isTime(input.detectedAt) ? Math.min(Math.max(input.detectedAt, startedAt), now) : now;
  const title = input.title.trim() || 'Untitled incident';
  const service = input.service.trim();
  const publicName = input.publicName?.trim() ?? '';
  const entries: TimelineEntry[] = [];
  if (startedAt < now) entries.push(autoEntry('Impact started', 'milestone', startedAt, now));
  if (detectedAt < now) entries.push(autoEntry(`Milestone reached: ${MILESTONE_LABELS.detected}`, 'milestone', detectedAt, now));
  const kind = input.drill === true ? 'Drill' : 'Incident';
  entries.push(
    autoEntry(`${kind} declared: ${title} (${input.severity}${service ? `, ${service}` : ''})`, 'milestone', now, now),
  );
  return {
    id: input.id ?? createId('incident'),
    ...(input.number ? { number: input.number } : {}),
    title,
    severity: input.severity,
    service,
    ...(publicName ? { publicName } : {}),
    startedAt,
    declaredAt: now,
    roles: {
      commander: input.roles.commander.trim(),
      deputy: input.roles.deputy.trim(),
      scribe: input.roles.scribe.trim(),
      communications: input.roles.communications.trim(),
    },
    runbook: input.runbook,
    stepStates: {},
    milestones: { detected: detectedAt },
    cadenceMinutes: validCadence(input.cadenceMinutes) ?? DEFAULT_CADENCE_MINUTES,
    updates: [],
    timeline: sortTimeline(entries),
    status: 'active',
    ...(input.costInputs ? { costInputs: cloneCostInputs(input.costInputs) } : {}),
    ...(input.drill === true ? { drill: true } : {}),
    updatedAt: now,
  };
}

/**
 * Checks or unchecks a step: stamps its state and writes "Checked: <title>" / "Unchecked: <title>".
 * Checking a step that carries a milestone reaches it if not yet reached (so checking "Confirm it is
 * fixed for users" resolves the incident). Unchecking never un-reaches a milestone. No-op when the step
 * is unknown or already in that state.
 */
export function setStepDone(incident: Incident, stepId: string, done: boolean, now: number): Incident {
  const found = findRunbookStep(incident.runbook, stepId);
  if (!found) return incident;
  const previous = Object.hasOwn(incident.stepStates, stepId) ? incident.stepStates[stepId] : undefined;
  if ((previous?.done ?? false) === done) return incident;
  const at = previous ? nextStamp(previous.at, now) : now;
  let next = withEntries(
    { ...incident, stepStates: { ...incident.stepStates, [stepId]: { done, at } } },
    [autoEntry(`${done ? 'Checked' : 'Unchecked'}: ${found.step.title}`, 'action', now, now)],
  );
  const milestone = found.step.milestone;
  if (done && milestone && next.milestones[milestone] === undefined) next = reachMilestone(next, milestone, now);
  return next;
}

/** The text of the entry that marks a milestone when it is reached. */
function describeMilestoneEntry(key: MilestoneKey): string {
  return key === 'resolved' ? 'Incident resolved' : `Milestone reached: ${MILESTONE_LABELS[key]}`;
}

/** The visible auto entry that marks `key`: the one at its current time first, else the latest with its text. */
function findMilestoneEntry(incident: Incident, text: string, at: number | undefined): TimelineEntry | undefined {
  const candidates = incident.timeline.filter(
    (entry) => !entry.deleted && entry.source === 'auto' && entry.kind === 'milestone' && entry.text === text,
  );
  return candidates.find((entry) => entry.at === at) ?? candidates.at(-1);
}

/**
 * Moves the entry that marks a milestone to its corrected time (or writes one when there was none) and logs
 * the correction itself at `now`, never at the corrected time, so a correction never adds a row before
 * "Impact started". The milestone is the source of truth; its entry follows it.
 */
function moveMilestoneEntry(
  incident: Incident,
  entryText: string,
  label: string,
  from: number | undefined,
  to: number,
  now: number,
  author?: string,
): Incident {
  const existing = findMilestoneEntry(incident, entryText, from);
  const timeline = existing
    ? incident.timeline.map((entry) =>
        entry.id === existing.id ? { ...entry, at: to, updatedAt: nextStamp(entry.updatedAt, now) } : entry,
      )
    : [...incident.timeline, autoEntry(entryText, 'milestone', to, now)];
  const by = author?.trim() ? ` by ${author.trim()}` : '';
  const fromText = from === undefined ? '' : ` from ${formatTimelineTime(from, incident.declaredAt, { seconds: false })}`;
  // The note is read later in UTC tables (the postmortem's timeline), so it carries the UTC times as well.
  const utc = (at: number) => formatTimelineTime(at, incident.declaredAt, { seconds: false, locale: 'en-GB', timeZone: 'UTC' });
  const utcText = from === undefined ? `${utc(to)} UTC` : `${utc(from)} to ${utc(to)} UTC`;
  const note = `${label} corrected${fromText} to ${formatTimelineTime(to, incident.declaredAt, { seconds: false })} (${utcText})${by}`;
  return withEntries({ ...incident, timeline: sortTimeline(timeline) }, [autoEntry(note, 'action', now, now)]);
}

/** What a milestone may not precede or follow: the order every incident keeps. */
const ORDER_RULES: readonly { before: MilestoneKey | 'impact'; after: MilestoneKey | 'impact'; message: string }[] = [
  { before: 'impact', after: 'detected', message: 'Detection cannot be before impact started' },
  { before: 'impact', after: 'acknowledged', message: 'Acknowledgement cannot be before impact started' },
  { before: 'detected', after: 'acknowledged', message: 'Acknowledgement cannot be before detection' },
  { before: 'impact', after: 'mitigated', message: 'Service cannot be restored before impact started' },
  { before: 'impact', after: 'resolved', message: 'Resolution cannot be before impact started' },
  { before: 'mitigated', after: 'resolved', message: 'Resolution cannot be before service was restored (mitigated)' },
];

const ORDER_NAMES: Readonly<Record<MilestoneKey | 'impact', string>> = {
  impact: 'impact start',
  detected: 'detection',
  acknowledged: 'acknowledgement',
  mitigated: 'service restored',
  resolved: 'resolution',
};

/**
 * Checks that `key` at `at` keeps the incident's order (impact start ≤ detected ≤ acknowledged; impact start
 * ≤ mitigated ≤ resolved). Returns a message that says what to enter, or null when the time is possible.
 * Correcting resolved may also move an unreached mitigated milestone with it, so that pair is judged as one.
 */
export function checkMilestoneTime(incident: Incident, key: MilestoneKey, at: number): string | null {
  const times: Partial<Record<MilestoneKey | 'impact', number>> = { impact: incident.startedAt, ...incident.milestones, [key]: at };
  for (const rule of ORDER_RULES) {
    if (rule.before !== key && rule.after !== key) continue;
    const before = times[rule.before];
    const after = times[rule.after];
    if (before === undefined || after === undefined || before <= after) continue;
    const other = rule.before === key ? rule.after : rule.before;
    const otherAt = times[other] as number;
    const when = formatTimelineTime(otherAt, incident.declaredAt, { seconds: false });
    const direction = rule.before === key ? 'no later than' : 'no earlier than';
    return `${rule.message} (${when}). Enter a time ${direction} ${when}, or correct ${ORDER_NAMES[other]} first`;
  }
  return null;
}

/**
 * Checks a new impact start against the milestones already reached: impact cannot start after it was
 * detected, acknowledged, mitigated or resolved. Returns a message saying what to enter, or null.
 */
export function checkImpactStart(incident: Incident, startedAt: number): string | null {
  const reached = (Object.entries(incident.milestones) as [MilestoneKey, number | undefined][])
    .filter((pair): pair is [MilestoneKey, number] => pair[1] !== undefined && pair[1] < startedAt)
    .sort((a, b) => a[1] - b[1]);
  const first = reached[0];
  if (!first) return null;
  const when = formatTimelineTime(first[1], incident.declaredAt, { seconds: false });
  return `Impact cannot start after ${ORDER_NAMES[first[0]]} (${when}). Enter a time no later than ${when}, or correct that milestone first`;
}

/**
 * Reaches a milestone at `at` (default now; never later than now) and writes it to the timeline.
 * Already reached: no-op, unless `at` is given, which corrects its time: the milestone's entry moves to the
 * new time and a note records the old and new time. A time that breaks the order (see `checkMilestoneTime`)
 * is refused (no-op). Reaching 'resolved' resolves the incident (see `resolveIncident`): the resolved
 * milestone and the resolved status always go together.
 */
export function reachMilestone(incident: Incident, key: MilestoneKey, now: number, at?: number, author?: string): Incident {
  if (key === 'resolved') return resolveIncident(incident, now, at, author);
  const existing = incident.milestones[key];
  if (existing !== undefined && at === undefined) return incident;
  const when = isTime(at) ? Math.min(at, now) : now;
  if (existing === when) return incident;
  if (isTime(at) && checkMilestoneTime(incident, key, when) !== null) return incident;
  const next = { ...incident, milestones: { ...incident.milestones, [key]: when } };
  if (existing === undefined) return withEntries(next, [autoEntry(describeMilestoneEntry(key), 'milestone', when, now)]);
  return moveMilestoneEntry(next, describeMilestoneEntry(key), MILESTONE_LABELS[key], existing, when, now, author);
}

/**
 * The status-update step a posted update completes: before the step that resolves the incident while it is
 * active ("Communicate early"), after it once resolved ("Update the status"). Null when all are checked.
 */
function findStatusUpdateStep(incident: Incident): string | null {
  const steps = incident.runbook.phases.flatMap((phase) => phase.steps);
  const resolvedIndex = steps.findIndex((step) => step.milestone === 'resolved');
  const boundary = resolvedIndex === -1 ? steps.length : resolvedIndex;
  const resolved = incident.status === 'resolved';
  const found = steps.find(
    (step, index) =>
      step.action === 'status-update' &&
      !(Object.hasOwn(incident.stepStates, step.id) && incident.stepStates[step.id]?.done) &&
      (resolved ? index > boundary : index < boundary),
  );
  return found?.id ?? null;
}

/**
 * Logs a posted status update (a 'communication' entry) and restarts the update countdown. The first
 * update also reaches the acknowledged milestone, and each update checks the status-update step it
 * completes (see `findStatusUpdateStep`). Posting a "Resolved" update does not resolve the
 * incident by itself.
 */
export function postUpdate(
  incident: Incident,
  update: Omit<PostedUpdate, 'id'> & { id?: string },
  now: number,
  fromStepId?: string,
): Incident {
  const posted: PostedUpdate = { ...update, id: update.id ?? createId('update') };
  let next = withEntries(
    { ...incident, updates: [...incident.updates, posted].sort((a, b) => a.at - b.at) },
    [
      autoEntry(
        `Posted a status update for ${describeUpdateAudience(posted.audience).toLowerCase()}: ${describeUpdateStatus(posted.status)}`,
        'communication',
        posted.at,
        now,
      ),
    ],
  );
  if (next.milestones.acknowledged === undefined) next = reachMilestone(next, 'acknowledged', now, posted.at);
  // Posting is what the "Communicate early" step asks for: tick it, so the checklist matches what was done.
  // Written from a step's own "Write the update" button: that step is the one done.
  const fromStep = fromStepId === undefined ? undefined : findRunbookStep(next.runbook, fromStepId)?.step;
  const fromOpenStep = fromStep?.action === 'status-update' && !(Object.hasOwn(next.stepStates, fromStep.id) && next.stepStates[fromStep.id]?.done);
  const stepId = fromOpenStep && fromStep ? fromStep.id : findStatusUpdateStep(next);
  if (stepId) next = setStepDone(next, stepId, true, now);
  return next;
}

/**
 * Replaces the incident's cost inputs (an edit, or "Update from the calculator") and logs it. A resolved incident's
 * cost is frozen: no-op. Also a no-op when nothing changed.
 */
export function setIncidentCostInputs(incident: Incident, inputs: CostInputs, now: number, source: 'calculator' | 'edit'): Incident {
  if (incident.status === 'resolved') return incident;
  if (incident.costInputs !== undefined && JSON.stringify(incident.costInputs) === JSON.stringify(inputs)) return incident;
  const next: Incident = { ...incident, costInputs: cloneCostInputs(inputs), updatedAt: nextStamp(incident.updatedAt, now) };
  const text = source === 'calculator' ? 'Cost inputs updated from the calculator' : 'Cost inputs edited in the incident';
  return withEntries(next, [autoEntry(text, 'action', now, now)]);
}

/**
 * Migration for incidents saved before cost snapshots: gives one the inputs it would have been costed with until
 * now (the calculator's current ones), once, without a timeline entry or a new edit time. Others: unchanged.
 */
export function fillMissingCostInputs(incident: Incident, inputs: CostInputs): Incident {
  return incident.costInputs !== undefined ? incident : { ...incident, costInputs: cloneCostInputs(inputs) };
}

/** Records the answers and the recommendation of the "Roll back or fix forward?" helper as a decision. */
export function recordRollbackDecision(incident: Incident, answers: RollbackAnswers, now: number): Incident {
  const advice = recommendRollbackOrFixForward(answers);
  const text =
    `Roll back or fix forward: ${advice.headline}. ` +
    `Change went out: ${describeRollbackAnswer(answers.changeWentOut)}; ` +
    `data changed: ${describeRollbackAnswer(answers.dataChanged)}; ` +
    `fix small and understood: ${describeRollbackAnswer(answers.fixSmallAndUnderstood)}.`;
  return withEntries(incident, [autoEntry(text, 'decision', now, now)]);
}

/**
 * Resolves the incident: status 'resolved', the resolved milestone (and mitigated, if it was never
 * reached) at `at` (default now), and an "Incident resolved" entry. Stops the update reminders. Already
 * resolved: no-op unless `at` corrects the time.
 */
export function resolveIncident(incident: Incident, now: number, at?: number, author?: string): Incident {
  if (incident.status === 'resolved' && incident.milestones.resolved !== undefined && at === undefined) return incident;
  const when = isTime(at) ? Math.min(at, now) : now;
  const previous = incident.status === 'resolved' ? incident.milestones.resolved : undefined;
  if (previous === when) return incident;
  // Mitigation stamped by the resolution itself (same instant) moves with a correction to an earlier time.
  const movesMitigation = previous !== undefined && incident.milestones.mitigated === previous && when < previous;
  const mitigated = movesMitigation ? when : (incident.milestones.mitigated ?? when);
  if (isTime(at) && checkMilestoneTime({ ...incident, milestones: { ...incident.milestones, mitigated } }, 'resolved', when) !== null) {
    return incident;
  }
  const entries: TimelineEntry[] = [];
  if (incident.milestones.mitigated === undefined) {
    entries.push(autoEntry(describeMilestoneEntry('mitigated'), 'milestone', when, now));
  }
  const next: Incident = {
    ...incident,
    status: 'resolved',
    milestones: { ...incident.milestones, mitigated, resolved: when },
    updatedAt: nextStamp(incident.updatedAt, now),
  };
  if (previous === undefined) return withEntries(next, [...entries, autoEntry(describeMilestoneEntry('resolved'), 'milestone', when, now)]);
  let corrected = withEntries(next, entries);
  if (movesMitigation) {
    corrected = moveMilestoneEntry(corrected, describeMilestoneEntry('mitigated'), MILESTONE_LABELS.mitigated, previous, when, now, author);
  }
  return moveMilestoneEntry(corrected, describeMilestoneEntry('resolved'), MILESTONE_LABELS.resolved, previous, when, now, author);
}

/**
 * Reopens a resolved incident: status 'active', the resolved milestone removed (so the clock runs
 * again), and an "Incident reopened" entry. Earlier milestones stay.
 */
export function reopenIncident(incident: Incident, now: number): Incident {
  if (incident.status === 'active' && incident.milestones.resolved === undefined) return incident;
  const { resolved: _resolved, ...milestones } = incident.milestones;
  return withEntries(
    { ...incident, status: 'active', milestones, updatedAt: nextStamp(incident.updatedAt, now) },
    [autoEntry('Incident reopened', 'milestone', now, now)],
  );
}

/**
 * Changes the incident's own details and logs each change (severity, title, service, impact start,
 * roles, cadence). An empty title, an invalid cadence or an unchanged value is ignored. Impact start is
 * never later than now.
 */
export function updateIncidentDetails(incident: Incident, patch: IncidentDetailsPatch, now: number): Incident {
  const next: Incident = { ...incident };
  const entries: TimelineEntry[] = [];
  const log = (text: string) => entries.push(autoEntry(text, 'action', now, now));

  const title = patch.title?.trim();
  if (title && title !== incident.title) {
    next.title = title;
    log(`Title changed to "${title}"`);
  }
  if (patch.severity && patch.severity !== incident.severity) {
    next.severity = patch.severity;
    log(`Severity changed from ${incident.severity} to ${patch.severity}`);
  }
  const service = patch.service?.trim();
  if (service !== undefined && service !== incident.service) {
    next.service = service;
    log(service ? `Affected service changed to ${service}` : 'Affected service cleared');
  }
  const publicName = patch.publicName?.trim();
  if (publicName !== undefined && publicName !== (incident.publicName ?? '')) {
    if (publicName) next.publicName = publicName;
    else delete next.publicName;
    log(publicName ? `Public component name changed to ${publicName}` : 'Public component name cleared');
  }
  if (isTime(patch.startedAt)) {
    const startedAt = Math.min(patch.startedAt, now);
    if (startedAt !== incident.startedAt && checkImpactStart(incident, startedAt) === null) {
      next.startedAt = startedAt;
      const shift = formatDurationWords(Math.abs(startedAt - incident.startedAt));
      log(`Impact start moved ${shift} ${startedAt < incident.startedAt ? 'earlier' : 'later'}`);
      // The "Impact started" entry follows the field, as milestone entries do.
      const entry = findMilestoneEntry(incident, 'Impact started', incident.startedAt);
      if (entry) {
        next.timeline = incident.timeline.map((item) =>
          item.id === entry.id ? { ...item, at: startedAt, updatedAt: nextStamp(item.updatedAt, now) } : item,
        );
      } else if (startedAt < incident.declaredAt) {
        entries.push(autoEntry('Impact started', 'milestone', startedAt, now));
      }
    }
  }
  if (patch.roles) {
    const roles: IncidentRoles = { ...incident.roles };
    const changes: string[] = [];
    for (const key of Object.keys(ROLE_LABELS) as (keyof IncidentRoles)[]) {
      const value = patch.roles[key]?.trim();
      if (value !== undefined && value !== incident.roles[key]) {
        roles[key] = value;
        changes.push(value ? `${ROLE_LABELS[key]} ${value}` : `${ROLE_LABELS[key]} cleared`);
      }
    }
    if (changes.length > 0) {
      next.roles = roles;
      log(`Roles updated: ${changes.join(', ')}`);
    }
  }
  const cadence = validCadence(patch.cadenceMinutes);
  if (cadence !== null && cadence !== incident.cadenceMinutes) {
    next.cadenceMinutes = cadence;
    log(`Update cadence set to every ${cadence} minutes`);
  }
  let runbookChanged = false;
  if (patch.runbook && patch.runbook !== incident.runbook) {
    next.runbook = patch.runbook;
    runbookChanged = true;
  }
  if (entries.length === 0 && !runbookChanged) return incident;
  next.updatedAt = nextStamp(incident.updatedAt, now);
  return withEntries(next, entries);
}
