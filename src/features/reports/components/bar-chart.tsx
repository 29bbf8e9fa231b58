// A small horizontal bar chart (SVG, one accent colour), drawn 1:1 at its frame's width like the calculator's
// breakdown chart; the data table beside it carries the same figures and is its full text alternative.
import { useId } from 'react';
import { useMeasuredWidth } from '../../../components/ui/use-measured-width';

export interface BarRow {
  label: string;
  value: number;
  /** The value as the table shows it ("€12,400", "3"). */
  valueText: string;
}

const ROW = 26;
const LABEL_WIDTH = 80;
const VALUE_WIDTH = 84;

export function BarChart({ title, description, rows }: { title: string; description: string; rows: readonly BarRow[] }) {
  const titleId = useId();
  const descId = useId();
  const [frameRef, width] = useMeasuredWidth<HTMLDivElement>(340);
  const barWidth = Math.max(width - LABEL_WIDTH - VALUE_WIDTH, 40);
  const total = LABEL_WIDTH + barWidth + VALUE_WIDTH;
  const max = Math.max(0, ...rows.map((r) => r.value));
  const height = Math.max(rows.length, 1) * ROW;
  return (
    <div className="report-chart" ref={frameRef}>
      <svg className="report-chart__svg" width={total} height={height} viewBox={`0 0 ${total} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {rows.map((row, index) => {
          const y = index * ROW;
          const w = max > 0 ? (row.value / max) * barWidth : 0;
          return (
            <g key={row.label}>
              <text className="report-chart__label" x="0" y={y + ROW / 2} dominantBaseline="middle">
                {row.label}
              </text>
              <rect className="report-chart__track" x={LABEL_WIDTH} y={y + 6} width={barWidth} height={ROW - 12} rx="3" />
              <rect className="report-chart__bar" x={LABEL_WIDTH} y={y + 6} width={Math.max(w, row.value > 0 ? 2 : 0)} height={ROW - 12} rx="3" />
              <text className="report-chart__value" x={total} y={y + ROW / 2} dominantBaseline="middle" textAnchor="end">
                {row.valueText}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
