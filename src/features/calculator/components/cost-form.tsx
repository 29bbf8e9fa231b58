import { Fragment, useEffect, useId, useMemo, useRef } from 'react';
import { describedBy, Field } from '../../../components/ui/field';
import { useHydrated } from '../../../components/ui/use-hydrated';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { useFormMounted } from '../../../components/ui/form-mounted';
import {
  COST_SECTIONS,
  NUMERIC_FIELDS,
  parseCostFormValues,
  type CostFormErrors,
  type CostFormValues,
  type CostSection,
  type NumericCostField,
} from '../domain/cost-form';
import type { CostInputs } from '../domain/cost-inputs';
import { useCostFormState, type CostFormRegister, type CostFormTiers } from './use-cost-form-state';

const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'INR', 'BRL', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'SGD', 'NZD', 'ZAR', 'MXN', 'CNY', 'KRW'];

function currencyOptions(hydrated: boolean): string[] {
  if (!hydrated) return COMMON_CURRENCIES;
  try {
    const all = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('currency');
    if (all?.length) return [...COMMON_CURRENCIES, ...all.filter((c) => !COMMON_CURRENCIES.includes(c))];
  } catch {
    // Older browsers: the common list is enough for suggestions; any valid code can still be typed.
  }
  return COMMON_CURRENCIES;
}

export interface CostFormProps {
  defaultValues: CostFormValues;
  /** Called on every change with the text and, when it is all valid, the inputs. */
  onChange: (values: CostFormValues, inputs: CostInputs | null) => void;
  /** Which groups to show (embed); all when omitted. */
  sections?: readonly CostSection[];
  /** Fields shown read-only (embed `lock`). Names are CostInputs keys; `minutes` locks the duration. */
  locked?: ReadonlySet<string>;
  /** Headings level for the group legends (the embed sits inside a host page's outline). */
  compact?: boolean;
  /**
   * Groups shown folded behind a disclosure (the embed's secondary groups), each with the short figure its
   * summary shows while closed (its cost, or the currency). The values still count; nothing typed is lost.
   */
  folded?: Partial<Record<CostSection, string>>;
}

/**
 * The calculator's inputs, grouped, each labelled with unit and hint; errors appear next to the field as
 * you type, and a summary links to them when several are wrong. Results update live through `onChange`.
 */
export function CostForm({ defaultValues, onChange, sections, locked, compact, folded }: CostFormProps) {
  const idPrefix = useId().replace(/:/g, '');
  const hydrated = useHydrated();
  const { values, register, tiers } = useCostFormState(defaultValues);
  const { errors, inputs, readings, durationInvalid } = useMemo(() => parseCostFormValues(values), [values]);

  const formRef = useRef<HTMLFormElement>(null);
  // What was typed into the prerendered page before the scripts ran, put back now that the form is live.
  useFormMounted(formRef);

  useEffect(() => {
    onChange(values, inputs);
    // onChange identity is not a reason to re-emit: only the values are.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, inputs]);

  const currency = (values.currency || defaultValues.currency || '').toUpperCase();
  const shown = (section: CostSection) => !sections || sections.includes(section);
  const id = (name: string) => `${idPrefix}-${name.replace(/\./g, '-')}`;
  const summaryItems = Object.entries(errors)
    .filter(([name]) => shown(sectionOf(name)))
    .map(([name, message]) => ({ id: id(name), message: message ?? '' }));

  return (
    <form ref={formRef} className={`cost-form${compact ? ' cost-form--compact' : ''}`} noValidate onSubmit={(e) => e.preventDefault()} aria-label="Outage cost inputs">
      <ErrorSummary items={summaryItems} />
      {COST_SECTIONS.filter((s) => shown(s.id)).map((section) => {
        const figure = folded?.[section.id];
        const isFolded = figure !== undefined;
        const group = (
          <fieldset className={isFolded ? 'cost-group__body' : `cost-group cost-group--${section.id}`}>
            <legend className="cost-group__legend">
              {/* Folded, the summary shows the title; the legend keeps it as the group's name. */}
              <span className={isFolded ? 'visually-hidden' : 'cost-group__title'}>{section.title}</span>
              <span className="cost-group__description">{section.description}</span>
            </legend>
            <div className="cost-group__fields">
              {section.id === 'outage' ? (
                <DurationField id={id} register={register} errors={errors} readings={readings} invalid={durationInvalid} readOnly={locked?.has('minutes')} />
              ) : null}
              {(Object.keys(NUMERIC_FIELDS) as NumericCostField[])
                .filter((field) => NUMERIC_FIELDS[field].section === section.id)
                .map((field) => (
                  <NumericInput
                    key={field}
                    field={field}
                    id={id(field)}
                    register={register}
                    error={errors[field]}
                    note={readings[field] ?? ''}
                    currency={currency}
                    readOnly={locked?.has(field)}
                  />
                ))}
              {section.id === 'revenue' ? (
                <Field id={id('revenuePeriod')} label="Revenue period" hint="The period your revenue figure covers.">
                  <select
                    id={id('revenuePeriod')}
                    className="select"
                    disabled={locked?.has('revenuePeriod')}
                    aria-describedby={`${id('revenuePeriod')}-hint`}
                    {...register('revenuePeriod')}
                  >
                    <option value="hour">per hour</option>
                    <option value="day">per day</option>
                    <option value="month">per month</option>
                    <option value="year">per year</option>
                  </select>
                </Field>
              ) : null}
              {section.id === 'sla' ? (
                <SlaTiers tiers={tiers} register={register} errors={errors} id={id} readOnly={locked?.has('slaTiers')} />
              ) : null}
              {section.id === 'settings' ? (
                <>
                  <Field
                    id={id('currency')}
                    label="Currency"
                    hint="Any ISO 4217 code, such as USD, EUR or JPY."
                    error={errors.currency}
                  >
                    <input
                      id={id('currency')}
                      className="input input--narrow"
                      list={id('currency-list')}
                      autoComplete="off"
                      spellCheck={false}
                      maxLength={3}
                      readOnly={locked?.has('currency')}
                      aria-invalid={errors.currency ? true : undefined}
                      aria-describedby={describedBy(id('currency'), 'hint', errors.currency)}
                      {...register('currency')}
                    />
                  </Field>
                  <datalist id={id('currency-list')}>
                    {currencyOptions(hydrated).map((code) => (
                      <option key={code} value={code} />
                    ))}
                  </datalist>
                  <CalendarSelect id={id('calendar')} register={register} readOnly={locked?.has('calendar')} />
                </>
              ) : null}
            </div>
          </fieldset>
        );
        if (!isFolded) return <Fragment key={section.id}>{group}</Fragment>;
        // A folded group with an error says so on its summary, so a reader never hunts for a hidden mistake.
        const hasError = Object.entries(errors).some(([name, message]) => message && sectionOf(name) === section.id);
        return (
          <details key={section.id} className={`cost-group cost-group--folded cost-group--${section.id}`}>
            <summary className="cost-group__summary">
              <span className="cost-group__title">{section.title}</span>
              <span className={`cost-group__figure${hasError ? ' cost-group__figure--error' : ''}`}>{hasError ? 'Needs a correction' : figure}</span>
            </summary>
            {group}
          </details>
        );
      })}
    </form>
  );
}

function sectionOf(name: string): CostSection {
  if (name.startsWith('duration')) return 'outage';
  if (name.startsWith('slaTiers')) return 'sla';
  if (name === 'currency') return 'settings';
  return NUMERIC_FIELDS[name as NumericCostField]?.section ?? 'other';
}

interface InputProps {
  id: string;
  register: CostFormRegister;
  readOnly?: boolean;
}

function NumericInput({ field, error, note, currency, ...rest }: InputProps & { field: NumericCostField; error?: string; note: string; currency: string }) {
  const meta = NUMERIC_FIELDS[field];
  const unit = meta.unit.replace('currency', currency || '—');
  return (
    <Field id={rest.id} label={meta.label} hint={meta.hint} error={error} unit={unit} note={note}>
      <input
        id={rest.id}
        className="input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        readOnly={rest.readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(rest.id, meta.hint, error, note)}
        {...rest.register(field)}
      />
    </Field>
  );
}

function DurationField({ id, register, errors, readings, invalid, readOnly }: { id: (n: string) => string; register: CostFormRegister; errors: CostFormErrors; readings: CostFormErrors; invalid: { hours: boolean; minutes: boolean }; readOnly?: boolean }) {
  const error = errors.durationHours ?? errors.durationMinutes;
  const note = [readings.durationHours && `Hours: ${readings.durationHours}`, readings.durationMinutes && `Minutes: ${readings.durationMinutes}`].filter(Boolean).join('. ');
  const noteId = `${id('duration')}-note`;
  const hintId = `${id('duration')}-hint`;
  const errorId = `${id('duration')}-error`;
  // Each input carries the group's hint, the error when it is about that input, and the read-as note, so a
  // screen reader landing straight on "minutes" hears why it is invalid (the group's description alone is not read).
  const describe = (isInvalid: boolean) => [hintId, error && isInvalid ? errorId : '', note ? noteId : ''].filter(Boolean).join(' ');
  return (
    <div className={`field field--duration${error ? ' field--error' : ''}`} role="group" aria-labelledby={`${id('duration')}-label`} aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <span className="field__label" id={`${id('duration')}-label`}>
        Outage duration
      </span>
      <p className="field__hint" id={hintId}>
        Hours and minutes; or type it all in minutes.
      </p>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="duration-inputs">
        <label className="duration-inputs__part" htmlFor={id('durationHours')}>
          <input
            id={id('durationHours')}
            className="input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            readOnly={readOnly}
            aria-invalid={invalid.hours ? true : undefined}
            aria-describedby={describe(invalid.hours)}
            {...register('durationHours')}
          />
          <span className="field__unit">hours</span>
        </label>
        <label className="duration-inputs__part" htmlFor={id('durationMinutes')}>
          <input
            id={id('durationMinutes')}
            className="input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            readOnly={readOnly}
            aria-invalid={invalid.minutes ? true : undefined}
            aria-describedby={describe(invalid.minutes)}
            {...register('durationMinutes')}
          />
          <span className="field__unit">minutes</span>
        </label>
      </div>
      <p className="field__note" id={noteId} aria-live="polite">
        {note}
      </p>
    </div>
  );
}

function CalendarSelect({ id, register, readOnly }: { id: string; register: CostFormRegister; readOnly?: boolean }) {
  const hint = 'How long a month, quarter and year are, for revenue per period and the SLA.';
  return (
    <Field id={id} label="Calendar" hint={hint}>
      <select id={id} className="select" disabled={readOnly} aria-describedby={`${id}-hint`} {...register('calendar')}>
        <option value="gregorian">Gregorian mean: 365.2425-day year, month a twelfth of it (as uptime.is)</option>
        <option value="30day">30-day months, 90-day quarters, 365-day years</option>
      </select>
    </Field>
  );
}

function SlaTiers({ tiers, register, errors, id, readOnly }: { tiers: CostFormTiers; register: CostFormRegister; errors: CostFormErrors; id: (n: string) => string; readOnly?: boolean }) {
  const { keys: fields, append, remove } = tiers;
  return (
    <fieldset className="tiers">
      <legend className="field__label">Credit tiers</legend>
      <p className="field__hint">If monthly uptime falls below a threshold, that tier’s credit applies. The most severe tier reached counts.</p>
      {fields.length === 0 ? <p className="muted small">No credit tiers: SLA credits count as zero.</p> : null}
      <ol className="tiers__list">
        {fields.map((field, index) => {
          const belowError = errors[`slaTiers.${index}.below`];
          const creditError = errors[`slaTiers.${index}.credit`];
          return (
            <li key={field} className={`tier${belowError || creditError ? ' field--error' : ''}`}>
              {belowError ? <p className="field__error" id={`${id(`slaTiers.${index}.below`)}-error`}>{belowError}</p> : null}
              {creditError ? <p className="field__error" id={`${id(`slaTiers.${index}.credit`)}-error`}>{creditError}</p> : null}
              <div className="tier__row">
                <label htmlFor={id(`slaTiers.${index}.below`)}>Uptime below</label>
                <input
                  id={id(`slaTiers.${index}.below`)}
                  className="input tier__input"
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  readOnly={readOnly}
                  aria-invalid={belowError ? true : undefined}
                  aria-describedby={belowError ? `${id(`slaTiers.${index}.below`)}-error` : undefined}
                  {...register(`slaTiers.${index}.below`)}
                />
                <span aria-hidden="true">% →</span>
                <label htmlFor={id(`slaTiers.${index}.credit`)} className="visually-hidden">
                  Credit for tier {index + 1}
                </label>
                <input
                  id={id(`slaTiers.${index}.credit`)}
                  className="input tier__input"
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  readOnly={readOnly}
                  aria-invalid={creditError ? true : undefined}
                  aria-describedby={creditError ? `${id(`slaTiers.${index}.credit`)}-error` : undefined}
                  {...register(`slaTiers.${index}.credit`)}
                />
                <span>% credit</span>
                {readOnly ? null : (
                  <button type="button" className="button button--small button--quiet" onClick={() => remove(index)} aria-label={`Remove tier ${index + 1}`}>
                    Remove
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {readOnly || fields.length >= 10 ? null : (
        <button type="button" className="button button--small" onClick={append}>
          Add a tier
        </button>
      )}
    </fieldset>
  );
}
