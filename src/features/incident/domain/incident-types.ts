// The incident's plain data model: shared by the incident UI, its store, and the postmortem's import of an incident.
import type { CostInputs } from '../../calculator/domain/cost-inputs';

/** Severity levels; "if unsure, pick the higher". */
export type Severity = 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';

/** Who does what during the incident; one person coordinates (the commander). Free-text names or handles. */
export interface IncidentRoles {
  commander: string;
  deputy: string;
  scribe: string;
  communications: string;
}

/** A step's optional special behaviour in the UI. */
export type StepAction = 'rollback-helper' | 'status-update' | 'postmortem';

/** One step of a runbook phase. `commands` may contain the `<service>` placeholder, filled with the incident's service. */
export interface RunbookStep {
  id: string;
  title: string;
  guidance: string;
  /** The longer "why", shown behind a disclosure. */
  detail?: string;
  commands?: string[];
  action?: StepAction;
  /** Checking this step also stamps a milestone (e.g. "Mitigate" → mitigated). */
  milestone?: MilestoneKey;
}

export interface RunbookPhase {
  id: string;
  title: string;
  guidance: string;
  /** A countdown for the phase, counted from the incident's declaration (the first five minutes: 5). */
  timeboxMinutes?: number;
  steps: RunbookStep[];
}

export interface Runbook {
  id: string;
  name: string;
  phases: RunbookPhase[];
}

export type MilestoneKey = 'detected' | 'acknowledged' | 'mitigated' | 'resolved';

/** Epoch milliseconds for each milestone reached; absent until reached. */
export type Milestones = Partial<Record<MilestoneKey, number>>;

export type TimelineKind = 'action' | 'observation' | 'decision' | 'communication' | 'milestone';

/** One timeline entry. Entries are never removed from the array: deleting sets `deleted` (a tombstone) so that two tabs merge without resurrecting or losing entries. */
export interface TimelineEntry {
  id: string;
  /** Epoch ms when it happened (editable). */
  at: number;
  text: string;
  kind: TimelineKind;
  link?: string;
  source: 'auto' | 'manual';
  deleted?: boolean;
  /** A key event a responder starred; the postmortem starts from the starred entries when there are any. Absent means not starred. */
  starred?: boolean;
  /** Epoch ms of the last change to this entry; the newer edit wins in a merge. */
  updatedAt: number;
  /** Who wrote it: the author name set once per browser (several scribes, one timeline). Absent on entries saved before authors existed and on automatic entries. */
  author?: string;
  /**
   * The `updatedAt` of the version this edit was made on (always less than `updatedAt`): a merge knows that this
   * version saw that one, so only edits neither side saw are a conflict. Absent on a new entry and on entries
   * saved before merging kept it (those merge by `updatedAt` alone).
   */
  base?: number;
  /** Who made the last edit, when it was not the author's first version (shown in a conflict). */
  editedBy?: string;
}

/** The incident's own fields, each merged on its own (see merge-incidents.ts). */
export type IncidentField =
  | 'title'
  | 'severity'
  | 'service'
  | 'publicName'
  | 'startedAt'
  | 'roles.commander'
  | 'roles.deputy'
  | 'roles.scribe'
  | 'roles.communications'
  | 'cadenceMinutes'
  | 'status'
  | 'costInputs'
  | 'drill'
  | 'runbook';

/**
 * The logical clock of one field's value: `at` is a hybrid logical clock folded into epoch ms (never less than
 * the previous stamp + 1, whatever the wall clock says), `base` the stamp of the value it replaced.
 */
export interface FieldStamp {
  at: number;
  base?: number;
  /** The author name of the browser that wrote it. */
  by?: string;
}

/**
 * Another version kept after a merge: a field's value, or a timeline entry's version, written at the same time
 * as the one shown (neither side had seen the other's). The user keeps the shown one or uses this one.
 */
export interface IncidentConflict {
  /** The incident field, or 'entry' for a version of a timeline entry (then `entry` holds it). */
  field: IncidentField | 'entry';
  /** The other version's clock (for an entry: its `updatedAt`). */
  at: number;
  base?: number;
  by?: string;
  /** The other version's value, as the field's merge sees it (see incident-fields.ts). */
  value?: unknown;
  entry?: TimelineEntry;
}

/** One change of command: recorded by the receiving side when it takes command after a handover. */
export interface HandoverRecord {
  id: string;
  /** Epoch ms when the receiver took command. */
  at: number;
  /** The commander handing over (free text: name or handle). */
  from: string;
  /** The person taking command. */
  to: string;
  /** The read-back the receiver acknowledged ("Checkout 500s · SEV1 · 47 min · IC Alice · 3 open steps"). */
  readBack: string;
}

export type UpdateStatus = 'investigating' | 'identified' | 'monitoring' | 'resolved';
export type UpdateAudience = 'internal' | 'customers' | 'executives';

/** A status update the user posted (copied and marked as sent). */
export interface PostedUpdate {
  id: string;
  at: number;
  status: UpdateStatus;
  audience: UpdateAudience;
  text: string;
}

/** The state of a step: checked or unchecked at a time. */
export interface StepState {
  done: boolean;
  at: number;
}

export interface RollbackAnswers {
  changeWentOut: boolean | null;
  dataChanged: boolean | null;
  fixSmallAndUnderstood: boolean | null;
}

export interface Incident {
  /** Internal id (links, storage keys, merges); never shown to people. */
  id: string;
  /**
   * What people call it: "INC-2026-014" (prefix, year of declaration, per-year sequence; see `issueIncidentNumber`).
   * Absent only in incidents saved before numbers existed, until the app numbers them in declaration order.
   */
  number?: string;
  title: string;
  severity: Severity;
  /** The internal service or host name ("payments-api-eu1"): fills in the runbook's commands; never in customer-facing text. */
  service: string;
  /** What customers call the affected part ("Payments"), for customer updates; absent or '' means a neutral phrase. */
  publicName?: string;
  /** When impact started (epoch ms); defaults to the declaration time, can be set earlier. */
  startedAt: number;
  declaredAt: number;
  roles: IncidentRoles;
  /** A snapshot of the runbook at declaration: editing the default runbook never changes a running incident. */
  runbook: Runbook;
  stepStates: Record<string, StepState>;
  milestones: Milestones;
  /** Minutes between status updates. */
  cadenceMinutes: number;
  updates: PostedUpdate[];
  timeline: TimelineEntry[];
  status: 'active' | 'resolved';
  /**
   * The calculator's inputs copied at declaration: the incident's cost is computed from these, so a later what-if
   * in the calculator never rewrites it. Editable while active ("Update from the calculator" copies again); fixed
   * once resolved. Absent only in incidents saved before snapshots existed (restored with the calculator's inputs).
   */
  costInputs?: CostInputs;
  /** A drill (game day): marked everywhere, excluded from report figures by default. Absent means a real incident. */
  drill?: boolean;
  /** Changes of command in order; absent until the first handover. Merged by id (a record is never edited). */
  handovers?: HandoverRecord[];
  /**
   * The logical clock of each field's value; a field not listed was written at `updatedAt` (incidents saved before
   * per-field merging have none). Written by the store on every local change.
   */
  fieldClocks?: Partial<Record<IncidentField, FieldStamp>>;
  /** Versions a merge kept beside the shown ones, for the user to settle; absent when there are none. */
  conflicts?: IncidentConflict[];
  /** Epoch ms of the last change to the incident's own fields (title, severity, roles, cadence, status…). */
  updatedAt: number;
}
