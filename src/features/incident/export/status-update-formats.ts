// A status update (the composer's text for one audience) in the share-out formats, and the posted updates as files.
import { renderCsv } from '../../../lib/csv';
import { escapeMarkdownInline, escapeMarkdownLine } from '../../../lib/markdown-escape';
import { escapeSlackText } from '../../../lib/slack-mrkdwn';
import type { PostedUpdate } from '../domain/incident-types';
import { describeUpdateAudience, describeUpdateStatus } from '../domain/update-labels';
import { resolveTimeZone, formatIsoWithOffset } from './iso-time';
import { formatLocalDateTime } from './format-local-date-time';
import type { TimelineExportOptions } from './timeline-export-entries';

function listLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The update as Markdown: its first line (the headline: status and service) in bold, then each further line as a
 * paragraph of its own. Blank lines are dropped (paragraphs already separate the lines); every line is escaped.
 */
export function renderStatusUpdateMarkdown(text: string): string {
  const [first, ...rest] = listLines(text);
  if (first === undefined) return '';
  return `${[`**${escapeMarkdownInline(first)}**`, ...rest.map(escapeMarkdownLine)].join('\n\n')}\n`;
}

/**
 * The update as Slack mrkdwn: the headline in bold, the other lines as they are, escaped (escapeSlackText). A headline
 * holding a `*` stays plain: Slack cannot escape one, and it would end the bold early.
 */
export function renderStatusUpdateSlack(text: string): string {
  const [first, ...rest] = listLines(text);
  if (first === undefined) return '';
  const headline = first.includes('*') ? escapeSlackText(first) : `*${escapeSlackText(first)}*`;
  return `${[headline, ...rest.map(escapeSlackText)].join('\n')}\n`;
}

/** The update as plain text, as the composer shows it (line ends normalised, a final newline). */
export function renderStatusUpdateText(text: string): string {
  const body = text.replace(/\r\n?/g, '\n').trim();
  return body === '' ? '' : `${body}\n`;
}

/** The posted updates in the order they were posted: a header row, then one row per update. */
export function renderPostedUpdatesCsv(updates: readonly PostedUpdate[], options: TimelineExportOptions = {}): string {
  const header = ['Time', `Local time (${resolveTimeZone(options.timeZone)})`, 'Status', 'Audience', 'Text'];
  const rows = [...updates]
    .sort((a, b) => a.at - b.at)
    .map((update) => [
      formatIsoWithOffset(update.at, options.timeZone),
      formatLocalDateTime(update.at, options),
      describeUpdateStatus(update.status),
      describeUpdateAudience(update.audience),
      update.text,
    ]);
  return renderCsv([header, ...rows]);
}

export const POSTED_UPDATES_JSON_FORMAT = 'outage-kit/status-updates';

/** The posted updates as JSON with a format stamp, in the order they were posted. */
export function serializePostedUpdatesJson(updates: readonly PostedUpdate[], options: TimelineExportOptions & { now?: number } = {}): string {
  const file = {
    format: POSTED_UPDATES_JSON_FORMAT,
    version: 1,
    exportedAt: new Date(options.now ?? Date.now()).toISOString(),
    updates: {
      timeZone: resolveTimeZone(options.timeZone),
      entries: [...updates]
        .sort((a, b) => a.at - b.at)
        .map((update) => ({
          id: update.id,
          at: new Date(update.at).toISOString(),
          localTime: formatIsoWithOffset(update.at, options.timeZone),
          status: update.status,
          audience: update.audience,
          text: update.text,
        })),
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
