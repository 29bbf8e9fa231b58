import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_INPUTS } from '../../calculator/domain/cost-inputs';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';
import { buildReport } from './build-report';
import { buildCostTables, buildMetricsTable, buildRankedTable, buildSeverityTable, neutraliseCsvText, renderTableCsv } from './report-tables';

const filter = { range: { from: null, to: null }, severities: ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const, includeDrills: false };

function reportOf(services: string[]) {
  const incidents = services.map((service, i) => {
    const base = createTestIncident({ id: `i${i}`, service }, T0 + i * MINUTE);
    return { ...base, milestones: { ...base.milestones, mitigated: base.declaredAt + 30 * MINUTE, resolved: base.declaredAt + 60 * MINUTE }, status: 'resolved' as const, costInputs: DEFAULT_COST_INPUTS };
  });
  return buildReport({ incidents, postmortems: [], filter, now: T0 + 10 * 24 * 60 * MINUTE, timeZone: 'UTC', fallbackCostInputs: DEFAULT_COST_INPUTS });
}

describe('renderTableCsv', () => {
  it('writes a header row and one row per table row, parsed back by papaparse; durations in minutes', () => {
    const report = reportOf(['checkout', 'checkout']);
    const csv = renderTableCsv(buildMetricsTable(report));
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['Metric', 'Median (minutes)', 'p75 (minutes)', 'p90 (minutes)', 'Mean (minutes)', 'From incidents', 'Without the milestone']);
    expect(parsed.data).toHaveLength(5);
    // Time to resolve: impact 10 min before declaration, resolved 60 min after → 70 minutes.
    expect(parsed.data[4]?.slice(1)).toEqual(['70', '70', '70', '70', '2', '0']);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises formula-like text so a spreadsheet never runs it', () => {
    const csv = renderTableCsv(buildRankedTable(reportOf(['=HYPERLINK("http://x")', '@SUM(1)', '"quoted", text']), 'services'));
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1).map((row) => row[0]);
    expect(rows).toEqual(expect.arrayContaining(["'=HYPERLINK(\"http://x\")", "'@SUM(1)", '"quoted", text']));
    expect(neutraliseCsvText('+1')).toBe("'+1");
    expect(neutraliseCsvText('plain')).toBe('plain');
  });

  it('leaves a figure no incident recorded empty, and writes money as a plain number per currency', () => {
    const report = reportOf(['a']);
    const [cost] = buildCostTables(report, 'quarter');
    expect(cost?.caption).toBe('Estimated cost by quarter (USD)');
    const parsed = Papa.parse<string[]>(renderTableCsv(cost ?? buildSeverityTable(report)), { skipEmptyLines: true }).data;
    expect(parsed[1]?.[0]).toBe('2025-Q1');
    expect(Number(parsed[1]?.[1])).toBeCloseTo(report.costs[0]?.total ?? NaN, 2);
    const empty = buildReport({ incidents: [], postmortems: [], filter, now: T0, timeZone: 'UTC', fallbackCostInputs: DEFAULT_COST_INPUTS });
    const metrics = Papa.parse<string[]>(renderTableCsv(buildMetricsTable(empty)), { skipEmptyLines: true }).data;
    expect(metrics[1]).toEqual(['TTD (time to detect)', '', '', '', '', '0', '0']);
  });
});
