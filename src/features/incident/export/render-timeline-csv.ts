// The timeline as an RFC 4180 CSV, for a spreadsheet or a script.
import { renderCsv } from '../../../lib/csv';
import { resolveTimeZone } from './iso-time';
import { formatLocalDateTime } from './format-local-date-time';
import { listTimelineExportEntries, type TimelineExportIncident, type TimelineExportOptions } from './timeline-export-entries';

/** The columns, in order; the local-time header names the zone its cells are in. */
export function listTimelineCsvHeaders(options: TimelineExportOptions = {}): string[] {
  return ['Time', `Local time (${resolveTimeZone(options.timeZone)})`, 'Kind', 'Author', 'Text', 'Link', 'Starred', 'Source'];
}

/** The cells of every visible entry's row, before neutralising and quoting, in header order. */
export function listTimelineCsvRows(incident: TimelineExportIncident, options: TimelineExportOptions = {}): string[][] {
  return listTimelineExportEntries(incident, options).map((entry) => [
    entry.iso,
    formatLocalDateTime(entry.at, options),
    entry.kindLabel,
    entry.author,
    entry.text,
    entry.link ?? '',
    entry.starred ? 'yes' : 'no',
    entry.source,
  ]);
}

/**
 * Renders the timeline as CSV: a header row, then one row per visible entry in time order. Time is ISO 8601 with the
 * zone's offset ('2025-03-10T14:05:09+01:00'); every field quoted; CRLF line ends; cells that a spreadsheet would
 * run as a formula (= + - @) get a leading apostrophe (OWASP); no byte-order mark.
 */
export function renderTimelineCsv(incident: TimelineExportIncident, options: TimelineExportOptions = {}): string {
  return renderCsv([listTimelineCsvHeaders(options), ...listTimelineCsvRows(incident, options)]);
}
