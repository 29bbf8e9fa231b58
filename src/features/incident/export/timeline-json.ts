// The timeline alone as JSON, for a script or another tool. The whole incident has its own file (incident JSON);
// this one is for reading, not for importing back, so it carries a format stamp of its own.
import { resolveTimeZone } from './iso-time';
import { listTimelineExportEntries, type TimelineExportIncident, type TimelineExportOptions } from './timeline-export-entries';

/** The `format` stamp: a reader can tell this file from an incident file ('outage-kit/incident'). */
export const TIMELINE_JSON_FORMAT = 'outage-kit/timeline';
export const TIMELINE_JSON_VERSION = 1;

export interface TimelineJsonEntry {
  id: string;
  /** ISO 8601 in UTC, to the millisecond: the exact instant. */
  at: string;
  /** ISO 8601 with the reader's offset, to the second: the wall clock the team saw. */
  localTime: string;
  kind: string;
  text: string;
  author?: string;
  link?: string;
  starred: boolean;
  source: 'auto' | 'manual';
}

export interface TimelineJson {
  format: typeof TIMELINE_JSON_FORMAT;
  version: typeof TIMELINE_JSON_VERSION;
  exportedAt: string;
  timeline: {
    incident: { number?: string; title: string; severity: string; declaredAt: string; drill?: true };
    timeZone: string;
    entries: TimelineJsonEntry[];
  };
}

/** The file's content as data (deleted entries left out, in time order). */
export function buildTimelineJson(incident: TimelineExportIncident, options: TimelineExportOptions & { now?: number } = {}): TimelineJson {
  const entries = listTimelineExportEntries(incident, options).map((entry): TimelineJsonEntry => ({
    id: entry.id,
    at: new Date(entry.at).toISOString(),
    localTime: entry.iso,
    kind: entry.kind,
    text: entry.text,
    ...(entry.author !== '' ? { author: entry.author } : {}),
    ...(entry.link ? { link: entry.link } : {}),
    starred: entry.starred,
    source: entry.source,
  }));
  return {
    format: TIMELINE_JSON_FORMAT,
    version: TIMELINE_JSON_VERSION,
    exportedAt: new Date(options.now ?? Date.now()).toISOString(),
    timeline: {
      incident: {
        ...(incident.number ? { number: incident.number } : {}),
        title: incident.title,
        severity: incident.severity,
        declaredAt: new Date(incident.declaredAt).toISOString(),
        ...(incident.drill ? { drill: true as const } : {}),
      },
      timeZone: resolveTimeZone(options.timeZone),
      entries,
    },
  };
}

/** Pure: the timeline as pretty-printed JSON text. */
export function serializeTimelineJson(incident: TimelineExportIncident, options: TimelineExportOptions & { now?: number } = {}): string {
  return `${JSON.stringify(buildTimelineJson(incident, options), null, 2)}\n`;
}
