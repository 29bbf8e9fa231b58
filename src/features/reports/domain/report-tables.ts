// The report's tables as plain data: the page renders them and the CSV export writes them, so both hold the same figures.
import { SEVERITIES } from '../../postmortem/domain/postmortem-types';
import type { Report } from './build-report';

/** One cell: its kind says how the page formats it; the CSV writes the raw value (durations in minutes). */
export type ReportCell =
  | { kind: 'text'; value: string }
  | { kind: 'count'; value: number }
  | { kind: 'money'; value: number; currency: string }
  | { kind: 'duration'; value: number | null }
  | { kind: 'percent'; value: number | null }
  | { kind: 'days'; value: number | null };

export interface ReportColumn {
  label: string;
  /** The CSV header when it must name a unit the page shows by formatting ("TTR median (minutes)"). */
  csvLabel?: string;
}

export interface ReportTable {
  /** Stable id: the CSV file name and the table's anchor. */
  id: string;
  caption: string;
  columns: ReportColumn[];
  /** The first cell of each row is its header. */
  rows: ReportCell[][];
}

const text = (value: string): ReportCell => ({ kind: 'text', value });
const count = (value: number): ReportCell => ({ kind: 'count', value });

/** The severity table: incidents per severity. */
export function buildSeverityTable(report: Report): ReportTable {
  return {
    id: 'incidents-by-severity',
    caption: 'Incidents by severity',
    columns: [{ label: 'Severity' }, { label: 'Incidents' }],
    rows: report.bySeverity.map((row) => [text(row.severity), count(row.count)]),
  };
}

/** Incidents per month, split by severity. */
export function buildMonthTable(report: Report): ReportTable {
  return {
    id: 'incidents-by-month',
    caption: 'Incidents by month',
    columns: [{ label: 'Month' }, ...SEVERITIES.map((s) => ({ label: s })), { label: 'Total' }],
    rows: report.byMonth.map((row) => [text(row.month), ...SEVERITIES.map((s) => count(row.bySeverity[s])), count(row.total)]),
  };
}

/** TTD/TTA/TTM/TTR: median, p75, p90, mean, and from how many incidents. */
export function buildMetricsTable(report: Report): ReportTable {
  return {
    id: 'response-times',
    caption: 'Response times',
    columns: [
      { label: 'Metric' },
      { label: 'Median', csvLabel: 'Median (minutes)' },
      { label: 'p75', csvLabel: 'p75 (minutes)' },
      { label: 'p90', csvLabel: 'p90 (minutes)' },
      { label: 'Mean', csvLabel: 'Mean (minutes)' },
      { label: 'From incidents' },
      { label: 'Without the milestone' },
    ],
    rows: report.metrics.map((m) => [
      text(`${m.abbreviation} (${m.label.toLowerCase()})`),
      { kind: 'duration', value: m.median },
      { kind: 'duration', value: m.p75 },
      { kind: 'duration', value: m.p90 },
      { kind: 'duration', value: m.mean },
      count(m.count),
      count(m.without),
    ]),
  };
}

/** Estimated cost per month or per quarter, one table per currency. */
export function buildCostTables(report: Report, by: 'month' | 'quarter'): ReportTable[] {
  return report.costs.map((c) => ({
    id: `cost-by-${by}-${c.currency.toLowerCase()}`,
    caption: `Estimated cost by ${by} (${c.currency})`,
    columns: [{ label: by === 'month' ? 'Month' : 'Quarter' }, { label: 'Estimated cost', csvLabel: `Estimated cost (${c.currency})` }, { label: 'Incidents' }],
    rows: (by === 'month' ? c.byMonth : c.byQuarter).map((row) => [text(row.period), { kind: 'money', value: row.total, currency: c.currency }, count(row.incidents)]),
  }));
}

/** Action items: completion, open, age, overdue. */
export function buildActionItemTable(report: Report): ReportTable {
  const a = report.actionItems;
  return {
    id: 'action-items',
    caption: 'Action items',
    columns: [{ label: 'Figure' }, { label: 'Value' }],
    rows: [
      [text('Action items'), count(a.total)],
      [text('Done'), count(a.done)],
      [text('Open or in progress'), count(a.open)],
      [text('Completion rate'), { kind: 'percent', value: a.completionRate }],
      [text('Median age of open items'), { kind: 'days', value: a.openAgeMedianDays }],
      [text('Overdue'), count(a.overdue)],
    ],
  };
}

/** The most frequent contributing factors or services. */
export function buildRankedTable(report: Report, which: 'factors' | 'services'): ReportTable {
  return which === 'factors'
    ? {
        id: 'contributing-factors',
        caption: 'Most frequent contributing factors',
        columns: [{ label: 'Contributing factor' }, { label: 'Postmortems' }],
        rows: report.factors.map((f) => [text(f.name), count(f.count)]),
      }
    : {
        id: 'services',
        caption: 'Services with the most incidents',
        columns: [{ label: 'Service' }, { label: 'Incidents' }],
        rows: report.services.map((s) => [text(s.name), count(s.count)]),
      };
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"): = + - @, tab and CR. The
 * same guard as the postmortem's action-item CSV (a feature's export/ module is not ours to import).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text cell a spreadsheet will not run: one that looks like a formula gets a leading apostrophe. */
export function neutraliseCsvText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvValue(cell: ReportCell): string {
  switch (cell.kind) {
    case 'text':
      return neutraliseCsvText(cell.value);
    case 'duration':
      // Minutes with one decimal: a spreadsheet sums and charts them; a clock string it cannot.
      return cell.value === null ? '' : String(Math.round(cell.value / 6_000) / 10);
    case 'money':
      return String(Math.round(cell.value * 100) / 100);
    case 'percent':
      return cell.value === null ? '' : String(Math.round(cell.value * 10) / 10);
    case 'days':
      return cell.value === null ? '' : String(cell.value);
    case 'count':
      return String(cell.value);
  }
}

function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * The table as RFC 4180 CSV: a header row, every field quoted, CRLF line ends, formula-like text neutralised, no
 * byte-order mark; an empty field for a figure that cannot be known (no incident recorded the milestone).
 */
export function renderTableCsv(table: ReportTable): string {
  const header = table.columns.map((c) => quote(neutraliseCsvText(c.csvLabel ?? c.label)));
  const rows = table.rows.map((row) => row.map((cell) => quote(csvValue(cell))).join(','));
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
