import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { describedBy, Field } from '../../../components/ui/field';
import { downloadFile, slugifyFilename } from '../../../lib/download';
import { describeReading, formatReadAs, parseNumberText } from '../../../lib/parse-number-text';
import { DEFAULT_RUNBOOK } from '../domain/default-runbook';
import type { MilestoneKey, Runbook, RunbookPhase, RunbookStep, StepAction } from '../domain/incident-types';
import { MILESTONE_LABELS } from '../domain/metrics';
import {
  addRunbookPhase,
  addRunbookStep,
  createId,
  moveRunbookPhase,
  moveRunbookStep,
  parseRunbookJson,
  removeRunbookPhase,
  removeRunbookStep,
  renameRunbook,
  RUNBOOK_LIMITS,
  serializeRunbook,
  updateRunbookPhase,
  updateRunbookStep,
  validateRunbook,
} from '../domain/runbook';
import { useIncidentStore } from '../store/incident-store-context';
import { announce } from './announcer';

const ACTION_OPTIONS: readonly { value: StepAction | ''; label: string }[] = [
  { value: '', label: 'None' },
  { value: 'rollback-helper', label: 'Show the “Roll back or fix forward?” helper' },
  { value: 'status-update', label: 'Show “Write the update”' },
  { value: 'postmortem', label: 'Show “Start postmortem”' },
];

const MILESTONE_OPTIONS: readonly { value: MilestoneKey | ''; label: string }[] = [
  { value: '', label: 'None' },
  { value: 'acknowledged', label: MILESTONE_LABELS.acknowledged },
  { value: 'mitigated', label: MILESTONE_LABELS.mitigated },
  { value: 'resolved', label: `${MILESTONE_LABELS.resolved} (checking it resolves the incident)` },
];

type Status = { kind: 'saved' | 'imported' | 'reset' | 'removed' | 'info'; message: string } | null;

function sameRunbook(a: Runbook, b: Runbook): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function stepLabel(step: RunbookStep): string {
  return step.title.trim() ? `“${step.title.trim()}”` : 'without a title';
}

function phaseLabel(phase: RunbookPhase): string {
  return phase.title.trim() ? `“${phase.title.trim()}”` : 'without a title';
}

/**
 * Edits the runbook every new incident starts from: rename, add, remove and reorder phases and steps,
 * then save it as the default. Export and import as JSON; reset to the built-in one. A running incident
 * keeps the runbook it started with.
 */
export function RunbookEditor() {
  const saved = useIncidentStore((s) => s.incident.runbook);
  const setDefaultRunbook = useIncidentStore((s) => s.setDefaultRunbook);
  const resetDefaultRunbook = useIncidentStore((s) => s.resetDefaultRunbook);
  const [draft, setDraft] = useState<Runbook>(saved);
  // Bumped when the whole draft is replaced (import, reset, discard), so per-field text state starts over.
  const [generation, setGeneration] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);
  const [showErrors, setShowErrors] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [undo, setUndo] = useState<Runbook | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const errorBox = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    focusAfterRender.current = null;
    document.getElementById(id)?.focus();
  });

  const dirty = !sameRunbook(draft, saved);
  const isBuiltIn = sameRunbook(saved, DEFAULT_RUNBOOK);

  const edit = (next: Runbook, focusId?: string) => {
    setDraft(next);
    if (focusId) focusAfterRender.current = focusId;
    if (status?.kind !== 'removed') setStatus(null);
    if (showErrors) {
      const result = validateRunbook(next);
      setErrors(result.ok ? [] : result.errors);
    }
  };

  const replaceDraft = (next: Runbook, nextStatus: Status) => {
    setDraft(next);
    setGeneration((value) => value + 1);
    setErrors([]);
    setShowErrors(false);
    setUndo(null);
    setStatus(nextStatus);
    if (nextStatus) announce(nextStatus.message);
  };

  const showProblems = (problems: string[]) => {
    setErrors(problems);
    setShowErrors(true);
    focusAfterRender.current = 'runbook-errors';
  };

  const save = () => {
    const result = validateRunbook(draft);
    if (!result.ok) {
      showProblems(result.errors);
      return;
    }
    setDefaultRunbook(result.runbook);
    setDraft(result.runbook);
    setErrors([]);
    setShowErrors(false);
    setUndo(null);
    const message = 'Saved as your default runbook. The next incident you declare will use it.';
    setStatus({ kind: 'saved', message });
    announce(message);
  };

  const exportRunbook = () => {
    const result = validateRunbook(draft);
    if (!result.ok) {
      showProblems(result.errors);
      return;
    }
    downloadFile(`${slugifyFilename(result.runbook.name, 'runbook')}.runbook.json`, serializeRunbook(result.runbook), 'application/json');
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > RUNBOOK_LIMITS.fileBytes) {
      showProblems([`This file is too large for a runbook (the limit is ${Math.round(RUNBOOK_LIMITS.fileBytes / 1024)} KB). Choose a runbook exported from Outage Kit.`]);
      setStatus(null);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      showProblems(['This file could not be read. Try again, or export the runbook again.']);
      return;
    }
    const result = parseRunbookJson(text);
    if (!result.ok) {
      setStatus(null);
      showProblems(result.errors);
      return;
    }
    replaceDraft(result.runbook, {
      kind: 'imported',
      message: `Imported “${result.runbook.name}” from ${file.name}. Check it, then save it as your default to use it.`,
    });
  };

  const removePhase = (phase: RunbookPhase) => {
    setUndo(draft);
    edit(removeRunbookPhase(draft, phase.id), 'runbook-undo');
    const message = `Removed the phase ${phaseLabel(phase)}.`;
    setStatus({ kind: 'removed', message });
    announce(message);
  };

  const removeStep = (phase: RunbookPhase, step: RunbookStep) => {
    setUndo(draft);
    edit(removeRunbookStep(draft, phase.id, step.id), 'runbook-undo');
    const message = `Removed the step ${stepLabel(step)}.`;
    setStatus({ kind: 'removed', message });
    announce(message);
  };

  const totalSteps = draft.phases.reduce((sum, phase) => sum + phase.steps.length, 0);

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
          {dirty ? (
            <strong>You have unsaved changes.</strong>
          ) : isBuiltIn ? (
            'This is the built-in runbook.'
          ) : (
            'This is your saved default runbook.'
          )}{' '}
          <span className="muted">
            {draft.phases.length} {draft.phases.length === 1 ? 'phase' : 'phases'}, {totalSteps} {totalSteps === 1 ? 'step' : 'steps'}.
          </span>
        </p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={save} disabled={!dirty}>
            Save as default
          </button>
          {dirty ? (
            <button type="button" className="button" onClick={() => replaceDraft(saved, { kind: 'info', message: 'Your changes were discarded.' })}>
              Discard changes
            </button>
          ) : null}
          <button type="button" className="button" onClick={exportRunbook}>
            Export JSON
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            Import JSON
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Import a runbook from a JSON file"
            onChange={(event) => void importFile(event)}
          />
          <button type="button" className="button button--quiet" onClick={() => setConfirmReset(true)} disabled={isBuiltIn && !dirty}>
            Reset to built-in
          </button>
        </div>
        {status ? (
          <div className={`runbook-editor__status runbook-editor__status--${status.kind}`}>
            <p>{status.message}</p>
            {status.kind === 'removed' && undo ? (
              <button
                type="button"
                id="runbook-undo"
                className="button button--small"
                onClick={() => {
                  edit(undo);
                  setUndo(null);
                  setStatus({ kind: 'info', message: 'Brought it back.' });
                  announce('Brought it back.');
                }}
              >
                Undo
              </button>
            ) : null}
          </div>
        ) : null}
      </div>

      {showErrors && errors.length > 0 ? (
        <div className="error-summary" id="runbook-errors" ref={errorBox} tabIndex={-1} role="alert" aria-labelledby="runbook-errors-title">
          <h2 className="error-summary__title" id="runbook-errors-title">
            There is a problem with this runbook
          </h2>
          <ul className="error-summary__list runbook-editor__errors">
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="panel runbook-editor__name">
        <Field
          id="runbook-name"
          label="Runbook name"
          error={showErrors && !draft.name.trim() ? 'Enter a name for the runbook' : undefined}
        >
          <input
            id="runbook-name"
            className="input"
            value={draft.name}
            maxLength={RUNBOOK_LIMITS.title}
            aria-describedby={describedBy('runbook-name', undefined, showErrors && !draft.name.trim() ? 'error' : undefined)}
            onChange={(event) => edit(renameRunbook(draft, event.currentTarget.value))}
          />
        </Field>
      </div>

      <ol className="runbook-phases">
        {draft.phases.map((phase, index) => (
          <PhaseEditor
            key={`${generation}-${phase.id}`}
            phase={phase}
            index={index}
            count={draft.phases.length}
            showErrors={showErrors}
            onChange={(patch) => edit(updateRunbookPhase(draft, phase.id, patch))}
            onMove={(delta, focusId) => edit(moveRunbookPhase(draft, phase.id, delta), focusId)}
            onRemove={() => removePhase(phase)}
            onAddStep={() => {
              const stepId = createId('step');
              edit(addRunbookStep(draft, phase.id, { id: stepId, title: '' }), `rb-${stepId}-title`);
            }}
            onStepChange={(stepId, patch) => edit(updateRunbookStep(draft, phase.id, stepId, patch))}
            onStepMove={(stepId, delta, focusId) => edit(moveRunbookStep(draft, phase.id, stepId, delta), focusId)}
            onStepRemove={(step) => removeStep(phase, step)}
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
        <button type="button" className="button button--primary" onClick={save} disabled={!dirty}>
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
          resetDefaultRunbook();
          replaceDraft(DEFAULT_RUNBOOK, { kind: 'reset', message: 'The built-in runbook is your default again.' });
        }}
      >
        <p>Your edited runbook will be replaced by the built-in “{DEFAULT_RUNBOOK.name}”. Export it first if you want to keep it.</p>
      </ConfirmDialog>
    </div>
  );
}

interface PhaseEditorProps {
  phase: RunbookPhase;
  index: number;
  count: number;
  showErrors: boolean;
  onChange: (patch: Partial<Omit<RunbookPhase, 'id' | 'steps'>>) => void;
  onMove: (delta: number, focusId: string) => void;
  onRemove: () => void;
  onAddStep: () => void;
  onStepChange: (stepId: string, patch: Partial<Omit<RunbookStep, 'id'>>) => void;
  onStepMove: (stepId: string, delta: number, focusId: string) => void;
  onStepRemove: (step: RunbookStep) => void;
}

function PhaseEditor({ phase, index, count, showErrors, onChange, onMove, onRemove, onAddStep, onStepChange, onStepMove, onStepRemove }: PhaseEditorProps) {
  const [timeboxText, setTimeboxText] = useState(phase.timeboxMinutes === undefined ? '' : formatReadAs(phase.timeboxMinutes));
  const [timeboxError, setTimeboxError] = useState<string | null>(null);
  const timeboxNote = timeboxError ? '' : describeReading(parseNumberText(timeboxText));
  const base = `rb-${phase.id}`;
  const name = phase.title.trim() ? `phase “${phase.title.trim()}”` : `phase ${index + 1}`;
  const titleError = showErrors && !phase.title.trim() ? 'Enter a title for the phase' : undefined;
  const first = index === 0;
  const last = index === count - 1;

  return (
    <li className="panel runbook-phase">
      <div className="runbook-phase__head">
        <h2 className="runbook-phase__heading">
          Phase {index + 1}
          <span className="runbook-phase__name">{phase.title.trim() ? `: ${phase.title.trim()}` : ''}</span>
        </h2>
        <div className="button-row runbook-phase__tools">
          <button type="button" id={`${base}-up`} className="button button--small" disabled={first} onClick={() => onMove(-1, index - 1 === 0 ? `${base}-down` : `${base}-up`)}>
            Move up<span className="visually-hidden"> {name}</span>
          </button>
          <button type="button" id={`${base}-down`} className="button button--small" disabled={last} onClick={() => onMove(1, index + 1 === count - 1 ? `${base}-up` : `${base}-down`)}>
            Move down<span className="visually-hidden"> {name}</span>
          </button>
          <button type="button" className="button button--small button--quiet" onClick={onRemove}>
            Remove<span className="visually-hidden"> {name}</span>
          </button>
        </div>
      </div>
      <div className="runbook-phase__fields">
        <Field id={`${base}-title`} label="Phase title" error={titleError}>
          <input
            id={`${base}-title`}
            className="input"
            value={phase.title}
            maxLength={RUNBOOK_LIMITS.title}
            aria-describedby={describedBy(`${base}-title`, undefined, titleError)}
            aria-invalid={titleError ? true : undefined}
            onChange={(event) => onChange({ title: event.currentTarget.value })}
          />
        </Field>
        <Field
          id={`${base}-timebox`}
          label="Time box (optional)"
          hint="A countdown from the declaration, like the first five minutes."
          unit="min"
          error={timeboxError ?? undefined}
          note={timeboxNote}
        >
          <input
            id={`${base}-timebox`}
            className="input input--narrow"
            inputMode="numeric"
            value={timeboxText}
            aria-describedby={describedBy(`${base}-timebox`, 'hint', timeboxError ?? undefined, timeboxNote)}
            aria-invalid={timeboxError ? true : undefined}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setTimeboxText(text);
              // Read in the reader's locale like every other number, so "1.500" is never taken silently.
              const parsed = parseNumberText(text);
              if (parsed.kind === 'empty') {
                setTimeboxError(null);
                onChange({ timeboxMinutes: undefined });
              } else if (parsed.kind === 'number' && Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= RUNBOOK_LIMITS.timeboxMinutes) {
                setTimeboxError(null);
                onChange({ timeboxMinutes: parsed.value });
              } else {
                setTimeboxError(`Enter a whole number of minutes from 1 to ${formatReadAs(RUNBOOK_LIMITS.timeboxMinutes)}, or leave it empty`);
              }
            }}
          />
        </Field>
        <Field id={`${base}-guidance`} label="Guidance" className="runbook-phase__guidance">
          <textarea
            id={`${base}-guidance`}
            className="textarea textarea--short"
            rows={2}
            value={phase.guidance}
            maxLength={RUNBOOK_LIMITS.guidance}
            onChange={(event) => onChange({ guidance: event.currentTarget.value })}
          />
        </Field>
      </div>

      <h3 className="runbook-phase__steps-title">Steps</h3>
      {phase.steps.length > 0 ? (
        <ol className="runbook-steps">
          {phase.steps.map((step, stepIndex) => (
            <StepEditor
              key={step.id}
              step={step}
              index={stepIndex}
              count={phase.steps.length}
              showErrors={showErrors}
              onChange={(patch) => onStepChange(step.id, patch)}
              onMove={(delta, focusId) => onStepMove(step.id, delta, focusId)}
              onRemove={() => onStepRemove(step)}
            />
          ))}
        </ol>
      ) : (
        <p className="muted small">No steps yet.</p>
      )}
      <button type="button" className="button button--small" onClick={onAddStep} disabled={phase.steps.length >= RUNBOOK_LIMITS.stepsPerPhase}>
        Add a step<span className="visually-hidden"> to {name}</span>
      </button>
    </li>
  );
}

interface StepEditorProps {
  step: RunbookStep;
  index: number;
  count: number;
  showErrors: boolean;
  onChange: (patch: Partial<Omit<RunbookStep, 'id'>>) => void;
  onMove: (delta: number, focusId: string) => void;
  onRemove: () => void;
}

function StepEditor({ step, index, count, showErrors, onChange, onMove, onRemove }: StepEditorProps) {
  const [commandsText, setCommandsText] = useState((step.commands ?? []).join('\n'));
  const base = `rb-${step.id}`;
  const name = step.title.trim() ? `step “${step.title.trim()}”` : `step ${index + 1}`;
  const titleError = showErrors && !step.title.trim() ? 'Enter a title for the step' : undefined;
  const first = index === 0;
  const last = index === count - 1;
  const extras = [step.detail ? 'why' : '', step.commands?.length ? `${step.commands.length} commands` : '', step.action ? 'helper' : '', step.milestone ? 'milestone' : '']
    .filter(Boolean)
    .join(', ');

  return (
    <li className="runbook-step">
      <div className="runbook-step__row">
        <Field id={`${base}-title`} label={`Step ${index + 1}`} error={titleError} className="runbook-step__title">
          <input
            id={`${base}-title`}
            className="input"
            value={step.title}
            maxLength={RUNBOOK_LIMITS.title}
            aria-describedby={describedBy(`${base}-title`, undefined, titleError)}
            aria-invalid={titleError ? true : undefined}
            onChange={(event) => onChange({ title: event.currentTarget.value })}
          />
        </Field>
        <div className="button-row runbook-step__tools">
          <button type="button" id={`${base}-up`} className="button button--small" disabled={first} onClick={() => onMove(-1, index - 1 === 0 ? `${base}-down` : `${base}-up`)}>
            Move up<span className="visually-hidden"> {name}</span>
          </button>
          <button type="button" id={`${base}-down`} className="button button--small" disabled={last} onClick={() => onMove(1, index + 1 === count - 1 ? `${base}-up` : `${base}-down`)}>
            Move down<span className="visually-hidden"> {name}</span>
          </button>
          <button type="button" className="button button--small button--quiet" onClick={onRemove}>
            Remove<span className="visually-hidden"> {name}</span>
          </button>
        </div>
      </div>
      <details className="runbook-step__more">
        <summary>
          Guidance, why and commands{extras ? <span className="muted small"> ({extras})</span> : null}
        </summary>
        <div className="runbook-step__fields">
          <Field id={`${base}-guidance`} label="Guidance" hint="One or two short sentences: what to do.">
            <textarea
              id={`${base}-guidance`}
              className="textarea textarea--short"
              rows={2}
              value={step.guidance}
              maxLength={RUNBOOK_LIMITS.guidance}
              aria-describedby={`${base}-guidance-hint`}
              onChange={(event) => onChange({ guidance: event.currentTarget.value })}
            />
          </Field>
          <Field id={`${base}-detail`} label="Why (optional)" hint="The reason behind the step, shown behind “Why this matters”.">
            <textarea
              id={`${base}-detail`}
              className="textarea textarea--short"
              rows={3}
              value={step.detail ?? ''}
              maxLength={RUNBOOK_LIMITS.detail}
              aria-describedby={`${base}-detail-hint`}
              onChange={(event) => onChange({ detail: event.currentTarget.value.trim() ? event.currentTarget.value : undefined })}
            />
          </Field>
          <Field
            id={`${base}-commands`}
            label="Copy-ready commands (optional)"
            hint={`One per line, up to ${RUNBOOK_LIMITS.commands}. Write {service} where the affected service goes, {impactStart} for impact start in local time (journalctl --since), {impactStartUtc} for it in RFC 3339 (kubectl --since-time); each is shell-quoted when filled.`}
          >
            <textarea
              id={`${base}-commands`}
              className="textarea textarea--code"
              rows={3}
              spellCheck={false}
              value={commandsText}
              aria-describedby={`${base}-commands-hint`}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setCommandsText(text);
                const lines = text
                  .split('\n')
                  .map((line) => line.trim())
                  .filter(Boolean);
                onChange({ commands: lines.length > 0 ? lines : undefined });
              }}
            />
          </Field>
          <div className="runbook-step__selects">
            <Field id={`${base}-action`} label="Extra button">
              <select
                id={`${base}-action`}
                className="select"
                value={step.action ?? ''}
                onChange={(event) => onChange({ action: (event.currentTarget.value || undefined) as StepAction | undefined })}
              >
                {ACTION_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${base}-milestone`} label="Checking it marks">
              <select
                id={`${base}-milestone`}
                className="select"
                value={step.milestone ?? ''}
                onChange={(event) => onChange({ milestone: (event.currentTarget.value || undefined) as MilestoneKey | undefined })}
              >
                {MILESTONE_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </div>
      </details>
    </li>
  );
}
