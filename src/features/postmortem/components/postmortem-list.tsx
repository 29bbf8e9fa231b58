import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { POSTMORTEM_STATUS_LABELS, type PostmortemDoc } from '../domain/postmortem-types';
import { DRILL_LABEL } from '../../incident/domain/drill';
import { describeReviewCountdown, resolveReviewDue } from '../domain/review-due';
import './postmortem-list.css';

const updatedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface PostmortemListProps {
  docs: readonly PostmortemDoc[];
  now: number;
  onOpen: (id: string) => void;
  onDuplicate: (doc: PostmortemDoc) => void;
  onDelete: (id: string) => void;
}

/** The postmortems saved in this browser, newest change first: open, duplicate or delete (with confirmation). */
export function PostmortemList({ docs, now, onOpen, onDuplicate, onDelete }: PostmortemListProps) {
  const [deleting, setDeleting] = useState<PostmortemDoc | null>(null);
  const sorted = [...docs].sort((a, b) => b.updatedAt - a.updatedAt);
  return (
    <section className="panel pm-list" aria-labelledby="pm-list-title">
      <h2 id="pm-list-title">Your postmortems</h2>
      <ul className="pm-list__items">
        {sorted.map((doc) => {
          const title = doc.title.trim() || 'Untitled postmortem';
          const review = resolveReviewDue(doc);
          const reviewed = doc.status === 'reviewed' || doc.status === 'closed';
          const countdown = review && !reviewed ? describeReviewCountdown(review.date, now, { timeZone: doc.timeZone }) : null;
          return (
            <li key={doc.id} className="pm-list__item">
              <div className="pm-list__main">
                <h3 className="pm-list__title">
                  <button type="button" className="link-button" onClick={() => onOpen(doc.id)}>
                    {title}
                  </button>
                </h3>
                <p className="pm-list__meta">
                  {doc.drill ? <span className="pm-tag pm-tag--warn pm-tag--drill">{DRILL_LABEL}</span> : null}
                  {[doc.incidentId, doc.severity, POSTMORTEM_STATUS_LABELS[doc.status], doc.date].filter((p) => p !== '').join(' · ')}
                  {countdown ? (
                    <>
                      {' · '}
                      <span className={countdown.overdue ? 'pm-late' : undefined}>Review {countdown.text.charAt(0).toLowerCase() + countdown.text.slice(1)}</span>
                    </>
                  ) : null}
                </p>
                <p className="pm-list__meta muted">Last changed {updatedFormat.format(doc.updatedAt)}</p>
              </div>
              <div className="button-row pm-list__actions">
                <button type="button" className="button button--small" onClick={() => onDuplicate(doc)}>
                  Duplicate<span className="visually-hidden"> “{title}”</span>
                </button>
                <button type="button" className="button button--small button--quiet" onClick={() => setDeleting(doc)}>
                  Delete<span className="visually-hidden"> “{title}”</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.title.trim() || 'Untitled postmortem'}”?`}
        confirmLabel="Delete postmortem"
        destructive
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) onDelete(deleting.id);
          setDeleting(null);
        }}
      >
        <p>It is removed from this browser and cannot be brought back. Open it and download its JSON first if you may need it again.</p>
      </ConfirmDialog>
    </section>
  );
}
