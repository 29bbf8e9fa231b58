import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Field, describedBy } from '../../../components/ui/field';
import { formatMinutes, formatMoney } from '../../../lib/format';
import { COST_COMPONENTS, COST_COMPONENT_LABELS, calculateDowntimeCost, type CostComponent } from '../../calculator/domain/calculate-downtime-cost';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import { calculateErrorBudget } from '../../calculator/domain/nines';
import { updateImpact } from '../domain/edit-postmortem';
import { calculateCostTotal, createEmptyCost, describePostmortemSpan } from '../domain/postmortem-types';
import { FindingList, fieldDomId, findingsDomId } from './blameless-findings';
import type { EditorProps } from './editor-context';
import { NumberField, joinIds } from './form-controls';
import { useDraftText } from './use-draft-text';
import { POSTMORTEM_LIMITS } from '../domain/postmortem-schema';
import { listPostmortemMetricRows } from '../domain/incident-record';
import type { PostmortemMetrics } from '../domain/postmortem-types';
import { TableWrap } from '../../../components/ui/table-wrap';
import './impact-editor.css';

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Duration, users affected, error budget, the editable cost breakdown (with its total) and notes. */
export function ImpactEditor({ doc, edit, findingsFor, onDismiss, costInputs }: EditorProps & { costInputs: CostInputs }) {
  // The span the figures cover, named as the incident names it: impact end is when service was restored.
  const spanLabel = describePostmortemSpan(doc);
  const { impact } = doc;
  const [confirmRecalculate, setConfirmRecalculate] = useState(false);
  const total = calculateCostTotal(impact.cost);
  const windowMinutes =
    doc.startedAt !== null && doc.endedAt !== null && doc.endedAt >= doc.startedAt ? Math.round(((doc.endedAt - doc.startedAt) / 60_000) * 10) / 10 : null;
  const notesId = fieldDomId('impact-notes');
  const notesFindings = findingsFor('impact-notes');
  const setCost = (component: CostComponent, value: number) => edit((d) => updateImpact(d, { cost: { ...d.impact.cost, [component]: value } }));

  const recalculate = () => {
    const minutes = impact.durationMinutes ?? windowMinutes ?? costInputs.minutes;
    const breakdown = calculateDowntimeCost(costInputs, minutes).breakdown;
    const cost = createEmptyCost();
    for (const key of COST_COMPONENTS) cost[key] = round2(breakdown[key]);
    const errorBudgetConsumedPercent = round2(calculateErrorBudget({ ...costInputs, minutes }).consumedPercent);
    edit((d) => updateImpact(d, { cost, currency: costInputs.currency, errorBudgetConsumedPercent, durationMinutes: d.impact.durationMinutes ?? minutes }));
  };

  return (
    <div className="pm-impact">
      <div className="pm-impact__total" aria-live="polite">
        <p className="pm-impact__total-label">Total cost</p>
        <p className="pm-impact__total-value num">{total === 0 ? 'Not estimated' : formatMoney(total, impact.currency)}</p>
        {spanLabel ? <p className="small muted pm-impact__span">{spanLabel}</p> : null}
      </div>
      <div className="pm-grid pm-grid--compact">
        <div>
          <NumberField
            id="pm-duration"
            label="Duration"
            unit="min"
            value={impact.durationMinutes}
            describe="Enter the duration in minutes"
            max={10_000_000}
            onChange={(durationMinutes) => edit((d) => updateImpact(d, { durationMinutes }))}
            hint={impact.durationMinutes !== null ? `${formatMinutes(impact.durationMinutes)}${spanLabel ? `, ${spanLabel}` : ''}` : 'Minutes of impact.'}
          />
          {windowMinutes !== null && windowMinutes !== impact.durationMinutes ? (
            <button type="button" className="link-button small" onClick={() => edit((d) => updateImpact(d, { durationMinutes: windowMinutes }))}>
              Use impact start to end: {formatMinutes(windowMinutes)}
            </button>
          ) : null}
        </div>
        <NumberField
          id="pm-users"
          label="Users affected"
          unit="%"
          value={impact.usersAffectedPercent}
          describe="Enter the share of users as a percentage"
          max={100}
          onChange={(usersAffectedPercent) => edit((d) => updateImpact(d, { usersAffectedPercent }))}
        />
        <NumberField
          id="pm-budget"
          label="Error budget consumed"
          unit="%"
          hint="Over 100% means the budget was overspent."
          value={impact.errorBudgetConsumedPercent}
          describe="Enter the error budget consumed as a percentage"
          max={1e9}
          onChange={(errorBudgetConsumedPercent) => edit((d) => updateImpact(d, { errorBudgetConsumedPercent }))}
        />
        <CurrencyField value={impact.currency} onChange={(currency) => edit((d) => updateImpact(d, { currency }))} />
      </div>

      <fieldset className="pm-costs">
        <legend className="pm-costs__legend">Cost breakdown ({impact.currency})</legend>
        <p className="field__hint">From the downtime cost calculator when the postmortem was started; correct any figure you know better.</p>
        <div className="pm-grid pm-grid--compact">
          {COST_COMPONENTS.map((component) => (
            <NumberField
              key={component}
              id={`pm-cost-${component}`}
              label={COST_COMPONENT_LABELS[component]}
              unit={impact.currency}
              value={impact.cost[component]}
              nullable={false}
              describe={`Enter ${COST_COMPONENT_LABELS[component].toLowerCase()} as an amount`}
              onChange={(value) => setCost(component, value ?? 0)}
            />
          ))}
        </div>
        <button type="button" className="button button--small" onClick={() => (total > 0 ? setConfirmRecalculate(true) : recalculate())}>
          Recalculate with the calculator’s inputs
        </button>
      </fieldset>

      {doc.metrics ? <MetricsTable metrics={doc.metrics} /> : null}

      <div className="field">
        <label className="field__label" htmlFor={notesId}>
          Notes on the figures
        </label>
        <p className="field__hint" id={`${notesId}-hint`}>
          Where the numbers come from and what they leave out.
        </p>
        <textarea
          maxLength={POSTMORTEM_LIMITS.text}
          id={notesId}
          className="textarea pm-textarea"
          value={impact.notes}
          aria-describedby={joinIds(`${notesId}-hint`, notesFindings.length > 0 && findingsDomId('impact-notes'))}
          onChange={(e) => {
            const notes = e.target.value;
            edit((d) => updateImpact(d, { notes }));
          }}
        />
        <FindingList fieldId="impact-notes" text={impact.notes} findings={notesFindings} onDismiss={onDismiss} />
      </div>

      <ConfirmDialog
        open={confirmRecalculate}
        title="Replace the cost breakdown?"
        confirmLabel="Recalculate"
        onCancel={() => setConfirmRecalculate(false)}
        onConfirm={() => {
          recalculate();
          setConfirmRecalculate(false);
        }}
      >
        <p>
          The six amounts and the error budget are replaced with the calculator’s figures for{' '}
          {formatMinutes(impact.durationMinutes ?? windowMinutes ?? costInputs.minutes)}, in {costInputs.currency}.
        </p>
      </ConfirmDialog>
    </div>
  );
}

/** The response metrics the incident's milestones gave when the postmortem was started (read-only: they are the record). */
function MetricsTable({ metrics }: { metrics: PostmortemMetrics }) {
  return (
    <section className="pm-metrics" aria-labelledby="pm-metrics-heading">
      <h4 className="pm-costs__legend" id="pm-metrics-heading">
        Response metrics
      </h4>
      <p className="field__hint">From the incident’s milestones when the postmortem was started. A metric whose milestone was not marked is not recorded.</p>
      <TableWrap label="Response metrics table (editor)">
        <table className="table pm-metrics__table">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">Definition</th>
            </tr>
          </thead>
          <tbody>
            {listPostmortemMetricRows(metrics).map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.metric}</th>
                <td className="num">{row.value}</td>
                <td>{row.definition}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

function CurrencyField({ value, onChange }: { value: string; onChange: (currency: string) => void }) {
  const draft = useDraftText(
    value,
    (v) => v,
    (text) => {
      const code = text.trim().toUpperCase();
      return /^[A-Z]{3}$/.test(code) ? { ok: true, value: code } : { ok: false, error: 'Enter a 3-letter currency code, such as EUR' };
    },
    onChange,
  );
  return (
    <Field id="pm-currency" label="Currency" hint="3-letter code, e.g. EUR." error={draft.error}>
      <input
        id="pm-currency"
        className="input input--narrow"
        type="text"
        maxLength={3}
        autoComplete="off"
        spellCheck={false}
        value={draft.text}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={describedBy('pm-currency', 'hint', draft.error)}
        onChange={(e) => draft.onChange(e.target.value)}
      />
    </Field>
  );
}
