import { memo, useState } from 'react';
import { lazyPart } from '../../../components/ui/lazy-part';
import type { Incident } from '../../incident/domain/incident-types';
import { visibleTimeline } from '../../incident/domain/timeline';
import { sanitizeLink } from '../../../lib/sanitize-link';
import {
  addTimelineRow,
  createNextId,
  importIncidentTimeline,
  removeTimelineRow,
  sortTimelineRows,
  updateTimelineRow,
} from '../domain/edit-postmortem';
import { POSTMORTEM_LIMITS } from '../domain/postmortem-schema';
import { resolveTimeZone } from '../domain/zoned-time';
import { FindingList, fieldDomId, findingsDomId, sameFindings } from './blameless-findings';
import type { Finding } from '../domain/check-blameless';
import type { PostmortemTimelineRow } from '../domain/postmortem-types';
import type { EditorProps } from './editor-context';
import { DateTimeInput } from './form-controls';
import { focusSoon } from '../../../components/ui/focus-soon';
import './timeline-editor.css';

/** The timeline as editable rows (time in the document's zone, event, link), with paste import and incident import. */
type TimelineEditorProps = EditorProps & { incident: Incident | null };

/**
 * Typing elsewhere in the document (a section, the title) does not re-render the timeline: with 1,000 rows,
 * walking them on every keystroke was a third of the keystroke's time. It re-renders when the timeline, the
 * fields it reads, the incident or one of its rows' findings change.
 */
function sameTimelineProps(a: TimelineEditorProps, b: TimelineEditorProps): boolean {
  return (
    a.doc.timeline === b.doc.timeline &&
    a.doc.timeZone === b.doc.timeZone &&
    a.doc.startedAt === b.doc.startedAt &&
    a.doc.createdAt === b.doc.createdAt &&
    a.doc.date === b.doc.date &&
    a.incident === b.incident &&
    a.edit === b.edit &&
    a.onDismiss === b.onDismiss &&
    b.doc.timeline.every((row) => sameFindings(a.findingsFor(`timeline:${row.id}`), b.findingsFor(`timeline:${row.id}`)))
  );
}

export const TimelineEditor = memo(function TimelineEditor({ doc, edit, findingsFor, onDismiss, incident }: TimelineEditorProps) {
  const zone = resolveTimeZone(doc.timeZone);
  const sorted = doc.timeline.every((row, i) => i === 0 || (doc.timeline[i - 1]?.at ?? 0) <= row.at);
  const present = new Set(doc.timeline.map((row) => row.id));
  const incidentLog = incident ? visibleTimeline(incident.timeline) : [];
  const fromIncident = incidentLog.filter((entry) => !present.has(entry.id)).length;
  // The postmortem starts from the incident's starred key events; the rest of its log stays one click away.
  const starredInIncident = incidentLog.filter((entry) => entry.starred === true).length;
  const full = doc.timeline.length >= POSTMORTEM_LIMITS.timeline;

  const addRow = () => {
    const id = createNextId('row', doc.timeline.map((r) => r.id));
    const last = doc.timeline.at(-1);
    const at = last ? last.at + 60_000 : (doc.startedAt ?? Math.floor(Date.now() / 60_000) * 60_000);
    edit((d) => addTimelineRow(d, { id, at, text: '' }));
    focusSoon(fieldDomId(`timeline:${id}`));
  };

  return (
    <div className="pm-timeline">
      <p className="field__hint">
        Times are in {zone}. Exports show them in UTC and state the offset. Describe what people saw and did, and why it made sense then.
      </p>
      {doc.timeline.length === 0 ? (
        <p className="muted">No rows yet. Add one, paste lines from your chat or notes, or bring in the incident’s timeline.</p>
      ) : (
        <ol className="pm-timeline__rows">
          {doc.timeline.map((row, index) => {
            const next = doc.timeline[index + 1] ?? doc.timeline[index - 1];
            return (
              <TimelineRow
                key={row.id}
                row={row}
                n={index + 1}
                zone={zone}
                nextId={next?.id}
                findings={findingsFor(`timeline:${row.id}`)}
                edit={edit}
                onDismiss={onDismiss}
              />
            );
          })}
        </ol>
      )}
      <div className="button-row">
        <button type="button" className="button button--small" onClick={addRow} disabled={full}>
          Add a row
        </button>
        {!sorted ? (
          <button type="button" className="button button--small" onClick={() => edit(sortTimelineRows)}>
            Sort rows by time
          </button>
        ) : null}
        {incident && fromIncident > 0 ? (
          <button type="button" className="button button--small" onClick={() => edit((d) => importIncidentTimeline(d, incident))}>
            {starredInIncident > 0
              ? `Import the full log (${fromIncident} more ${fromIncident === 1 ? 'entry' : 'entries'})`
              : `Bring in ${fromIncident} ${fromIncident === 1 ? 'entry' : 'entries'} from the incident`}
          </button>
        ) : null}
      </div>
      {incident && starredInIncident > 0 && fromIncident > 0 ? (
        <p className="small muted">
          Started from the {starredInIncident} starred key {starredInIncident === 1 ? 'event' : 'events'} of the incident’s {incidentLog.length}{' '}
          {incidentLog.length === 1 ? 'entry' : 'entries'}. Importing the full log adds the others in time order.
        </p>
      ) : null}
      {!sorted ? <p className="small muted">Some rows are out of time order. Exports keep the order you see here.</p> : null}
      <PasteImport doc={doc} edit={edit} />
    </div>
  );
}, sameTimelineProps);

interface TimelineRowProps extends Pick<EditorProps, 'edit' | 'onDismiss'> {
  row: PostmortemTimelineRow;
  /** 1-based position, for labels. */
  n: number;
  zone: string;
  /** The row to focus after this one is removed. */
  nextId: string | undefined;
  findings: readonly Finding[];
}

/** One timeline row; memoised so typing in one row does not re-render the others. */
const TimelineRow = memo(function TimelineRow({ row, n, zone, nextId, findings, edit, onDismiss }: TimelineRowProps) {
  const fieldId = `timeline:${row.id}`;
  const textId = fieldDomId(fieldId);
  const badLink = row.link !== undefined && row.link.trim() !== '' && sanitizeLink(row.link) === null;
  return (
    <li className="pm-timeline__row">
      <div className="pm-timeline__time">
        <DateTimeInput
          id={`${textId}-time`}
          value={row.at}
          nullable={false}
          timeZone={zone}
          ariaLabel={`Time of row ${n}`}
          onChange={(at) => {
            if (at !== null) edit((d) => updateTimelineRow(d, row.id, { at }));
          }}
        >
          {(input, error) => (
            <>
              {input}
              {error ? (
                <p className="field__error" id={`${textId}-time-error`}>
                  {error}
                </p>
              ) : null}
            </>
          )}
        </DateTimeInput>
      </div>
      <div className="pm-timeline__text">
        <textarea
          maxLength={POSTMORTEM_LIMITS.text}
          id={textId}
          className="textarea pm-textarea pm-textarea--row"
          rows={1}
          value={row.text}
          aria-label={`Event of row ${n}`}
          aria-describedby={findings.length > 0 ? findingsDomId(fieldId) : undefined}
          onChange={(e) => {
            const text = e.target.value;
            edit((d) => updateTimelineRow(d, row.id, { text }));
          }}
        />
        <FindingList fieldId={fieldId} text={row.text} findings={findings} onDismiss={onDismiss} />
      </div>
      <div className="pm-timeline__link">
        <input
          maxLength={POSTMORTEM_LIMITS.link}
          id={`${textId}-link`}
          className="input"
          type="url"
          inputMode="url"
          placeholder="https://…"
          autoComplete="off"
          value={row.link ?? ''}
          aria-label={`Link of row ${n}`}
          aria-invalid={badLink ? true : undefined}
          aria-describedby={badLink ? `${textId}-link-error` : undefined}
          onChange={(e) => {
            const link = e.target.value;
            edit((d) => updateTimelineRow(d, row.id, { link }));
          }}
        />
        {badLink ? (
          <p className="field__error" id={`${textId}-link-error`}>
            Use a full link starting with https://
          </p>
        ) : null}
      </div>
      <div className="pm-timeline__actions">
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            edit((d) => removeTimelineRow(d, row.id));
            if (nextId) focusSoon(fieldDomId(`timeline:${nextId}`));
          }}
        >
          Remove<span className="visually-hidden"> row {n}</span>
        </button>
      </div>
    </li>
  );
}, (a, b) => a.row === b.row && a.n === b.n && a.zone === b.zone && a.nextId === b.nextId && a.edit === b.edit && a.onDismiss === b.onDismiss && sameFindings(a.findings, b.findings));

/** Paste chat or notes; every line that starts with a time becomes a row, shown in a preview before it is added. */
function PasteImport({ doc, edit }: Pick<EditorProps, 'doc' | 'edit'>) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="pm-paste" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary onPointerEnter={() => void LazyPasteImportBody.preload()} onFocus={() => void LazyPasteImportBody.preload()}>
        Paste lines from chat or notes
      </summary>
      {opened ? <LazyPasteImportBody doc={doc} edit={edit} /> : null}
    </details>
  );
}

const LazyPasteImportBody = lazyPart<Pick<EditorProps, 'doc' | 'edit'>>(
  () => import('./paste-import').then((m) => m.PasteImportBody),
  () => (
    <p className="pm-paste__body muted" aria-busy="true">
      Loading…
    </p>
  ),
);
