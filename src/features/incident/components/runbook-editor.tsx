import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { describedBy, Field } from '../../../components/ui/field';
import { FileImportButton } from '../../../components/ui/file-import-button';
import { readFileFormat, useFileImport } from '../../../components/ui/use-file-import';
import { createId } from '../../../lib/create-id';
import { downloadFile, slugifyFilename } from '../../../lib/download';
import { DEFAULT_RUNBOOK } from '../domain/default-runbook';
import {
  addRunbookPhase,
  addRunbookStep,
  moveRunbookPhase,
  moveRunbookStep,
  renameRunbook,
  RUNBOOK_FILE,
  RUNBOOK_LIMITS,
  serializeRunbook,
  updateRunbookPhase,
  updateRunbookStep,
} from '../domain/runbook';
import { PhaseEditor } from './runbook-phase-editor';
import { RUNBOOK_ERRORS_ID, useRunbookDraft } from './use-runbook-draft';
import './runbook-editor.css';

/**
 * Edits the runbook every new incident starts from: rename, add, remove and reorder phases and steps,
 * then save it as the default. Export and import as JSON; reset to the built-in one. A running incident
 * keeps the runbook it started with.
 */
export function RunbookEditor() {
  const runbook = useRunbookDraft();
  const { draft, edit, showErrors } = runbook;
  const [confirmReset, setConfirmReset] = useState(false);

  const exportRunbook = () => {
    const valid = runbook.validDraft();
    if (valid) downloadFile(`${slugifyFilename(valid.name, 'runbook')}.runbook.json`, serializeRunbook(valid), 'application/json');
  };

  // A refused file is listed with the draft's own problems, in the summary above the form.
  const { onChange: importFile } = useFileImport({
    reader: readFileFormat(RUNBOOK_FILE),
    tooLarge: (_bytes, maxBytes) =>
      `This file is too large for a runbook (the limit is ${Math.round(maxBytes / 1024)} KB). Choose a runbook exported from Outage Kit.`,
    unreadable: 'This file could not be read. Try again, or export the runbook again.',
    onError: (errors) => {
      runbook.setStatus(null);
      runbook.showProblems(errors);
    },
    onImport: (imported, file) =>
      runbook.replaceDraft(imported, {
        kind: 'imported',
        message: `Imported “${imported.name}” from ${file.name}. Check it, then save it as your default to use it.`,
      }),
  });

  const totalSteps = draft.phases.reduce((sum, phase) => sum + phase.steps.length, 0);
  const nameError = showErrors && !draft.name.trim() ? 'Enter a name for the runbook' : undefined;

  return (
    <div className="runbook-editor">
      <div className="page-intro">
        <h1>Runbook</h1>
        <p>
          The checklist every new incident starts from. Changes apply to the next incident you declare; a running incident keeps the
          runbook it started with.
        </p>
      </div>

      <div className="panel runbook-editor__bar">
        <p className="runbook-editor__state">
          {runbook.dirty ? (
            <strong>You have unsaved changes.</strong>
          ) : runbook.isBuiltIn ? (
            'This is the built-in runbook.'
          ) : (
            'This is your saved default runbook.'
          )}{' '}
          <span className="muted">
            {draft.phases.length} {draft.phases.length === 1 ? 'phase' : 'phases'}, {totalSteps} {totalSteps === 1 ? 'step' : 'steps'}.
          </span>
        </p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={runbook.save} disabled={!runbook.dirty}>
            Save as default
          </button>
          {runbook.dirty ? (
            <button type="button" className="button" onClick={runbook.discard}>
              Discard changes
            </button>
          ) : null}
          <button type="button" className="button" onClick={exportRunbook}>
            Export JSON
          </button>
          <FileImportButton inputLabel="Import a runbook from a JSON file" onChange={importFile}>
            Import JSON
          </FileImportButton>
          <button type="button" className="button button--quiet" onClick={() => setConfirmReset(true)} disabled={runbook.isBuiltIn && !runbook.dirty}>
            Reset to built-in
          </button>
        </div>
        {runbook.status ? (
          <div className={`runbook-editor__status runbook-editor__status--${runbook.status.kind}`}>
            <p>{runbook.status.message}</p>
            {runbook.status.kind === 'removed' && runbook.undo ? (
              <button type="button" id="runbook-undo" className="button button--small" onClick={runbook.undoRemoval}>
                Undo
              </button>
            ) : null}
          </div>
        ) : null}
      </div>

      {showErrors && runbook.errors.length > 0 ? (
        <div className="error-summary" id={RUNBOOK_ERRORS_ID} tabIndex={-1} role="alert" aria-labelledby="runbook-errors-title">
          <h2 className="error-summary__title" id="runbook-errors-title">
            There is a problem with this runbook
          </h2>
          <ul className="error-summary__list runbook-editor__errors">
            {runbook.errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="panel runbook-editor__name">
        <Field id="runbook-name" label="Runbook name" error={nameError}>
          <input
            id="runbook-name"
            className="input"
            value={draft.name}
            maxLength={RUNBOOK_LIMITS.title}
            aria-describedby={describedBy('runbook-name', undefined, nameError ? 'error' : undefined)}
            onChange={(event) => edit(renameRunbook(draft, event.currentTarget.value))}
          />
        </Field>
      </div>

      <ol className="runbook-phases">
        {draft.phases.map((phase, index) => (
          <PhaseEditor
            key={`${runbook.generation}-${phase.id}`}
            phase={phase}
            index={index}
            count={draft.phases.length}
            showErrors={showErrors}
            onChange={(patch) => edit(updateRunbookPhase(draft, phase.id, patch))}
            onMove={(delta, focusId) => edit(moveRunbookPhase(draft, phase.id, delta), focusId)}
            onRemove={() => runbook.removePhase(phase)}
            onAddStep={() => {
              const stepId = createId('step');
              edit(addRunbookStep(draft, phase.id, { id: stepId, title: '' }), `rb-${stepId}-title`);
            }}
            onStepChange={(stepId, patch) => edit(updateRunbookStep(draft, phase.id, stepId, patch))}
            onStepMove={(stepId, delta, focusId) => edit(moveRunbookStep(draft, phase.id, stepId, delta), focusId)}
            onStepRemove={(step) => runbook.removeStep(phase, step)}
          />
        ))}
      </ol>

      <div className="button-row runbook-editor__footer">
        <button
          type="button"
          className="button"
          onClick={() => {
            const phaseId = createId('phase');
            edit(addRunbookPhase(draft, { id: phaseId, title: '' }), `rb-${phaseId}-title`);
          }}
          disabled={draft.phases.length >= RUNBOOK_LIMITS.phases}
        >
          Add a phase
        </button>
        <button type="button" className="button button--primary" onClick={runbook.save} disabled={!runbook.dirty}>
          Save as default
        </button>
      </div>

      <ConfirmDialog
        open={confirmReset}
        title="Reset to the built-in runbook?"
        confirmLabel="Reset runbook"
        destructive
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          setConfirmReset(false);
          runbook.reset();
        }}
      >
        <p>Your edited runbook will be replaced by the built-in “{DEFAULT_RUNBOOK.name}”. Export it first if you want to keep it.</p>
      </ConfirmDialog>
    </div>
  );
}
