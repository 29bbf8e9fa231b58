// The timeline as plain text: what to paste into a chat message box, an email or a ticket that renders nothing.
import {
  describeTimelineSubject,
  describeTimelineSummary,
  listEntryMeta,
  listTimelineExportEntries,
  type TimelineExportEntry,
  type TimelineExportIncident,
  type TimelineExportOptions,
} from './timeline-export-entries';

function renderEntry(entry: TimelineExportEntry): string {
  const meta = listEntryMeta(entry);
  const head = [meta.time, meta.kind, meta.author, meta.star].filter((part) => part !== '').join(' · ');
  // Indented continuation lines keep a long entry visibly one entry.
  const body = entry.text.split('\n').map((line) => `  ${line}`);
  return [head, ...body, ...(entry.link ? [`  ${entry.link}`] : [])].join('\n');
}

/** Renders the timeline as plain text: a title, the summary line, then each entry (meta line, indented text, link). */
export function renderTimelineText(incident: TimelineExportIncident, options: TimelineExportOptions = {}): string {
  const entries = listTimelineExportEntries(incident, options);
  const head = `Timeline: ${describeTimelineSubject(incident)}\n${describeTimelineSummary(incident, entries, options)}`;
  const body = entries.length > 0 ? entries.map(renderEntry).join('\n\n') : 'No entries yet.';
  return `${head}\n\n${body}\n`;
}
