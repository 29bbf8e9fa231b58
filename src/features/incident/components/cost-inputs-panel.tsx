import { useState } from 'react';
import { describedBy } from '../../../components/ui/field';
import { formatMoney, formatNumber, formatPercent } from '../../../lib/format';
import { formatReadAs } from '../../../lib/parse-number-text';
import { parseCostFieldText } from '../../calculator/domain/cost-form';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import { setIncidentCostInputs } from '../domain/incident-actions';
import type { Incident } from '../domain/incident-types';
import { announce } from './announcer';
import type { ApplyIncidentAction } from './incident-action';

interface CostInputsPanelProps {
  incident: Incident;
  apply: ApplyIncidentAction;
  /** The calculator's current inputs: copied into the incident only when the user asks. */
  calculatorInputs: CostInputs;
}

// The few inputs an incident commander adjusts mid-incident; the rest come from the calculator.
const EDITABLE = [
  { field: 'affected', label: 'Users affected', unit: '%' },
  { field: 'revenue', label: 'Revenue', unit: 'per period' },
  { field: 'responders', label: 'Responders', unit: 'people' },
  { field: 'responderRate', label: 'Responder hourly cost', unit: 'per hour' },
  { field: 'otherCosts', label: 'Other costs', unit: 'lump sum' },
] as const satisfies readonly { field: keyof CostInputs; label: string; unit: string }[];

type EditableField = (typeof EDITABLE)[number]['field'];

/**
 * The incident's own cost inputs: a copy of the calculator's taken at declaration, so a later what-if in the
 * calculator never rewrites this incident's cost. While active they can be edited here, or copied again from the
 * calculator on purpose; once resolved the cost is fixed.
 */
export function CostInputsPanel({ incident, apply, calculatorInputs }: CostInputsPanelProps) {
  const inputs = incident.costInputs ?? calculatorInputs;
  const active = incident.status === 'active';
  const differs = JSON.stringify(inputs) !== JSON.stringify(calculatorInputs);
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Record<EditableField, string>>(() => toValues(inputs));
  const [errors, setErrors] = useState<Partial<Record<EditableField, string>>>({});

  const save = () => {
    const next: CostInputs = { ...inputs };
    const found: Partial<Record<EditableField, string>> = {};
    for (const { field } of EDITABLE) {
      // The same reading, limits and messages as the calculator's field, in the reader's locale.
      const parsed = parseCostFieldText(field, values[field]);
      if (parsed.value !== undefined && !parsed.error) next[field] = parsed.value;
      else found[field] = parsed.error ?? 'Enter a number';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    apply((current, now) => setIncidentCostInputs(current, next, now, 'edit'));
    setEditing(false);
    announce('Cost inputs saved for this incident.');
  };

  return (
    <section className="panel cost-inputs" aria-labelledby="cost-inputs-title">
      <h2 id="cost-inputs-title">Cost inputs</h2>
      <p className="muted small">
        {active
          ? 'This incident’s own copy of the calculator’s inputs, taken when it was declared. Changing the calculator does not change it.'
          : 'The cost was fixed when the incident was resolved, with these inputs.'}
      </p>
      <dl className="cost-inputs__list small">
        <div>
          <dt>Users affected</dt>
          <dd className="tabular">{formatPercent(inputs.affected, 2)}</dd>
        </div>
        <div>
          <dt>Revenue</dt>
          <dd className="tabular">
            {formatMoney(inputs.revenue, inputs.currency, undefined, { maximumFractionDigits: 0 })} per {inputs.revenuePeriod}
          </dd>
        </div>
        <div>
          <dt>Responders</dt>
          <dd className="tabular">
            {formatNumber(inputs.responders)} at {formatMoney(inputs.responderRate, inputs.currency, undefined, { maximumFractionDigits: 0 })} an hour
          </dd>
        </div>
      </dl>
      {active && editing ? (
        <div className="cost-inputs__edit">
          {EDITABLE.map(({ field, label, unit }) => {
            const id = `incident-cost-${field}`;
            const error = errors[field];
            // How an ambiguous text ("1.500") is being read, shown as it is typed, never a silent guess.
            const note = error ? '' : (parseCostFieldText(field, values[field]).reading ?? '');
            return (
              <div key={field} className={`field${error ? ' field--error' : ''}`}>
                <label className="field__label" htmlFor={id}>
                  {label} <span className="muted small">({unit === 'per period' ? `per ${inputs.revenuePeriod}` : unit})</span>
                </label>
                {error ? (
                  <p className="field__error" id={`${id}-error`}>
                    <span className="visually-hidden">Error: </span>
                    {error}
                  </p>
                ) : null}
                <input
                  id={id}
                  className="input"
                  inputMode="decimal"
                  value={values[field]}
                  aria-invalid={error ? true : undefined}
                  autoComplete="off"
                  aria-describedby={describedBy(id, undefined, error, note)}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setValues((v) => ({ ...v, [field]: value }));
                  }}
                />
                <p className="field__note" id={`${id}-note`} aria-live="polite">
                  {note}
                </p>
              </div>
            );
          })}
          <div className="button-row">
            <button type="button" className="button button--small button--primary" onClick={save}>
              Save cost inputs
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                setEditing(false);
                setErrors({});
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {active && !editing ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setValues(toValues(inputs));
              setEditing(true);
            }}
          >
            Edit cost inputs
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!differs}
            onClick={() => {
              apply((current, now) => setIncidentCostInputs(current, calculatorInputs, now, 'calculator'));
              announce('Cost inputs updated from the calculator.');
            }}
          >
            Update from the calculator
          </button>
          {!differs ? <span className="muted small">Same as the calculator now.</span> : null}
        </div>
      ) : null}
    </section>
  );
}

function toValues(inputs: CostInputs): Record<EditableField, string> {
  // Written in the reader's locale (as the calculator's form is), so it reads back as the same number.
  return Object.fromEntries(EDITABLE.map(({ field }) => [field, formatReadAs(inputs[field])])) as Record<EditableField, string>;
}
