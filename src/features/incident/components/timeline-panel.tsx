import { useState, type KeyboardEvent } from 'react';
import { useFocusAfterRender } from '../../../components/ui/use-focus-after-render';
import { describedBy, Field } from '../../../components/ui/field';
import { useSavedDraft } from '../../../components/ui/use-saved-draft';
import {
  isEmptyTimelineEntryForm,
  isTimelineEntryFormValues,
  validateTimelineEntryForm,
  type TimelineEntryFormErrors,
  type TimelineEntryFormValues,
} from '../domain/incident-forms';
import type { Incident, TimelineEntry, TimelineKind } from '../domain/incident-types';
import { formatTimelineTime, formatUtcTime, toDateTimeLocalValue } from '../domain/local-time';
import {
  addTimelineEntry,
  createTimelineEntryId,
  deleteTimelineEntry,
  restoreTimelineEntry,
  setTimelineEntryStarred,
  sortTimeline,
  TIMELINE_KIND_LABELS,
  TIMELINE_KINDS,
  updateTimelineEntry,
  visibleTimeline,
} from '../domain/timeline';
import { sanitizeLink } from '../../../lib/sanitize-link';
import { matchIncidentShortcut } from '../domain/shortcuts';
import { announce } from './announcer';
import { AUTHOR_MAX } from '../store/incident-slice';
import { INCIDENT_TARGETS, type ApplyIncidentAction } from './incident-action';
import { ShareOut } from './share-out-parts';
import './timeline-panel.css';

interface TimelinePanelProps {
  incident: Incident;
  apply: ApplyIncidentAction;
  showUtc: boolean;
  onToggleUtc: (showUtc: boolean) => void;
  /** This browser's author name ('' until given), written on notes and edits. */
  author: string;
  onAuthorChange: (author: string) => void;
}

const MANUAL_KINDS = TIMELINE_KINDS.filter((kind) => kind.manual);

/**
 * Everything that happened, in order: the app's own entries and the responders' notes. Each entry's
 * time, text, kind and link can be corrected; a deleted entry can be brought back.
 */
export function TimelinePanel({ incident, apply, showUtc, onToggleUtc, author, onAuthorChange }: TimelinePanelProps) {
  const entries = visibleTimeline(incident.timeline);
  const starredCount = entries.filter((entry) => entry.starred === true).length;
  const [editingId, setEditingId] = useState<string | null>(null);
  // The entry being edited stays on screen even when another tab deletes it, so what was typed is not lost.
  const editedGone = editingId === null || entries.some((e) => e.id === editingId) ? undefined : incident.timeline.find((e) => e.id === editingId);
  const listed = editedGone ? sortTimeline([...entries, editedGone]) : entries;
  const [deleted, setDeleted] = useState<{ id: string; text: string } | null>(null);
  const focusAfterRender = useFocusAfterRender();

  const remove = (entry: TimelineEntry) => {
    apply((current, now) => deleteTimelineEntry(current, entry.id, now));
    setDeleted({ id: entry.id, text: entry.text });
    if (editingId === entry.id) setEditingId(null);
    focusAfterRender('timeline-undo');
    announce('Entry deleted. Undo brings it back.');
  };

  const toggleStar = (entry: TimelineEntry) => {
    const starred = entry.starred !== true;
    apply((current, now) => setTimelineEntryStarred(current, entry.id, starred, now));
    announce(starred ? 'Entry starred: the postmortem starts from the starred entries.' : 'Star removed.');
  };

  const undo = () => {
    if (!deleted) return;
    apply((current, now) => restoreTimelineEntry(current, deleted.id, now));
    focusAfterRender(`entry-${deleted.id}-edit`);
    setDeleted(null);
    announce('Entry restored.');
  };

  return (
    <section className="panel timeline" aria-labelledby={INCIDENT_TARGETS.timeline}>
      <div className="section-head">
        <h2 id={INCIDENT_TARGETS.timeline} tabIndex={-1}>
          Timeline
        </h2>
        <p className="section-head__meta">
          <span className="tabular">{entries.length}</span> {entries.length === 1 ? 'entry' : 'entries'}
          {starredCount > 0 ? (
            <>
              {' · '}
              <span className="tabular">{starredCount}</span> starred
            </>
          ) : null}
        </p>
        <div className="checkbox checkbox--compact section-head__toggle">
          <input type="checkbox" id="timeline-utc" checked={showUtc} onChange={(event) => onToggleUtc(event.currentTarget.checked)} />
          <label htmlFor="timeline-utc">Show UTC times</label>
        </div>
      </div>

      {entries.length > 0 ? <ShareOut summary="Export timeline" kind="timeline" incident={incident} /> : null}

      {deleted ? (
        <div className="timeline__undo">
          <p>
            Deleted “<span className="timeline__undo-text">{deleted.text}</span>”.
          </p>
          <div className="button-row">
            <button type="button" id="timeline-undo" className="button button--small" onClick={undo}>
              Undo
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setDeleted(null)}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}

      {listed.length > 0 ? (
        <ol className="timeline__list" aria-label="Timeline entries">
          {listed.map((entry) =>
            editingId === entry.id ? (
              <EntryEditor
                key={entry.id}
                entry={entry}
                onSave={(patch) => {
                  apply((current, now) => {
                    const target = current.timeline.find((e) => e.id === entry.id);
                    const live = target?.deleted ? restoreTimelineEntry(current, entry.id, now) : current;
                    return updateTimelineEntry(live, entry.id, patch, now);
                  });
                  setEditingId(null);
                  focusAfterRender(`entry-${entry.id}-edit`);
                }}
                onKeepBoth={(patch) => {
                  const id = createTimelineEntryId(Date.now());
                  apply((current, now) =>
                    addTimelineEntry(
                      current,
                      { id, at: patch.at, text: patch.text, kind: patch.kind, source: 'manual', ...(patch.link ? { link: patch.link } : {}) },
                      now,
                    ),
                  );
                  setEditingId(null);
                  focusAfterRender(`entry-${id}-edit`);
                  announce('Both versions kept: yours is a new entry beside the other tab’s.');
                }}
                onCancel={() => {
                  setEditingId(null);
                  focusAfterRender(`entry-${entry.id}-edit`);
                }}
              />
            ) : (
              <EntryItem
                key={entry.id}
                entry={entry}
                reference={incident.declaredAt}
                showUtc={showUtc}
                onEdit={() => {
                  setEditingId(entry.id);
                  focusAfterRender(`entry-${entry.id}-text`);
                }}
                onDelete={() => remove(entry)}
                onToggleStar={() => toggleStar(entry)}
              />
            ),
          )}
        </ol>
      ) : (
        <p className="muted">Nothing yet. Notes you add appear here in time order.</p>
      )}

      <AuthorField author={author} onChange={onAuthorChange} />
      <NoteForm
        draftKey={`incident:${incident.id}:note`}
        onAdd={(note) => {
          const id = createTimelineEntryId(Date.now());
          apply((current, now) =>
            addTimelineEntry(
              current,
              { id, at: note.at ?? now, text: note.text, kind: note.kind, source: 'manual', ...(note.link ? { link: note.link } : {}) },
              now,
            ),
          );
          announce('Note added to the timeline.');
        }}
      />
    </section>
  );
}

function EntryItem({
  entry,
  reference,
  showUtc,
  onEdit,
  onDelete,
  onToggleStar,
}: {
  entry: TimelineEntry;
  reference: number;
  showUtc: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onToggleStar: () => void;
}) {
  const link = entry.link ? sanitizeLink(entry.link) : null;
  const time = formatTimelineTime(entry.at, reference);
  const starred = entry.starred === true;
  // "S" stars the entry that has focus: the entry itself (click or tab to it) or one of its buttons.
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    const action = matchIncidentShortcut({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      inEditableField: false,
    });
    if (action !== 'star-entry') return;
    event.preventDefault();
    onToggleStar();
  };
  return (
    // The entry is focusable (tabIndex -1: a click on it focuses it; its buttons are the tab stops) and "S" on it
    // or on one of its buttons stars it; every action also has a real button, so the key is only a shortcut.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <li
      id={`entry-${entry.id}`}
      className={`timeline-entry timeline-entry--${entry.kind}${starred ? ' is-starred' : ''}`}
      tabIndex={-1}
      aria-keyshortcuts="S"
      onKeyDown={onKeyDown}
    >
      <div className="timeline-entry__time">
        <time dateTime={new Date(entry.at).toISOString()} className="tabular">
          {time}
        </time>
        {showUtc ? <span className="timeline-entry__utc tabular">{formatUtcTime(entry.at, reference)}</span> : null}
      </div>
      <div className="timeline-entry__body">
        <span className={`kind-tag kind-tag--${entry.kind}`}>{TIMELINE_KIND_LABELS[entry.kind]}</span>
        <p className="timeline-entry__text">{entry.text}</p>
        {entry.author || entry.editedBy ? (
          <span className="timeline-entry__author">
            {entry.author ? <>by {entry.author}</> : null}
            {entry.editedBy && entry.editedBy !== entry.author ? <>{entry.author ? ' · ' : ''}edited by {entry.editedBy}</> : null}
          </span>
        ) : null}
        {link ? (
          <a className="timeline-entry__link" href={link} target="_blank" rel="noopener noreferrer">
            {link}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : null}
      </div>
      <div className="timeline-entry__actions">
        <button
          type="button"
          id={`entry-${entry.id}-star`}
          className="button button--small button--quiet timeline-entry__star"
          aria-pressed={starred}
          aria-keyshortcuts="S"
          title={starred ? 'Starred: a key event for the postmortem (S)' : 'Star this entry as a key event (S)'}
          onClick={onToggleStar}
        >
          <span aria-hidden="true">{starred ? '★' : '☆'}</span>
          <span className="visually-hidden">Star this entry at {time}</span>
        </button>
        <button type="button" id={`entry-${entry.id}-edit`} className="button button--small button--quiet" onClick={onEdit}>
          Edit<span className="visually-hidden"> entry at {time}</span>
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onDelete}>
          Delete<span className="visually-hidden"> entry at {time}</span>
        </button>
      </div>
    </li>
  );
}

type EntryPatch = { at: number; text: string; kind: TimelineKind; link: string | null };

function EntryEditor({
  entry,
  onSave,
  onKeepBoth,
  onCancel,
}: {
  entry: TimelineEntry;
  onSave: (patch: EntryPatch) => void;
  onKeepBoth: (patch: EntryPatch) => void;
  onCancel: () => void;
}) {
  // The entry as it was when editing began: a newer `updatedAt` means another tab changed (or deleted) it since.
  const [base] = useState(entry);
  const changedElsewhere = entry.updatedAt !== base.updatedAt;
  const [values, setValues] = useState<TimelineEntryFormValues>({
    text: entry.text,
    kind: entry.kind,
    link: entry.link ?? '',
    at: toDateTimeLocalValue(entry.at),
  });
  const [errors, setErrors] = useState<TimelineEntryFormErrors>({});
  const prefix = `entry-${entry.id}`;
  const kinds = TIMELINE_KINDS.filter((kind) => kind.manual || kind.kind === entry.kind);
  const set = (patch: Partial<TimelineEntryFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const cancelOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  const validPatch = (): EntryPatch | null => {
    const result = validateTimelineEntryForm(values, Date.now(), { timeRequired: true });
    if (!result.ok) {
      setErrors(result.errors);
      const first = (['at', 'text', 'link'] as const).find((name) => result.errors[name]);
      if (first) document.getElementById(`${prefix}-${first}`)?.focus();
      return null;
    }
    // Keep milliseconds the input cannot show when the time was not changed.
    const at = values.at === toDateTimeLocalValue(base.at) ? base.at : (result.value.at ?? base.at);
    return { at, text: result.value.text, kind: result.value.kind, link: result.value.link };
  };
  const save = () => {
    const patch = validPatch();
    if (patch) onSave(patch);
  };
  const keepBoth = () => {
    const patch = validPatch();
    if (patch) onKeepBoth(patch);
  };

  return (
    <li className="timeline-entry timeline-entry--editing">
      <form
        className="entry-editor"
        noValidate
        aria-label="Edit timeline entry"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <div className="entry-editor__row">
          <Field id={`${prefix}-at`} label="Time" hint="Your local time, to the second." error={errors.at}>
            <input
              onKeyDown={cancelOnEscape}
              id={`${prefix}-at`}
              type="datetime-local"
              step={1}
              className="input input--datetime"
              value={values.at}
              aria-describedby={describedBy(`${prefix}-at`, 'hint', errors.at)}
              aria-invalid={errors.at ? true : undefined}
              onChange={(event) => set({ at: event.currentTarget.value })}
            />
          </Field>
          <Field id={`${prefix}-kind`} label="Kind">
            <select onKeyDown={cancelOnEscape}
              id={`${prefix}-kind`} className="select" value={values.kind} onChange={(event) => set({ kind: event.currentTarget.value as TimelineKind })}>
              {kinds.map((kind) => (
                <option key={kind.kind} value={kind.kind}>
                  {kind.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field id={`${prefix}-text`} label="What happened" error={errors.text}>
          <textarea
            onKeyDown={cancelOnEscape}
              id={`${prefix}-text`}
            className="textarea"
            rows={3}
            value={values.text}
            aria-describedby={describedBy(`${prefix}-text`, undefined, errors.text)}
            aria-invalid={errors.text ? true : undefined}
            onChange={(event) => set({ text: event.currentTarget.value })}
          />
        </Field>
        <Field id={`${prefix}-link`} label="Link (optional)" hint="A dashboard, log search, ticket or chat thread." error={errors.link}>
          <input
            onKeyDown={cancelOnEscape}
              id={`${prefix}-link`}
            type="url"
            inputMode="url"
            className="input"
            value={values.link}
            spellCheck={false}
            aria-describedby={describedBy(`${prefix}-link`, 'hint', errors.link)}
            aria-invalid={errors.link ? true : undefined}
            onChange={(event) => set({ link: event.currentTarget.value })}
          />
        </Field>
        {changedElsewhere ? (
          <div className="entry-editor__conflict" role="status">
            <p>
              {entry.deleted ? 'Another tab deleted this entry while you were editing it.' : 'Another tab changed this entry while you were editing it:'}
            </p>
            {entry.deleted ? null : <p className="entry-editor__theirs">“{entry.text}”</p>}
            <div className="button-row">
              <button type="button" className="button button--small" onClick={save}>
                {entry.deleted ? 'Keep mine (restore it)' : 'Keep mine'}
              </button>
              <button type="button" className="button button--small" onClick={onCancel}>
                {entry.deleted ? 'Let it go' : 'Take theirs'}
              </button>
              <button type="button" className="button button--small" onClick={keepBoth}>
                Keep both
              </button>
            </div>
          </div>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button--primary button--small">
            Save entry
          </button>
          <button type="button" className="button button--quiet button--small" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </li>
  );
}

/**
 * "You are: [name]", beside the note box: asked for in passing, never in a dialog, and remembered in this browser.
 * The name goes on this person's notes and edits, so a timeline merged from several scribes says who wrote what.
 */
function AuthorField({ author, onChange }: { author: string; onChange: (author: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(author);
  const focusAfterRender = useFocusAfterRender();
  const id = 'timeline-author';
  if (author && !editing) {
    return (
      <p className="author-field author-field--set">
        <span>
          You are <strong className="author-field__name">{author}</strong>
          <span className="muted"> · on your notes and edits</span>
        </span>
        <button
          type="button"
          id={`${id}-change`}
          className="button button--small button--quiet"
          onClick={() => {
            setDraft(author);
            setEditing(true);
            focusAfterRender(id);
          }}
        >
          Change<span className="visually-hidden"> your name</span>
        </button>
      </p>
    );
  }
  const save = () => {
    onChange(draft);
    setEditing(false);
    if (draft.trim()) {
      focusAfterRender(`${id}-change`);
      announce(`Your notes and edits now show ${draft.trim()}.`);
    }
  };
  return (
    <form
      className="author-field"
      noValidate
      aria-label="Your name"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Field id={id} label="You are" hint="Your name goes on your notes and edits, so teammates who merge this timeline see who wrote what. Kept in this browser.">
        <input
          id={id}
          className="input author-field__input"
          autoComplete="name"
          maxLength={AUTHOR_MAX}
          placeholder="Your name"
          value={draft}
          aria-describedby={describedBy(id, 'hint')}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
      </Field>
      <div className="button-row author-field__actions">
        <button type="submit" className="button button--small">
          Save name
        </button>
        {editing ? (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              setEditing(false);
              focusAfterRender(`${id}-change`);
            }}
          >
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

interface NewNote {
  text: string;
  kind: TimelineKind;
  link: string | null;
  at?: number;
}

const EMPTY_NOTE: TimelineEntryFormValues = { text: '', kind: 'observation', link: '', at: '' };

/** The quick note form: Enter adds, Shift+Enter starts a new line; link and an earlier time are optional. */
function NoteForm({ onAdd, draftKey }: { onAdd: (note: NewNote) => void; draftKey: string }) {
  // A half-typed note survives a reload or a crashed tab.
  const [values, setValues] = useSavedDraft<TimelineEntryFormValues>(draftKey, EMPTY_NOTE, isTimelineEntryFormValues, isEmptyTimelineEntryForm);
  const [errors, setErrors] = useState<TimelineEntryFormErrors>({});
  const [moreOpen, setMoreOpen] = useState(false);
  const noteId = INCIDENT_TARGETS.note;
  const set = (patch: Partial<TimelineEntryFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const submit = () => {
    const result = validateTimelineEntryForm(values, Date.now());
    if (!result.ok) {
      setErrors(result.errors);
      if (result.errors.link || result.errors.at) setMoreOpen(true);
      const first = (['text', 'link', 'at'] as const).find((name) => result.errors[name]);
      if (first) document.getElementById(first === 'text' ? noteId : `${noteId}-${first}`)?.focus();
      return;
    }
    onAdd(result.value);
    // Keep the kind for the next note: people log several observations in a row.
    setValues({ ...EMPTY_NOTE, kind: values.kind });
    setErrors({});
    document.getElementById(noteId)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form
      className="note-form"
      noValidate
      aria-labelledby="note-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id="note-form-title" className="note-form__title">
        Add a note <kbd className="kbd" aria-hidden="true">N</kbd>
      </h3>
      <div className="note-form__main">
        <Field id={noteId} label="Note" hint="What you saw, did or decided. Enter adds it; Shift+Enter starts a new line." error={errors.text}>
          <textarea
            id={noteId}
            className="textarea note-form__text"
            rows={2}
            value={values.text}
            aria-describedby={describedBy(noteId, 'hint', errors.text)}
            aria-invalid={errors.text ? true : undefined}
            onChange={(event) => set({ text: event.currentTarget.value })}
            onKeyDown={onKeyDown}
          />
        </Field>
        <Field id={`${noteId}-kind`} label="Kind" className="note-form__kind">
          <select id={`${noteId}-kind`} className="select" value={values.kind} onChange={(event) => set({ kind: event.currentTarget.value as TimelineKind })}>
            {MANUAL_KINDS.map((kind) => (
              <option key={kind.kind} value={kind.kind}>
                {kind.label}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="button button--primary note-form__submit">
          Add note
        </button>
      </div>
      <details className="note-form__more" open={moreOpen} onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
        <summary>Add a link or an earlier time</summary>
        <div className="note-form__extra">
          <Field id={`${noteId}-link`} label="Link (optional)" hint="A dashboard, log search, ticket or chat thread." error={errors.link}>
            <input
              id={`${noteId}-link`}
              type="url"
              inputMode="url"
              className="input"
              spellCheck={false}
              value={values.link}
              aria-describedby={describedBy(`${noteId}-link`, 'hint', errors.link)}
              aria-invalid={errors.link ? true : undefined}
              onChange={(event) => set({ link: event.currentTarget.value })}
            />
          </Field>
          <Field id={`${noteId}-at`} label="Time (optional)" hint="Leave empty for now. Your local time." error={errors.at}>
            <input
              id={`${noteId}-at`}
              type="datetime-local"
              step={1}
              className="input input--datetime"
              value={values.at}
              aria-describedby={describedBy(`${noteId}-at`, 'hint', errors.at)}
              aria-invalid={errors.at ? true : undefined}
              onChange={(event) => set({ at: event.currentTarget.value })}
            />
          </Field>
        </div>
      </details>
    </form>
  );
}
