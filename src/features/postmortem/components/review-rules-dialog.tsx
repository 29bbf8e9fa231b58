// The review deadline per severity, on the native <dialog> like the tracker settings. Loaded on its own (lazyPart in
// review-card.tsx): it is opened rarely, once per browser.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { describedBy } from '../../../components/ui/field';
import type { Severity } from '../../incident/domain/incident-types';
import { SEVERITIES } from '../domain/postmortem-types';
import { DEFAULT_REVIEW_RULES, MAX_REVIEW_RULE_DAYS, describeReviewRule } from '../domain/review-due';
import type { ReviewRules } from './use-review-rules';

type Draft = Record<Severity, { days: string; businessDays: boolean }>;

const toDraft = (rules: ReviewRules): Draft =>
  Object.fromEntries(SEVERITIES.map((s) => [s, { days: String(rules[s].days), businessDays: rules[s].businessDays }])) as Draft;

export interface ReviewRulesDialogProps {
  open: boolean;
  rules: ReviewRules;
  onSave: (rules: ReviewRules) => void;
  onClose: () => void;
}

/** Days per severity, calendar or business; each error next to its field, a summary when there are several. */
export function ReviewRulesDialog({ open, rules, onSave, onClose }: ReviewRulesDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(rules));
  const [errors, setErrors] = useState<Partial<Record<Severity, string>>>({});

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // Each opening starts from what is saved, not from an abandoned edit.
      setDraft(toDraft(rules));
      setErrors({});
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
    // The draft is reset only when the dialog opens, not when the saved rules change behind it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const daysId = (s: Severity) => `${id}-${s}-days`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {} as ReviewRules;
    const found: Partial<Record<Severity, string>> = {};
    for (const s of SEVERITIES) {
      const text = draft[s].days.trim();
      const days = Number(text);
      if (!/^\d+$/.test(text) || days < 1 || days > MAX_REVIEW_RULE_DAYS) found[s] = `Enter a whole number of days from 1 to ${MAX_REVIEW_RULE_DAYS} for ${s}`;
      else next[s] = { days, businessDays: draft[s].businessDays };
    }
    setErrors(found);
    const first = SEVERITIES.find((s) => found[s] !== undefined);
    if (first) {
      requestAnimationFrame(() => document.getElementById(daysId(first))?.focus());
      return;
    }
    onSave(next);
  };
  const summary = SEVERITIES.flatMap((s) => (errors[s] ? [{ id: daysId(s), message: errors[s] }] : []));

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onCancel={onClose} onClose={() => open && onClose()}>
      <form className="pm-rules-form" noValidate onSubmit={submit}>
        <h2 id={`${id}-title`} className="dialog__title">
          Review deadlines
        </h2>
        <p className="field__hint">
          How long after the impact ends each review is due. Saved in this browser only; a due date typed into a postmortem is kept as typed. Business days
          skip Saturdays and Sundays, not public holidays.
        </p>
        <ErrorSummary items={summary} />
        {SEVERITIES.map((s) => {
          const error = errors[s];
          const controlId = daysId(s);
          return (
            <fieldset key={s} className={`pm-rules-form__row${error ? ' field--error' : ''}`}>
              <legend className="field__label">{s}</legend>
              <p className="field__hint" id={`${controlId}-hint`}>
                Default: {describeReviewRule(s, DEFAULT_REVIEW_RULES)}.
              </p>
              {error ? (
                <p className="field__error" id={`${controlId}-error`}>
                  <span className="visually-hidden">Error: </span>
                  {error}
                </p>
              ) : null}
              <div className="pm-rules-form__controls">
                <label className="field__label" htmlFor={controlId}>
                  Days<span className="visually-hidden"> for {s}</span>
                </label>
                <input
                  id={controlId}
                  className="input pm-rules-form__days"
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={3}
                  value={draft[s].days}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(controlId, 'hint', error)}
                  onChange={(e) => {
                    const days = e.target.value;
                    setDraft((d) => ({ ...d, [s]: { ...d[s], days } }));
                  }}
                />
                <select
                  id={`${controlId}-kind`}
                  aria-label={`Kind of days for ${s}`}
                  className="select"
                  value={draft[s].businessDays ? 'business' : 'calendar'}
                  onChange={(e) => {
                    const businessDays = e.target.value === 'business';
                    setDraft((d) => ({ ...d, [s]: { ...d[s], businessDays } }));
                  }}
                >
                  <option value="calendar">calendar days</option>
                  <option value="business">business days</option>
                </select>
              </div>
            </fieldset>
          );
        })}
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={() => setDraft(toDraft(DEFAULT_REVIEW_RULES))}>
            Use the defaults
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Save deadlines
          </button>
        </div>
      </form>
    </dialog>
  );
}
