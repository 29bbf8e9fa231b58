// Acceptance (issue 19): 50 generated incidents and postmortems, drills and a merged archive with overlapping ids;
// every report figure is checked against a computation written here with plain loops, not the report's code.
import { describe, expect, it } from 'vitest';
import { calculateDowntimeCost } from '../../calculator/domain/calculate-downtime-cost';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../../calculator/domain/cost-inputs';
import type { Incident, Milestones, Severity } from '../../incident/domain/incident-types';
import type { ActionItem, PostmortemDoc } from '../../postmortem/domain/postmortem-types';
import { createPostmortem } from '../../postmortem/domain/templates';
import { createTestIncident } from '../../../testing/incident-fixture';
import { buildReport, type Report } from './build-report';
import { mergeArchives } from './merge-archive';
import { resolvePeriod, type DateRange } from './report-period';

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0); // 2026-11-30, in Q4
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const SEVS: Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];
const SERVICES = ['checkout', 'Checkout', 'payments-api', 'search', 'auth'];
const FACTORS = ['No canary deploy', 'Alert threshold too high', 'Runbook out of date', 'Single database primary', 'Retry storm'];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EUR: CostInputs = { ...DEFAULT_COST_INPUTS, currency: 'EUR', revenue: 2_000_000, revenuePeriod: 'month' };
const USD: CostInputs = { ...DEFAULT_COST_INPUTS, currency: 'USD', revenue: 900_000, revenuePeriod: 'month', otherCosts: 500 };

function makeIncident(i: number, next: () => number): Incident {
  const startedAt = NOW - Math.floor(next() * 330 * DAY) - 3 * 60 * MIN;
  const severity = SEVS[Math.floor(next() * 4)] as Severity;
  const base = createTestIncident({ id: `inc-${i}`, severity, service: SERVICES[i % SERVICES.length] ?? 'x', startedAt }, startedAt + Math.floor(next() * 20) * MIN);
  const milestones: Milestones = { ...base.milestones };
  const active = i % 13 === 0;
  if (next() < 0.8) milestones.acknowledged = base.declaredAt + Math.floor(next() * 15) * MIN;
  if (next() < 0.85) milestones.mitigated = base.declaredAt + (10 + Math.floor(next() * 120)) * MIN;
  if (!active) milestones.resolved = (milestones.mitigated ?? base.declaredAt) + Math.floor(next() * 90) * MIN;
  if (i % 17 === 5) delete milestones.detected;
  return {
    ...base,
    milestones,
    status: active ? 'active' : 'resolved',
    costInputs: i % 9 === 4 ? USD : EUR,
    ...(i % 7 === 3 ? { drill: true } : {}),
    updatedAt: base.declaredAt + 1000,
  };
}

function makeItem(id: string, next: () => number): ActionItem {
  const r = next();
  const status = r < 0.45 ? 'done' : r < 0.75 ? 'open' : 'in-progress';
  const due = next() < 0.3 ? '' : new Date(NOW + Math.floor((next() - 0.6) * 60) * DAY).toISOString().slice(0, 10);
  return { id, description: `Fix ${id}`, owner: 'Team', type: 'prevent', priority: 'P2', due, link: '', status };
}

function makePostmortem(id: string, incident: Incident | null, next: () => number): PostmortemDoc {
  const createdAt = incident ? incident.declaredAt + DAY : NOW - Math.floor(next() * 200) * DAY;
  const doc = createPostmortem({ template: 'google-sre', now: createdAt, timeZone: 'UTC', id });
  const picks = FACTORS.filter(() => next() < 0.4);
  const variant = (f: string, k: number) => (k % 2 === 0 ? f : `${f.toUpperCase()}.`);
  const body = picks.map((f, k) => `- ${variant(f, k)}`).join('\n');
  const lastBecause = next() < 0.5 ? (FACTORS[Math.floor(next() * FACTORS.length)] as string) : '';
  return {
    ...doc,
    ...(incident ? { sourceIncidentId: incident.id, incidentId: incident.number ?? '', severity: incident.severity } : { severity: SEVS[Math.floor(next() * 4)] as Severity, services: ['search'] }),
    sections: doc.sections.map((s) => (s.kind === 'contributing-factors' ? { ...s, body } : s)),
    fiveWhys: lastBecause === '' ? [] : [{ id: `${id}-w1`, why: 'Why?', because: 'A first answer' }, { id: `${id}-w2`, why: 'Why?', because: lastBecause }],
    actionItems: Array.from({ length: Math.floor(next() * 4) }, (_, k) => makeItem(`${id}-a${k}`, next)),
    ...(id.endsWith('-drillmark') ? { drill: true } : {}),
  } as PostmortemDoc;
}

/** Local data: incidents 0–39; an archive: incidents 30–49 (30–34 a newer edit with another severity), and postmortems. */
function createFixtures() {
  const next = random(19);
  const all = Array.from({ length: 50 }, (_, i) => makeIncident(i, next));
  const local = all.slice(0, 40);
  const archived = all.slice(30).map((incident, k) =>
    k < 5 ? { ...incident, severity: (incident.severity === 'SEV1' ? 'SEV3' : 'SEV1') as Severity, updatedAt: incident.updatedAt + 5000 } : incident,
  );
  const docsFor = all.filter((_, i) => i % 4 !== 1).map((incident) => makePostmortem(`pm-${incident.id}`, incident, next));
  const scratch = Array.from({ length: 5 }, (_, k) => makePostmortem(k === 0 ? `pm-scratch-${k}-drillmark` : `pm-scratch-${k}`, null, next));
  const localDocs = [...docsFor.filter((_, k) => k % 2 === 0), ...scratch.slice(0, 3)];
  // The archive holds some of the same postmortems, a few edited later (every item done).
  const archivedDocs = [
    ...docsFor.filter((_, k) => k % 2 === 1),
    ...docsFor.filter((_, k) => k % 2 === 0 && k < 10).map((doc) => ({ ...doc, updatedAt: doc.updatedAt + 10_000, actionItems: doc.actionItems.map((a) => ({ ...a, status: 'done' as const })) })),
    ...scratch.slice(2),
  ];
  return { local: { incidents: local, postmortems: localDocs }, archive: { incidents: archived, postmortems: archivedDocs } };
}

// ---- The independent computation: plain loops over plain data. ----

function utcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function inRange(date: string, range: DateRange): boolean {
  return !(range.from !== null && date < range.from) && !(range.to !== null && date > range.to);
}

function nearestRank(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  let rank = Math.ceil((p * sorted.length) / 100);
  if (rank < 1) rank = 1;
  return sorted[rank - 1] ?? null;
}

function median(values: number[]): number | null {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const h = s.length >> 1;
  return s.length % 2 ? (s[h] ?? null) : ((s[h - 1] ?? 0) + (s[h] ?? 0)) / 2;
}

function normalize(text: string): string {
  let t = text.toLowerCase().trim();
  while (t.endsWith('.')) t = t.slice(0, -1);
  return t;
}

function expectedReport(incidents: Incident[], docs: PostmortemDoc[], range: DateRange, sevs: Severity[], drills: boolean) {
  const chosen: Incident[] = [];
  let droppedDrills = 0;
  for (const inc of incidents) {
    if (!inRange(utcDate(inc.startedAt), range) || !sevs.includes(inc.severity)) continue;
    if (inc.drill && !drills) droppedDrills++;
    else chosen.push(inc);
  }
  const chosenIds = chosen.map((i) => i.id);
  const pms: PostmortemDoc[] = [];
  let droppedDrillDocs = 0;
  for (const doc of docs) {
    const src = incidents.find((i) => i.id === doc.sourceIncidentId);
    const drillDoc = (doc as { drill?: boolean }).drill === true || src?.drill === true;
    const docDate = src ? utcDate(src.startedAt) : doc.date;
    const docSev = src ? src.severity : doc.severity;
    if (drillDoc && !drills && inRange(docDate, range) && (docSev === '' ? sevs.length === 4 : sevs.includes(docSev))) droppedDrillDocs++;
    if (src) {
      if (chosenIds.includes(src.id)) pms.push(doc);
    } else if (inRange(doc.date, range) && (doc.severity === '' ? sevs.length === 4 : sevs.includes(doc.severity)) && (drills || !(doc as { drill?: boolean }).drill)) {
      pms.push(doc);
    }
  }
  const bySeverity: Record<string, number> = { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 };
  const byMonth: Record<string, number> = {};
  const values: Record<string, number[]> = { timeToDetect: [], timeToAcknowledge: [], timeToMitigate: [], timeToResolve: [] };
  const cost: Record<string, Record<string, number>> = {};
  const quarters: Record<string, Record<string, number>> = {};
  const services: Record<string, number> = {};
  for (const inc of chosen) {
    bySeverity[inc.severity] = (bySeverity[inc.severity] ?? 0) + 1;
    const month = utcDate(inc.startedAt).slice(0, 7);
    byMonth[month] = (byMonth[month] ?? 0) + 1;
    const m = inc.milestones;
    if (m.detected !== undefined) values.timeToDetect?.push(Math.max(0, m.detected - inc.startedAt));
    if (m.acknowledged !== undefined) values.timeToAcknowledge?.push(Math.max(0, m.acknowledged - (m.detected ?? inc.startedAt)));
    if (m.mitigated !== undefined) values.timeToMitigate?.push(Math.max(0, m.mitigated - inc.startedAt));
    if (m.resolved !== undefined) values.timeToResolve?.push(Math.max(0, m.resolved - inc.startedAt));
    // The calculator's one model, over impact start → restored (else resolved, else now).
    const end = m.mitigated ?? m.resolved ?? NOW;
    const inputs = inc.costInputs ?? DEFAULT_COST_INPUTS;
    const amount = calculateDowntimeCost(inputs, Math.max(0, end - inc.startedAt) / MIN).total;
    const q = `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
    (cost[inputs.currency] ??= {})[month] = (cost[inputs.currency]?.[month] ?? 0) + amount;
    (quarters[inputs.currency] ??= {})[q] = (quarters[inputs.currency]?.[q] ?? 0) + amount;
    const key = inc.service.toLowerCase();
    services[key] = (services[key] ?? 0) + 1;
  }
  let total = 0;
  let done = 0;
  let overdue = 0;
  const ages: number[] = [];
  const factors: Record<string, number> = {};
  for (const doc of pms) {
    if (!incidents.some((i) => i.id === doc.sourceIncidentId)) for (const s of doc.services) services[s.toLowerCase()] = (services[s.toLowerCase()] ?? 0) + 1;
    const named: string[] = [];
    const section = doc.sections.find((s) => s.kind === 'contributing-factors');
    for (const line of (section?.body ?? '').split('\n')) if (line.startsWith('- ')) named.push(normalize(line.slice(2)));
    const last = doc.fiveWhys[doc.fiveWhys.length - 1];
    if (last && last.because !== '') named.push(normalize(last.because));
    for (const f of new Set(named)) factors[f] = (factors[f] ?? 0) + 1;
    for (const item of doc.actionItems) {
      total++;
      if (item.status === 'done') {
        done++;
      } else {
        ages.push(Math.floor((NOW - doc.createdAt) / DAY));
        if (item.due !== '' && item.due < utcDate(NOW)) overdue++;
      }
    }
  }
  return { chosen, pms, droppedDrills, droppedDrillDocs, bySeverity, byMonth, values, cost, quarters, services, total, done, overdue, ages, factors };
}

function checkReport(report: Report, exp: ReturnType<typeof expectedReport>) {
  expect(report.incidents).toBe(exp.chosen.length);
  expect(report.postmortems).toBe(exp.pms.length);
  expect(report.excludedDrills.incidents).toBe(exp.droppedDrills);
  expect(report.excludedDrills.postmortems).toBe(exp.droppedDrillDocs);
  for (const row of report.bySeverity) expect(row.count).toBe(exp.bySeverity[row.severity]);
  for (const row of report.byMonth) expect(row.total).toBe(exp.byMonth[row.month] ?? 0);
  expect(report.byMonth.reduce((s, m) => s + m.total, 0)).toBe(exp.chosen.length);
  for (const metric of report.metrics) {
    const sorted = [...(exp.values[metric.key] ?? [])].sort((a, b) => a - b);
    expect(metric.count).toBe(sorted.length);
    expect(metric.without).toBe(exp.chosen.length - sorted.length);
    expect(metric.median).toBe(median(sorted));
    expect(metric.p75).toBe(nearestRank(sorted, 75));
    expect(metric.p90).toBe(nearestRank(sorted, 90));
    let sum = 0;
    for (const v of sorted) sum += v;
    if (sorted.length === 0) expect(metric.mean).toBeNull();
    else expect(metric.mean).toBeCloseTo(sum / sorted.length, 6);
  }
  expect(report.costs.map((c) => c.currency).sort()).toEqual(Object.keys(exp.cost).sort());
  for (const c of report.costs) {
    const months = exp.cost[c.currency] ?? {};
    let sum = 0;
    for (const value of Object.values(months)) sum += value;
    expect(c.total).toBeCloseTo(sum, 6);
    for (const row of c.byMonth) expect(row.total).toBeCloseTo(months[row.period] ?? 0, 6);
    for (const row of c.byQuarter) expect(row.total).toBeCloseTo(exp.quarters[c.currency]?.[row.period] ?? 0, 6);
    expect(c.byQuarter.length).toBe(Object.keys(exp.quarters[c.currency] ?? {}).length);
  }
  expect(report.actionItems.total).toBe(exp.total);
  expect(report.actionItems.done).toBe(exp.done);
  expect(report.actionItems.open).toBe(exp.total - exp.done);
  expect(report.actionItems.overdue).toBe(exp.overdue);
  expect(report.actionItems.openAgeMedianDays).toBe(median(exp.ages));
  if (exp.total > 0) expect(report.actionItems.completionRate).toBeCloseTo((exp.done * 100) / exp.total, 9);
  for (const f of report.factors) expect(f.count).toBe(exp.factors[normalize(f.name)]);
  const topFactor = Math.max(0, ...Object.values(exp.factors));
  expect(report.factors[0]?.count ?? 0).toBe(topFactor);
  for (const s of report.services) expect(s.count).toBe(exp.services[s.name.toLowerCase()]);
  expect(report.services.length).toBe(Math.min(10, Object.keys(exp.services).length));
}

describe('buildReport over 50 generated incidents and postmortems (with drills and a merged archive)', () => {
  const { local, archive } = createFixtures();
  const merged = mergeArchives(local, [archive]);

  it('merges the archive by id: 50 incidents, no duplicates, the later edit of an overlapping incident wins', () => {
    expect(merged.incidents).toHaveLength(50);
    expect(new Set(merged.incidents.map((i) => i.id)).size).toBe(50);
    for (const copy of archive.incidents.slice(0, 5)) expect(merged.incidents.find((i) => i.id === copy.id)?.severity).toBe(copy.severity);
    const docIds = new Set([...local.postmortems, ...archive.postmortems].map((d) => d.id));
    expect(merged.postmortems).toHaveLength(docIds.size);
    const edited = archive.postmortems.find((d) => d.actionItems.length > 0 && d.updatedAt > (local.postmortems.find((l) => l.id === d.id)?.updatedAt ?? Infinity));
    if (edited) expect(merged.postmortems.find((d) => d.id === edited.id)?.actionItems.every((a) => a.status === 'done')).toBe(true);
    // Importing the same archive twice changes nothing.
    expect(mergeArchives(local, [archive, archive]).incidents).toHaveLength(50);
  });

  const ranges: { name: string; range: DateRange }[] = [
    { name: 'all time', range: { from: null, to: null } },
    { name: 'last quarter (Q3 2026)', range: { from: '2026-07-01', to: '2026-09-30' } },
    { name: 'last 90 days', range: { from: '2026-09-02', to: '2026-11-30' } },
  ];
  for (const { name, range } of ranges) {
    for (const sevs of [SEVS, ['SEV1', 'SEV2'] as Severity[]]) {
      for (const drills of [false, true]) {
        it(`every figure equals the independent computation: ${name}, ${sevs.join('+')}, drills ${drills ? 'included' : 'excluded'}`, () => {
          const report = buildReport({ incidents: merged.incidents, postmortems: merged.postmortems, filter: { range, severities: sevs, includeDrills: drills }, now: NOW, timeZone: 'UTC', fallbackCostInputs: DEFAULT_COST_INPUTS });
          const exp = expectedReport(merged.incidents, merged.postmortems, range, sevs, drills);
          checkReport(report, exp);
          if (!drills) expect(report.includedDrills).toBe(0);
        });
      }
    }
  }

  it('has drills, two currencies, running incidents and missing milestones in the fixtures (so the checks above mean something)', () => {
    const all = buildReport({ incidents: merged.incidents, postmortems: merged.postmortems, filter: { range: { from: null, to: null }, severities: SEVS, includeDrills: false }, now: NOW, timeZone: 'UTC', fallbackCostInputs: DEFAULT_COST_INPUTS });
    expect(all.excludedDrills.incidents).toBeGreaterThan(3);
    expect(all.excludedDrills.postmortems).toBeGreaterThan(0);
    expect(all.costs).toHaveLength(2);
    expect(all.metrics.find((m) => m.key === 'timeToResolve')?.without).toBeGreaterThan(0);
    expect(all.factors.length).toBeGreaterThan(2);
    expect(all.actionItems.overdue).toBeGreaterThan(0);
  });

  it('the presets resolve to the calendar days the independent checks use', () => {
    expect(resolvePeriod({ preset: 'last-quarter', from: '', to: '' }, NOW, 'UTC')).toEqual(ranges[1]?.range);
    expect(resolvePeriod({ preset: 'last-90', from: '', to: '' }, NOW, 'UTC')).toEqual(ranges[2]?.range);
  });
});
