import { COMMAND_PLACEHOLDERS, fillCommandPlaceholders, formatLocalIsoTime, usesServicePlaceholder } from '../domain/evidence-commands';
import { useEffect, useRef, useState } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { calculatePhaseCountdown, formatCountdown } from '../domain/cadence';
import { recordRollbackDecision, setStepDone } from '../domain/incident-actions';
import {
  calculatePhaseProgress,
  calculateRunbookProgress,
  findCurrentPhase,
} from '../domain/incident-progress';
import type { Incident, RollbackAnswers, RunbookPhase, RunbookStep } from '../domain/incident-types';
import { formatTimeOfDay } from '../domain/local-time';
import { EMPTY_ROLLBACK_ANSWERS, recommendRollbackOrFixForward, ROLLBACK_QUESTIONS } from '../domain/rollback-advice';
import { announce } from './announcer';
import type { ApplyIncidentAction } from './incident-action';
import { useClockValue } from './use-clock';
import './checklist.css';

interface ChecklistProps {
  incident: Incident;
  apply: ApplyIncidentAction;
  onWriteUpdate: (stepId?: string) => void;
  onStartPostmortem: () => void;
  onEditDetails: () => void;
}

/** The runbook as a checklist: phases in order, the current one marked, each step with guidance and its why. */
export function Checklist({ incident, apply, onWriteUpdate, onStartPostmortem, onEditDetails }: ChecklistProps) {
  const current = findCurrentPhase(incident);
  const progress = calculateRunbookProgress(incident);
  return (
    <section className="panel checklist" aria-labelledby="checklist-title">
      <div className="section-head">
        <h2 id="checklist-title">Checklist</h2>
        <p className="section-head__meta">
          {incident.runbook.name} · <span className="tabular">{progress.done}</span> of{' '}
          <span className="tabular">{progress.total}</span> steps done
        </p>
      </div>
      {incident.runbook.phases.map((phase, index) => (
        <PhaseSection
          key={phase.id}
          incident={incident}
          phase={phase}
          number={index + 1}
          isCurrent={incident.status === 'active' && current?.id === phase.id}
          apply={apply}
          onWriteUpdate={onWriteUpdate}
          onStartPostmortem={onStartPostmortem}
          onEditDetails={onEditDetails}
        />
      ))}
      {incident.status === 'active' ? <PhaseAnnouncer phase={current} /> : null}
    </section>
  );
}

/** Announces the next phase when the current one is done (not on first render). */
function PhaseAnnouncer({ phase }: { phase: RunbookPhase | null }) {
  const phaseId = phase?.id ?? null;
  const previous = useRef(phaseId);
  useEffect(() => {
    if (previous.current === phaseId) return;
    previous.current = phaseId;
    announce(phase ? `Next phase: ${phase.title}. ${phase.guidance}` : 'Every step of the checklist is done.');
  }, [phase, phaseId]);
  return null;
}

interface PhaseSectionProps extends Omit<ChecklistProps, 'onStartPostmortem'> {
  phase: RunbookPhase;
  number: number;
  isCurrent: boolean;
  onStartPostmortem: () => void;
}

function PhaseSection({ incident, phase, number, isCurrent, ...actions }: PhaseSectionProps) {
  const progress = calculatePhaseProgress(incident, phase);
  const headingId = `phase-${phase.id}`;
  const state = isCurrent ? 'is-current' : progress.complete ? 'is-complete' : 'is-upcoming';
  return (
    <section className={`phase ${state}`} aria-labelledby={headingId}>
      <div className="phase__head">
        <span className="phase__number" aria-hidden="true">
          {progress.complete && progress.total > 0 ? '✓' : number}
        </span>
        <h3 id={headingId} className="phase__title" tabIndex={-1}>
          {phase.title}
        </h3>
        {isCurrent ? <span className="phase__badge">Now</span> : null}
        <span className="phase__progress">
          <span className="tabular">{progress.done}</span> of <span className="tabular">{progress.total}</span> done
        </span>
      </div>
      {phase.timeboxMinutes !== undefined && incident.status === 'active' && !progress.complete ? (
        <PhaseTimebox incident={incident} phase={phase} />
      ) : null}
      {phase.guidance ? <p className="phase__guidance">{phase.guidance}</p> : null}
      {phase.steps.length > 0 ? (
        <ol className="steps">
          {phase.steps.map((step) => (
            <StepItem key={step.id} incident={incident} step={step} {...actions} />
          ))}
        </ol>
      ) : (
        <p className="muted small">This phase has no steps.</p>
      )}
    </section>
  );
}

/** The phase's countdown from the declaration (the first five minutes), with a bar that empties. */
function PhaseTimebox({ incident, phase }: { incident: Incident; phase: RunbookPhase }) {
  const snapshot = useClockValue((now) => {
    const countdown = calculatePhaseCountdown(incident, phase, now);
    if (!countdown) return null;
    if (countdown.expired) return 'expired';
    const total = (phase.timeboxMinutes ?? 1) * 60_000;
    return `${formatCountdown(countdown.remainingMs)}|${Math.round((countdown.remainingMs / total) * 100)}`;
  });
  const expired = snapshot === 'expired';
  const wasExpired = useRef(expired);
  useEffect(() => {
    if (expired && !wasExpired.current) announce(`The ${phase.timeboxMinutes}-minute time box for “${phase.title}” is up. Finish its steps now and move on.`);
    wasExpired.current = expired;
  }, [expired, phase.timeboxMinutes, phase.title]);
  if (snapshot === null) return null;
  const labelId = `timebox-${phase.id}`;
  if (expired) {
    return (
      <p className="phase-timebox is-expired">
        <strong>The {phase.timeboxMinutes} minutes are up.</strong> Finish these steps quickly, then move on.
      </p>
    );
  }
  const [text, percent] = snapshot.split('|');
  return (
    <div className="phase-timebox">
      <span id={labelId} className="phase-timebox__label">
        Time left<span className="visually-hidden"> in {phase.title}</span>
      </span>
      <span className="phase-timebox__value" role="timer" aria-labelledby={labelId}>
        {text}
      </span>
      <span className="phase-timebox__of">of {phase.timeboxMinutes} min</span>
      <span className="phase-timebox__bar" aria-hidden="true">
        <span className="phase-timebox__fill" style={{ transform: `scaleX(${Number(percent) / 100})` }} />
      </span>
    </div>
  );
}

const MILESTONE_NOTES = {
  detected: 'Checking this marks the incident as detected.',
  acknowledged: 'Checking this marks the incident as acknowledged.',
  mitigated: 'Checking this marks service as restored for users (mitigated).',
  resolved: 'Checking this resolves the incident and stops the update reminders.',
} as const;

interface StepItemProps extends Omit<ChecklistProps, 'onStartPostmortem'> {
  step: RunbookStep;
  onStartPostmortem: () => void;
}

function StepItem({ incident, step, apply, onWriteUpdate, onStartPostmortem, onEditDetails }: StepItemProps) {
  const state = Object.hasOwn(incident.stepStates, step.id) ? incident.stepStates[step.id] : undefined;
  const done = state?.done === true;
  const id = `step-${step.id}`;
  const lastUpdate = incident.updates.at(-1);
  return (
    <li className={`step${done ? ' is-done' : ''}`}>
      <div className="step__row">
        <input
          type="checkbox"
          id={id}
          className="step__check"
          checked={done}
          aria-describedby={step.guidance ? `${id}-guidance` : undefined}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            apply((current, now) => setStepDone(current, step.id, checked, now));
          }}
        />
        <label htmlFor={id} className="step__title">
          {step.title}
        </label>
        {state ? (
          <span className="step__stamp">
            {done ? 'Done' : 'Unchecked'} <span className="tabular">{formatTimeOfDay(state.at)}</span>
          </span>
        ) : null}
      </div>
      <div className="step__body">
        {step.guidance ? (
          <p className="step__guidance" id={`${id}-guidance`}>
            {step.guidance}
          </p>
        ) : null}
        {step.milestone && !done ? <p className="step__note">{MILESTONE_NOTES[step.milestone]}</p> : null}
        {step.commands && step.commands.length > 0 ? (
          <StepCommands commands={step.commands} service={incident.service} impactStart={incident.startedAt} onEditDetails={onEditDetails} />
        ) : null}
        {step.action === 'rollback-helper' ? <RollbackHelper stepId={step.id} apply={apply} /> : null}
        {step.action === 'status-update' ? (
          <div className="step__action">
            <button type="button" className="button button--small" onClick={() => onWriteUpdate(step.id)}>
              Write the update
            </button>
            {lastUpdate ? (
              <span className="step__note">
                Last posted <span className="tabular">{formatTimeOfDay(lastUpdate.at, { seconds: false })}</span>
              </span>
            ) : null}
          </div>
        ) : null}
        {step.action === 'postmortem' ? (
          <div className="step__action">
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                if (!done) apply((current, now) => setStepDone(current, step.id, true, now));
                onStartPostmortem();
              }}
            >
              Start postmortem
            </button>
          </div>
        ) : null}
        {step.detail ? (
          <details className="step__why">
            <summary>Why this matters</summary>
            <p>{step.detail}</p>
          </details>
        ) : null}
      </div>
    </li>
  );
}

function StepCommands({
  commands,
  service,
  impactStart,
  onEditDetails,
}: {
  commands: string[];
  service: string;
  impactStart: number;
  onEditDetails: () => void;
}) {
  const hasPlaceholder = commands.some(usesServicePlaceholder);
  const fromImpactStart = commands.some((command) => command.includes(COMMAND_PLACEHOLDERS.impactStart) || command.includes(COMMAND_PLACEHOLDERS.impactStartUtc));
  const since = fromImpactStart ? (
    <>
      {' '}
      from impact start (<span className="tabular">{formatLocalIsoTime(impactStart)}</span>)
    </>
  ) : null;
  const missingService = hasPlaceholder && !service.trim();
  return (
    <div className="step-commands">
      <p className="step-commands__label">
        {missingService ? (
          <>
            Copy-ready commands. <button type="button" className="link-button" onClick={onEditDetails}>Add the affected service</button> to fill in{' '}
            <code>{COMMAND_PLACEHOLDERS.service}</code>.{since}
          </>
        ) : hasPlaceholder ? (
          <>
            Copy-ready commands for <strong>{service.trim()}</strong>{since}:
          </>
        ) : (
          <>Copy-ready commands{since}:</>
        )}
      </p>
      <ul className="step-commands__list">
        {commands.map((command, index) => {
          const filled = fillCommandPlaceholders(command, { service, impactStart });
          return (
            <li key={`${index}-${command}`} className="step-command">
              <code className="step-command__code">{filled}</code>
              <CopyButton text={filled} label="Copy" className="button button--small step-command__copy" />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

const ANSWERS: readonly { label: string; value: boolean | null }[] = [
  { label: 'Yes', value: true },
  { label: 'No', value: false },
  { label: 'Not sure', value: null },
];

/** "Roll back or fix forward?": three questions, a recommendation that defaults to rolling back, recorded on request. */
function RollbackHelper({ stepId, apply }: { stepId: string; apply: ApplyIncidentAction }) {
  const [open, setOpen] = useState(false);
  const [answers, setAnswers] = useState<RollbackAnswers>(EMPTY_ROLLBACK_ANSWERS);
  const [recordedAt, setRecordedAt] = useState<number | null>(null);
  const advice = recommendRollbackOrFixForward(answers);
  const panelId = `rollback-${stepId}`;
  return (
    <div className="rollback">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        Roll back or fix forward?
      </button>
      <div id={panelId} className="rollback__panel" hidden={!open}>
        {ROLLBACK_QUESTIONS.map((question) => (
          <fieldset key={question.id} className="rollback__question" aria-describedby={`${panelId}-${question.id}-hint`}>
            <legend className="rollback__legend">{question.question}</legend>
            <p className="field__hint" id={`${panelId}-${question.id}-hint`}>
              {question.hint}
            </p>
            <div className="choice-list choice-list--inline">
              {ANSWERS.map((answer) => {
                const inputId = `${panelId}-${question.id}-${answer.label.replace(/\s+/g, '-').toLowerCase()}`;
                return (
                  <div className="choice" key={answer.label}>
                    <input
                      type="radio"
                      id={inputId}
                      name={`${panelId}-${question.id}`}
                      checked={answers[question.id] === answer.value}
                      onChange={() => {
                        setAnswers((current) => ({ ...current, [question.id]: answer.value }));
                        setRecordedAt(null);
                      }}
                    />
                    <label htmlFor={inputId} className="choice__label">
                      {answer.label}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        <div className={`rollback__advice rollback__advice--${advice.recommendation}`}>
          <p className="rollback__headline">
            Recommendation: <strong>{advice.headline}</strong>
          </p>
          <ul className="rollback__reasons">
            {advice.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => {
              const at = Date.now();
              apply((current, now) => recordRollbackDecision(current, answers, now));
              setRecordedAt(at);
              announce(`Decision recorded in the timeline: ${advice.headline}.`);
            }}
          >
            Record the decision
          </button>
          {recordedAt !== null ? (
            <span className="step__note">
              Recorded in the timeline at <span className="tabular">{formatTimeOfDay(recordedAt)}</span>.
            </span>
          ) : null}
        </div>
      </div>
    </div>
  );
}
