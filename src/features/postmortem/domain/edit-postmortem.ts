// Immutable edits to a postmortem: sections, timeline rows, five whys, action items, impact and dismissed findings.
import type { Incident } from '../../incident/domain/incident-types';
import { visibleTimeline } from '../../incident/domain/timeline';
import { moveItem } from '../../../lib/move-item';
import type {
  ActionItem,
  FiveWhy,
  PostmortemDoc,
  PostmortemImpact,
  PostmortemSection,
  PostmortemTimelineRow,
} from './postmortem-types';
import { createPostmortemId } from './templates';

// None of these edits touch `updatedAt`: the store stamps it when it saves, so the functions stay pure of time.

/**
 * The next free id `${prefix}-<n>` (n one above the highest in use), so ids are deterministic and never collide
 * within a document.
 */
export function createNextId(prefix: string, taken: Iterable<string>): string {
  let max = 0;
  const pattern = new RegExp(`^${prefix}-(\\d{1,9})$`);
  const used = new Set<string>();
  for (const id of taken) {
    used.add(id);
    const match = pattern.exec(id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  let n = max + 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

function mapById<T extends { id: string }>(items: readonly T[], id: string, update: (item: T) => T): T[] | null {
  const index = items.findIndex((item) => item.id === id);
  const item = items[index];
  if (item === undefined) return null;
  const copy = items.slice();
  copy[index] = update(item);
  return copy;
}

function updateSection(doc: PostmortemDoc, id: string, update: (s: PostmortemSection) => PostmortemSection): PostmortemDoc {
  const sections = mapById(doc.sections, id, update);
  return sections ? { ...doc, sections } : doc;
}

// ── Sections ────────────────────────────────────────────────────────────────

/**
 * Adds a custom (prose-only) section, at the end or at `index`. Its id is `custom-<n>` unless `id` is given;
 * read it from the returned document's sections to focus the new section.
 */
export function addCustomSection(doc: PostmortemDoc, input: { title?: string; body?: string; index?: number; id?: string } = {}): PostmortemDoc {
  const id = input.id ?? createNextId('custom', doc.sections.map((s) => s.id));
  const section: PostmortemSection = {
    id,
    kind: 'custom',
    title: input.title?.trim() || 'New section',
    prompt: '',
    hidden: false,
    body: input.body ?? '',
  };
  const sections = doc.sections.slice();
  const at = input.index === undefined ? sections.length : Math.min(sections.length, Math.max(0, Math.trunc(input.index)));
  sections.splice(at, 0, section);
  return { ...doc, sections };
}

/** Renames a section (any kind). The title is kept as typed; renderers fall back to the template title when blank. */
export function renameSection(doc: PostmortemDoc, id: string, title: string): PostmortemDoc {
  return updateSection(doc, id, (s) => ({ ...s, title }));
}

/** Moves a section by `delta` places (−1 up, +1 down), clamped to the ends. */
export function moveSection(doc: PostmortemDoc, id: string, delta: number): PostmortemDoc {
  const sections = moveItem(doc.sections, doc.sections.findIndex((s) => s.id === id), delta);
  return sections ? { ...doc, sections } : doc;
}

/** Hides or shows a section. Hidden sections keep their text but are left out of exports and checks. */
export function setSectionHidden(doc: PostmortemDoc, id: string, hidden: boolean): PostmortemDoc {
  return updateSection(doc, id, (s) => ({ ...s, hidden }));
}

/** Removes a custom section. Built-in sections cannot be removed (hide them instead): the document is returned unchanged. */
export function removeSection(doc: PostmortemDoc, id: string): PostmortemDoc {
  const section = doc.sections.find((s) => s.id === id);
  if (!section || section.kind !== 'custom') return doc;
  return { ...doc, sections: doc.sections.filter((s) => s.id !== id) };
}

/** Replaces a section's body text. */
export function updateSectionBody(doc: PostmortemDoc, id: string, body: string): PostmortemDoc {
  return updateSection(doc, id, (s) => ({ ...s, body }));
}

// ── Timeline ────────────────────────────────────────────────────────────────

/** A row to add: its id defaults to `row-<n>`; an empty link is left out. */
export interface NewTimelineRow {
  at: number;
  text: string;
  link?: string;
  id?: string;
}

function toRow(input: NewTimelineRow, id: string): PostmortemTimelineRow {
  const link = input.link?.trim();
  return link ? { id, at: input.at, text: input.text, link } : { id, at: input.at, text: input.text };
}

/**
 * Adds rows (typed or pasted), each placed after the last existing row at or before its time, so a chronological
 * timeline stays chronological. Ids default to `row-<n>`.
 */
export function addTimelineRows(doc: PostmortemDoc, rows: readonly NewTimelineRow[]): PostmortemDoc {
  if (rows.length === 0) return doc;
  const timeline = doc.timeline.slice();
  const taken = new Set(timeline.map((r) => r.id));
  for (const input of rows) {
    const id = input.id !== undefined && !taken.has(input.id) ? input.id : createNextId('row', taken);
    taken.add(id);
    let at = timeline.length;
    while (at > 0 && (timeline[at - 1]?.at ?? 0) > input.at) at -= 1;
    timeline.splice(at, 0, toRow(input, id));
  }
  return { ...doc, timeline };
}

/** Adds one row; see `addTimelineRows`. */
export function addTimelineRow(doc: PostmortemDoc, row: NewTimelineRow): PostmortemDoc {
  return addTimelineRows(doc, [row]);
}

/** Changes a row's time, text or link; an empty link removes it. Rows are not re-sorted (see `sortTimelineRows`). */
export function updateTimelineRow(doc: PostmortemDoc, id: string, patch: Partial<Omit<PostmortemTimelineRow, 'id'>>): PostmortemDoc {
  const timeline = mapById(doc.timeline, id, (row) => {
    const next = { ...row, ...patch };
    if (next.link === undefined || next.link.trim() === '') {
      const { link: _link, ...rest } = next;
      return rest;
    }
    return next;
  });
  return timeline ? { ...doc, timeline } : doc;
}

/** Removes a timeline row (the document's own copy; the incident keeps its entry). */
export function removeTimelineRow(doc: PostmortemDoc, id: string): PostmortemDoc {
  return { ...doc, timeline: doc.timeline.filter((row) => row.id !== id) };
}

/** Sorts rows by time (stable: rows at the same time keep their order). */
export function sortTimelineRows(doc: PostmortemDoc): PostmortemDoc {
  return { ...doc, timeline: doc.timeline.map((row, index) => ({ row, index })).sort((a, b) => a.row.at - b.row.at || a.index - b.index).map(({ row }) => row) };
}

/** Brings in the incident's visible timeline entries that are not in the document yet (matched by id). */
export function importIncidentTimeline(doc: PostmortemDoc, incident: Incident): PostmortemDoc {
  const present = new Set(doc.timeline.map((row) => row.id));
  const rows = visibleTimeline(incident.timeline)
    .filter((entry) => !present.has(entry.id))
    .map((entry) => ({ id: entry.id, at: entry.at, text: entry.text, ...(entry.link ? { link: entry.link } : {}) }));
  return addTimelineRows(doc, rows);
}

// ── Five whys ───────────────────────────────────────────────────────────────

/** Adds a why/because pair at the end; its id is `why-<n>` unless given. */
export function addFiveWhy(doc: PostmortemDoc, input: { why?: string; because?: string; id?: string } = {}): PostmortemDoc {
  const id = input.id ?? createNextId('why', doc.fiveWhys.map((w) => w.id));
  return { ...doc, fiveWhys: [...doc.fiveWhys, { id, why: input.why ?? '', because: input.because ?? '' }] };
}

/** Changes a why's question or answer. */
export function updateFiveWhy(doc: PostmortemDoc, id: string, patch: Partial<Omit<FiveWhy, 'id'>>): PostmortemDoc {
  const fiveWhys = mapById(doc.fiveWhys, id, (w) => ({ ...w, ...patch }));
  return fiveWhys ? { ...doc, fiveWhys } : doc;
}

/** Removes one of the five whys. */
export function removeFiveWhy(doc: PostmortemDoc, id: string): PostmortemDoc {
  return { ...doc, fiveWhys: doc.fiveWhys.filter((w) => w.id !== id) };
}

// ── Action items ────────────────────────────────────────────────────────────

/** A blank item's defaults: type Prevent, priority P2, status Open. */
export function createActionItem(id: string, patch: Partial<Omit<ActionItem, 'id'>> = {}): ActionItem {
  return { id, description: '', owner: '', type: 'prevent', priority: 'P2', due: '', link: '', status: 'open', ...patch };
}

/** Adds an action item at the end. Its id is `action-<n>` unless given. */
export function addActionItem(doc: PostmortemDoc, patch: Partial<ActionItem> = {}): PostmortemDoc {
  const { id: wanted, ...rest } = patch;
  const taken = doc.actionItems.map((a) => a.id);
  const id = wanted !== undefined && !taken.includes(wanted) ? wanted : createNextId('action', taken);
  return { ...doc, actionItems: [...doc.actionItems, createActionItem(id, rest)] };
}

/** Changes an action item's fields. */
export function updateActionItem(doc: PostmortemDoc, id: string, patch: Partial<Omit<ActionItem, 'id'>>): PostmortemDoc {
  const actionItems = mapById(doc.actionItems, id, (a) => ({ ...a, ...patch }));
  return actionItems ? { ...doc, actionItems } : doc;
}

/** Removes an action item. */
export function removeActionItem(doc: PostmortemDoc, id: string): PostmortemDoc {
  return { ...doc, actionItems: doc.actionItems.filter((a) => a.id !== id) };
}

/** Moves an action item by `delta` places, clamped. */
export function moveActionItem(doc: PostmortemDoc, id: string, delta: number): PostmortemDoc {
  const actionItems = moveItem(doc.actionItems, doc.actionItems.findIndex((a) => a.id === id), delta);
  return actionItems ? { ...doc, actionItems } : doc;
}

// ── Impact, findings, copies ────────────────────────────────────────────────

/** Merges a change into the impact block; `cost` is merged per component. */
export function updateImpact(doc: PostmortemDoc, patch: Partial<PostmortemImpact>): PostmortemDoc {
  return { ...doc, impact: { ...doc.impact, ...patch, cost: { ...doc.impact.cost, ...patch.cost } } };
}

/** Dismisses one blameless-checker finding (by the key `checkPostmortem` gives it). */
export function dismissFinding(doc: PostmortemDoc, key: string): PostmortemDoc {
  if (doc.dismissedFindings.includes(key)) return doc;
  return { ...doc, dismissedFindings: [...doc.dismissedFindings, key] };
}

/** Brings a dismissed finding back. */
export function restoreFinding(doc: PostmortemDoc, key: string): PostmortemDoc {
  return { ...doc, dismissedFindings: doc.dismissedFindings.filter((k) => k !== key) };
}

/** A copy under a new id: "Copy of …", status Draft, created now. */
export function duplicatePostmortem(doc: PostmortemDoc, options: { now: number; id?: string }): PostmortemDoc {
  const copy = structuredClone(doc);
  return {
    ...copy,
    id: options.id ?? createPostmortemId(),
    title: doc.title.trim() === '' ? 'Copy of untitled postmortem' : `Copy of ${doc.title}`,
    status: 'draft',
    createdAt: options.now,
    updatedAt: options.now,
  };
}

/** The incident a document was started from, by its internal id (older documents kept that id in `incidentId`). */
export function findSourceIncident<T extends Pick<Incident, 'id'>>(doc: Pick<PostmortemDoc, 'incidentId' | 'sourceIncidentId'>, incidents: readonly T[]): T | undefined {
  const id = doc.sourceIncidentId ?? doc.incidentId;
  return id === '' ? undefined : incidents.find((incident) => incident.id === id);
}

/**
 * Migration: a document saved before incident numbers kept the incident's internal id as its reference; it now
 * keeps that id apart and shows the incident's number. Any other document is returned as it is.
 */
export function linkIncidentNumber(doc: PostmortemDoc, incidents: readonly Pick<Incident, 'id' | 'number'>[]): PostmortemDoc {
  if (doc.sourceIncidentId !== undefined || doc.incidentId === '') return doc;
  const incident = incidents.find((candidate) => candidate.id === doc.incidentId);
  if (!incident?.number) return doc;
  return { ...doc, incidentId: incident.number, sourceIncidentId: incident.id };
}
