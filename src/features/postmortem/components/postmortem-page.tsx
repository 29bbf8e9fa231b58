import { useEffect, useId, useRef, useState } from 'react';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import type { Incident } from '../../incident/domain/incident-types';
import { readFileFormat, useFileImport } from '../../../components/ui/use-file-import';
import { formatFileSize } from '../../../lib/parse-json-envelope';
import { duplicatePostmortem } from '../domain/edit-postmortem';
import { POSTMORTEM_FILE } from '../export/postmortem-json';
import type { PostmortemDoc } from '../domain/postmortem-types';
import { createPostmortemId } from '../domain/templates';
import { usePostmortemStore } from '../store/postmortem-store-context';
import { NewPostmortemForm } from './new-postmortem-form';
import { PostmortemEditor } from './postmortem-editor';
import { PostmortemList } from './postmortem-list';
import { useNow } from './use-now';
import { useReviewRules } from './use-review-rules';
import './postmortem.css';

export interface PostmortemPageProps {
  /** Incidents the user can start a postmortem from (running and resolved), newest first. */
  incidents: Incident[];
  /** The calculator's current inputs, for the impact's cost breakdown. */
  costInputs: CostInputs;
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'errors'; file: string; errors: string[] }
  | { kind: 'conflict'; doc: PostmortemDoc; existing: PostmortemDoc }
  | { kind: 'done'; message: string };

/** The blameless postmortem generator: the saved postmortems and how to start one, or the open one in the editor. */
export default function PostmortemPage({ incidents, costInputs }: PostmortemPageProps) {
  const docs = usePostmortemStore((s) => s.postmortem.docs);
  const activeId = usePostmortemStore((s) => s.postmortem.activeId);
  const setActive = usePostmortemStore((s) => s.setActivePostmortem);
  const addPostmortem = usePostmortemStore((s) => s.addPostmortem);
  const deletePostmortem = usePostmortemStore((s) => s.deletePostmortem);
  const now = useNow();
  const reviewRules = useReviewRules();
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  // Set when the user switched view, so focus moves to the new view's heading (not on a plain page load).
  const [moved, setMoved] = useState(false);
  const active = docs.find((d) => d.id === activeId);

  const open = (id: string) => {
    setMoved(true);
    setImportState({ kind: 'idle' });
    setActive(id);
    window.scrollTo(0, 0);
  };
  const add = (doc: PostmortemDoc) => {
    setMoved(true);
    setImportState({ kind: 'idle' });
    addPostmortem(doc);
    window.scrollTo(0, 0);
  };
  // The example is a whole document of text: it loads only when asked for.
  const loadExample = async () => {
    const { createExamplePostmortem } = await import('../domain/example-postmortem');
    add({ ...createExamplePostmortem(Date.now()), id: createPostmortemId() });
  };

  const { importFile } = useFileImport({
    reader: readFileFormat(POSTMORTEM_FILE),
    // Refused before reading: a huge file would otherwise be read whole into memory.
    tooLarge: (bytes, maxBytes) => `This file is ${formatFileSize(bytes)}; a postmortem can be at most ${formatFileSize(maxBytes)}.`,
    unreadable: 'This file could not be read. Choose it again, or export it again.',
    onError: (errors, file) => setImportState({ kind: 'errors', file: file.name, errors }),
    onImport: (doc) => {
      const existing = docs.find((d) => d.id === doc.id);
      if (!existing) {
        add(doc);
        return;
      }
      if (JSON.stringify(existing) === JSON.stringify(doc)) {
        setImportState({ kind: 'done', message: `“${existing.title || 'Untitled postmortem'}” is already saved exactly as in this file.` });
        return;
      }
      setImportState({ kind: 'conflict', doc, existing });
    },
  });

  if (active) {
    return (
      <PostmortemEditor
        key={active.id}
        doc={active}
        incidents={incidents}
        costInputs={costInputs}
        focusOnMount={moved}
        onBack={() => {
          setMoved(true);
          setActive(null);
        }}
      />
    );
  }

  return (
    <div className="pm-home">
      <HomeHeading focusOnMount={moved} />
      <div className="button-row pm-home__actions">
        <button type="button" className="button" onClick={() => void loadExample()}>
          Load the example
        </button>
        <ImportButton onFile={(file) => void importFile(file)} />
      </div>
      <ImportMessages
        state={importState}
        onDismiss={() => setImportState({ kind: 'idle' })}
        onReplace={(doc) => add(doc)}
        onKeepBoth={(doc) => add({ ...doc, id: createPostmortemId() })}
      />
      {docs.length > 0 ? (
        <PostmortemList
          docs={docs}
          now={now}
          reviewRules={reviewRules}
          onOpen={open}
          onDuplicate={(doc) => add(duplicatePostmortem(doc, { now: Date.now() }))}
          onDelete={(id) => deletePostmortem(id)}
        />
      ) : null}
      <NewPostmortemForm incidents={incidents} costInputs={costInputs} docs={docs} onCreate={add} onOpen={open} />
    </div>
  );
}

function HomeHeading({ focusOnMount }: { focusOnMount: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <div className="page-intro">
      <h1 ref={ref} tabIndex={-1}>
        Blameless postmortems
      </h1>
      <p>
        Write the postmortem while the incident is fresh: start from the incident’s timeline and cost, follow a proven template, and get told as you type
        when a sentence blames a person instead of explaining a system. Export Markdown, PDF or JSON. Everything stays in this browser.
      </p>
    </div>
  );
}

/** A file input that looks like a button; the input itself stays focusable and labelled. */
function ImportButton({ onFile }: { onFile: (file: File) => void }) {
  const id = useId();
  return (
    <span className="pm-file">
      <input
        id={id}
        className="pm-file__input"
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={id} className="button">
        Import a JSON file
      </label>
    </span>
  );
}

interface ImportMessagesProps {
  state: ImportState;
  onDismiss: () => void;
  onReplace: (doc: PostmortemDoc) => void;
  onKeepBoth: (doc: PostmortemDoc) => void;
}

function ImportMessages({ state, onDismiss, onReplace, onKeepBoth }: ImportMessagesProps) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'errors') {
    return (
      <div className="notice pm-import-errors" role="alert">
        <p>
          <strong>“{state.file}” could not be imported.</strong> {state.errors.length === 1 ? 'Fix this and try again:' : 'Fix these and try again:'}
        </p>
        <ul>
          {state.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
        <button type="button" className="button button--small button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  if (state.kind === 'done') {
    return (
      <div className="notice" role="status">
        <p>{state.message}</p>
        <button type="button" className="button button--small button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  const title = state.existing.title.trim() || 'Untitled postmortem';
  return (
    <div className="notice" role="alert">
      <p>
        <strong>“{title}” is already saved in this browser, with different content.</strong> Replace the saved one with the file, or keep both?
      </p>
      <div className="button-row">
        <button type="button" className="button button--small" onClick={() => onKeepBoth(state.doc)}>
          Keep both
        </button>
        <button type="button" className="button button--small button--danger" onClick={() => onReplace(state.doc)}>
          Replace the saved one
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onDismiss}>
          Cancel
        </button>
      </div>
    </div>
  );
}
