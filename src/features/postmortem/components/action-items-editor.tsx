import { memo, useId, useMemo } from 'react';
import { lazyPart } from '../../../components/ui/lazy-part';
import { downloadFile } from '../../../lib/download';
import { createPostmortemFilename } from '../export/postmortem-filename';
import { checkActionItem, type ActionItemField, type ActionItemWarning } from '../domain/action-item-checks';
import { addActionItem, createNextId, moveActionItem, removeActionItem, updateActionItem } from '../domain/edit-postmortem';
import { POSTMORTEM_LIMITS } from '../domain/postmortem-schema';
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_STATUS_LABELS,
  ACTION_ITEM_TYPES,
  ACTION_ITEM_TYPE_LABELS,
  type ActionItem,
  type ActionItemPriority,
  type ActionItemStatus,
  type ActionItemType,
} from '../domain/postmortem-types';
import { FindingList, fieldDomId, findingsDomId, sameFindings } from './blameless-findings';
import type { Finding } from '../domain/check-blameless';
import type { EditorProps } from './editor-context';
import type { FollowUpDoc } from '../export/follow-up-text';
import { DateInput, joinIds } from './form-controls';
import { focusSoon } from '../../../components/ui/focus-soon';
import './action-items-editor.css';

// The follow-up (tracker links, CSV, calendar) comes in its own chunk, fetched when this section first renders:
// the postmortem page's budget has no room for it, and a first view does not need it.
const loadFollowUp = () => import('./follow-up-tools');
const LazyFollowUpTools = lazyPart(() => loadFollowUp().then((m) => m.FollowUpTools));
const LazyTrackerLink = lazyPart(() => loadFollowUp().then((m) => m.ActionItemTrackerLink));

const TYPE_HINTS: Record<ActionItemType, string> = {
  prevent: 'Stops it happening again.',
  detect: 'Notices it sooner.',
  mitigate: 'Makes it smaller or shorter.',
  process: 'Changes how people work together.',
};

/** Action items as cards: description, owner, type, priority, due date, ticket and status, with advice under each. */
export function ActionItemsEditor(props: EditorProps) {
  const { doc, edit } = props;
  const listId = useId();
  const people = [...new Set([...doc.responders, ...doc.authors].map((p) => p.trim()).filter((p) => p !== ''))];
  const open = doc.actionItems.filter((a) => a.status !== 'done').length;
  const { id: docId, title, incidentId, date } = doc;
  // One object per change of these four, so the memoised cards re-render only when their link would change.
  const followUpDoc = useMemo<FollowUpDoc>(() => ({ id: docId, title, incidentId, date }), [docId, title, incidentId, date]);
  const add = () => {
    const id = createNextId('action', doc.actionItems.map((a) => a.id));
    edit((d) => addActionItem(d, { id }));
    focusSoon(fieldDomId(`action:${id}`));
  };
  return (
    <div className="pm-actions">
      <p className="field__hint">
        Each item: a concrete change with one owner and a due date. {doc.actionItems.length > 0 ? `${open} of ${doc.actionItems.length} still open.` : ''}
      </p>
      <LazyFollowUpTools doc={doc} now={props.now} edit={edit} reviewRules={props.reviewRules} firstLinkId={doc.actionItems[0] && `${fieldDomId(`action:${doc.actionItems[0].id}`)}-out`}
        onDownload={(extension, content, type) => downloadFile(createPostmortemFilename(doc, extension), content, type)}
      />
      <datalist id={`${listId}-people`}>
        {people.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {doc.actionItems.length > 0 ? (
        <ol className="pm-actions__list">
          {doc.actionItems.map((item, index) => (
            <ActionItemCard
              key={item.id}
              edit={edit}
              onDismiss={props.onDismiss}
              now={props.now}
              timeZone={doc.timeZone}
              findings={props.findingsFor(`action:${item.id}`)}
              item={item}
              index={index}
              count={doc.actionItems.length}
              peopleListId={`${listId}-people`}
              followUpDoc={followUpDoc}
            />
          ))}
        </ol>
      ) : (
        <p className="muted">No action items yet.</p>
      )}
      <button type="button" className="button button--small" onClick={add} disabled={doc.actionItems.length >= POSTMORTEM_LIMITS.actionItems}>
        Add an action item
      </button>
    </div>
  );
}

interface CardProps extends Pick<EditorProps, 'edit' | 'onDismiss' | 'now'> {
  timeZone: string;
  findings: readonly Finding[];
  item: ActionItem;
  index: number;
  count: number;
  peopleListId: string;
  followUpDoc: FollowUpDoc;
}

/** One action item; memoised so typing in one card does not re-render the others. */
const ActionItemCard = memo(function ActionItemCard({ edit, onDismiss, now, timeZone, findings, item, index, count, peopleListId, followUpDoc }: CardProps) {
  const n = index + 1;
  const fieldId = `action:${item.id}`;
  const base = fieldDomId(fieldId);
  const warnings = checkActionItem(item, { now, timeZone });
  const warningId = (field: ActionItemField) => `${base}-warn-${field}`;
  const warningsFor = (field: ActionItemField): ActionItemWarning[] => warnings.filter((w) => w.field === field);
  const set = (patch: Partial<Omit<ActionItem, 'id'>>) => edit((d) => updateActionItem(d, item.id, patch));
  const renderWarnings = (field: ActionItemField) => {
    const list = warningsFor(field);
    if (list.length === 0) return null;
    return (
      <ul className="pm-warnings" id={warningId(field)}>
        {list.map((w) => (
          <li key={w.message}>{w.message}</li>
        ))}
      </ul>
    );
  };
  const describe = (field: ActionItemField) => (warningsFor(field).length > 0 ? warningId(field) : undefined);

  return (
    <li className={`pm-action${item.status === 'done' ? ' pm-action--done' : ''}`}>
      <div className="pm-action__head">
        <h4 className="pm-action__title">Action item {n}</h4>
        <div className="pm-action__tools">
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={`Move action item ${n} up`}
            disabled={index === 0}
            onClick={() => edit((d) => moveActionItem(d, item.id, -1))}
          >
            Up
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={`Move action item ${n} down`}
            disabled={index === count - 1}
            onClick={() => edit((d) => moveActionItem(d, item.id, 1))}
          >
            Down
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => edit((d) => removeActionItem(d, item.id))}>
            Remove<span className="visually-hidden"> action item {n}</span>
          </button>
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={base}>
          What will change
        </label>
        <textarea
          maxLength={POSTMORTEM_LIMITS.text}
          id={base}
          rows={2}
          className="textarea pm-textarea pm-textarea--row"
          value={item.description}
          aria-describedby={joinIds(describe('description'), findings.length > 0 && findingsDomId(fieldId))}
          onChange={(e) => set({ description: e.target.value })}
        />
        {renderWarnings('description')}
        <FindingList fieldId={fieldId} text={item.description} findings={findings} onDismiss={onDismiss} />
      </div>
      <div className="pm-action__grid">
        <div className="field">
          <label className="field__label" htmlFor={`${base}-owner`}>
            Owner
          </label>
          <input
            maxLength={POSTMORTEM_LIMITS.short}
            id={`${base}-owner`}
            className="input"
            type="text"
            autoComplete="off"
            list={peopleListId}
            value={item.owner}
            aria-describedby={describe('owner')}
            onChange={(e) => set({ owner: e.target.value })}
          />
          {renderWarnings('owner')}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${base}-type`}>
            Type
          </label>
          <select
            id={`${base}-type`}
            className="select"
            value={item.type}
            aria-describedby={`${base}-type-hint`}
            onChange={(e) => set({ type: e.target.value as ActionItemType })}
          >
            {ACTION_ITEM_TYPES.map((t) => (
              <option key={t} value={t}>
                {ACTION_ITEM_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
          <p className="field__hint" id={`${base}-type-hint`}>
            {TYPE_HINTS[item.type]}
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${base}-priority`}>
            Priority
          </label>
          <select id={`${base}-priority`} className="select" value={item.priority} onChange={(e) => set({ priority: e.target.value as ActionItemPriority })}>
            {ACTION_ITEM_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${base}-due`}>
            Due
          </label>
          <DateInput id={`${base}-due`} value={item.due} describedById={describe('due')} onChange={(due) => set({ due })} />
          {renderWarnings('due')}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${base}-status`}>
            Status
          </label>
          <select id={`${base}-status`} className="select" value={item.status} onChange={(e) => set({ status: e.target.value as ActionItemStatus })}>
            {ACTION_ITEM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTION_ITEM_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field pm-action__link">
          <label className="field__label" htmlFor={`${base}-link`}>
            Ticket link
          </label>
          <input
            maxLength={POSTMORTEM_LIMITS.link}
            id={`${base}-link`}
            className="input"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://…"
            value={item.link}
            aria-describedby={describe('link')}
            onChange={(e) => set({ link: e.target.value })}
          />
          {renderWarnings('link')}
        </div>
      </div>
      <LazyTrackerLink doc={followUpDoc} item={item} n={n} linkId={`${base}-out`} />
    </li>
  );
}, (a, b) =>
  a.item === b.item &&
  a.index === b.index &&
  a.count === b.count &&
  a.now === b.now &&
  a.timeZone === b.timeZone &&
  a.peopleListId === b.peopleListId &&
  a.followUpDoc === b.followUpDoc &&
  a.edit === b.edit &&
  a.onDismiss === b.onDismiss &&
  sameFindings(a.findings, b.findings),
);
