// "Import a team's archive": one or more exported JSON files join the report (not the saved data), each file
// checked on its own: a bad one gets its message and changes nothing; the good ones still come in.
import { useRef, useState, type ChangeEvent } from 'react';
import { formatFileSize } from '../../../lib/parse-json-envelope';
import type { ArchiveContent } from '../domain/merge-archive';

export type ArchiveParseResult = { ok: true; content: ArchiveContent } | { ok: false; errors: string[] };

/** How the app reads an archive file (composed in the route from the app's own parsers and limits). */
export interface ArchiveReader {
  /** The largest file read at all (the largest of the accepted formats). */
  maxBytes: number;
  parse: (text: string) => Promise<ArchiveParseResult>;
}

export interface ImportedArchive {
  name: string;
  content: ArchiveContent;
}

interface Refused {
  name: string;
  errors: string[];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function ArchiveImport({
  reader,
  archives,
  onAdd,
  onClear,
}: {
  reader: ArchiveReader;
  archives: readonly ImportedArchive[];
  onAdd: (archives: ImportedArchive[]) => void;
  onClear: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<Refused[]>([]);
  const [busy, setBusy] = useState(false);

  const readFiles = async (files: File[]) => {
    setBusy(true);
    const good: ImportedArchive[] = [];
    const bad: Refused[] = [];
    for (const file of files) {
      if (file.size > reader.maxBytes) {
        bad.push({ name: file.name, errors: [`This file is ${formatFileSize(file.size)}; the largest file you can import is ${formatFileSize(reader.maxBytes)}.`] });
        continue;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        bad.push({ name: file.name, errors: ['This file could not be read. Check that it is a file exported from Outage Kit.'] });
        continue;
      }
      const result = await reader.parse(text);
      if (result.ok) good.push({ name: file.name, content: result.content });
      else bad.push({ name: file.name, errors: result.errors });
    }
    setRefused(bad);
    setBusy(false);
    if (good.length > 0) onAdd(good);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    event.currentTarget.value = '';
    if (files.length > 0) void readFiles(files);
  };

  return (
    <section className="panel report-import no-print" aria-labelledby="report-import-heading">
      <h2 id="report-import-heading">Import a team's archive</h2>
      <p className="muted small">
        Add "Export all data" files, incident files or postmortem files from your team. They join this report, merged by id with
        what this browser holds (an incident in several files counts once). Imported archives are not saved; import them again
        after reloading.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy}>
          Import files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Import a team's archive (JSON files)"
          onChange={onChange}
        />
        {archives.length > 0 && (
          <button type="button" className="button button--quiet" onClick={onClear}>
            Remove imported files
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {archives.length > 0 && (
          <ul className="report-import__list" aria-label="Imported files">
            {archives.map((archive, index) => (
              <li key={`${archive.name}-${index}`}>
                {archive.name}: {plural(archive.content.incidents.length, 'incident', 'incidents')},{' '}
                {plural(archive.content.postmortems.length, 'postmortem', 'postmortems')}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div role="alert">
        {refused.length > 0 && (
          <div className="report-import__errors">
            <p>
              <strong>{refused.length === 1 ? 'One file was not imported' : `${refused.length} files were not imported`}</strong>; the report is
              unchanged by {refused.length === 1 ? 'it' : 'them'}.
            </p>
            <ul>
              {refused.map((file, index) => (
                <li key={`${file.name}-${index}`}>
                  <strong>{file.name}</strong>: {file.errors.join(' ')}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
