// A report over many incidents and their postmortems: every figure a quarterly reliability review asks for,
// computed with the incident's own metric and cost definitions so they agree with the incident and postmortem pages.
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import { calculateIncidentCost } from '../../incident/domain/impact-span';
import type { Incident, Severity } from '../../incident/domain/incident-types';
import { calculateIncidentMetrics, METRIC_DEFINITIONS, type MetricKey } from '../../incident/domain/metrics';
import { findSourceIncident } from '../../postmortem/domain/edit-postmortem';
import { RESPONSE_METRICS, SEVERITIES, type PostmortemDoc } from '../../postmortem/domain/postmortem-types';
import { formatDateInTimeZone, isIsoDate } from '../../postmortem/domain/zoned-time';
import { listContributingFactors } from './contributing-factors';
import { isInRange, toQuarterKey, type ReportFilter } from './report-period';
import { calculateMedian, summarizeValues, type SummaryStats } from './report-stats';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How many contributing factors and services the report lists (the rest are in no table: a review reads the top). */
export const TOP_LIST_LENGTH = 10;

export interface ReportInput {
  incidents: readonly Incident[];
  postmortems: readonly PostmortemDoc[];
  filter: ReportFilter;
  now: number;
  /** The reader's IANA zone: months, quarters and "overdue" are calendar days there. */
  timeZone: string;
  /** Cost inputs for an incident saved before cost snapshots (the calculator's, as the incident page uses). */
  fallbackCostInputs: CostInputs;
}

export interface MetricSummary extends SummaryStats {
  key: MetricKey;
  abbreviation: string;
  label: string;
  definition: string;
  /** Incidents in the report without this milestone recorded (or still running). */
  without: number;
}

export interface CostPeriodRow {
  /** 'YYYY-MM' or 'YYYY-Qn'. */
  period: string;
  total: number;
  incidents: number;
}

/** The costs of the incidents in one currency: a report never adds two currencies together. */
export interface CurrencyCosts {
  currency: string;
  total: number;
  incidents: number;
  byMonth: CostPeriodRow[];
  byQuarter: CostPeriodRow[];
}

export interface MonthCount {
  month: string;
  total: number;
  bySeverity: Record<Severity, number>;
}

export interface ActionItemFigures {
  total: number;
  done: number;
  /** Open or in progress. */
  open: number;
  /** Done ÷ all, 0–100; null without items. */
  completionRate: number | null;
  /** Median age of the open items in whole days since their postmortem was created; null without open items. */
  openAgeMedianDays: number | null;
  /** Open items whose due date is before today. */
  overdue: number;
  /** Postmortems the items come from. */
  postmortems: number;
}

export interface RankedName {
  name: string;
  count: number;
}

export interface Report {
  incidents: number;
  postmortems: number;
  /** Incidents in the report that have no postmortem. */
  incidentsWithoutPostmortem: number;
  /** Drills that matched the period and severities but were left out (0 when drills are included). */
  excludedDrills: { incidents: number; postmortems: number };
  /** Drills counted in the figures (0 unless drills are included). */
  includedDrills: number;
  bySeverity: { severity: Severity; count: number }[];
  byMonth: MonthCount[];
  metrics: MetricSummary[];
  costs: CurrencyCosts[];
  actionItems: ActionItemFigures;
  /** How many postmortems name each factor, most first (ties alphabetical). */
  factors: RankedName[];
  /** How many incidents each service had, most first (ties alphabetical). */
  services: RankedName[];
}

/** True for a postmortem of a drill: its incident is one, or the document says so (`drill`, when the model has it). */
function isDrillPostmortem(doc: PostmortemDoc, source: Incident | undefined): boolean {
  return source?.drill === true || (doc as PostmortemDoc & { drill?: unknown }).drill === true;
}

function emptySeverityCounts(): Record<Severity, number> {
  return { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 };
}

function rank(counts: Map<string, { name: string; count: number }>): RankedName[] {
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0))
    .slice(0, TOP_LIST_LENGTH)
    .map(({ name, count }) => ({ name, count }));
}

function tally(counts: Map<string, { name: string; count: number }>, key: string, name: string): void {
  const entry = counts.get(key);
  if (entry) entry.count += 1;
  else counts.set(key, { name, count: 1 });
}

/** Every month from `first` to `last` ('YYYY-MM'), so a chart shows a quiet month as zero, not as a gap. */
function listMonths(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (year * 12 + month <= end) {
    months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * Builds the report: the incidents whose impact started in the period (a calendar day in `timeZone`) with a
 * chosen severity, drills only when asked for; their postmortems (a postmortem written without an incident
 * counts by its own date and severity); and every figure over them. Pure and deterministic in `now`.
 */
export function buildReport({ incidents, postmortems, filter, now, timeZone, fallbackCostInputs }: ReportInput): Report {
  const severities = new Set(filter.severities);
  const allSeverities = SEVERITIES.every((s) => severities.has(s));
  const included: Incident[] = [];
  const includedIds = new Set<string>();
  const dates = new Map<string, string>();
  let excludedDrillIncidents = 0;
  for (const incident of incidents) {
    const date = formatDateInTimeZone(incident.startedAt, timeZone);
    if (!isInRange(date, filter.range) || !severities.has(incident.severity)) continue;
    if (incident.drill === true && !filter.includeDrills) {
      excludedDrillIncidents += 1;
      continue;
    }
    included.push(incident);
    includedIds.add(incident.id);
    dates.set(incident.id, date);
  }

  const docs: PostmortemDoc[] = [];
  const withPostmortem = new Set<string>();
  let excludedDrillDocs = 0;
  for (const doc of postmortems) {
    const source = findSourceIncident(doc, incidents);
    if (source) {
      if (includedIds.has(source.id)) {
        docs.push(doc);
        withPostmortem.add(source.id);
      } else if (isDrillPostmortem(doc, source) && !filter.includeDrills) {
        const date = formatDateInTimeZone(source.startedAt, timeZone);
        if (isInRange(date, filter.range) && severities.has(source.severity)) excludedDrillDocs += 1;
      }
      continue;
    }
    const date = isIsoDate(doc.date) ? doc.date : formatDateInTimeZone(doc.createdAt, timeZone);
    const severityOk = doc.severity === '' ? allSeverities : severities.has(doc.severity);
    if (!isInRange(date, filter.range) || !severityOk) continue;
    if (isDrillPostmortem(doc, undefined) && !filter.includeDrills) {
      excludedDrillDocs += 1;
      continue;
    }
    docs.push(doc);
  }

  const bySeverityCounts = emptySeverityCounts();
  const monthCounts = new Map<string, Record<Severity, number>>();
  const metricValues = new Map<MetricKey, number[]>(METRIC_DEFINITIONS.map((d) => [d.key, []]));
  const costsByCurrency = new Map<string, { total: number; incidents: number; months: Map<string, CostPeriodRow>; quarters: Map<string, CostPeriodRow> }>();
  const services = new Map<string, { name: string; count: number }>();
  for (const incident of included) {
    const month = (dates.get(incident.id) ?? '').slice(0, 7);
    bySeverityCounts[incident.severity] += 1;
    const counts = monthCounts.get(month) ?? emptySeverityCounts();
    counts[incident.severity] += 1;
    monthCounts.set(month, counts);
    for (const metric of calculateIncidentMetrics(incident, now)) {
      if (metric.ms !== null && !metric.running) metricValues.get(metric.key)?.push(metric.ms);
    }
    const cost = calculateIncidentCost(incident, fallbackCostInputs, now);
    let currency = costsByCurrency.get(cost.currency);
    if (!currency) {
      currency = { total: 0, incidents: 0, months: new Map(), quarters: new Map() };
      costsByCurrency.set(cost.currency, currency);
    }
    currency.total += cost.total;
    currency.incidents += 1;
    for (const [map, period] of [
      [currency.months, month],
      [currency.quarters, toQuarterKey(month)],
    ] as const) {
      const row = map.get(period) ?? { period, total: 0, incidents: 0 };
      row.total += cost.total;
      row.incidents += 1;
      map.set(period, row);
    }
    const service = incident.service.trim();
    if (service !== '') tally(services, service.toLowerCase(), service);
  }

  const factors = new Map<string, { name: string; count: number }>();
  let total = 0;
  let done = 0;
  let overdue = 0;
  const openAges: number[] = [];
  const today = formatDateInTimeZone(now, timeZone);
  let docsWithItems = 0;
  for (const doc of docs) {
    for (const factor of listContributingFactors(doc)) tally(factors, factor.key, factor.label);
    if (findSourceIncident(doc, incidents) === undefined) {
      for (const service of new Set(doc.services.map((s) => s.trim()).filter((s) => s !== ''))) tally(services, service.toLowerCase(), service);
    }
    if (doc.actionItems.length > 0) docsWithItems += 1;
    for (const item of doc.actionItems) {
      total += 1;
      if (item.status === 'done') {
        done += 1;
        continue;
      }
      openAges.push(Math.max(0, Math.floor((now - doc.createdAt) / DAY_MS)));
      if (item.due !== '' && item.due < today) overdue += 1;
    }
  }

  const monthKeys = [...monthCounts.keys()].sort();
  const first = monthKeys[0];
  const last = monthKeys[monthKeys.length - 1];
  const byMonth: MonthCount[] =
    first === undefined || last === undefined
      ? []
      : listMonths(first, last).map((month) => {
          const counts = monthCounts.get(month) ?? emptySeverityCounts();
          return { month, total: SEVERITIES.reduce((sum, s) => sum + counts[s], 0), bySeverity: counts };
        });

  const metrics: MetricSummary[] = METRIC_DEFINITIONS.map((definition) => {
    const values = metricValues.get(definition.key) ?? [];
    const info = RESPONSE_METRICS.find((m) => m.key === definition.key);
    return {
      key: definition.key,
      abbreviation: info?.abbreviation ?? definition.key,
      label: definition.label,
      definition: definition.definition,
      ...summarizeValues(values),
      without: included.length - values.length,
    };
  });

  const costs: CurrencyCosts[] = [...costsByCurrency]
    .sort((a, b) => b[1].incidents - a[1].incidents || (a[0] < b[0] ? -1 : 1))
    .map(([currency, c]) => {
      const months = [...c.months.keys()].sort();
      return {
        currency,
        total: c.total,
        incidents: c.incidents,
        byMonth: months.length === 0 ? [] : listMonths(months[0] as string, months[months.length - 1] as string).map((m) => c.months.get(m) ?? { period: m, total: 0, incidents: 0 }),
        byQuarter: [...c.quarters.values()].sort((a, b) => (a.period < b.period ? -1 : 1)),
      };
    });

  return {
    incidents: included.length,
    postmortems: docs.length,
    incidentsWithoutPostmortem: included.length - withPostmortem.size,
    excludedDrills: { incidents: excludedDrillIncidents, postmortems: excludedDrillDocs },
    includedDrills: included.filter((i) => i.drill === true).length,
    bySeverity: SEVERITIES.map((severity) => ({ severity, count: bySeverityCounts[severity] })),
    byMonth,
    metrics,
    costs,
    actionItems: {
      total,
      done,
      open: total - done,
      completionRate: total === 0 ? null : (done / total) * 100,
      openAgeMedianDays: calculateMedian(openAges),
      overdue,
      postmortems: docsWithItems,
    },
    factors: rank(factors),
    services: rank(services),
  };
}
