import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { describedBy, Field } from '../../../components/ui/field';
import { FileImportButton } from '../../../components/ui/file-import-button';
import { readFileFormat, useFileImport } from '../../../components/ui/use-file-import';
import { formatIncidentNumber, NUMBER_PREFIX_ERROR, NUMBER_PREFIX_MAX, normalizeNumberPrefix } from '../domain/incident-number';
import { downloadFile, slugifyFilename } from '../../../lib/download';
import { reopenIncident } from '../domain/incident-actions';
import { INCIDENT_FILE, serializeIncident } from '../domain/incident-schema';
import type { Incident } from '../domain/incident-types';
import { listConflicts } from '../domain/merge-conflicts';
import { visibleTimeline } from '../domain/timeline';
import { formatDateTime } from '../domain/local-time';
import { formatDurationWords } from '../../../lib/format-duration';
import { findSeverityLevel } from '../domain/severity';
import { useIncidentStore } from '../store/incident-store-context';
import { announce } from './announcer';
import './incident-history.css';

interface IncidentHistoryProps {
  /** Shows an incident on the incident tab. */
  onOpen: (id: string) => void;
}

/** What merging a teammate's copy did, in one sentence. */
function describeMerge(before: Incident, merged: Incident): string {
  const seen = new Set(visibleTimeline(before.timeline).map((entry) => entry.id));
  const added = visibleTimeline(merged.timeline).filter((entry) => !seen.has(entry.id)).length;
  const conflicts = listConflicts(merged).length;
  const entries = added === 0 ? 'no new entries' : added === 1 ? '1 new entry' : `${added} new entries`;
  const conflicted = conflicts === 0 ? '' : conflicts === 1 ? ', 1 conflicting edit to settle on the incident page' : `, ${conflicts} conflicting edits to settle on the incident page`;
  return `Merged “${merged.title}” with your copy: ${entries}${conflicted}.`;
}

/** Every incident kept in this browser, newest first: open, reopen, export or delete; import from JSON. */
export function IncidentHistory({ onOpen }: IncidentHistoryProps) {
  const incidents = useIncidentStore((s) => s.incident.incidents);
  const updateIncident = useIncidentStore((s) => s.updateIncident);
  const deleteIncident = useIncidentStore((s) => s.deleteIncident);
  const mergeImportedIncident = useIncidentStore((s) => s.mergeImportedIncident);
  const [toDelete, setToDelete] = useState<Incident | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  const focusErrors = useRef(false);
  useEffect(() => {
    if (!focusErrors.current) return;
    focusErrors.current = false;
    errorBox.current?.focus();
  });
  const { errors: importErrors, onChange: importFile } = useFileImport({
    reader: readFileFormat(INCIDENT_FILE),
    tooLarge: (_bytes, maxBytes) =>
      `This file is too large for an incident (the limit is ${maxBytes / 1024 / 1024} MB). Choose an incident exported from Outage Kit.`,
    unreadable: 'This file could not be read. Try again, or export the incident again.',
    onStart: () => setMessage(null),
    onError: () => {
      focusErrors.current = true;
    },
    onImport: (incident) => {
      const existing = incidents.find((item) => item.id === incident.id);
      // A teammate's copy of an incident kept here is merged into it (entries by id, edits by their clocks), never replaced.
      const merged = mergeImportedIncident(incident);
      const done = existing ? describeMerge(existing, merged) : `Imported “${incident.title}”.`;
      setMessage(done);
      announce(done);
    },
  });

  const sorted = [...incidents].sort((a, b) => b.declaredAt - a.declaredAt);

  return (
    <div className="incident-history">
      <div className="page-intro">
        <h1>Incident history</h1>
        <p>Every incident is kept in this browser only. Export one to keep a copy, share it, or move it to another browser.</p>
      </div>

      <div className="panel incident-history__tools">
        <div className="button-row">
          <FileImportButton inputLabel="Import an incident from a JSON file" onChange={importFile}>
            Import an incident (JSON)
          </FileImportButton>
        </div>
        {message ? <p className="incident-history__message">{message}</p> : null}
        <NumberPrefixForm />
        {importErrors.length > 0 ? (
          <div className="error-summary" ref={errorBox} tabIndex={-1} role="alert" aria-labelledby="import-errors-title">
            <h2 className="error-summary__title" id="import-errors-title">
              This incident could not be imported
            </h2>
            <ul className="error-summary__list runbook-editor__errors">
              {importErrors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>

      {sorted.length === 0 ? (
        <div className="panel">
          <p className="muted">No incidents yet. When you declare one, it stays here after it is resolved.</p>
        </div>
      ) : (
        <ul className="history-list" aria-label="Incidents">
          {sorted.map((incident) => {
            const resolved = incident.status === 'resolved';
            const end = incident.milestones.resolved;
            return (
              <li key={incident.id} className={`panel history-item${resolved ? '' : ' is-running'}`}>
                <div className="history-item__info">
                  <h2 className="history-item__title">
                    {incident.number ? <span className="history-item__number tabular">{incident.number} </span> : null}
                    {incident.title}
                  </h2>
                  <p className="history-item__meta">
                    {incident.drill ? <span className="drill-tag">Drill</span> : null}
                    <span className={`sev-tag sev-tag--${incident.severity.toLowerCase()}`}>{incident.severity}</span>{' '}
                    {findSeverityLevel(incident.severity).name}
                    {incident.service ? ` · ${incident.service}` : ''} · declared {formatDateTime(incident.declaredAt)} ·{' '}
                    <span className={`status-pill status-pill--${incident.status}`}>{resolved ? 'Resolved' : 'Running'}</span>
                    {resolved && end !== undefined ? ` after ${formatDurationWords(end - incident.startedAt)}` : ''}
                  </p>
                </div>
                <div className="button-row history-item__actions">
                  <button type="button" className="button button--small" onClick={() => onOpen(incident.id)}>
                    Open<span className="visually-hidden"> “{incident.title}”</span>
                  </button>
                  {resolved ? (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        updateIncident(incident.id, (current) => reopenIncident(current, Date.now()));
                        announce(`Reopened “${incident.title}”.`);
                        onOpen(incident.id);
                      }}
                    >
                      Reopen<span className="visually-hidden"> “{incident.title}”</span>
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() =>
                      downloadFile(`${incident.drill ? 'drill-' : ''}${slugifyFilename(incident.title, 'incident')}.incident.json`, serializeIncident(incident), 'application/json')
                    }
                  >
                    Export JSON<span className="visually-hidden"> of “{incident.title}”</span>
                  </button>
                  <button type="button" className="button button--small button--quiet" onClick={() => setToDelete(incident)}>
                    Delete<span className="visually-hidden"> “{incident.title}”</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <ConfirmDialog
        open={toDelete !== null}
        title={toDelete ? `Delete “${toDelete.title}”?` : 'Delete this incident?'}
        confirmLabel="Delete incident"
        destructive
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) {
            deleteIncident(toDelete.id);
            const text = `Deleted “${toDelete.title}”.`;
            setMessage(text);
            announce(text);
          }
          setToDelete(null);
        }}
      >
        <p>This removes the incident, its timeline and its updates from this browser. It cannot be undone: export it first if you might need it.</p>
      </ConfirmDialog>
    </div>
  );
}

/** The prefix of new incidents' numbers: a setting for every incident declared from now on (existing numbers stay). */
function NumberPrefixForm() {
  const prefix = useIncidentStore((s) => s.incident.preferences.numberPrefix);
  const setPreferences = useIncidentStore((s) => s.setIncidentPreferences);
  const [value, setValue] = useState(prefix);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const id = 'incident-number-prefix';
  const example = formatIncidentNumber(normalizeNumberPrefix(value) ?? prefix, new Date().getFullYear(), 1);
  return (
    <form
      className="number-prefix"
      noValidate
      aria-labelledby="number-prefix-title"
      onSubmit={(event) => {
        event.preventDefault();
        const normalized = normalizeNumberPrefix(value);
        if (!normalized) {
          setError(NUMBER_PREFIX_ERROR);
          setSaved(null);
          document.getElementById(id)?.focus();
          return;
        }
        setPreferences({ numberPrefix: normalized });
        setValue(normalized);
        setError(undefined);
        const text = `New incidents will be numbered like ${formatIncidentNumber(normalized, new Date().getFullYear(), 1)}.`;
        setSaved(text);
        announce(text);
      }}
    >
      <h2 id="number-prefix-title" className="number-prefix__title">
        Incident numbers
      </h2>
      <div className="number-prefix__row">
        <Field
          id={id}
          label="Prefix for new incidents"
          hint={`Each incident gets a number: prefix, year of declaration and a count that never repeats, like ${example}. Numbers already given stay.`}
          error={error}
        >
          <input
            id={id}
            className="input input--short"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={NUMBER_PREFIX_MAX + 4}
            value={value}
            aria-describedby={describedBy(id, 'hint', error)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setValue(event.currentTarget.value)}
          />
        </Field>
        <button type="submit" className="button">
          Save prefix
        </button>
      </div>
      <p className="small muted" role="status">
        {saved ?? ''}
      </p>
    </form>
  );
}
