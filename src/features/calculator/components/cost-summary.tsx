import { formatMoney, formatPercent } from '../../../lib/format';
import type { DowntimeCost } from '../domain/calculate-downtime-cost';
import type { CostInputs } from '../domain/cost-inputs';
import { BreakdownChart } from './breakdown-chart';

interface CostSummaryProps {
  inputs: CostInputs;
  cost: DowntimeCost;
  /** Shown when the form has errors: the results are for the last valid values. */
  stale?: boolean;
  compact?: boolean;
}

/** The answer: the total as the largest thing on the page, then per minute/hour and the breakdown. */
export function CostSummary({ inputs, cost, stale, compact }: CostSummaryProps) {
  const money = (n: number) => formatMoney(n, inputs.currency);
  return (
    <section className={`panel cost-summary${compact ? ' cost-summary--compact' : ''}`} aria-labelledby="cost-summary-title">
      <h2 id="cost-summary-title" className="visually-hidden">
        Result
      </h2>
      {stale ? (
        <p className="cost-summary__stale" role="status">
          Showing the result for your last valid values. Correct the highlighted fields to update it.
        </p>
      ) : null}
      <div className="cost-summary__total">
        <span className="cost-summary__label" id="total-cost-label">
          Total cost
        </span>
        <output className="cost-summary__amount" aria-labelledby="total-cost-label">
          {money(cost.total)}
        </output>
        <span className="cost-summary__context muted">for a {formatOutage(inputs.minutes)} outage</span>
      </div>
      <dl className="cost-summary__rates">
        <div>
          <dt id="per-minute-label">Cost per minute</dt>
          <dd>
            <output aria-labelledby="per-minute-label">{money(cost.perMinute)}</output>
          </dd>
        </div>
        <div>
          <dt id="per-hour-label">Cost per hour</dt>
          <dd>
            <output aria-labelledby="per-hour-label">{money(cost.perHour)}</output>
          </dd>
        </div>
      </dl>
      <p className="cost-summary__saving">
        Each minute of faster recovery saves <strong className="num">{money(cost.savedPerMinute)}</strong>
        {inputs.slaTiers.length > 0 && inputs.slaContract > 0 ? ', plus any SLA tier you stay out of.' : '.'}
      </p>
      {inputs.slaContract > 0 ? (
        <p className="cost-summary__sla small muted">
          Monthly uptime with this outage: <span className="num">{formatPercent(cost.monthlyUptime, 4)}</span>
          {cost.slaTier
            ? ` — below ${formatPercent(cost.slaTier.below, 4)}, so ${formatPercent(cost.slaCreditPercent, 2)} of the contract value is credited.`
            : ' — no credit tier reached.'}
        </p>
      ) : null}
      <BreakdownChart cost={cost} currency={inputs.currency} />
    </section>
  );
}

function formatOutage(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round((minutes - h * 60) * 10) / 10;
  if (h === 0) return `${m}-minute`;
  if (m === 0) return `${h}-hour`;
  return `${h} h ${m} min`;
}
