// The editor's Review card: status, the due date (from this browser's rules), the meeting, and each reviewer's sign-off.
import { useId, useState } from 'react';
import { focusSoon } from '../../../components/ui/focus-soon';
import { lazyPart } from '../../../components/ui/lazy-part';
import { createId } from '../../../lib/create-id';
import { getReaderLocale } from '../../../lib/format';
import { POSTMORTEM_LIMITS } from '../domain/postmortem-schema';
import { POSTMORTEM_STATUSES, POSTMORTEM_STATUS_LABELS, type PostmortemStatus } from '../domain/postmortem-types';
import { describeReviewCountdown, describeReviewRule, resolveReviewDue, resolveReviewMeeting } from '../domain/review-due';
import {
  addReviewer,
  listReviewers,
  removeReviewer,
  renameReviewer,
  setPostmortemStatus,
  setReviewerSignOff,
  summarizeSignOff,
  updateReviewMeeting,
} from '../domain/review-status';
import type { EditorProps } from './editor-context';
import { DateInput, joinIds } from './form-controls';
import type { ReviewRulesDialogProps } from './review-rules-dialog';
import { saveReviewRules } from './use-review-rules';
import './review-card.css';

// Opened once per browser at most: its own chunk, fetched when the button is first pressed.
const LazyReviewRulesDialog = lazyPart<ReviewRulesDialogProps>(() => import('./review-rules-dialog').then((m) => m.ReviewRulesDialog));

const MEETING_LENGTHS = [30, 45, 60, 90, 120];

const isReviewed = (status: PostmortemStatus): boolean => status === 'reviewed' || status === 'closed';

function formatStamp(ms: number): string {
  return new Intl.DateTimeFormat(getReaderLocale(), { dateStyle: 'medium' }).format(ms);
}

/** Status, review due date, meeting and reviewers with sign-off, in one card under the details. */
export function ReviewCard({ doc, edit, now, reviewRules: rules }: EditorProps) {
  const id = useId();
  const [rulesOpen, setRulesOpen] = useState(false);
  const [newName, setNewName] = useState('');
  const review = resolveReviewDue(doc, rules);
  const meeting = resolveReviewMeeting(doc, rules);
  const reviewed = isReviewed(doc.status);
  const countdown = review && !reviewed ? describeReviewCountdown(review.date, now, { timeZone: doc.timeZone }) : null;
  const reviewers = listReviewers(doc);
  const signOff = summarizeSignOff(doc);
  const reviewedAt = typeof doc.reviewedAt === 'number' ? doc.reviewedAt : null;
  const dueHint = doc.severity === '' ? 'Set a severity to get a default, or pick a date.' : `Default: ${describeReviewRule(doc.severity, rules)}.`;
  const setStatus = (status: PostmortemStatus) => edit((d) => setPostmortemStatus(d, status, Date.now()));

  // What the card says about the review as a whole: announced politely as it changes.
  const statusLine = reviewed
    ? reviewedAt === null
      ? POSTMORTEM_STATUS_LABELS[doc.status]
      : `${doc.status === 'closed' ? 'Closed · reviewed' : 'Reviewed'} on ${formatStamp(reviewedAt)}`
    : countdown
      ? `${POSTMORTEM_STATUS_LABELS[doc.status]} · review ${countdown.text.charAt(0).toLowerCase()}${countdown.text.slice(1)}`
      : POSTMORTEM_STATUS_LABELS[doc.status];
  const missingSignOff = reviewed && reviewers.length > 0 && !signOff.complete;

  const add = () => {
    const reviewerId = createId('reviewer');
    edit((d) => addReviewer(d, newName.trim(), reviewerId));
    setNewName('');
    focusSoon(`${id}-reviewer-${reviewerId}`);
  };

  return (
    <section className="panel pm-review-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Review</h2>
      <div className="pm-review-card__summary" role="status">
        <p className={`pm-review-card__state${countdown?.overdue ? ' pm-late' : ''}`}>{statusLine}</p>
        <p className={`pm-review-card__signoff${missingSignOff ? ' pm-review-card__signoff--warn' : ''}`}>
          {missingSignOff ? `Marked ${POSTMORTEM_STATUS_LABELS[doc.status].toLowerCase()} while only ${signOff.text.replace(/ have signed off$/, '')} have signed off.` : signOff.text}
        </p>
      </div>
      {signOff.complete && !reviewed ? (
        <p className="pm-review-card__offer">
          <button type="button" className="button button--primary button--small" onClick={() => setStatus('reviewed')}>
            Mark as reviewed
          </button>
        </p>
      ) : null}

      <div className="pm-grid">
        <div className="field">
          <label className="field__label" htmlFor="pm-status">
            Status
          </label>
          <p className="field__hint" id="pm-status-hint">
            Draft → In review → Reviewed → Closed.
          </p>
          <div className="field__control">
            <select
              id="pm-status"
              className="select"
              value={doc.status}
              aria-describedby={joinIds('pm-status-hint', doc.status === 'in-review' && reviewers.length > 0 && !signOff.complete ? `${id}-status-warn` : undefined)}
              onChange={(e) => setStatus(e.target.value as PostmortemStatus)}
            >
              {POSTMORTEM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {POSTMORTEM_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          {doc.status === 'in-review' && reviewers.length > 0 && !signOff.complete ? (
            <p className="field__hint" id={`${id}-status-warn`}>
              You can mark it reviewed before everyone has signed off; the card and the exports will say who has not.
            </p>
          ) : null}
        </div>

        <div className="field pm-review">
          <label className="field__label" htmlFor="pm-review-due">
            Review due
          </label>
          <p className="field__hint" id="pm-review-due-hint">
            {dueHint}
          </p>
          <div className="field__control">
            <DateInput
              id="pm-review-due"
              value={review?.date ?? ''}
              describedById="pm-review-due-hint pm-review-due-countdown"
              onChange={(reviewDue) => edit((d) => ({ ...d, reviewDue }))}
            />
          </div>
          <p id="pm-review-due-countdown" className={`pm-review__countdown${countdown?.overdue ? ' pm-review__countdown--late' : ''}`}>
            {review ? (
              <>
                {reviewed ? 'Reviewed' : countdown?.text}
                <span className="muted"> · {review.derived ? review.basis : 'set by you'}</span>
              </>
            ) : (
              <span className="muted">No review date yet</span>
            )}
          </p>
          <div className="pm-review-card__links">
            {review && !review.derived && doc.severity !== '' ? (
              <button type="button" className="link-button small" onClick={() => edit((d) => ({ ...d, reviewDue: '' }))}>
                Use the default for {doc.severity}
              </button>
            ) : null}
            <button type="button" id={`${id}-rules`} className="link-button small" onClick={() => setRulesOpen(true)}>
              Change the deadlines…
            </button>
          </div>
        </div>
      </div>

      <fieldset className="pm-review-card__meeting">
        <legend className="field__label">Review meeting</legend>
        <p className="field__hint" id={`${id}-meeting-hint`}>
          In the postmortem’s time zone, {doc.timeZone}. {meeting?.onDueDate ? 'On the review due date unless you pick another day.' : ''}
        </p>
        <div className="pm-review-card__meeting-fields">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-meeting-date`}>
              Date
            </label>
            <DateInput
              id={`${id}-meeting-date`}
              value={meeting?.date ?? ''}
              describedById={`${id}-meeting-hint`}
              onChange={(date) => edit((d) => updateReviewMeeting(d, { date }))}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-meeting-time`}>
              Time
            </label>
            <input
              id={`${id}-meeting-time`}
              className="input"
              type="time"
              value={meeting?.time ?? doc.reviewMeeting?.time ?? '10:00'}
              aria-describedby={`${id}-meeting-hint`}
              onChange={(e) => {
                const time = e.target.value;
                if (/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) edit((d) => updateReviewMeeting(d, { time }));
              }}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-meeting-length`}>
              Length
            </label>
            <select
              id={`${id}-meeting-length`}
              className="select"
              value={meeting?.durationMinutes ?? doc.reviewMeeting?.durationMinutes ?? 60}
              onChange={(e) => {
                const durationMinutes = Number(e.target.value);
                edit((d) => updateReviewMeeting(d, { durationMinutes }));
              }}
            >
              {[...new Set([...MEETING_LENGTHS, meeting?.durationMinutes ?? 60])].sort((a, b) => a - b).map((minutes) => (
                <option key={minutes} value={minutes}>
                  {minutes} min
                </option>
              ))}
            </select>
          </div>
        </div>
        {meeting && !meeting.onDueDate && review ? (
          <button type="button" className="link-button small" onClick={() => edit((d) => updateReviewMeeting(d, { date: '' }))}>
            Hold it on the due date ({review.date})
          </button>
        ) : null}
      </fieldset>

      <h3 className="pm-review-card__subtitle" id={`${id}-reviewers`}>
        Reviewers
      </h3>
      {reviewers.length === 0 ? <p className="muted small">Add the people who review this postmortem; each signs off here.</p> : null}
      <ul className="pm-review-card__reviewers" aria-labelledby={`${id}-reviewers`}>
        {reviewers.map((reviewer, index) => {
          const nameId = `${id}-reviewer-${reviewer.id}`;
          const who = reviewer.name.trim() || `Reviewer ${index + 1}`;
          return (
            <li key={reviewer.id} className="pm-review-card__reviewer">
              <div className="field pm-review-card__name">
                <label className="field__label" htmlFor={nameId}>
                  Name<span className="visually-hidden"> of reviewer {index + 1}</span>
                </label>
                <input
                  id={nameId}
                  className="input"
                  type="text"
                  autoComplete="off"
                  maxLength={POSTMORTEM_LIMITS.short}
                  value={reviewer.name}
                  onChange={(e) => {
                    const name = e.target.value;
                    edit((d) => renameReviewer(d, reviewer.id, name));
                  }}
                />
              </div>
              <label className="checkbox pm-review-card__check">
                <input
                  type="checkbox"
                  checked={reviewer.signedOffAt !== null}
                  aria-describedby={reviewer.signedOffAt !== null ? `${nameId}-stamp` : undefined}
                  onChange={(e) => {
                    const signed = e.target.checked;
                    edit((d) => setReviewerSignOff(d, reviewer.id, signed, Date.now()));
                  }}
                />
                Signed off<span className="visually-hidden"> by {who}</span>
              </label>
              <p className="pm-review-card__stamp small" id={`${nameId}-stamp`}>
                {reviewer.signedOffAt !== null ? `on ${formatStamp(reviewer.signedOffAt)}` : <span className="muted">Not yet</span>}
              </p>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => {
                  edit((d) => removeReviewer(d, reviewer.id));
                  focusSoon(`${id}-new-reviewer`);
                }}
              >
                Remove<span className="visually-hidden"> {who}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <form
        className="field__control pm-review-card__add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label className="visually-hidden" htmlFor={`${id}-new-reviewer`}>
          Name of the new reviewer
        </label>
        <input
          id={`${id}-new-reviewer`}
          className="input"
          type="text"
          autoComplete="off"
          placeholder="e.g. Priya Shah"
          maxLength={POSTMORTEM_LIMITS.short}
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
        />
        <button type="submit" className="button" disabled={reviewers.length >= POSTMORTEM_LIMITS.reviewers}>
          Add reviewer
        </button>
      </form>

      {rulesOpen ? (
        <LazyReviewRulesDialog
          open
          rules={rules}
          onSave={(next) => {
            saveReviewRules(next);
            setRulesOpen(false);
            focusSoon(`${id}-rules`);
          }}
          onClose={() => {
            setRulesOpen(false);
            focusSoon(`${id}-rules`);
          }}
        />
      ) : null}
    </section>
  );
}

