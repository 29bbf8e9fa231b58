import { TableWrap } from '../../../components/ui/table-wrap';
import { useMeasuredWidth } from '../../../components/ui/use-measured-width';
import { useId, useMemo } from 'react';
import { formatMinutes, formatMoney, formatPercent } from '../../../lib/format';
import {
  calculateCostCurve,
  calculateRoundTicks,
  describeCostCurve,
  formatDurationTick,
  selectDurationTicks,
} from '../domain/cost-curve';
import type { CostInputs } from '../domain/cost-inputs';

const HEIGHT = 240;
// Room for labels at the 12 px the CSS sets: about 7 px a character for the money ticks.
const PAD = { top: 22, right: 12, bottom: 44 };
const TICK_CHAR_PX = 7.2;

/**
 * Cost against outage length over a range that follows the user's outage (seconds to weeks), with the SLA tier
 * steps marked and the user's outage highlighted. Drawn 1:1 in CSS pixels at the measured width, so labels keep
 * their size on phones; a title, a description with the model's figures and the data as a table for screen readers.
 */
export function CostCurveChart({ inputs }: { inputs: CostInputs }) {
  const titleId = useId();
  const descId = useId();
  const [frameRef, width] = useMeasuredWidth<HTMLDivElement>(640);
  const full = useMemo(() => calculateCostCurve(inputs), [inputs]);
  // A tier whose credit a more severe tier already covers adds no jump: only draw real steps.
  const curve = useMemo(() => ({ ...full, tierSteps: full.tierSteps.filter((s) => s.totalAfter > s.totalBefore) }), [full]);
  const { minMinutes, maxMinutes } = curve.range;
  const maxTotal = Math.max(...curve.points.map((p) => p.total), ...curve.tierSteps.map((s) => s.totalAfter), 0);
  const yTicks = calculateRoundTicks(maxTotal);
  const yTop = yTicks.at(-1) ?? 1;
  const money = (n: number) => formatMoney(n, inputs.currency, undefined, { compact: true });
  const yLabels = yTicks.map(money);
  const left = Math.ceil(Math.max(...yLabels.map((l) => l.length)) * TICK_CHAR_PX) + 12;
  const plotRight = width - PAD.right;

  /** Log scale for the duration axis, over the curve's own range. */
  const scaleX = (minutes: number) => {
    const t = (Math.log(Math.max(minMinutes, Math.min(maxMinutes, minutes))) - Math.log(minMinutes)) / (Math.log(maxMinutes) - Math.log(minMinutes));
    return left + t * (plotRight - left);
  };
  const scaleY = (total: number) => HEIGHT - PAD.bottom - (total / yTop) * (HEIGHT - PAD.top - PAD.bottom);
  const xTicks = selectDurationTicks(curve.range, scaleX, 56).filter((m) => scaleX(m) + 24 <= width && scaleX(m) - 24 >= left - 30);

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
  // Keep the "You" label inside the drawing near either edge.
  const ownAnchor = own ? (scaleX(own.minutes) > plotRight - 20 ? 'end' : scaleX(own.minutes) < left + 20 ? 'start' : 'middle') : 'middle';
  // Step labels need about 50 px; on a narrow chart, label only those with room before the next.
  const stepLabels = curve.tierSteps.filter((s, i, all) => {
    const next = all[i + 1];
    return scaleX(s.minutes) + 52 <= width && (!next || scaleX(next.minutes) - scaleX(s.minutes) >= 52);
  });

  return (
    <figure className="curve">
      <div className="curve__frame" ref={frameRef}>
        <svg
          className="curve__chart"
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
        >
          <title id={titleId}>Cost against outage length</title>
          <desc id={descId}>{describeCostCurve(inputs, curve)}</desc>
          {yTicks.map((v, i) => (
            <g key={v} className="curve__grid">
              <line x1={left} x2={plotRight} y1={scaleY(v)} y2={scaleY(v)} />
              <text x={left - 8} y={scaleY(v)} textAnchor="end" dominantBaseline="middle">
                {yLabels[i]}
              </text>
            </g>
          ))}
          {xTicks.map((m) => (
            <text key={m} className="curve__tick" x={scaleX(m)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle">
              {formatDurationTick(m)}
            </text>
          ))}
          {curve.tierSteps.map((s) => (
            <g key={s.tier.below} className="curve__step">
              <line x1={scaleX(s.minutes)} x2={scaleX(s.minutes)} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
              {stepLabels.includes(s) ? (
                <text x={scaleX(s.minutes) + 4} y={PAD.top - 6}>
                  {`< ${formatPercent(s.tier.below, 4)}`}
                </text>
              ) : null}
            </g>
          ))}
          <path className="curve__line" d={path} />
          {own ? (
            <g className="curve__own">
              <circle cx={scaleX(own.minutes)} cy={scaleY(own.total)} r="5" />
              <text x={scaleX(own.minutes)} y={Math.max(scaleY(own.total) - 10, PAD.top + 12)} textAnchor={ownAnchor}>
                You
              </text>
            </g>
          ) : null}
          <text className="curve__axis-label" x={(plotRight + left) / 2} y={HEIGHT - 8} textAnchor="middle">
            Outage length (log scale)
          </text>
        </svg>
      </div>
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
                  <th scope="row">{p.minutes < 1 ? formatDurationTick(p.minutes) : formatMinutes(p.minutes)}{p.minutes === inputs.minutes ? ' (yours)' : ''}</th>
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
