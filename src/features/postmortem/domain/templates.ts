// Postmortem templates (Google SRE, PagerDuty-style, short) and creating a document from scratch or from an incident.
import { describeImpactSpan } from '../../incident/domain/impact-span';
import { calculateDowntimeCost } from '../../calculator/domain/calculate-downtime-cost';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import { calculateErrorBudget } from '../../calculator/domain/nines';
import type { Incident, IncidentRoles } from '../../incident/domain/incident-types';
import { calculateIncidentMetrics, type MetricKey } from '../../incident/domain/metrics';
import { formatDurationWords } from '../../../lib/format-duration';
import { starredTimeline, visibleTimeline } from '../../incident/domain/timeline';
import { createId } from '../../../lib/create-id';
import { MESSAGING_PROMPT, calculatePostmortemMetrics, describeHandovers, placePostedUpdates } from './incident-record';
import {
  POSTMORTEM_FORMAT_VERSION,
  createEmptyCost,
  type PostmortemDoc,
  type PostmortemSection,
  type PostmortemTimelineRow,
  type SectionKind,
} from './postmortem-types';
import { formatDateInTimeZone, formatTimeInTimeZone, formatUtcOffset, getTimeZoneOffsetMinutes, resolveTimeZone } from './zoned-time';

/** The built-in templates. */
export type PostmortemTemplateId = 'google-sre' | 'pagerduty' | 'short';

/** A section a template starts with. */
export interface TemplateSection {
  kind: Exclude<SectionKind, 'custom'>;
  title: string;
  /** One line of guidance shown in the editor. */
  prompt: string;
}

/** A named list of sections with guidance. */
export interface PostmortemTemplate {
  id: PostmortemTemplateId;
  name: string;
  /** When to pick it, one sentence. */
  description: string;
  sections: readonly TemplateSection[];
}

const WENT_WELL = 'Practices, tools and decisions worth keeping, so the next response repeats them.';

/** The three templates, in the order the UI offers them. */
export const POSTMORTEM_TEMPLATES: Readonly<Record<PostmortemTemplateId, PostmortemTemplate>> = {
  'google-sre': {
    id: 'google-sre',
    name: 'Standard (Google SRE)',
    description: 'The full structure from the Google SRE book, for most incidents.',
    sections: [
      { kind: 'summary', title: 'Summary', prompt: 'Two or three sentences: what broke, for whom, for how long, and how it was fixed.' },
      { kind: 'impact', title: 'Impact', prompt: 'Who was affected and how: users, requests, revenue, support tickets. Use exact numbers where you have them.' },
      { kind: 'timeline', title: 'Timeline', prompt: 'The key moments in order: impact began, detection, decisions, mitigation, resolution.' },
      { kind: 'root-causes', title: 'Root causes and trigger', prompt: 'The conditions that made the failure possible and the event that set it off. Ask "how", not "who".' },
      { kind: 'contributing-factors', title: 'Contributing factors', prompt: 'What made it more likely, larger or harder to fix: tooling, alerts, documentation, load, timing.' },
      { kind: 'detection', title: 'Detection', prompt: 'How and when the problem was noticed, and what would surface it sooner.' },
      { kind: 'response', title: 'Response and resolution', prompt: 'What responders did to mitigate and resolve it, and what helped or slowed them down.' },
      { kind: 'went-well', title: 'What went well', prompt: WENT_WELL },
      { kind: 'went-wrong', title: 'What went wrong', prompt: 'Where systems, tools or processes made things worse or harder. Describe conditions, not people.' },
      { kind: 'lucky', title: 'Where we got lucky', prompt: 'What helped this time but cannot be counted on next time.' },
      { kind: 'action-items', title: 'Action items', prompt: 'Concrete, owned, dated changes that prevent, detect or mitigate a repeat.' },
      { kind: 'lessons', title: 'Lessons learned', prompt: 'What the team knows now that it did not know before.' },
      { kind: 'supporting', title: 'Supporting information', prompt: 'Links to dashboards, graphs, logs, chat transcripts and tickets.' },
    ],
  },
  pagerduty: {
    id: 'pagerduty',
    name: 'PagerDuty-style',
    description: "Follows PagerDuty's public postmortem template, with responders and messaging.",
    sections: [
      { kind: 'summary', title: 'Overview', prompt: 'A sentence or two summarising the contributing factors, the timeline and the impact.' },
      { kind: 'what-happened', title: 'What happened', prompt: 'A short description of what happened.' },
      { kind: 'contributing-factors', title: 'Contributing factors', prompt: 'Conditions that contributed, including response actions that made things worse, so everyone can learn from them.' },
      { kind: 'resolution', title: 'Resolution', prompt: 'What solved the problem. If a temporary fix is in place, describe it and the long-term fix.' },
      { kind: 'impact', title: 'Impact', prompt: 'Be specific and use exact numbers: time at each severity, users and accounts affected, support requests raised.' },
      { kind: 'responders', title: 'Responders', prompt: 'Who responded and in which role: incident commander, deputy, scribe, subject-matter experts.' },
      { kind: 'timeline', title: 'Timeline', prompt: 'Important times: impact began, the page, the status page update, key decisions, impact ended.' },
      { kind: 'went-well', title: 'What went well', prompt: WENT_WELL },
      { kind: 'went-wrong', title: "What didn't go so well", prompt: 'What slowed detection or response, or made the impact larger.' },
      { kind: 'action-items', title: 'Action items', prompt: 'Each item gets an owner, a priority, a due date and a ticket.' },
      { kind: 'messaging', title: 'Messaging', prompt: MESSAGING_PROMPT },
    ],
  },
  short: {
    id: 'short',
    name: 'Short',
    description: 'Five sections for a small incident that still deserves a record.',
    sections: [
      { kind: 'summary', title: 'Summary', prompt: 'What broke, for whom, for how long, and how it was fixed.' },
      { kind: 'impact', title: 'Impact', prompt: 'Who was affected and how much.' },
      { kind: 'timeline', title: 'Timeline', prompt: 'The few moments that matter: start, detection, fix.' },
      { kind: 'root-causes', title: 'Cause', prompt: 'What made the failure possible and what set it off.' },
      { kind: 'action-items', title: 'Action items', prompt: 'The one or two changes that stop it happening again.' },
    ],
  },
};

/** Template ids in display order. */
export const POSTMORTEM_TEMPLATE_IDS: readonly PostmortemTemplateId[] = ['google-sre', 'pagerduty', 'short'];

/** The sections of a template, visible, with empty bodies. Built-in section ids are their kinds. */
export function createTemplateSections(template: PostmortemTemplateId): PostmortemSection[] {
  return POSTMORTEM_TEMPLATES[template].sections.map((section) => ({
    id: section.kind,
    kind: section.kind,
    title: section.title,
    prompt: section.prompt,
    hidden: false,
    body: '',
  }));
}

/** A new random document id (letters, digits and "-", safe as a storage key). */
export function createPostmortemId(): string {
  return createId('pm');
}

/** Options for `createPostmortem`. */
export interface CreatePostmortemOptions {
  template: PostmortemTemplateId;
  /** Epoch ms or Date: stamps createdAt/updatedAt and the default date. */
  now: number | Date;
  /** IANA zone for display; an unknown zone falls back to 'UTC'. */
  timeZone: string;
  /** Defaults to a random id. */
  id?: string;
  /** Defaults to 'USD'. */
  currency?: string;
  authors?: string[];
}

function toMs(now: number | Date): number {
  return typeof now === 'number' ? now : now.getTime();
}

/** An empty postmortem from a template: today's date, status Draft, no severity. */
export function createPostmortem(options: CreatePostmortemOptions): PostmortemDoc {
  const now = toMs(options.now);
  const timeZone = resolveTimeZone(options.timeZone);
  return {
    id: options.id ?? createPostmortemId(),
    formatVersion: POSTMORTEM_FORMAT_VERSION,
    title: '',
    incidentId: '',
    date: formatDateInTimeZone(now, timeZone),
    authors: cleanNames(options.authors ?? []),
    severity: '',
    status: 'draft',
    reviewDue: '',
    services: [],
    startedAt: null,
    endedAt: null,
    responders: [],
    impact: {
      durationMinutes: null,
      usersAffectedPercent: null,
      currency: options.currency ?? 'USD',
      cost: createEmptyCost(),
      errorBudgetConsumedPercent: null,
      notes: '',
    },
    sections: createTemplateSections(options.template),
    timeline: [],
    fiveWhys: [],
    actionItems: [],
    dismissedFindings: [],
    timeZone,
    createdAt: now,
    updatedAt: now,
  };
}

/** Trimmed, non-empty, first spelling kept when names differ only in case. */
function cleanNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const key = name.toLocaleLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(name);
  }
  return result;
}

const ROLE_LABELS: Record<keyof IncidentRoles, string> = {
  commander: 'incident commander',
  deputy: 'deputy',
  scribe: 'scribe',
  communications: 'communications lead',
};
const ROLE_ORDER: readonly (keyof IncidentRoles)[] = ['commander', 'deputy', 'scribe', 'communications'];

/** Everyone named in the incident's roles, in role order, trimmed and de-duplicated (case-insensitively). */
export function collectResponders(roles: IncidentRoles): string[] {
  return cleanNames(ROLE_ORDER.map((role) => roles[role] ?? ''));
}

/** "incident commander Zofia; scribe Ελένη", or '' when no role is filled. */
function describeRoles(roles: IncidentRoles): string {
  return ROLE_ORDER.filter((role) => (roles[role] ?? '').trim() !== '')
    .map((role) => `${ROLE_LABELS[role]} ${roles[role].trim()}`)
    .join('; ');
}

/** Round money to cents and percentages to hundredths, so prefilled figures read well and stay editable. */
const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Options for `createPostmortemFromIncident`. */
export interface CreateFromIncidentOptions extends Omit<CreatePostmortemOptions, 'currency'> {
  /**
   * The calculator's inputs, used only for an incident saved without its own cost inputs; the incident's own copy
   * wins, so the postmortem shows the cost the incident showed. Computed for the impact span.
   */
  costInputs?: CostInputs;
}

/**
 * A postmortem prefilled from an incident: title, severity, service, impact start and end, duration, responders
 * (from the roles, de-duplicated), the timeline — the starred key events when any entry is starred, else the whole
 * visible timeline (deleted entries left out either way; the editor offers the rest of the log from the incident) —
 * the response metrics as
 * short factual prose in Detection and Response (or, in templates without them, What happened / Resolution /
 * Summary), the response metrics (TTD, TTA, TTM, TTR) as figures in `metrics`, the posted status updates in the
 * Messaging section (added after the Timeline when the template has none), and — with `costInputs` — the
 * calculator's cost breakdown and error budget for that duration.
 *
 * Impact ends when service was restored (the mitigated milestone), else at resolution; a running incident has no
 * end and its duration counts to `now`.
 */
export function createPostmortemFromIncident(incident: Incident, options: CreateFromIncidentOptions): PostmortemDoc {
  const now = toMs(options.now);
  const costInputs = incident.costInputs ?? options.costInputs;
  const base = createPostmortem({ ...options, currency: costInputs?.currency ?? 'USD' });
  const timeZone = base.timeZone;
  const startedAt = incident.startedAt;
  // The impact span the incident measured its cost over: impact start → service restored (else resolved, else now).
  const span = describeImpactSpan(incident, now);
  const endedAt = span.end === 'now' ? null : span.endAt;
  const exactMinutes = span.ms / 60_000;
  const durationMinutes = Math.round(exactMinutes * 10) / 10;

  const seenIds = new Set<string>();
  const timeline: PostmortemTimelineRow[] = [];
  // Responders star the key events while it happens; when they did, those are the postmortem's timeline.
  const starred = starredTimeline(incident.timeline);
  for (const entry of starred.length > 0 ? starred : visibleTimeline(incident.timeline)) {
    if (seenIds.has(entry.id)) continue;
    seenIds.add(entry.id);
    const link = entry.link?.trim();
    timeline.push(link ? { id: entry.id, at: entry.at, text: entry.text, link } : { id: entry.id, at: entry.at, text: entry.text });
  }

  let cost = createEmptyCost();
  let errorBudgetConsumedPercent: number | null = null;
  if (costInputs) {
    // Exact minutes, as the incident computes it, so the totals agree to the unit.
    const breakdown = calculateDowntimeCost(costInputs, exactMinutes).breakdown;
    cost = { ...cost };
    for (const key of Object.keys(cost) as (keyof typeof cost)[]) cost[key] = round2(breakdown[key]);
    errorBudgetConsumedPercent = round2(calculateErrorBudget({ ...costInputs, minutes: exactMinutes }).consumedPercent);
  }

  const prose = describeIncidentResponse(incident, now, timeZone);
  const sections = placePostedUpdates(base.sections, incident, timeZone);
  const place = (kinds: readonly SectionKind[], text: string): void => {
    if (text === '') return;
    const target = kinds.map((kind) => sections.find((s) => s.kind === kind)).find((s) => s !== undefined);
    if (target) target.body = target.body === '' ? text : `${target.body}\n\n${text}`;
  };
  place(['detection', 'what-happened', 'summary'], prose.detection);
  place(['response', 'resolution', 'summary'], prose.response);
  const responderSection = sections.find((s) => s.kind === 'responders');
  if (responderSection) {
    responderSection.body = ROLE_ORDER.filter((role) => incident.roles[role].trim() !== '')
      .map((role) => `- ${capitalize(ROLE_LABELS[role])}: ${incident.roles[role].trim()}`)
      .join('\n');
  }
  // The role handover log goes with the responders (else the response, the timeline, the summary).
  place(['responders', 'response', 'timeline', 'summary'], describeHandovers(incident, timeZone));

  return {
    ...base,
    title: incident.title.trim(),
    // People see the number; the internal id only links the document back to the incident.
    incidentId: incident.number ?? '',
    sourceIncidentId: incident.id,
    // A drill's postmortem is a drill's: marked everywhere and left out of report figures, like the incident.
    ...(incident.drill === true ? { drill: true } : {}),
    date: formatDateInTimeZone(startedAt, timeZone),
    severity: incident.severity,
    services: cleanNames([incident.service]),
    startedAt,
    endedAt,
    responders: collectResponders(incident.roles),
    impact: { ...base.impact, durationMinutes, cost, errorBudgetConsumedPercent },
    metrics: calculatePostmortemMetrics(incident, now),
    sections,
    timeline,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Short factual prose about detection and response, from the incident's milestones and metrics, with times in
 * the document's zone. Contains no judgement, so it passes the blameless checker.
 */
export function describeIncidentResponse(incident: Incident, now: number, timeZone: string): { detection: string; response: string } {
  const zone = resolveTimeZone(timeZone);
  const metrics = new Map<MetricKey, number | null>(
    calculateIncidentMetrics(incident, now).map((metric) => [metric.key, metric.running ? null : metric.ms]),
  );
  const time = (ms: number): string => formatTimeInTimeZone(ms, zone);
  const { milestones } = incident;
  const offset = formatUtcOffset(getTimeZoneOffsetMinutes(incident.startedAt, zone));

  const detection: string[] = [
    `Impact began at ${time(incident.startedAt)} on ${formatDateInTimeZone(incident.startedAt, zone)} (times in ${zone}, ${offset}).`,
  ];
  const toDetect = metrics.get('timeToDetect');
  if (milestones.detected !== undefined && toDetect != null) {
    detection.push(
      toDetect < 60_000
        ? `It was detected at ${time(milestones.detected)}, as impact began.`
        : `It was detected at ${time(milestones.detected)}, ${formatDurationWords(toDetect)} after impact began.`,
    );
  }
  detection.push(`The incident was declared at ${time(incident.declaredAt)}.`);
  const toAcknowledge = metrics.get('timeToAcknowledge');
  if (milestones.acknowledged !== undefined && toAcknowledge != null) {
    detection.push(`It was acknowledged with the first status update at ${time(milestones.acknowledged)}, ${formatDurationWords(toAcknowledge)} after detection.`);
  }

  const response: string[] = [];
  const roles = describeRoles(incident.roles);
  if (roles !== '') response.push(`Roles: ${roles}.`);
  const toMitigate = metrics.get('timeToMitigate');
  if (milestones.mitigated !== undefined && toMitigate != null) {
    response.push(`Service was restored at ${time(milestones.mitigated)}, ${formatDurationWords(toMitigate)} after impact began.`);
  }
  const toResolve = metrics.get('timeToResolve');
  if (milestones.resolved !== undefined && toResolve != null) {
    response.push(`The incident was resolved at ${time(milestones.resolved)}, ${formatDurationWords(toResolve)} after impact began.`);
  } else {
    response.push('The incident was still open when this postmortem was started.');
  }
  const updates = incident.updates.length;
  if (updates > 0) response.push(`${updates} status ${updates === 1 ? 'update was' : 'updates were'} posted.`);
  return { detection: detection.join(' '), response: response.join(' ') };
}
