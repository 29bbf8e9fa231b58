import { useMemo } from 'react';
import { TableWrap } from '../../../components/ui/table-wrap';
import { formatDurationSeconds, formatMoney, formatPercent } from '../../../lib/format';
import type { CostInputs } from '../domain/cost-inputs';
import { calculateErrorBudget, calculateNinesTable } from '../domain/nines';

/** Allowed downtime per period for each uptime target, and what this outage does to this month's budget. */
export function NinesTable({ inputs }: { inputs: CostInputs }) {
  const rows = useMemo(() => calculateNinesTable(inputs.slaTarget, inputs.calendar), [inputs.slaTarget, inputs.calendar]);
  const budget = useMemo(() => calculateErrorBudget(inputs), [inputs]);
  const over = budget.consumedPercent > 100;
  return (
    <section className="panel" aria-labelledby="nines-title">
      <h2 id="nines-title">Error budget and the nines</h2>
      <p className={over ? 'budget budget--over' : 'budget'}>
        This outage uses <strong className="num">{formatPercent(budget.consumedPercent, 1)}</strong> of this month’s error budget at {formatPercent(inputs.slaTarget, 5)}
        {' '}({formatDurationSeconds(budget.monthlyBudgetMinutes * 60)} a month)
        {budget.alreadySpentPercent > 0 ? <>, on top of <span className="num">{formatPercent(budget.alreadySpentPercent, 1)}</span> already spent</> : null}.
        {over ? ' That is more than the whole budget.' : ''} Spending the whole monthly budget in one outage like this would cost{' '}
        <strong className="num">{formatMoney(budget.budgetCost, inputs.currency)}</strong>.
      </p>
      {/* On a phone the table is wider than the screen: say so, and keep the uptime column in view while scrolling. */}
      <p className="nines__hint muted" id="nines-hint">
        Scroll the table sideways for Month, Quarter and Year <span aria-hidden="true">→</span>
      </p>
      <TableWrap label="Allowed downtime">
        <table className="table nines">
          <caption>Allowed downtime{inputs.calendar === '30day' ? ' (30-day months, 90-day quarters, 365-day years)' : ' (Gregorian calendar: a month is a twelfth of 365.2425 days)'}</caption>
          <thead>
            <tr>
              <th scope="col">Uptime</th>
              <th scope="col" className="num">Day</th>
              <th scope="col" className="num">Week</th>
              <th scope="col" className="num">Month</th>
              <th scope="col" className="num">Quarter</th>
              <th scope="col" className="num">Year</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.target} className={row.isUserTarget ? 'is-highlight' : undefined}>
                <th scope="row">
                  {formatPercent(row.target, 5)}{row.isUserTarget ? <span className="tag">your target</span> : null}
                </th>
                <td className="num">{formatDurationSeconds(row.day)}</td>
                <td className="num">{formatDurationSeconds(row.week)}</td>
                <td className="num">{formatDurationSeconds(row.month)}</td>
                <td className="num">{formatDurationSeconds(row.quarter)}</td>
                <td className="num">{formatDurationSeconds(row.year)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
