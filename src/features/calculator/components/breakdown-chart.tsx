import { useId } from 'react';
import { TableWrap } from '../../../components/ui/table-wrap';
import { useMeasuredWidth } from '../../../components/ui/use-measured-width';
import { formatMoney, formatPercent } from '../../../lib/format';
import { COST_COMPONENTS, COST_COMPONENT_LABELS, type DowntimeCost } from '../domain/calculate-downtime-cost';

const ROW = 26;
// "Lost productivity" at 12.5 px is about 105 px wide; the share ("100%") about 36 px.
const LABEL_WIDTH = 118;
const VALUE_WIDTH = 48;

/**
 * The cost by component as labelled horizontal bars (SVG, one accent colour) with the same figures as a
 * table, which is also the chart's text alternative.
 */
export function BreakdownChart({ cost, currency }: { cost: DowntimeCost; currency: string }) {
  const titleId = useId();
  const descId = useId();
  // Drawn 1:1 at the measured width (see useMeasuredWidth): the labels keep their size, the bars take what is left.
  const [frameRef, width] = useMeasuredWidth<HTMLDivElement>(356);
  const BAR_WIDTH = Math.max(width - LABEL_WIDTH - VALUE_WIDTH, 40);
  const WIDTH = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const max = Math.max(...COST_COMPONENTS.map((c) => cost.breakdown[c]), 0);
  const height = COST_COMPONENTS.length * ROW;
  const largest = COST_COMPONENTS.reduce((a, b) => (cost.breakdown[b] > cost.breakdown[a] ? b : a), COST_COMPONENTS[0] ?? 'revenue');
  const share = (n: number) => (cost.total > 0 ? (n / cost.total) * 100 : 0);
  return (
    <figure className="breakdown">
      <figcaption className="breakdown__caption">Where the cost comes from</figcaption>
      <div className="breakdown__frame" ref={frameRef}>
      <svg
        className="breakdown__chart"
        width={WIDTH}
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>Cost by component</title>
        <desc id={descId}>
          {cost.total > 0
            ? `${COST_COMPONENT_LABELS[largest]} is the largest part, ${formatPercent(share(cost.breakdown[largest]), 0)} of the total. The table below lists every component.`
            : 'Every component is zero.'}
        </desc>
        {COST_COMPONENTS.map((component, index) => {
          const value = cost.breakdown[component];
          const width = max > 0 ? (value / max) * BAR_WIDTH : 0;
          const y = index * ROW;
          return (
            <g key={component}>
              <text className="breakdown__label" x="0" y={y + ROW / 2} dominantBaseline="middle">
                {COST_COMPONENT_LABELS[component]}
              </text>
              <rect className="breakdown__track" x={LABEL_WIDTH} y={y + 6} width={BAR_WIDTH} height={ROW - 12} rx="3" />
              <rect className="breakdown__bar" x={LABEL_WIDTH} y={y + 6} width={Math.max(width, value > 0 ? 2 : 0)} height={ROW - 12} rx="3" />
              <text className="breakdown__value" x={WIDTH} y={y + ROW / 2} dominantBaseline="middle" textAnchor="end">
                {formatPercent(share(value), 0)}
              </text>
            </g>
          );
        })}
      </svg>
      </div>
      <TableWrap label="Cost by component">
          <table className="table breakdown__table">
            <caption className="visually-hidden">Cost by component</caption>
            <thead>
              <tr>
                <th scope="col">Component</th>
                <th scope="col" className="num">
                  Cost
                </th>
                <th scope="col" className="num">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {COST_COMPONENTS.map((component) => (
                <tr key={component}>
                  <th scope="row">{COST_COMPONENT_LABELS[component]}</th>
                  <td className="num">{formatMoney(cost.breakdown[component], currency)}</td>
                  <td className="num">{formatPercent(share(cost.breakdown[component]), 0)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className="num">{formatMoney(cost.total, currency)}</td>
                <td className="num">{cost.total > 0 ? formatPercent(100, 0) : '—'}</td>
              </tr>
            </tfoot>
          </table>
      </TableWrap>
    </figure>
  );
}
