// The timeline as every share-out format sees it: visible entries in order, times in the reader's zone, links checked.
import type { Incident, TimelineEntry, TimelineKind } from '../domain/incident-types';
import { formatTimelineTime } from '../domain/local-time';
import { TIMELINE_KIND_LABELS, visibleTimeline } from '../domain/timeline';
import { describeTimeZone, formatIsoWithOffset } from './iso-time';
import { sanitizeLink } from '../../../lib/sanitize-link';

/** What the exports read from an incident. */
export type TimelineExportIncident = Pick<Incident, 'title' | 'severity' | 'declaredAt' | 'timeline'> &
  Partial<Pick<Incident, 'number' | 'drill'>>;

export interface TimelineExportOptions {
  /** BCP 47 locale for times; the browser's by default. */
  locale?: string;
  /** IANA time zone; the browser's by default. */
  timeZone?: string;
}

export interface TimelineExportEntry {
  id: string;
  at: number;
  /** '2025-03-10T14:05:09+01:00' in the reader's zone. */
  iso: string;
  /** The time as the timeline shows it ('14:05:09', with the date when not on the declaration's day). */
  time: string;
  kind: TimelineKind;
  kindLabel: string;
  /** '' when the entry has none. */
  author: string;
  text: string;
  /** A safe link (sanitizeLink) or null: an unsafe one is never exported. */
  link: string | null;
  starred: boolean;
  source: TimelineEntry['source'];
}

/** The entries to share: deleted ones left out, in the timeline's order, each with its times written out. */
export function listTimelineExportEntries(incident: TimelineExportIncident, options: TimelineExportOptions = {}): TimelineExportEntry[] {
  return visibleTimeline(incident.timeline).map((entry) => ({
    id: entry.id,
    at: entry.at,
    iso: formatIsoWithOffset(entry.at, options.timeZone),
    time: formatTimelineTime(entry.at, incident.declaredAt, options),
    kind: entry.kind,
    kindLabel: TIMELINE_KIND_LABELS[entry.kind],
    author: (entry.author ?? '').trim(),
    text: entry.text.replace(/\r\n?/g, '\n'),
    link: entry.link ? sanitizeLink(entry.link) : null,
    starred: entry.starred === true,
    source: entry.source,
  }));
}

/** 'INC-2026-014 · Checkout 500s', with ' (drill)' for a drill; one line. */
export function describeTimelineSubject(incident: TimelineExportIncident): string {
  const title = incident.title.replace(/\s+/g, ' ').trim() || 'Untitled incident';
  const number = incident.number?.trim();
  return `${number ? `${number} · ` : ''}${title}${incident.drill ? ' (drill)' : ''}`;
}

/** 'SEV1 · Times in Europe/Berlin (UTC+01:00) · 5 entries, 2 starred': the line under every export's title. */
export function describeTimelineSummary(incident: TimelineExportIncident, entries: readonly TimelineExportEntry[], options: TimelineExportOptions = {}): string {
  const starred = entries.filter((entry) => entry.starred).length;
  const count = `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${starred > 0 ? `, ${starred} starred (★)` : ''}`;
  return `${incident.severity} · Times in ${describeTimeZone(incident.declaredAt, options.timeZone)} · ${count}`;
}

/** The meta line of one entry: '14:05:09 · Action · Alice · ★'; the author is the only user text in it. */
export function listEntryMeta(entry: TimelineExportEntry): { time: string; kind: string; author: string; star: string } {
  return { time: entry.time, kind: entry.kindLabel, author: entry.author.replace(/\s+/g, ' '), star: entry.starred ? '★ Starred' : '' };
}

