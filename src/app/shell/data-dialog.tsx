import { useId, useRef, useState } from 'react';
import { useModalDialog } from '../../components/ui/use-modal-dialog';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { useFileImport } from '../../components/ui/use-file-import';
import { downloadFile } from '../../lib/download';
import { listBackupKeys } from '../../lib/storage/backups';
import { BACKUP_KEY_PREFIX } from '../../lib/storage-keys';
import { exportAllData } from '../data-export';
import { ROUTES } from '../router';
import {
  ALL_DATA_MAX_BYTES,
  clearAllData,
  parseAllData,
  replaceAllData,
  summarizeCurrentData,
  type AllDataSummary,
  type ImportedState,
} from '../data-transfer';


function describe(summary: AllDataSummary): string {
  // Each tool's items, in nav order (tool-data.mjs): "2 incidents (1 running), 1 postmortem".
  const items = ROUTES.flatMap((tool) => {
    if (!tool.section) return [];
    const [one, many] = tool.section.noun;
    const count = summary[many];
    const running = tool.id === 'incident' && summary.runningIncidents ? ` (${summary.runningIncidents} running)` : '';
    return [`${count} ${count === 1 ? one : many}${running}`];
  });
  return `${items.join(', ')} and the calculator’s values`;
}

interface Backup {
  key: string;
  text: string;
  /** When it was made: the ISO time the key ends with. */
  at: string;
}

function readBackups(): Backup[] {
  try {
    return listBackupKeys().flatMap((key) => {
      const text = window.localStorage.getItem(key);
      return text === null ? [] : [{ key, text, at: key.slice(BACKUP_KEY_PREFIX.length).replace(/Z-\d+$/, 'Z') }];
    });
  } catch {
    return [];
  }
}

function formatBackupTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Saved text the app could not use in full (kept by the safe storage), offered for download until "Clear all data". */
function BackupList() {
  const [backups] = useState(readBackups);
  if (backups.length === 0) return null;
  return (
    <div>
      <h3>Backups</h3>
      <p className="small muted">
        Saved data that could not be read in full, kept as it was. Download it to recover anything by hand; “Clear all data” deletes it.
      </p>
      <ul className="backup-list">
        {backups.map((backup) => (
          <li key={backup.key}>
            <span>
              {formatBackupTime(backup.at)} ({Math.max(1, Math.ceil(backup.text.length / 1024))} KB)
            </span>{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => downloadFile(`outage-kit-backup-${backup.at.replace(/[:.]/g, '-')}.txt`, backup.text)}
            >
              Download<span className="visually-hidden"> the backup from {formatBackupTime(backup.at)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Your data": export everything, import a full export (all or nothing, after a summary), or clear it all. */
export function DataDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const titleId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const dialog = useModalDialog(open);
  const [pending, setPending] = useState<{ state: ImportedState; summary: AllDataSummary; current: AllDataSummary } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [done, setDone] = useState('');
  const { errors, onChange: importFile } = useFileImport({
    reader: {
      maxBytes: ALL_DATA_MAX_BYTES,
      parse: (text) => {
        const parsed = parseAllData(text);
        return parsed.ok ? { ok: true, value: parsed } : parsed;
      },
    },
    tooLarge: (bytes, maxBytes) => `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; an import can be at most ${maxBytes / 1024 / 1024} MB.`,
    unreadable: 'This file could not be read. Choose it again, or export your data again.',
    onStart: () => setDone(''),
    onImport: ({ state, summary }) => setPending({ state, summary, current: summarizeCurrentData() }),
  });

  return (
    <>
      <dialog
        ref={dialog}
        className="dialog dialog--wide"
        aria-labelledby={titleId}
        onClose={onClose}
      >
        <h2 id={titleId} className="dialog__title">
          Your data
        </h2>
        <p>
          Everything you enter stays in this browser’s storage. Nothing is sent anywhere. Export a copy to keep it safe or to move
          it to another browser.
        </p>
        <div className="data-actions">
          <div>
            <h3>Export all data</h3>
            <p className="small muted">One JSON file with every incident, postmortem, runbook and calculator value.</p>
            <button type="button" className="button button--primary" onClick={exportAllData}>
              Export all data
            </button>
          </div>
          <div>
            <h3>Import all data</h3>
            <p className="small muted">
              Replaces everything here with a file from “Export all data” (at most {ALL_DATA_MAX_BYTES / 1024 / 1024} MB). You see what
              changes before anything is replaced.
            </p>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              // Out of the tab order and the accessibility tree: the named "Import all data…" button opens it.
              hidden
              aria-label="Import all data from a file"
              id={`${titleId}-file`}
              onChange={importFile}
            />
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              Import all data…
            </button>
            {errors.length > 0 ? (
              <div className="field__error import-errors" role="alert">
                <p>This file can’t be imported:</p>
                <ul>
                  {errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {done ? (
              <p role="status" className="import-done">
                {done}
              </p>
            ) : null}
          </div>
          <BackupList />
          <div>
            <h3>Clear all data</h3>
            <p className="small muted">Deletes everything Outage Kit saved in this browser, including backups.</p>
            <button type="button" className="button button--danger" onClick={() => setConfirmClear(true)}>
              Clear all data…
            </button>
          </div>
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </dialog>
      <ConfirmDialog
        open={pending !== null}
        title="Replace all your data?"
        confirmLabel="Replace my data"
        destructive
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) {
            replaceAllData(pending.state);
            setDone(`Imported ${describe(pending.summary)}.`);
          }
          setPending(null);
        }}
      >
        {pending ? (
          <>
            <p>
              <strong>This removes:</strong> {describe(pending.current)}.
            </p>
            <p>
              <strong>And puts in its place:</strong> {describe(pending.summary)}.
            </p>
            <p>Export your current data first if you may want it back.</p>
          </>
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmClear}
        title="Clear all data?"
        confirmLabel="Clear all data"
        destructive
        onCancel={() => setConfirmClear(false)}
        onConfirm={clearAllData}
      >
        <p>Every incident, postmortem, runbook and calculator value saved in this browser is deleted. This can’t be undone.</p>
      </ConfirmDialog>
    </>
  );
}
