// The Reports tool: learning across incidents. The app passes in this browser's incidents and postmortems; the
// page never saves anything (imported archives live in its state for the session only).
import { useId, useLayoutEffect, useMemo, useState } from 'react';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import type { Incident, Severity } from '../../incident/domain/incident-types';
import { SEVERITIES, type PostmortemDoc } from '../../postmortem/domain/postmortem-types';
import { formatMoney, formatNumber } from '../../../lib/format';
import { buildReport, TOP_LIST_LENGTH, type Report } from '../domain/build-report';
import { mergeArchives } from '../domain/merge-archive';
import { PERIOD_LABELS, PERIOD_PRESETS, resolvePeriod, type DateRange, type PeriodChoice, type PeriodPreset } from '../domain/report-period';
import {
  buildActionItemTable,
  buildCostTables,
  buildMetricsTable,
  buildMonthTable,
  buildRankedTable,
  buildSeverityTable,
} from '../domain/report-tables';
import { ArchiveImport, type ArchiveReader, type ImportedArchive } from './archive-import';
import { BarChart } from './bar-chart';
import { ReportTableView } from './report-table';
import './reports.css';

export interface ReportsPageProps {
  incidents: readonly Incident[];
  postmortems: readonly PostmortemDoc[];
  /** Costs an incident saved before cost snapshots (as the incident page does). */
  fallbackCostInputs: CostInputs;
  archiveReader: ArchiveReader;
  /** For tests; the page reads the clock once when it opens. */
  now?: number;
  timeZone?: string;
}

/**
 * Marks for the benchmark (docs/PERFORMANCE.md, "Reports"): the first render starts, and each time a report is
 * committed to the page; `npm run bench:reports` measures opening the view between the two.
 */
export const REPORTS_RENDER_START_MARK = 'outage-kit:reports-render-start';
export const REPORTS_COMMIT_MARK = 'outage-kit:reports-commit';

function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

function describeRange(range: DateRange): string {
  if (range.from === null && range.to === null) return 'all dates';
  if (range.from === null) return `up to ${range.to ?? ''}`;
  if (range.to === null) return `from ${range.from}`;
  return `${range.from} to ${range.to}`;
}

function describeDrills(report: Report, includeDrills: boolean): string {
  if (includeDrills) return report.includedDrills === 0 ? 'No drills in this selection.' : `${plural(report.includedDrills, 'drill is', 'drills are')} included.`;
  const { incidents, postmortems } = report.excludedDrills;
  if (incidents === 0 && postmortems === 0) return 'Drills are excluded; none matched this selection.';
  return `Drills are excluded: ${plural(incidents, 'drill incident', 'drill incidents')} and ${plural(postmortems, 'drill postmortem', 'drill postmortems')} not counted.`;
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="panel report-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export default function ReportsPage({ incidents, postmortems, fallbackCostInputs, archiveReader, now: fixedNow, timeZone: fixedZone }: ReportsPageProps) {
  const [openedAt] = useState(() => {
    if (typeof performance !== 'undefined') performance.mark(REPORTS_RENDER_START_MARK);
    return Date.now();
  });
  const now = fixedNow ?? openedAt;
  const timeZone = useMemo(() => fixedZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'), [fixedZone]);
  const [choice, setChoice] = useState<PeriodChoice>({ preset: 'all', from: '', to: '' });
  const [severities, setSeverities] = useState<readonly Severity[]>(SEVERITIES);
  const [includeDrills, setIncludeDrills] = useState(false);
  const [archives, setArchives] = useState<ImportedArchive[]>([]);
  const ids = { period: useId(), from: useId(), to: useId() };

  const data = useMemo(
    () => mergeArchives({ incidents: [...incidents], postmortems: [...postmortems] }, archives.map((a) => a.content)),
    [incidents, postmortems, archives],
  );
  const range = useMemo(() => resolvePeriod(choice, now, timeZone), [choice, now, timeZone]);
  const report = useMemo(
    () => buildReport({ incidents: data.incidents, postmortems: data.postmortems, filter: { range, severities, includeDrills }, now, timeZone, fallbackCostInputs }),
    [data, range, severities, includeDrills, now, timeZone, fallbackCostInputs],
  );

  useLayoutEffect(() => {
    performance.mark(REPORTS_COMMIT_MARK, { detail: report.incidents });
  }, [report]);

  const toggleSeverity = (severity: Severity, on: boolean) =>
    setSeverities((current) => SEVERITIES.filter((s) => (s === severity ? on : current.includes(s))));

  const severityTable = buildSeverityTable(report);
  const monthTable = buildMonthTable(report);
  const metricsTable = buildMetricsTable(report);
  const costMonthTables = buildCostTables(report, 'month');
  const costQuarterTables = buildCostTables(report, 'quarter');

  return (
    <div className="reports">
      <h1>Reports: learning across incidents</h1>
      <p className="muted">
        Figures over this browser's incidents and postmortems{archives.length > 0 ? ' and the imported files' : ''}. Nothing here is sent anywhere.
      </p>

      <form className="panel report-filters no-print" aria-label="Report filters" onSubmit={(e) => e.preventDefault()}>
        <div className="report-filters__row">
          <div className="field">
            <label htmlFor={ids.period}>Period</label>
            <select
              id={ids.period}
              className="select"
              value={choice.preset}
              onChange={(e) => setChoice((c) => ({ ...c, preset: e.currentTarget.value as PeriodPreset }))}
            >
              {PERIOD_PRESETS.map((preset) => (
                <option key={preset} value={preset}>
                  {PERIOD_LABELS[preset]}
                </option>
              ))}
            </select>
          </div>
          {choice.preset === 'custom' && (
            <>
              <div className="field">
                <label htmlFor={ids.from}>From</label>
                <input id={ids.from} type="date" className="input" value={choice.from} onChange={(e) => setChoice((c) => ({ ...c, from: e.currentTarget.value }))} />
              </div>
              <div className="field">
                <label htmlFor={ids.to}>To</label>
                <input id={ids.to} type="date" className="input" value={choice.to} onChange={(e) => setChoice((c) => ({ ...c, to: e.currentTarget.value }))} />
              </div>
            </>
          )}
        </div>
        <fieldset className="report-filters__severities">
          <legend>Severities</legend>
          {SEVERITIES.map((severity) => (
            <label key={severity} className="checkbox">
              <input type="checkbox" checked={severities.includes(severity)} onChange={(e) => toggleSeverity(severity, e.currentTarget.checked)} />
              {severity}
            </label>
          ))}
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" checked={includeDrills} onChange={(e) => setIncludeDrills(e.currentTarget.checked)} />
          Include drills
        </label>
      </form>

      <ArchiveImport
        reader={archiveReader}
        archives={archives}
        onAdd={(added) => setArchives((current) => [...current, ...added])}
        onClear={() => setArchives([])}
      />

      <section className="panel report-summary" aria-labelledby="report-summary-heading">
        <h2 id="report-summary-heading" className="visually-hidden">
          Summary
        </h2>
        <p className="report-summary__headline" aria-live="polite">
          <span className="report-summary__big">{plural(report.incidents, 'incident', 'incidents')}</span>{' '}
          <span>
            and {plural(report.postmortems, 'postmortem', 'postmortems')}, {describeRange(range)},{' '}
            {severities.length === SEVERITIES.length ? 'every severity' : severities.length === 0 ? 'no severity chosen' : severities.join(', ')}
          </span>
        </p>
        <p className="report-summary__drills">{describeDrills(report, includeDrills)}</p>
        {report.costs.map((c) => (
          <p key={c.currency} className="report-summary__cost">
            Estimated cost: <strong className="tabular">{formatMoney(c.total, c.currency, undefined, { maximumFractionDigits: 0 })}</strong>{' '}
            <span className="muted">(from {plural(c.incidents, 'incident', 'incidents')})</span>
          </p>
        ))}
        {report.costs.length > 1 && (
          <p className="notice">
            These incidents were costed in {report.costs.length} currencies ({report.costs.map((c) => c.currency).join(', ')}): each currency has its own
            figures and tables; they are never added together.
          </p>
        )}
        {report.incidents > 0 && report.incidentsWithoutPostmortem > 0 && (
          <p>{plural(report.incidentsWithoutPostmortem, 'incident has', 'incidents have')} no postmortem yet.</p>
        )}
      </section>

      <div className="report-grid">
        <Section id="report-severity" title="Incidents by severity">
          <BarChart
            title="Incidents by severity"
            description={`${report.bySeverity.map((r) => `${r.severity}: ${r.count}`).join(', ')}. The table beside it lists the same counts.`}
            rows={report.bySeverity.map((r) => ({ label: r.severity, value: r.count, valueText: formatNumber(r.count) }))}
          />
          <ReportTableView table={severityTable} />
        </Section>

        <Section id="report-month" title="Incidents by month">
          {report.byMonth.length > 0 && (
            <BarChart
              title="Incidents by month"
              description={`${report.byMonth.length} months, from ${report.byMonth[0]?.month ?? ''} to ${report.byMonth[report.byMonth.length - 1]?.month ?? ''}; the most in one month: ${Math.max(...report.byMonth.map((m) => m.total))}. The table lists each month by severity.`}
              rows={report.byMonth.map((m) => ({ label: m.month, value: m.total, valueText: formatNumber(m.total) }))}
            />
          )}
          <ReportTableView table={monthTable} empty="No incidents in this selection." />
        </Section>
      </div>

      <Section id="report-metrics" title="Response times">
        <p className="muted small">
          Median, 75th and 90th percentile (nearest rank) and mean over the incidents that recorded each milestone; "from incidents" says how many that
          is, "without the milestone" how many of the {plural(report.incidents, 'incident', 'incidents')} did not record it (or are still running).
        </p>
        <ReportTableView table={metricsTable} empty="No incidents in this selection." />
      </Section>

      <Section id="report-cost" title="Estimated cost">
        {report.costs.length === 0 && <p className="muted">No incidents in this selection.</p>}
        {report.costs.map((c, index) => {
          const monthTableForCurrency = costMonthTables[index];
          const quarterTable = costQuarterTables[index];
          return (
            <div key={c.currency} className="report-cost">
              <BarChart
                title={`Estimated cost by month (${c.currency})`}
                description={`Total ${formatMoney(c.total, c.currency, undefined, { maximumFractionDigits: 0 })} over ${c.byMonth.length} months, from ${plural(c.incidents, 'incident', 'incidents')} costed in ${c.currency}. The table lists each month.`}
                rows={c.byMonth.map((m) => ({ label: m.period, value: m.total, valueText: formatMoney(m.total, c.currency, undefined, { maximumFractionDigits: 0, compact: true }) }))}
              />
              {monthTableForCurrency && <ReportTableView table={monthTableForCurrency} />}
              {quarterTable && <ReportTableView table={quarterTable} />}
            </div>
          );
        })}
      </Section>

      <div className="report-grid">
        <Section id="report-actions" title="Action items">
          <p className="report-big-figure">
            <span className="report-summary__big">{report.actionItems.completionRate === null ? '—' : `${Math.round(report.actionItems.completionRate)}%`}</span> done
          </p>
          <ReportTableView table={buildActionItemTable(report)} />
          <p className="muted small">From {plural(report.actionItems.postmortems, 'postmortem', 'postmortems')} with action items.</p>
        </Section>

        <Section id="report-factors" title="Contributing factors">
          <ReportTableView table={buildRankedTable(report, 'factors')} empty="No postmortem in this selection names a contributing factor." />
        </Section>

        <Section id="report-services" title="Services">
          <ReportTableView table={buildRankedTable(report, 'services')} empty="No incidents in this selection." />
        </Section>
      </div>

      <section className="panel report-how" aria-labelledby="report-how-heading">
        <h2 id="report-how-heading">How these are computed</h2>
        <ul>
          <li>
            An incident is in the report when its impact started on a day in the period (your time zone, {timeZone}) and its severity is chosen. A
            postmortem comes with its incident; one written without an incident counts by its own date and severity.
          </li>
          <li>Drills (game days) are left out of every figure unless "Include drills" is on; a postmortem of a drill is left out with it.</li>
          <li>
            Response times use the incident page's definitions: time to detect (impact start → detected), acknowledge (detected, else impact start →
            first status update), mitigate (impact start → service restored) and resolve (impact start → resolved). An incident without the
            milestone, or still running, is not in that metric's figures. The median of an even count is the mean of the two middle values; p75
            and p90 are nearest-rank (always one incident's real time).
          </li>
          <li>
            Estimated cost is the calculator's model applied to each incident's own cost inputs over its impact span (impact start → service
            restored, else resolved, else now), the figure the incident page shows. Each currency is totalled on its own.
          </li>
          <li>
            Action items come from the report's postmortems. An item's age counts from when its postmortem was created (items carry no date of
            their own); it is overdue when its due date is before today and it is not done.
          </li>
          <li>
            Contributing factors: each item of a postmortem's "Contributing factors" section and the last answer of its five whys, counted once per
            postmortem (case and trailing punctuation ignored); the top {TOP_LIST_LENGTH} are listed. Services: the incident's service, the top{' '}
            {TOP_LIST_LENGTH}.
          </li>
        </ul>
      </section>
    </div>
  );
}
