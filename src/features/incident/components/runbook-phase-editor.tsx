// One phase of the runbook editor: its title, time box and guidance, and its steps.
import { useState } from 'react';
import { describedBy, Field } from '../../../components/ui/field';
import { ReorderButtons } from '../../../components/ui/reorder-buttons';
import { describeReading, formatReadAs, parseNumberText } from '../../../lib/parse-number-text';
import type { RunbookPhase, RunbookStep } from '../domain/incident-types';
import { RUNBOOK_LIMITS } from '../domain/runbook';
import { StepEditor } from './runbook-step-editor';

/** Edits one phase; every change goes up as a patch, so the draft stays in `useRunbookDraft`. */
export interface PhaseEditorProps {
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

export function PhaseEditor({ phase, index, count, showErrors, onChange, onMove, onRemove, onAddStep, onStepChange, onStepMove, onStepRemove }: PhaseEditorProps) {
  const [timeboxText, setTimeboxText] = useState(phase.timeboxMinutes === undefined ? '' : formatReadAs(phase.timeboxMinutes));
  const [timeboxError, setTimeboxError] = useState<string | null>(null);
  const timeboxNote = timeboxError ? '' : describeReading(parseNumberText(timeboxText));
  const base = `rb-${phase.id}`;
  const name = phase.title.trim() ? `phase “${phase.title.trim()}”` : `phase ${index + 1}`;
  const titleError = showErrors && !phase.title.trim() ? 'Enter a title for the phase' : undefined;

  return (
    <li className="panel runbook-phase">
      <div className="runbook-phase__head">
        <h2 className="runbook-phase__heading">
          Phase {index + 1}
          <span className="runbook-phase__name">{phase.title.trim() ? `: ${phase.title.trim()}` : ''}</span>
        </h2>
        <div className="button-row runbook-phase__tools">
          <ReorderButtons base={base} index={index} count={count} name={name} onMove={onMove} />
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
