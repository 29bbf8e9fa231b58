import { Suspense, useMemo, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { CopyButton } from '../../../components/ui/copy-button';
import { formatMoney } from '../../../lib/format';
import { calculateDowntimeCost } from '../domain/calculate-downtime-cost';
import { toCostFormValues, type CostFormValues } from '../domain/cost-form';
import { renderCostSummaryMarkdown } from '../domain/render-cost-summary-markdown';
import { useCalculatorStore } from '../store/calculator-store-context';
import { buildShareUrl } from '../url/share-params';
import { getShareLinkArrival, type ShareLinkArrival } from '../store/share-link-arrival';
import { AnnualView } from './annual-view';
import { CostCurveChart } from './cost-curve-chart';
import { CostForm } from './cost-form';
import { CostSummary } from './cost-summary';
import { HowCalculated } from './how-calculated';
import { NinesTable } from './nines-table';
import { PresetPicker } from './preset-picker';
import './calculator.css';

/** The calculator tool: presets and sharing, the inputs, the answer, and the detail behind it. */
// The Suspense boundaries below suspend nothing: they split hydrating the prerendered page into smaller
// tasks (React hydrates each boundary separately), so the page answers input sooner on a slow phone.
export function CalculatorPage({ embedSlot }: { embedSlot?: ReactNode }) {
  const inputs = useCalculatorStore((s) => s.calculator.inputs);
  const draft = useCalculatorStore((s) => s.calculator.draft);
  const revision = useCalculatorStore((s) => s.calculator.revision);
  const setCostDraft = useCalculatorStore((s) => s.setCostDraft);
  const replaceCostInputs = useCalculatorStore((s) => s.replaceCostInputs);
  const resetCostInputs = useCalculatorStore((s) => s.resetCostInputs);
  const [confirmReset, setConfirmReset] = useState(false);

  const [shared, setShared] = useState<ShareLinkArrival | null>(getShareLinkArrival);
  const cost = useMemo(() => calculateDowntimeCost(inputs), [inputs]);
  const formValues = useMemo<CostFormValues>(() => draft ?? toCostFormValues(inputs), [draft, inputs]);
  const shareUrl = () => buildShareUrl(window.location.href.split(/[?#]/)[0] ?? '', inputs);

  return (
    <div className="calculator">
      <div className="page-intro">
        <h1>Downtime cost calculator</h1>
        <p>
          What this outage costs: lost revenue, lost productivity, response, SLA credits, churn and the rest, per minute, per
          hour and per year. Results update as you type.
        </p>
      </div>

      {shared ? (
        <div className="notice" role="status">
          {shared.applied > 0 ? (
            <p>
              Loaded {shared.applied} value{shared.applied === 1 ? '' : 's'} from a shared link.{' '}
              <button type="button" className="link-button" onClick={() => { replaceCostInputs(shared.previous); setShared(null); }}>
                Undo and restore my values
              </button>
            </p>
          ) : (
            <p>The link had no values this calculator could use.</p>
          )}
          {shared.notices.length > 0 ? (
            <>
              <p>Some parts of the link were ignored or repeated:</p>
              <ul>
                {shared.notices.map((n, i) => (
                  <li key={`${n.name}-${i}`}>
                    <code>{n.name}</code>: {n.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <button type="button" className="button button--small button--quiet" onClick={() => setShared(null)}>
            Dismiss
          </button>
        </div>
      ) : null}

      <div className="calculator__grid">
        <div className="calculator__summary">
          <CostSummary inputs={inputs} cost={cost} stale={draft !== null} />
        <div className="button-row calculator__actions no-print" role="group" aria-label="Share and reset">
          <CopyButton text={shareUrl} label="Copy link" />
          <CopyButton
            text={() => renderCostSummaryMarkdown(inputs, cost, { shareUrl: shareUrl() })}
            label="Copy summary as Markdown"
          />
          <button type="button" className="button button--quiet" onClick={() => setConfirmReset(true)}>
            Reset to defaults
          </button>
        </div>
        </div>
        <div className="calculator__form panel">
          <PresetPicker />
          <Suspense>
            <CostForm key={revision} defaultValues={formValues} onChange={setCostDraft} />
          </Suspense>
        </div>
      </div>

      <section className="panel" aria-labelledby="curve-title">
        <h2 id="curve-title">Cost against outage length</h2>
        <p className="muted">
          Each minute of faster recovery saves <strong className="num">{formatMoney(cost.savedPerMinute, inputs.currency)}</strong>.
          Dashed lines mark where an SLA credit tier starts.
        </p>
        <Suspense>
          <CostCurveChart inputs={inputs} />
        </Suspense>
      </section>
      <Suspense>
        <NinesTable inputs={inputs} />
      </Suspense>
      <Suspense>
        <AnnualView inputs={inputs} />
      </Suspense>
      <Suspense>
        {embedSlot}
        <HowCalculated />
      </Suspense>

      <ConfirmDialog
        open={confirmReset}
        title="Reset every input to its default?"
        confirmLabel="Reset inputs"
        destructive
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          resetCostInputs();
          setConfirmReset(false);
        }}
      >
        <p>Your current values will be replaced. Copy a link first if you want to keep them.</p>
      </ConfirmDialog>
    </div>
  );
}

