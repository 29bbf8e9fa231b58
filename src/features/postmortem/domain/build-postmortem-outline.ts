// The postmortem as export-ready blocks (fields, paragraphs, lists, tables of plain strings): Markdown and PDF both render this.
import { COST_COMPONENTS, COST_COMPONENT_LABELS } from '../../calculator/domain/calculate-downtime-cost';
import { sanitizeLink } from '../../../lib/sanitize-link';
import { MISSING_VALUE, formatMinutes, formatMoney, formatPercent } from '../../../lib/format';
import { findFiveWhysSection } from './checked-fields';
import {
  ACTION_ITEM_STATUS_LABELS,
  ACTION_ITEM_TYPE_LABELS,
  POSTMORTEM_STATUS_LABELS,
  calculateCostTotal,
  describePostmortemSpan,
  type PostmortemDoc,
  type SectionKind,
} from './postmortem-types';
import { listPostmortemMetricRows } from './incident-record';
import type { Severity } from '../../incident/domain/incident-types';
// A drill's postmortem names itself in the incident's words.
import { DRILL_LABEL } from '../../incident/domain/drill';
import { resolveReviewDue, resolveReviewMeeting, type ReviewRule } from './review-due';
import { summarizeSignOff } from './review-status';
import { parseSectionBody } from './section-body';
import { formatDateTimeInTimeZone, formatUtcOffset, getTimeZoneOffsetMinutes, resolveTimeZone } from './zoned-time';

/** A table cell: plain text, and a link target only when it passed `sanitizeLink` (http, https, mailto). */
export interface OutlineCell {
  text: string;
  href?: string;
}

/** A block of exported content; every string in it is plain user text, to be escaped by the renderer. */
export type OutlineBlock =
  /** Lines of one paragraph (each line a line break). `muted` marks placeholders such as "Not written yet." */
  | { type: 'paragraph'; lines: string[]; muted?: boolean }
  /** Items may contain '\n' (line breaks inside an item). */
  | { type: 'list'; ordered: boolean; start: number; items: string[] }
  | { type: 'subheading'; text: string }
  /** `columns.length === row.length` for every row. */
  | { type: 'table'; caption: string; columns: string[]; rows: OutlineCell[][] };

/** A visible section, ready to render. */
export interface OutlineSection {
  id: string;
  kind: SectionKind;
  title: string;
  blocks: OutlineBlock[];
}

/** Everything an export shows, in order. */
export interface PostmortemOutline {
  title: string;
  /** 'Drill (game day)' for a drill's postmortem: every renderer shows it with the title; null for a real incident. */
  drillLabel: string | null;
  /** Header fields in order: Drill (only for a drill), Incident, Date, Authors, Severity, Status, Review due, Services, Impact (UTC), Responders. */
  fields: { label: string; value: string }[];
  /** Visible sections only, in document order. */
  sections: OutlineSection[];
}

const DRILL_FIELD = 'A practice exercise (game day), not a real incident; left out of report figures';

/** Options for building the outline (and so for Markdown and PDF). */
export interface OutlineOptions {
  /** Locale for money and percentages; default 'en-US' so exports are the same on every machine. */
  locale?: string;
  /** The review deadlines in effect (this browser's setting); default `DEFAULT_REVIEW_RULES`. */
  reviewRules?: Record<Severity, ReviewRule>;
}

/** The id of the Review block the outline adds last; `~` is not allowed in document ids, so it never collides. */
export const REVIEW_OUTLINE_ID = '~review';

/** 'UTC' for the zones that are always UTC. */
function isUtcZone(zone: string): boolean {
  return /^(?:Etc\/)?(?:UTC|UCT|GMT|Zulu|Universal|Greenwich)(?:[+-]0)?$/i.test(zone);
}

/**
 * The sentence stating the time zone of exported times: "Times are UTC." or
 * "Times are UTC (local time zone Europe/Berlin, UTC+01:00)." (two offsets when DST changed within `instants`).
 */
export function describeUtcNote(timeZone: string, instants: readonly number[]): string {
  const zone = resolveTimeZone(timeZone);
  if (isUtcZone(zone)) return 'Times are UTC.';
  const offsets: string[] = [];
  const points = instants.filter((t) => Number.isFinite(t));
  if (points.length === 0) points.push(0);
  for (const t of [Math.min(...points), Math.max(...points)]) {
    const offset = formatUtcOffset(getTimeZoneOffsetMinutes(t, zone));
    if (!offsets.includes(offset)) offsets.push(offset);
  }
  return `Times are UTC (local time zone ${zone}, ${offsets.join(', then ')}).`;
}

/** Titles are one line: line breaks (typed or pasted) become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function joinOrMissing(values: readonly string[]): string {
  const clean = values.map((v) => v.trim()).filter((v) => v !== '');
  return clean.length > 0 ? clean.join(', ') : MISSING_VALUE;
}

function textOrMissing(value: string): string {
  return value.trim() === '' ? MISSING_VALUE : value;
}

/**
 * A link cell: the ticket's own id when the address carries one ("OPS-101", "acme/api#42"), else the host (or the
 * address, for mailto) as text when safe; otherwise the raw text, inert. On paper the link is gone and only the
 * text is left, so a tracker link keeps the id a reader can search for.
 */
export function createLinkCell(raw: string | undefined): OutlineCell {
  const value = raw?.trim() ?? '';
  if (value === '') return { text: MISSING_VALUE };
  const href = /\s/.test(value) ? null : sanitizeLink(value);
  if (href === null) return { text: value };
  const url = new URL(href);
  const text = url.protocol === 'mailto:' ? decodeURIComponentSafe(url.pathname) : (findTicketId(url) ?? url.hostname.replace(/^www\./, ''));
  return { text: text || href, href };
}

/**
 * The id a tracker shows for the ticket behind a URL: a Jira/Linear/YouTrack-style key anywhere in the path or
 * query ("OPS-101" in /browse/OPS-101 or ?selectedIssue=OPS-101), or a GitHub/GitLab issue, pull or merge request
 * ("acme/api#42", "acme/api!7"). Null when the address names no ticket (a dashboard, a doc).
 */
export function findTicketId(url: URL): string | null {
  const path = decodeURIComponentSafe(url.pathname);
  const forge = /^\/([^/]+)\/([^/]+)\/(?:-\/)?(issues|pull|merge_requests)\/(\d+)(?:\/|$)/.exec(path);
  if (forge) return `${forge[1]}/${forge[2]}${forge[3] === 'merge_requests' ? '!' : '#'}${forge[4]}`;
  const key = /(?:^|[^A-Za-z0-9])([A-Z][A-Z0-9_]{1,9}-\d{1,7})(?![A-Za-z0-9])/.exec(`${path} ${decodeURIComponentSafe(url.search)}`);
  return key?.[1] ?? null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function formatUtc(ms: number): string {
  return formatDateTimeInTimeZone(ms, 'UTC');
}

function describeImpactWindow(doc: PostmortemDoc): string {
  if (doc.startedAt === null && doc.endedAt === null) return MISSING_VALUE;
  const start = doc.startedAt === null ? 'unknown start' : formatUtc(doc.startedAt);
  const end = doc.endedAt === null ? 'ongoing' : formatUtc(doc.endedAt);
  return `${start} to ${end} UTC`;
}

function bodyBlocks(body: string): OutlineBlock[] {
  return parseSectionBody(body).map((block) =>
    block.type === 'paragraph'
      ? { type: 'paragraph', lines: block.lines }
      : { type: 'list', ordered: block.ordered, start: block.start, items: block.items },
  );
}

function buildImpactTable(doc: PostmortemDoc, locale: string): OutlineBlock {
  const { impact } = doc;
  const money = (amount: number): string => formatMoney(amount, impact.currency, locale);
  const span = describePostmortemSpan(doc);
  const overSpan = (measure: string): string => (span ? `${measure} (${span})` : measure);
  const rows: OutlineCell[][] = [
    [{ text: overSpan('Duration') }, { text: impact.durationMinutes === null ? MISSING_VALUE : formatMinutes(impact.durationMinutes, locale) }],
    [
      { text: 'Users affected' },
      { text: impact.usersAffectedPercent === null ? MISSING_VALUE : formatPercent(impact.usersAffectedPercent, 2, locale) },
    ],
  ];
  for (const component of COST_COMPONENTS) {
    const amount = impact.cost[component];
    if (amount !== 0) rows.push([{ text: COST_COMPONENT_LABELS[component] }, { text: money(amount) }]);
  }
  const total = calculateCostTotal(impact.cost);
  rows.push([{ text: overSpan('Total cost') }, { text: total === 0 ? 'Not estimated' : money(total) }]);
  rows.push([
    { text: 'Error budget consumed' },
    { text: impact.errorBudgetConsumedPercent === null ? MISSING_VALUE : formatPercent(impact.errorBudgetConsumedPercent, 2, locale) },
  ]);
  return { type: 'table', caption: 'Impact', columns: ['Measure', 'Value'], rows };
}

/** The response metrics from the incident: a subheading and a Metric/Value/Definition table; none when the document has no metrics. */
function buildMetricsBlocks(doc: PostmortemDoc): OutlineBlock[] {
  if (!doc.metrics) return [];
  return [
    { type: 'subheading', text: 'Response metrics' },
    {
      type: 'table',
      caption: 'Response metrics',
      columns: ['Metric', 'Value', 'Definition'],
      rows: listPostmortemMetricRows(doc.metrics).map((row) => [{ text: row.metric }, { text: row.value }, { text: row.definition }]),
    },
  ];
}

// The preview rebuilds the outline on every keystroke, but the timeline and action-item tables (1,000 and 200 rows
// in a large postmortem) change only when their rows do: edits replace the arrays they change and keep the others.
// The last tables built are returned again for the same arrays, so they cost nothing and compare equal by identity.
// Outline blocks are read-only for every renderer.
let lastTimeline: { rows: PostmortemDoc['timeline']; timeZone: string; blocks: OutlineBlock[] } | null = null;
let lastActionItems: { items: PostmortemDoc['actionItems']; blocks: OutlineBlock[] } | null = null;

function buildTimelineBlocks(doc: PostmortemDoc): OutlineBlock[] {
  if (lastTimeline?.rows === doc.timeline && lastTimeline.timeZone === doc.timeZone) return lastTimeline.blocks;
  const blocks = createTimelineBlocks(doc);
  lastTimeline = { rows: doc.timeline, timeZone: doc.timeZone, blocks };
  return blocks;
}

function createTimelineBlocks(doc: PostmortemDoc): OutlineBlock[] {
  if (doc.timeline.length === 0) return [{ type: 'paragraph', lines: ['No timeline entries yet.'], muted: true }];
  const instants = doc.timeline.map((row) => row.at);
  return [
    { type: 'paragraph', lines: [describeUtcNote(doc.timeZone, instants)] },
    {
      type: 'table',
      caption: 'Timeline',
      columns: ['Time (UTC)', 'Event', 'Link'],
      rows: doc.timeline.map((row) => [{ text: formatUtc(row.at) }, { text: textOrMissing(row.text) }, createLinkCell(row.link)]),
    },
  ];
}

function buildActionItemBlocks(doc: PostmortemDoc): OutlineBlock[] {
  if (lastActionItems?.items === doc.actionItems) return lastActionItems.blocks;
  const blocks = createActionItemBlocks(doc);
  lastActionItems = { items: doc.actionItems, blocks };
  return blocks;
}

function createActionItemBlocks(doc: PostmortemDoc): OutlineBlock[] {
  if (doc.actionItems.length === 0) return [{ type: 'paragraph', lines: ['No action items yet.'], muted: true }];
  return [
    {
      type: 'table',
      caption: 'Action items',
      columns: ['Description', 'Owner', 'Type', 'Priority', 'Due', 'Status', 'Link'],
      rows: doc.actionItems.map((item) => [
        { text: textOrMissing(item.description) },
        { text: textOrMissing(item.owner) },
        { text: ACTION_ITEM_TYPE_LABELS[item.type] },
        { text: item.priority },
        { text: textOrMissing(item.due) },
        { text: ACTION_ITEM_STATUS_LABELS[item.status] },
        createLinkCell(item.link),
      ]),
    },
  ];
}

function buildFiveWhysBlocks(doc: PostmortemDoc): OutlineBlock[] {
  const whys = doc.fiveWhys.filter((w) => w.why.trim() !== '' || w.because.trim() !== '');
  if (whys.length === 0) return [];
  return [
    { type: 'subheading', text: 'Five whys' },
    {
      type: 'list',
      ordered: true,
      start: 1,
      items: whys.map((w) => `${w.why.trim() || MISSING_VALUE}\nBecause: ${w.because.trim().replace(/^because\b[\s:,]*/i, '') || MISSING_VALUE}`),
    },
  ];
}

/**
 * The Review block: sign-off so far, the meeting, the Reviewed date, and a Reviewer/Signed off table. Only for
 * documents that use the review (reviewers, a meeting or a review date), so older exports come out as before.
 * Dates are calendar days in the document's zone, which the meeting line names.
 */
function buildReviewSection(doc: PostmortemDoc, rules: Record<Severity, ReviewRule> | undefined): OutlineSection | null {
  const reviewers = doc.reviewers ?? [];
  const reviewedAt = typeof doc.reviewedAt === 'number' ? doc.reviewedAt : null;
  if (reviewers.length === 0 && doc.reviewMeeting === undefined && reviewedAt === null) return null;
  const zone = resolveTimeZone(doc.timeZone);
  const day = (ms: number): string => formatDateTimeInTimeZone(ms, zone).slice(0, 10);
  const meeting = resolveReviewMeeting(doc, rules);
  const lines = [
    reviewedAt === null ? `Status: ${POSTMORTEM_STATUS_LABELS[doc.status]}` : `Reviewed on ${day(reviewedAt)}`,
    `Sign-off: ${summarizeSignOff(doc).text}`,
    meeting ? `Meeting: ${meeting.date} at ${meeting.time} ${zone}, ${meeting.durationMinutes} min` : `Meeting: ${MISSING_VALUE}`,
  ];
  const blocks: OutlineBlock[] = [{ type: 'paragraph', lines }];
  if (reviewers.length > 0) {
    blocks.push({
      type: 'table',
      caption: 'Reviewers',
      columns: ['Reviewer', 'Signed off'],
      rows: reviewers.map((r) => [{ text: textOrMissing(oneLine(r.name)) }, { text: r.signedOffAt === null ? 'Not yet' : day(r.signedOffAt) }]),
    });
  }
  return { id: REVIEW_OUTLINE_ID, kind: 'custom', title: 'Review', blocks };
}

/**
 * Builds the export outline: header fields, then each visible section in order with its body (paragraphs and
 * lists) and its structured content — Impact: a Measure/Value table, then (when the document has them) the
 * response metrics as a Metric/Value/Definition table; Timeline: the UTC note and a
 * Time (UTC)/Event/Link table; Action items: a table; Responders: a list; Root causes (else Contributing
 * factors): the five whys. Structured content goes to the first visible section of its kind. Last, for documents
 * that use the review, a Review block (see `buildReviewSection`). Deterministic.
 */
export function buildPostmortemOutline(doc: PostmortemDoc, options: OutlineOptions = {}): PostmortemOutline {
  const locale = options.locale ?? 'en-US';
  const review = resolveReviewDue(doc, options.reviewRules);
  const fields = [
    // A drill says so before anything else, in words, in every export (the first field, after the title's mark).
    ...(doc.drill === true ? [{ label: 'Drill', value: DRILL_FIELD }] : []),
    { label: 'Incident', value: textOrMissing(doc.incidentId) },
    { label: 'Date', value: textOrMissing(doc.date) },
    { label: 'Authors', value: joinOrMissing(doc.authors) },
    { label: 'Severity', value: doc.severity === '' ? MISSING_VALUE : doc.severity },
    { label: 'Status', value: POSTMORTEM_STATUS_LABELS[doc.status] },
    { label: 'Review due', value: review ? `${review.date} (${review.basis})` : MISSING_VALUE },
    { label: 'Services', value: joinOrMissing(doc.services) },
    { label: 'Impact (UTC)', value: describeImpactWindow(doc) },
    { label: 'Responders', value: joinOrMissing(doc.responders) },
  ];

  const fiveWhysHost = findFiveWhysSection(doc);
  const done = new Set<SectionKind>();
  const sections: OutlineSection[] = [];
  for (const section of doc.sections) {
    if (section.hidden) continue;
    const first = section.kind !== 'custom' && !done.has(section.kind);
    done.add(section.kind);
    const blocks: OutlineBlock[] = [];
    if (first && section.kind === 'responders' && doc.responders.some((r) => r.trim() !== '')) {
      blocks.push({ type: 'list', ordered: false, start: 1, items: doc.responders.map((r) => r.trim()).filter((r) => r !== '') });
    }
    blocks.push(...bodyBlocks(section.body));
    if (first && section.kind === 'impact') {
      blocks.push(buildImpactTable(doc, locale));
      blocks.push(...bodyBlocks(doc.impact.notes));
      blocks.push(...buildMetricsBlocks(doc));
    }
    if (first && section.kind === 'timeline') blocks.push(...buildTimelineBlocks(doc));
    if (first && section.kind === 'action-items') blocks.push(...buildActionItemBlocks(doc));
    if (fiveWhysHost?.id === section.id) blocks.push(...buildFiveWhysBlocks(doc));
    if (blocks.length === 0) blocks.push({ type: 'paragraph', lines: ['Not written yet.'], muted: true });
    sections.push({ id: section.id, kind: section.kind, title: oneLine(section.title) || 'Untitled section', blocks });
  }
  const reviewSection = buildReviewSection(doc, options.reviewRules);
  if (reviewSection) sections.push(reviewSection);
  return { title: oneLine(doc.title) || 'Untitled postmortem', drillLabel: doc.drill === true ? DRILL_LABEL : null, fields, sections };
}
