// The timeline as GitHub-flavoured Markdown, for a ticket, a wiki page or a chat that renders Markdown.
import { escapeMarkdownDestination, escapeMarkdownInline, escapeMarkdownLine } from '../../../lib/markdown-escape';
import {
  describeTimelineSubject,
  describeTimelineSummary,
  listEntryMeta,
  listTimelineExportEntries,
  type TimelineExportEntry,
  type TimelineExportIncident,
  type TimelineExportOptions,
} from './timeline-export-entries';


/**
 * One entry as a list item: a meta line (bold time, kind, author, star), then the text's lines and the link, joined
 * by hard breaks (a backslash at the line end) and indented under the marker, so any text stays inside its item.
 */
function renderEntry(entry: TimelineExportEntry): string {
  const meta = listEntryMeta(entry);
  const head = [`**${escapeMarkdownInline(meta.time)}**`, meta.kind, meta.author === '' ? '' : escapeMarkdownInline(meta.author), meta.star]
    .filter((part) => part !== '')
    .join(' · ');
  // Each text line is escaped as a line start, since a hard break puts it at one. An empty line inside the text stays
  // one (a backslash alone on it is one more hard break); at the end it would be a literal backslash, so the text is
  // trimmed first.
  const text = entry.text.trim();
  const lines = [head, ...(text === '' ? [] : text.split('\n').map(escapeMarkdownLine))];
  if (entry.link) lines.push(`Link: [${escapeMarkdownInline(entry.link)}](${escapeMarkdownDestination(entry.link)})`);
  return `- ${lines.join('\\\n  ')}`;
}

/**
 * Renders the timeline as Markdown: a `#` title (number, title, drill mark), a line naming the severity, the time
 * zone and the counts, then one list item per visible entry in time order. A list rather than a table: entries are
 * often several lines long, a table cell cannot hold a line break without HTML, and chat apps that render Markdown
 * show a list on a phone where a wide table is cut off. User text is escaped (`*`, `_`, `|`, backticks, `<script>`
 * show as typed; lines are trimmed); only http(s) and mailto links become links.
 */
export function renderTimelineMarkdown(incident: TimelineExportIncident, options: TimelineExportOptions = {}): string {
  const entries = listTimelineExportEntries(incident, options);
  const subject = escapeMarkdownInline(describeTimelineSubject(incident)).replace(/#/g, '\\#');
  const parts = [`# Timeline: ${subject}`, escapeMarkdownInline(describeTimelineSummary(incident, entries, options))];
  parts.push(entries.length > 0 ? entries.map(renderEntry).join('\n') : '_No entries yet._');
  return `${parts.join('\n\n')}\n`;
}
