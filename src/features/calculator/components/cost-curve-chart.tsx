import { TableWrap } from '../../../components/ui/table-wrap';
import { useId, useMemo } from 'react';
import { formatMinutes, formatMoney, formatPercent } from '../../../lib/format';
import { calculateCostCurve } from '../domain/cost-curve';
import type { CostInputs } from '../domain/cost-inputs';

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 16, right: 16, bottom: 40, left: 72 };

/** Log scale for the duration axis: 5 minutes and 24 hours both get room. */
function scaleX(minutes: number): number {
  const min = Math.log(5);
  const max = Math.log(1440);
  const t = (Math.log(Math.max(5, Math.min(1440, minutes))) - min) / (max - min);
  return PAD.left + t * (WIDTH - PAD.left - PAD.right);
}

const X_TICKS = [5, 15, 30, 60, 120, 240, 480, 1440];

/**
 * Cost against outage length (5 min … 24 h), with the SLA tier steps marked and your outage highlighted.
 * Hand-drawn SVG with a title, a description and the data as a table for screen readers.
 */
export function CostCurveChart({ inputs }: { inputs: CostInputs }) {
  const titleId = useId();
  const descId = useId();
  const curve = useMemo(() => {
    const full = calculateCostCurve(inputs);
    // A tier whose credit a more severe tier already covers adds no jump: only draw real steps.
    return { ...full, tierSteps: full.tierSteps.filter((s) => s.totalAfter > s.totalBefore) };
  }, [inputs]);
  const maxTotal = Math.max(...curve.points.map((p) => p.total), ...curve.tierSteps.map((s) => s.totalAfter), 1);
  const scaleY = (total: number) => HEIGHT - PAD.bottom - (total / maxTotal) * (HEIGHT - PAD.top - PAD.bottom);
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((t) => t * maxTotal);
  const money = (n: number) => formatMoney(n, inputs.currency, undefined, { compact: true });

  // Draw the step function honestly: at each tier step the line jumps vertically.
  const events = [
    ...curve.points.map((p) => ({ minutes: p.minutes, total: p.total, step: null as null | { before: number; after: number } })),
    ...curve.tierSteps.map((s) => ({ minutes: s.minutes, total: s.totalAfter, step: { before: s.totalBefore, after: s.totalAfter } })),
  ].sort((a, b) => a.minutes - b.minutes);
  const path = events
    .map((e, i) => {
      const x = scaleX(e.minutes).toFixed(1);
      if (e.step) return `${i === 0 ? 'M' : 'L'}${x},${scaleY(e.step.before).toFixed(1)} L${x},${scaleY(e.step.after).toFixed(1)}`;
      return `${i === 0 ? 'M' : 'L'}${x},${scaleY(e.total).toFixed(1)}`;
    })
    .join(' ');
  const own = curve.points.find((p) => p.minutes === inputs.minutes);

  return (
    <figure className="curve">
      <svg className="curve__chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>Cost against outage length</title>
        <desc id={descId}>
          {`From ${money(curve.points[0]?.total ?? 0)} at 5 minutes to ${money(curve.points.at(-1)?.total ?? 0)} at 24 hours.`}
          {curve.tierSteps.length
            ? ` SLA credits step up at ${curve.tierSteps.map((s) => `${formatMinutes(s.minutes)} (uptime below ${formatPercent(s.tier.below, 4)})`).join(', ')}.`
            : ''}
        </desc>
        {yTicks.map((v) => (
          <g key={v} className="curve__grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={scaleY(v)} y2={scaleY(v)} />
            <text x={PAD.left - 8} y={scaleY(v)} textAnchor="end" dominantBaseline="middle">
              {money(v)}
            </text>
          </g>
        ))}
        {X_TICKS.map((m) => (
          <text key={m} className="curve__tick" x={scaleX(m)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle">
            {formatMinutes(m)}
          </text>
        ))}
        {curve.tierSteps.map((s) => (
          <g key={s.tier.below} className="curve__step">
            <line x1={scaleX(s.minutes)} x2={scaleX(s.minutes)} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
            <text x={scaleX(s.minutes) + 4} y={PAD.top + 10}>
              {`< ${formatPercent(s.tier.below, 4)}`}
            </text>
          </g>
        ))}
        <path className="curve__line" d={path} />
        {own ? (
          <g className="curve__own">
            <circle cx={scaleX(own.minutes)} cy={scaleY(own.total)} r="5" />
            <text x={scaleX(own.minutes)} y={scaleY(own.total) - 10} textAnchor="middle">
              You
            </text>
          </g>
        ) : null}
        <text className="curve__axis-label" x={(WIDTH + PAD.left) / 2} y={HEIGHT - 6} textAnchor="middle">
          Outage length (log scale)
        </text>
      </svg>
      <details className="curve__data">
        <summary>Show the figures</summary>
        <TableWrap label="Cost at each outage length">
          <table className="table">
            <caption className="visually-hidden">Cost at each outage length</caption>
            <thead>
              <tr>
                <th scope="col">Outage length</th>
                <th scope="col" className="num">Total cost</th>
              </tr>
            </thead>
            <tbody>
              {curve.points.map((p) => (
                <tr key={p.minutes} className={p.minutes === inputs.minutes ? 'is-highlight' : undefined}>
                  <th scope="row">{formatMinutes(p.minutes)}{p.minutes === inputs.minutes ? ' (yours)' : ''}</th>
                  <td className="num">{formatMoney(p.total, inputs.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </figure>
  );
}
