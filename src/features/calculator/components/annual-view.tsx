import { useMemo } from 'react';
import { formatMinutes, formatMoney, formatNumber, formatPercent } from '../../../lib/format';
import { calculateAnnualView } from '../domain/annual-view';
import type { CostInputs } from '../domain/cost-inputs';

/** The year: how much outages like this cost, and what recovering faster would save. */
export function AnnualView({ inputs }: { inputs: CostInputs }) {
  const view = useMemo(() => calculateAnnualView(inputs), [inputs]);
  const money = (n: number) => formatMoney(n, inputs.currency);
  return (
    <section className="panel" aria-labelledby="annual-title">
      <h2 id="annual-title">Over a year</h2>
      <dl className="stat-grid">
        <div>
          <dt>{formatNumber(inputs.incidentsPerYear, undefined, { maximumFractionDigits: 2 })} incidents like this a year</dt>
          <dd className="stat">{money(view.perYear)}</dd>
        </div>
        <div>
          <dt>
            Recovering {formatPercent(inputs.fasterBy, 2)} faster ({formatMinutes(view.fasterMinutes)} instead of {formatMinutes(inputs.minutes)}) saves
          </dt>
          <dd className="stat">{money(view.savedPerYear)} a year</dd>
        </div>
      </dl>
    </section>
  );
}
