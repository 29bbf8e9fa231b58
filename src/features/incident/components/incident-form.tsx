import { useEffect, useId, useMemo } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { describedBy, Field } from '../../../components/ui/field';
import {
  validateIncidentForm,
  type IncidentFormField,
  type IncidentFormResult,
  type IncidentFormValues,
} from '../domain/incident-forms';
import { chooseDeclareRunbook, createDrillRunbook } from '../domain/drill-runbook';
import { INCIDENT_LIMITS } from '../domain/incident-schema';
import type { Runbook } from '../domain/incident-types';
import { toDateTimeLocalValue } from '../domain/local-time';
import { SEVERITY_HINT, SEVERITY_LEVELS } from '../domain/severity';

/** The order errors are listed in, top to bottom as on the page. */
const FIELD_ORDER: readonly IncidentFormField[] = ['title', 'severity', 'service', 'publicName', 'startedAt', 'commander', 'deputy', 'scribe', 'communications'];

const ROLE_FIELDS = [
  { name: 'commander', label: 'Incident commander', hint: 'Coordinates the response and makes the calls. One person.' },
  { name: 'deputy', label: 'Deputy', hint: 'Backs up the commander and takes over if needed.' },
  { name: 'scribe', label: 'Scribe', hint: 'Keeps the timeline.' },
  { name: 'communications', label: 'Communications', hint: 'Writes and posts the status updates.' },
] as const;

const EARLIER_PRESETS = [5, 15, 30, 60] as const;

/** What the declare form gives back: the checked values and, when declaring, the runbook the incident follows. */
export interface IncidentFormSubmission extends IncidentFormResult {
  /** The runbook chosen (the drill runbook or `runbook` as it is); absent from the edit form. */
  runbook?: Runbook;
}

export interface IncidentFormProps {
  mode: 'declare' | 'edit';
  defaultValues: IncidentFormValues;
  onSubmit: (value: IncidentFormSubmission) => void;
  /** The user's runbook (declare form): a real incident follows it; a drill can follow it wrapped as the drill runbook. */
  runbook?: Runbook;
  /** Called with the runbook the declaration would follow, whenever the drill choice changes it. */
  onRunbookChange?: (runbook: Runbook) => void;
  onCancel?: () => void;
  /** The earliest impact start accepted (editing an old incident); 30 days back by default. */
  earliest?: number;
  /** Checks an impact start against the incident's milestones (edit mode). */
  checkStartedAt?: (startedAt: number) => string | null;
}

/**
 * Declares an incident, or edits its details. Only the title and severity are required: everything else
 * can wait until the bleeding has stopped. Errors follow the GOV.UK pattern (message at the field,
 * summary at the top when there are several), checked on submit and then as the user corrects them.
 */
export function IncidentForm({ mode, defaultValues, onSubmit, onCancel, earliest, checkStartedAt, runbook, onRunbookChange }: IncidentFormProps) {
  const prefix = `${mode}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const id = (name: string) => `${prefix}-${name}`;
  const resolver: Resolver<IncidentFormValues> = (values) => {
    const result = validateIncidentForm(values, Date.now(), { ...(earliest === undefined ? {} : { earliest }), ...(checkStartedAt ? { checkStartedAt } : {}) });
    if (result.ok) return { values, errors: {} };
    const errors: FieldErrors<IncidentFormValues> = {};
    for (const [name, message] of Object.entries(result.errors)) {
      errors[name as IncidentFormField] = { type: 'validate', message };
    }
    return { values: {}, errors };
  };
  const { register, handleSubmit, control, setValue, formState } = useForm<IncidentFormValues>({
    defaultValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const startMode = useWatch({ control, name: 'startMode' });
  const drill = useWatch({ control, name: 'drill' }) === true;
  const runbookChoice = useWatch({ control, name: 'runbookChoice' }) ?? 'drill';
  const drillRunbook = useMemo(() => (runbook ? createDrillRunbook(runbook) : null), [runbook]);
  // The same object while the choice stays, so the page re-renders its "what happens next" only on a change.
  const chosen = useMemo(
    () => (runbook ? (drill && runbookChoice === 'drill' && drillRunbook ? drillRunbook : runbook) : undefined),
    [runbook, drill, runbookChoice, drillRunbook],
  );
  useEffect(() => {
    if (chosen) onRunbookChange?.(chosen);
  }, [chosen, onRunbookChange]);
  const earlierField = register('startMode');
  const errorOf = (name: IncidentFormField) => formState.errors[name]?.message;
  const summary = FIELD_ORDER.flatMap((name) => {
    const message = errorOf(name);
    return message ? [{ id: id(name === 'severity' ? 'severity-SEV1' : name), message }] : [];
  });

  const onValid = (values: IncidentFormValues) => {
    const result = validateIncidentForm(values, Date.now(), { ...(earliest === undefined ? {} : { earliest }), ...(checkStartedAt ? { checkStartedAt } : {}) });
    if (!result.ok) return;
    onSubmit(runbook ? { ...result.value, runbook: chooseDeclareRunbook(runbook, result.value) } : result.value);
  };

  const setEarlier = (minutes: number, now: number) =>
    setValue('startedAt', toDateTimeLocalValue(now - minutes * 60_000, mode === 'edit'), {
      shouldValidate: formState.isSubmitted,
      shouldDirty: true,
    });

  const titleError = errorOf('title');
  const severityError = errorOf('severity');
  const serviceError = errorOf('service');
  const publicNameError = errorOf('publicName');
  const startError = errorOf('startedAt');

  const startTime = (
      <div className="incident-form__start-time">
        <Field
          id={id('startedAt')}
          label={mode === 'declare' ? 'Impact started at' : 'Impact started'}
          hint="Your local time."
          error={startError}
        >
          <input
            id={id('startedAt')}
            type="datetime-local"
            className="input input--datetime"
            step={mode === 'edit' ? 1 : 60}
            aria-describedby={describedBy(id('startedAt'), 'hint', startError)}
            aria-invalid={startError ? true : undefined}
            {...register('startedAt')}
          />
        </Field>
        <div className="button-row incident-form__presets" role="group" aria-label="Set impact start">
          {EARLIER_PRESETS.map((minutes) => (
            <button key={minutes} type="button" className="button button--small" onClick={() => setEarlier(minutes, Date.now())}>
              {minutes < 60 ? `${minutes} min ago` : '1 hour ago'}
            </button>
          ))}
        </div>
      </div>
  );

  return (
    <form className={`incident-form incident-form--${mode}`} noValidate onSubmit={(event) => void handleSubmit(onValid)(event)} aria-label={mode === 'declare' ? 'Declare an incident' : 'Edit the incident details'}>
      <ErrorSummary items={summary} />

      <Field
        id={id('title')}
        label="What is wrong?"
        hint="A short title in your words, for example “Checkout fails with an error”."
        error={titleError}
      >
        <input
          id={id('title')}
          className="input"
          autoComplete="off"
          maxLength={INCIDENT_LIMITS.title + 50}
          aria-describedby={describedBy(id('title'), 'hint', titleError)}
          aria-invalid={titleError ? true : undefined}
          {...register('title')}
        />
      </Field>

      <fieldset className={`field incident-form__severity${severityError ? ' field--error' : ''}`} aria-describedby={describedBy(id('severity'), 'hint', severityError)}>
        <legend className="field__label">Severity</legend>
        <p className="field__hint" id={`${id('severity')}-hint`}>
          {SEVERITY_HINT}
        </p>
        {severityError ? (
          <p className="field__error" id={`${id('severity')}-error`}>
            <span className="visually-hidden">Error: </span>
            {severityError}
          </p>
        ) : null}
        <div className="choice-list">
          {SEVERITY_LEVELS.map((level) => (
            <div className="choice choice--card" key={level.value}>
              <input
                type="radio"
                id={id(`severity-${level.value}`)}
                value={level.value}
                aria-describedby={`${id(`severity-${level.value}`)}-hint`}
                {...register('severity')}
              />
              <label htmlFor={id(`severity-${level.value}`)} className="choice__label">
                <span className="choice__title">{level.label}</span>
                <span className="choice__hint" id={`${id(`severity-${level.value}`)}-hint`}>
                  {level.definition}
                </span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <Field
        id={id('service')}
        label="Affected service (optional)"
        hint="The name your hosts know it by, for example checkout or api-gateway. It fills in the evidence commands."
        error={serviceError}
      >
        <input
          id={id('service')}
          className="input"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy(id('service'), 'hint', serviceError)}
          aria-invalid={serviceError ? true : undefined}
          {...register('service')}
        />
      </Field>

      <Field
        id={id('publicName')}
        label="Public component name (optional)"
        hint="What customers call it, for example Payments or Checkout. Customer updates use this name and never the service name above; left empty, they say “our service”."
        error={publicNameError}
      >
        <input
          id={id('publicName')}
          className="input"
          autoComplete="off"
          aria-describedby={describedBy(id('publicName'), 'hint', publicNameError)}
          aria-invalid={publicNameError ? true : undefined}
          {...register('publicName')}
        />
      </Field>

      {mode === 'declare' ? (
        <fieldset className={`field incident-form__start${startError ? ' field--error' : ''}`}>
          <legend className="field__label">When did impact start?</legend>
          <p className="field__hint" id={`${id('start')}-hint`}>
            If users were affected before you noticed, set the earlier time: it makes the metrics honest.
          </p>
          <div className="choice-list choice-list--inline">
            <div className="choice">
              <input type="radio" id={id('start-now')} value="now" {...register('startMode')} />
              <label htmlFor={id('start-now')} className="choice__label">
                Just now
              </label>
            </div>
            <div className="choice">
              <input
                type="radio"
                id={id('start-earlier')}
                value="earlier"
                {...earlierField}
                onChange={(event) => {
                  void earlierField.onChange(event);
                  if (event.currentTarget.checked) setEarlier(15, Date.now());
                }}
              />
              <label htmlFor={id('start-earlier')} className="choice__label">
                Earlier
              </label>
            </div>
          </div>
          {startMode === 'earlier' ? startTime : null}
        </fieldset>
      ) : (
        startTime
      )}

      <fieldset className="incident-form__roles">
        <legend className="field__label">Roles</legend>
        <p className="field__hint">Names or handles. One person coordinates: the incident commander. You can fill these in later.</p>
        <div className="incident-form__grid">
          {ROLE_FIELDS.map((role) => {
            const error = errorOf(role.name);
            return (
              <Field key={role.name} id={id(role.name)} label={role.label} hint={role.hint} error={error}>
                <input
                  id={id(role.name)}
                  className="input"
                  autoComplete="off"
                  aria-describedby={describedBy(id(role.name), role.hint, error)}
                  aria-invalid={error ? true : undefined}
                  {...register(role.name)}
                />
              </Field>
            );
          })}
        </div>
      </fieldset>

      {mode === 'declare' ? (
        <fieldset className={`incident-form__drill${drill ? ' is-drill' : ''}`}>
          <legend className="field__label">Drill</legend>
          <div className="checkbox">
            <input type="checkbox" id={id('drill')} aria-describedby={`${id('drill')}-hint`} {...register('drill')} />
            <label htmlFor={id('drill')}>This is a drill (game day)</label>
          </div>
          <p className="field__hint" id={`${id('drill')}-hint`}>
            Practice, not a real incident: it is marked “Drill” everywhere, its updates start with [DRILL], and report figures leave it out. It cannot
            be changed after you declare.
          </p>
          {drill && runbook ? (
            <fieldset className="incident-form__drill-runbook">
              <legend className="field__label">Runbook for the drill</legend>
              <div className="choice-list">
                {drillRunbook ? (
                  <div className="choice">
                    <input type="radio" id={id('runbook-drill')} value="drill" aria-describedby={`${id('runbook-drill')}-hint`} {...register('runbookChoice')} />
                    <label htmlFor={id('runbook-drill')} className="choice__label">
                      <span className="choice__title">Drill runbook</span>
                      <span className="choice__hint" id={`${id('runbook-drill')}-hint`}>
                        “{runbook.name}” with a drill briefing first (announce it, name the scenario, set the abort word, nothing to customers) and a
                        debrief last.
                      </span>
                    </label>
                  </div>
                ) : null}
                <div className="choice">
                  <input type="radio" id={id('runbook-standard')} value="standard" {...register('runbookChoice')} />
                  <label htmlFor={id('runbook-standard')} className="choice__label">
                    <span className="choice__title">“{runbook.name}” as it is</span>
                  </label>
                </div>
              </div>
            </fieldset>
          ) : null}
        </fieldset>
      ) : null}

      <div className="button-row incident-form__actions">
        <button type="submit" className={`button button--primary${mode === 'declare' ? ' button--large' : ''}`}>
          {mode === 'declare' ? (drill ? 'Declare drill' : 'Declare incident') : 'Save details'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
