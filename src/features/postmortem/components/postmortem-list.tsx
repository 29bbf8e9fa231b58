import { useId, useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { POSTMORTEM_STATUS_LABELS, type PostmortemDoc } from '../domain/postmortem-types';
import { DRILL_LABEL } from '../../incident/domain/drill';
import { describeOverdueActionItems, rankAttention, sortByAttention } from '../domain/review-status';
import { getReaderLocale } from '../../../lib/format';
import type { ReviewRules } from './use-review-rules';
import './postmortem-list.css';

const updatedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface PostmortemListProps {
  docs: readonly PostmortemDoc[];
  now: number;
  onOpen: (id: string) => void;
  onDuplicate: (doc: PostmortemDoc) => void;
  onDelete: (id: string) => void;
  /** This browser's review deadlines, for the due dates derived from severity. */
  reviewRules: ReviewRules;
}

type ListOrder = 'attention' | 'changed';

/**
 * The postmortems saved in this browser: late reviews and overdue action items first ("Needs attention"), or newest
 * change first; each with its review badge and overdue items. Open, duplicate or delete (with confirmation).
 */
export function PostmortemList({ docs, now, onOpen, onDuplicate, onDelete, reviewRules }: PostmortemListProps) {
  const id = useId();
  const [deleting, setDeleting] = useState<PostmortemDoc | null>(null);
  const [order, setOrder] = useState<ListOrder>('attention');
  const sorted = order === 'attention' ? sortByAttention(docs, now, reviewRules) : [...docs].sort((a, b) => b.updatedAt - a.updatedAt);
  const locale = getReaderLocale();
  const ranks = new Map(docs.map((doc) => [doc.id, rankAttention(doc, now, reviewRules, { locale })]));
  const lateReviews = docs.filter((doc) => ranks.get(doc.id)?.review.kind === 'overdue').length;
  const lateItems = docs.reduce((sum, doc) => sum + (ranks.get(doc.id)?.overdueItems ?? 0), 0);
  const attention = [
    lateReviews > 0 ? `${lateReviews} ${lateReviews === 1 ? 'review' : 'reviews'} overdue` : '',
    describeOverdueActionItems(lateItems),
  ].filter(Boolean);
  return (
    <section className="panel pm-list" aria-labelledby="pm-list-title">
      <div className="pm-list__head">
        <h2 id="pm-list-title">Your postmortems</h2>
        <div className="pm-list__order">
          <label className="field__label" htmlFor={`${id}-order`}>
            Order
          </label>
          <select id={`${id}-order`} className="select" value={order} onChange={(e) => setOrder(e.target.value as ListOrder)}>
            <option value="attention">Needs attention first</option>
            <option value="changed">Last changed first</option>
          </select>
        </div>
      </div>
      <p className={`pm-list__attention${attention.length > 0 ? ' pm-late' : ' muted'}`}>
        {attention.length > 0 ? `Needs attention: ${attention.join(', ')}.` : 'Nothing overdue: every review and action item is on time.'}
      </p>
      <ul className="pm-list__items">
        {sorted.map((doc) => {
          const title = doc.title.trim() || 'Untitled postmortem';
          const rank = ranks.get(doc.id)!;
          const { review, overdueItems } = rank;
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
                </p>
                {review.kind !== 'none' || overdueItems > 0 ? (
                  <p className="pm-list__badges">
                    {review.kind !== 'none' ? <span className={`pm-badge pm-badge--${review.kind}`}>{review.text}</span> : null}
                    {overdueItems > 0 ? <span className="pm-badge pm-badge--overdue">{describeOverdueActionItems(overdueItems)}</span> : null}
                  </p>
                ) : null}
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
