// One step of a runbook phase: title, guidance, why, commands and what checking it does.
import { useState } from 'react';
import { describedBy, Field } from '../../../components/ui/field';
import { ReorderButtons } from '../../../components/ui/reorder-buttons';
import type { MilestoneKey, RunbookStep, StepAction } from '../domain/incident-types';
import { MILESTONE_LABELS } from '../domain/metrics';
import { RUNBOOK_LIMITS } from '../domain/runbook';

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

/** Edits one step; every change goes up as a patch. */
export interface StepEditorProps {
  step: RunbookStep;
  index: number;
  count: number;
  showErrors: boolean;
  onChange: (patch: Partial<Omit<RunbookStep, 'id'>>) => void;
  onMove: (delta: number, focusId: string) => void;
  onRemove: () => void;
}

export function StepEditor({ step, index, count, showErrors, onChange, onMove, onRemove }: StepEditorProps) {
  const [commandsText, setCommandsText] = useState((step.commands ?? []).join('\n'));
  const base = `rb-${step.id}`;
  const name = step.title.trim() ? `step “${step.title.trim()}”` : `step ${index + 1}`;
  const titleError = showErrors && !step.title.trim() ? 'Enter a title for the step' : undefined;
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
          <ReorderButtons base={base} index={index} count={count} name={name} onMove={onMove} />
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
