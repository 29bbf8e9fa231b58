// The share-out formats the incident page offers, as one list each: adding a format is one entry.
import { slugifyFilename } from '../../../lib/download';
import type { PostedUpdate, UpdateAudience } from '../domain/incident-types';
import { renderTimelineCsv } from './render-timeline-csv';
import { renderTimelineMarkdown } from './render-timeline-markdown';
import { renderTimelineSlack } from './render-timeline-slack';
import { renderTimelineText } from './render-timeline-text';
import { renderPostedUpdatesCsv, renderStatusUpdateMarkdown, renderStatusUpdateSlack, renderStatusUpdateText, serializePostedUpdatesJson } from './status-update-formats';
import type { TimelineExportIncident, TimelineExportOptions } from './timeline-export-entries';
import { serializeTimelineJson } from './timeline-json';

export interface ShareOutFormat<T> {
  id: 'markdown' | 'slack' | 'text' | 'csv' | 'json';
  /** The format's name in a button: 'Markdown', 'Slack (mrkdwn)'. */
  label: string;
  /** The end of the file name, after the subject: '-timeline.md'. */
  suffix: string;
  mime: string;
  /** Offered as "Copy …" as well as a download (text people paste; not CSV or JSON). */
  copy: boolean;
  render: (value: T, options: TimelineExportOptions) => string;
}

const MARKDOWN = 'text/markdown;charset=utf-8';
const TEXT = 'text/plain;charset=utf-8';

export const TIMELINE_FORMATS: readonly ShareOutFormat<TimelineExportIncident>[] = [
  { id: 'markdown', label: 'Markdown', suffix: '-timeline.md', mime: MARKDOWN, copy: true, render: renderTimelineMarkdown },
  { id: 'slack', label: 'Slack (mrkdwn)', suffix: '-timeline-slack.txt', mime: TEXT, copy: true, render: renderTimelineSlack },
  { id: 'text', label: 'Plain text', suffix: '-timeline.txt', mime: TEXT, copy: true, render: renderTimelineText },
  { id: 'csv', label: 'CSV', suffix: '-timeline.csv', mime: 'text/csv;charset=utf-8', copy: false, render: renderTimelineCsv },
  { id: 'json', label: 'JSON', suffix: '-timeline.json', mime: 'application/json;charset=utf-8', copy: false, render: serializeTimelineJson },
];

/** One status update's text (the composer's, for one audience). */
export const STATUS_UPDATE_FORMATS: readonly ShareOutFormat<string>[] = [
  { id: 'markdown', label: 'Markdown', suffix: '.md', mime: MARKDOWN, copy: true, render: renderStatusUpdateMarkdown },
  { id: 'slack', label: 'Slack (mrkdwn)', suffix: '-slack.txt', mime: TEXT, copy: true, render: renderStatusUpdateSlack },
  { id: 'text', label: 'Plain text', suffix: '.txt', mime: TEXT, copy: true, render: renderStatusUpdateText },
];

export const POSTED_UPDATES_FORMATS: readonly ShareOutFormat<readonly PostedUpdate[]>[] = [
  { id: 'csv', label: 'CSV', suffix: '-updates.csv', mime: 'text/csv;charset=utf-8', copy: false, render: renderPostedUpdatesCsv },
  { id: 'json', label: 'JSON', suffix: '-updates.json', mime: 'application/json;charset=utf-8', copy: false, render: serializePostedUpdatesJson },
];

/** The start of every share-out file name: 'inc-2025-007-checkout-fails' (number and title, file-system safe). */
export function createShareOutSubject(incident: Pick<TimelineExportIncident, 'title'> & { number?: string | undefined }): string {
  return slugifyFilename([incident.number ?? '', incident.title].join(' ').trim(), 'incident');
}

/** The file name of a status update for an audience: 'inc-7-checkout-update-customers.md'. */
export function createStatusUpdateFilename(subject: string, audience: UpdateAudience, format: ShareOutFormat<string>): string {
  return `${subject}-update-${audience}${format.suffix}`;
}
