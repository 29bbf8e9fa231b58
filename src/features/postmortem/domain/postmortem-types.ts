// The postmortem's plain, JSON-able document model: what the editor edits, the store saves and every renderer reads.
import { COST_COMPONENTS, type CostComponent } from '../../calculator/domain/calculate-downtime-cost';
import type { Severity } from '../../incident/domain/incident-types';

/** The version of the document shape this build writes (the JSON envelope carries it too). */
export const POSTMORTEM_FORMAT_VERSION = 1;

/** The review workflow: Draft → In review → Reviewed → Closed. */
export type PostmortemStatus = 'draft' | 'in-review' | 'reviewed' | 'closed';

/** Status order is the workflow order: Draft → In review → Reviewed → Closed. */
export const POSTMORTEM_STATUSES: readonly PostmortemStatus[] = ['draft', 'in-review', 'reviewed', 'closed'];

/** Status names for display. */
export const POSTMORTEM_STATUS_LABELS: Record<PostmortemStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  reviewed: 'Reviewed',
  closed: 'Closed',
};

/** Severities in order, most severe first. */
export const SEVERITIES: readonly Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];

/**
 * What a section is. Built-in kinds get structured content when rendered (Impact → impact table, Timeline → timeline
 * table, Action items → action-item table, Responders → responder list, Root causes → five whys); `custom` is prose only.
 */
export type SectionKind =
  | 'summary'
  | 'what-happened'
  | 'impact'
  | 'responders'
  | 'timeline'
  | 'root-causes'
  | 'contributing-factors'
  | 'detection'
  | 'response'
  | 'resolution'
  | 'went-well'
  | 'went-wrong'
  | 'lucky'
  | 'action-items'
  | 'lessons'
  | 'supporting'
  | 'messaging'
  | 'custom';

/** Every section kind (the schema accepts these). */
export const SECTION_KINDS: readonly SectionKind[] = [
  'summary',
  'what-happened',
  'impact',
  'responders',
  'timeline',
  'root-causes',
  'contributing-factors',
  'detection',
  'response',
  'resolution',
  'went-well',
  'went-wrong',
  'lucky',
  'action-items',
  'lessons',
  'supporting',
  'messaging',
  'custom',
];

/** One section of the document; its place in `sections` is its place in the document. */
export interface PostmortemSection {
  /** Unique within the document. Built-in sections use their kind as id; custom ones `custom-<n>`. */
  id: string;
  kind: SectionKind;
  /** Shown as the heading; renamable. */
  title: string;
  /** One line of guidance for the editor (from the template); '' for custom sections. Never rendered in exports. */
  prompt: string;
  /** Hidden sections stay in the document but are left out of every export and of the blameless check. */
  hidden: boolean;
  /**
   * Plain text. Blank lines separate paragraphs, single newlines are line breaks, lines starting with "- " / "* "
   * are bullet items and "1. " numbered items (see `parseSectionBody`). Nothing else is interpreted: it is never HTML.
   */
  body: string;
}

/** One row of the postmortem's own timeline (copied from the incident or typed/pasted). */
export interface PostmortemTimelineRow {
  id: string;
  /** Epoch milliseconds. */
  at: number;
  text: string;
  /** Only http(s)/mailto links are ever rendered as links (see `sanitizeLink`). Absent when there is none. */
  link?: string;
}

/** One step of the five whys: a question and its answer. */
export interface FiveWhy {
  id: string;
  why: string;
  because: string;
}

/** What an action item does about a repeat: prevent it, detect it sooner, mitigate it faster, or change a process. */
export type ActionItemType = 'prevent' | 'detect' | 'mitigate' | 'process';
/** Action-item types in display order. */
export const ACTION_ITEM_TYPES: readonly ActionItemType[] = ['prevent', 'detect', 'mitigate', 'process'];
/** Action-item type names for display. */
export const ACTION_ITEM_TYPE_LABELS: Record<ActionItemType, string> = {
  prevent: 'Prevent',
  detect: 'Detect',
  mitigate: 'Mitigate',
  process: 'Process',
};

/** P0 most urgent … P3 least. */
export type ActionItemPriority = 'P0' | 'P1' | 'P2' | 'P3';
/** Priorities in display order. */
export const ACTION_ITEM_PRIORITIES: readonly ActionItemPriority[] = ['P0', 'P1', 'P2', 'P3'];

/** Where an action item stands. */
export type ActionItemStatus = 'open' | 'in-progress' | 'done';
/** Action-item statuses in display order. */
export const ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = ['open', 'in-progress', 'done'];
/** Action-item status names for display. */
export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
};

/** A follow-up change with an owner, a type, a priority, a due date and a tracking link. */
export interface ActionItem {
  id: string;
  description: string;
  owner: string;
  type: ActionItemType;
  priority: ActionItemPriority;
  /** 'YYYY-MM-DD' or '' when not set. */
  due: string;
  /** Tracking link (ticket); '' when not set. */
  link: string;
  status: ActionItemStatus;
}

/** Someone who reviews the postmortem; `signedOffAt` stamps their sign-off (epoch ms), null until they give it. */
export interface PostmortemReviewer {
  id: string;
  name: string;
  signedOffAt: number | null;
}

/** The review meeting, as wall time in the document's time zone. */
export interface ReviewMeeting {
  /** 'YYYY-MM-DD', or '' for "on the review due date" (see `resolveReviewDue`), so it follows the severity. */
  date: string;
  /** 'HH:MM', 24-hour. */
  time: string;
  durationMinutes: number;
}

/** The Impact section's figures: duration, users affected, cost per component and error budget. */
export interface PostmortemImpact {
  /** Minutes of impact; null when unknown. */
  durationMinutes: number | null;
  /** 0–100; null when unknown. */
  usersAffectedPercent: number | null;
  /** ISO 4217 code, e.g. 'EUR'. */
  currency: string;
  /** Editable cost per component (the calculator's components), in `currency`. Non-negative. */
  cost: Record<CostComponent, number>;
  /** Can exceed 100 (the budget was overspent); null when unknown. */
  errorBudgetConsumedPercent: number | null;
  notes: string;
}

/** The four response metrics, by the incident's names for them. */
export type ResponseMetricKey = 'timeToDetect' | 'timeToAcknowledge' | 'timeToMitigate' | 'timeToResolve';

/**
 * Time to detect, acknowledge, mitigate and resolve, in milliseconds, as the incident's milestones gave them when
 * the postmortem was started; null when the milestone that ends it was never recorded.
 */
export type PostmortemMetrics = Record<ResponseMetricKey, number | null>;

/** How a response metric is shown: its abbreviation, name and the span it measures. */
export interface ResponseMetricInfo {
  key: ResponseMetricKey;
  abbreviation: string;
  label: string;
  /** The span, as the incident defines it (see the incident's `METRIC_DEFINITIONS`). */
  span: string;
}

/** The response metrics in the order they happen. */
export const RESPONSE_METRICS: readonly ResponseMetricInfo[] = [
  { key: 'timeToDetect', abbreviation: 'TTD', label: 'Time to detect', span: 'impact start → detected' },
  { key: 'timeToAcknowledge', abbreviation: 'TTA', label: 'Time to acknowledge', span: 'detected (else impact start) → first status update' },
  { key: 'timeToMitigate', abbreviation: 'TTM', label: 'Time to mitigate', span: 'impact start → service restored' },
  { key: 'timeToResolve', abbreviation: 'TTR', label: 'Time to resolve', span: 'impact start → resolved' },
];

/** What a metric without its milestone shows, everywhere (never 0 or a clock reading 00:00:00). */
export const METRIC_NOT_RECORDED = 'Not recorded';

/** A postmortem document: plain JSON data, the single source for the editor, the store and every export. */
export interface PostmortemDoc {
  id: string;
  /** The document shape version; always `POSTMORTEM_FORMAT_VERSION` for documents this build creates. */
  formatVersion: number;
  title: string;
  /** The incident's reference people use (free text, e.g. 'INC-2026-014'); '' when written from scratch. Shown and exported. */
  incidentId: string;
  /**
   * The internal id of the incident this document was started from, so the editor can re-read its log; never shown.
   * Absent when written from scratch, and in documents saved before it existed (their `incidentId` held that id).
   */
  sourceIncidentId?: string;
  /**
   * True when the document is about a drill (game day): set when it is created from a drill incident, marked in the
   * editor, the list and every export, and left out of report figures by default. Absent means a real incident (and in
   * documents saved before drills existed).
   */
  drill?: boolean;
  /** The incident's date, 'YYYY-MM-DD' (in `timeZone`). */
  date: string;
  authors: string[];
  severity: Severity | '';
  status: PostmortemStatus;
  /** Review due date override, 'YYYY-MM-DD'; '' means "derive it from the severity" (see `resolveReviewDue`). */
  reviewDue: string;
  services: string[];
  /**
   * Who reviews the document and whether each has signed off. Optional, like the two fields after it: documents
   * saved before the review existed load without them (read them through `review-status.ts`).
   */
  reviewers?: PostmortemReviewer[];
  /** The review meeting; absent means "10:00 for 60 minutes on the review due date". */
  reviewMeeting?: ReviewMeeting;
  /** When the status last became Reviewed (or Closed without a review date), epoch ms; null or absent otherwise. */
  reviewedAt?: number | null;
  /** When impact started / ended, epoch ms; null when unknown (or, for the end, still going). */
  startedAt: number | null;
  endedAt: number | null;
  responders: string[];
  impact: PostmortemImpact;
  /**
   * The response metrics from the incident's milestones. Absent in documents written from scratch and in those saved
   * before metrics were recorded (they load as they are: no table is shown).
   */
  metrics?: PostmortemMetrics;
  /** Array order is display order. */
  sections: PostmortemSection[];
  /** Array order is display order (renderers do not sort; `sortTimelineRows` does on request). */
  timeline: PostmortemTimelineRow[];
  fiveWhys: FiveWhy[];
  actionItems: ActionItem[];
  /** Keys of blameless-checker findings the authors dismissed (see `checkPostmortem`). */
  dismissedFindings: string[];
  /** IANA time zone used to display times, e.g. 'Europe/Berlin'. Exports also state UTC. */
  timeZone: string;
  createdAt: number;
  updatedAt: number;
}

/** A zero cost record, one entry per component. */
export function createEmptyCost(): Record<CostComponent, number> {
  return { revenue: 0, productivity: 0, response: 0, sla: 0, churn: 0, other: 0 };
}

/** The sum of the cost components. */
export function calculateCostTotal(cost: Record<CostComponent, number>): number {
  return COST_COMPONENTS.reduce((sum, key) => sum + cost[key], 0);
}

/**
 * The span the impact figures cover, named as the incident names it ("impact start → service restored"), so the
 * editor, Markdown and PDF say which span a duration or cost is over; null when the start is unknown.
 */
export function describePostmortemSpan(doc: Pick<PostmortemDoc, 'startedAt' | 'endedAt'>): string | null {
  if (doc.startedAt === null) return null;
  return doc.endedAt === null ? 'impact start → postmortem started' : 'impact start → service restored';
}
