// The timeline as Slack mrkdwn, for a webhook, a bot or a workflow step that posts it to a channel.
import { escapeSlackText, renderSlackLink } from '../../../lib/slack-mrkdwn';
import {
  describeTimelineSubject,
  describeTimelineSummary,
  listEntryMeta,
  listTimelineExportEntries,
  type TimelineExportEntry,
  type TimelineExportIncident,
  type TimelineExportOptions,
} from './timeline-export-entries';

function describeLinkLabel(href: string): string {
  try {
    return new URL(href).host || 'link';
  } catch {
    return 'link';
  }
}

function renderEntry(entry: TimelineExportEntry): string {
  const meta = listEntryMeta(entry);
  const head = [`*${meta.time}*`, meta.kind, meta.author === '' ? '' : escapeSlackText(meta.author), meta.star]
    .filter((part) => part !== '')
    .join(' · ');
  const link = entry.link ? renderSlackLink(entry.link, describeLinkLabel(entry.link)) : null;
  // The text starts on its own line: mrkdwn bold closes before it, so a `*` the user typed cannot extend the bold.
  const lines = [`• ${head}`, ...entry.text.split('\n').map((line) => `    ${escapeSlackText(line)}`)];
  if (link) lines.push(`    ${link}`);
  return lines.join('\n');
}

/**
 * Renders the timeline as Slack mrkdwn: a bold title, the summary line, then one "•" item per visible entry with its
 * time in bold and its text on the lines below. `&`, `<` and `>` are entity-escaped as Slack documents and
 * channel-wide pings are defused (escapeSlackText); links are `<url|host>` for safe http(s) links only.
 */
export function renderTimelineSlack(incident: TimelineExportIncident, options: TimelineExportOptions = {}): string {
  const entries = listTimelineExportEntries(incident, options);
  const head = `*Timeline: ${escapeSlackText(describeTimelineSubject(incident))}*\n${escapeSlackText(describeTimelineSummary(incident, entries, options))}`;
  const body = entries.length > 0 ? entries.map(renderEntry).join('\n') : '_No entries yet._';
  return `${head}\n\n${body}\n`;
}
