// "Action items out": tracker links, the CSV and the calendar file. Loaded on its own (lazyPart in
// action-items-editor.tsx) so the follow-up modules cost the postmortem page nothing until its action items show.
import { useId, useMemo, useSyncExternalStore } from 'react';
import type { Severity } from '../../incident/domain/incident-types';
import { getReaderLocale } from '../../../lib/format';
import type { ActionItem, PostmortemDoc } from '../domain/postmortem-types';
import { resolveReviewMeeting, type ReviewRule } from '../domain/review-due';
import { updateReviewMeeting } from '../domain/review-status';
import { isIsoDate } from '../domain/zoned-time';
import { renderActionItemsCsv } from '../export/action-items-csv';
import type { FollowUpDoc } from '../export/follow-up-text';
import { renderReviewCalendar } from '../export/review-calendar';
import type { EditPostmortem } from './editor-context';
import { TRACKER_LABELS, buildTrackerIssueLink, type TrackerConfig, type TrackerLink } from '../export/tracker-links';
import { TrackerSettingsDialog } from './tracker-settings-dialog';
import { saveTracker, useTracker } from './use-tracker-settings';
import './follow-up.css';

// Which control opened the settings dialog, so focus goes back there (or to its replacement) when it closes.
interface DialogRequest {
  opener: HTMLElement | null;
  /** Focused instead when the opener is gone: an item's "Set up" button becomes its "Create issue" link. */
  fallbackId?: string;
}

let dialogRequest: DialogRequest | null = null;
const dialogListeners = new Set<() => void>();
const setDialogRequest = (request: DialogRequest | null) => {
  dialogRequest = request;
  dialogListeners.forEach((listener) => listener());
};
const subscribeToDialog = (callback: () => void) => {
  dialogListeners.add(callback);
  return () => dialogListeners.delete(callback);
};

function openTrackerDialog(fallbackId?: string): void {
  setDialogRequest({ opener: document.activeElement instanceof HTMLElement ? document.activeElement : null, fallbackId });
}

const REVIEW_LENGTHS = [30, 45, 60, 90, 120];

/** 'YYYY-MM-DD' as the reader says a date ("Tuesday 8 December 2026"); the date is a calendar day, so UTC. */
function formatDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(getReaderLocale(), { dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}

const trackerTarget = (tracker: TrackerConfig): string =>
  tracker.kind === 'linear' ? [tracker.workspace, tracker.project].filter(Boolean).join(' / ') : tracker.project;

interface FollowUpToolsProps {
  doc: PostmortemDoc;
  /** Epoch ms of the current minute (the calendar's DTSTAMP). */
  now: number;
  /** The item whose link takes focus when a tracker is set up from the toolbar (the first item). */
  firstLinkId?: string;
  /**
   * Offers a file named after the postmortem. Passed in rather than imported: the page already has the download
   * helpers, and importing them here splits them into a chunk of their own that costs the page's budget.
   */
  onDownload: (extension: 'csv' | 'ics', content: string, type: string) => void;
  /** The meeting's time and length are the document's (the Review card edits them too). */
  edit: EditPostmortem;
  reviewRules: Record<Severity, ReviewRule>;
}

/** Above the action items: which tracker the links go to, and the CSV and calendar downloads, each with what it is for. */
export function FollowUpTools({ doc, now, firstLinkId, onDownload, edit, reviewRules }: FollowUpToolsProps) {
  const id = useId();
  const tracker = useTracker();
  const request = useSyncExternalStore(subscribeToDialog, () => dialogRequest, () => null);
  const review = resolveReviewMeeting(doc, reviewRules);
  const items = doc.actionItems;
  const dueCount = items.filter((item) => isIsoDate(item.due)).length;
  const settingsId = `${id}-settings`;

  const closeDialog = () => {
    const closing = dialogRequest;
    setDialogRequest(null);
    requestAnimationFrame(() => {
      const target = closing?.opener?.isConnected ? closing.opener : document.getElementById(closing?.fallbackId ?? settingsId);
      target?.focus();
    });
  };

  const downloadCsv = () => onDownload('csv', renderActionItemsCsv(doc, items), 'text/csv;charset=utf-8');
  const downloadCalendar = () =>
    onDownload(
      'ics',
      renderReviewCalendar(doc, { now, rules: reviewRules }),
      'text/calendar;charset=utf-8',
    );

  const calendarParts = [review ? 'the review meeting' : '', dueCount > 0 ? `${dueCount} due ${dueCount === 1 ? 'date' : 'dates'} as all-day events` : ''].filter(Boolean);

  return (
    <div className="pm-followup" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="pm-followup__title">
        Take them to your tracker and calendar
      </h4>
      <p className="field__hint">Links and files only: Outage Kit sends nothing. You open each link and import each file yourself.</p>

      <div className="pm-followup__part">
        <p className="pm-followup__status">
          {tracker ? (
            <>
              “Create issue” links go to <strong>{TRACKER_LABELS[tracker.kind]}</strong>
              {trackerTarget(tracker) ? <> · {trackerTarget(tracker)}</> : null}
            </>
          ) : (
            'Set up a tracker to get a “Create issue” link on each item.'
          )}
        </p>
        <button
          type="button"
          id={settingsId}
          className="button button--small"
          onClick={() => openTrackerDialog(tracker ? undefined : firstLinkId)}
        >
          {tracker ? 'Change tracker…' : 'Set up a tracker…'}
        </button>
      </div>

      <div className="pm-followup__part">
        <button type="button" className="button button--small" disabled={items.length === 0} aria-describedby={`${id}-csv-hint`} onClick={downloadCsv}>
          Download CSV for Jira or Linear
        </button>
        <p className="field__hint" id={`${id}-csv-hint`}>
          {items.length === 0 ? 'Add an action item first.' : 'One row per action item, for Jira’s or Linear’s CSV import.'}
        </p>
      </div>

      <div className="pm-followup__part pm-followup__part--calendar">
        {review ? (
          <div className="pm-followup__review">
            <p className="pm-followup__status">
              Review on <strong>{formatDay(review.date)}</strong>
            </p>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-time`}>
                Starts at
              </label>
              <input
                id={`${id}-time`}
                className="input pm-followup__time"
                type="time"
                value={review.time}
                aria-describedby={`${id}-zone`}
                onChange={(e) => {
                  const time = e.target.value;
                  if (/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) edit((d) => updateReviewMeeting(d, { time }));
                }}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-length`}>
                Length
              </label>
              <select id={`${id}-length`} className="select pm-followup__length" value={review.durationMinutes} onChange={(e) => {
                const durationMinutes = Number(e.target.value);
                edit((d) => updateReviewMeeting(d, { durationMinutes }));
              }}>
                {[...new Set([...REVIEW_LENGTHS, review.durationMinutes])].sort((a, b) => a - b).map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {minutes} min
                  </option>
                ))}
              </select>
            </div>
            <p className="field__hint pm-followup__zone" id={`${id}-zone`}>
              In the postmortem’s time zone, {doc.timeZone}.
            </p>
          </div>
        ) : null}
        <button
          type="button"
          className="button button--small"
          disabled={calendarParts.length === 0}
          aria-describedby={`${id}-ics-hint`}
          onClick={downloadCalendar}
        >
          Download calendar (.ics)
        </button>
        <p className="field__hint" id={`${id}-ics-hint`}>
          {calendarParts.length === 0
            ? 'Nothing to put in a calendar yet: set a severity or a review date, or give an item a due date.'
            : `For your calendar app: ${calendarParts.join(' and ')}.`}
        </p>
      </div>

      <TrackerSettingsDialog
        open={request !== null}
        tracker={tracker}
        onSave={(config) => {
          saveTracker(config);
          closeDialog();
        }}
        onClose={closeDialog}
      />
    </div>
  );
}

interface TrackerLinkProps {
  doc: FollowUpDoc;
  item: ActionItem;
  /** 1-based, for the accessible name ("… for action item 2"). */
  n: number;
  /** The link's id, so focus can land on it after the tracker is set up from this item. */
  linkId: string;
}

/** An item's "Create issue in <Tracker>" link, or, before a tracker is set up, the button that sets one up. */
export function ActionItemTrackerLink({ doc, item, n, linkId }: TrackerLinkProps) {
  const tracker = useTracker();
  const link = useMemo((): TrackerLink | null => {
    if (!tracker) return null;
    try {
      return buildTrackerIssueLink(tracker, doc, item);
    } catch {
      // A stored tracker is validated when read, so this is only a safety net: no link rather than a crash.
      return null;
    }
  }, [tracker, doc, item]);
  if (!tracker || !link) {
    return (
      <div className="pm-action__out">
        <button type="button" id={linkId} className="button button--small button--quiet pm-action__setup" onClick={() => openTrackerDialog(linkId)}>
          Set up a tracker…<span className="visually-hidden"> for action item {n}</span>
        </button>
      </div>
    );
  }
  const noteId = `${linkId}-note`;
  return (
    <div className="pm-action__out">
      <a
        id={linkId}
        className="button button--small pm-action__create"
        href={link.url}
        target="_blank"
        rel="noopener noreferrer"
        aria-describedby={link.shortened ? noteId : undefined}
      >
        Create issue in {TRACKER_LABELS[tracker.kind]}
        <span className="visually-hidden"> for action item {n} (opens in a new tab)</span>
        <span aria-hidden="true">↗</span>
      </a>
      {link.shortened ? (
        <p className="field__hint" id={noteId}>
          The description was shortened to fit the link; paste the rest from the postmortem.
        </p>
      ) : null}
    </div>
  );
}
