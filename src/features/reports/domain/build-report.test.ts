import { describe, expect, it } from 'vitest';
import { calculateIncidentCost } from '../../incident/domain/impact-span';
import { DEFAULT_COST_INPUTS } from '../../calculator/domain/cost-inputs';
import { calculateIncidentMetrics } from '../../incident/domain/metrics';
import { createPostmortem } from '../../postmortem/domain/templates';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';
import { buildReport, type ReportInput } from './build-report';

const ALL = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
const NOW = T0 + 3 * 24 * 60 * MINUTE;

function input(patch: Partial<ReportInput>): ReportInput {
  return { incidents: [], postmortems: [], filter: { range: { from: null, to: null }, severities: ALL, includeDrills: false }, now: NOW, timeZone: 'UTC', fallbackCostInputs: DEFAULT_COST_INPUTS, ...patch };
}

const resolved = (id: string, extra = {}) => {
  const base = createTestIncident({ id }, T0);
  return { ...base, milestones: { ...base.milestones, acknowledged: T0 + MINUTE, mitigated: T0 + 20 * MINUTE, resolved: T0 + 40 * MINUTE }, status: 'resolved' as const, ...extra };
};

describe('buildReport', () => {
  it('agrees with the incident page: the same metric and cost for one incident', () => {
    const incident = resolved('a');
    const report = buildReport(input({ incidents: [incident] }));
    for (const metric of calculateIncidentMetrics(incident, NOW)) expect(report.metrics.find((m) => m.key === metric.key)?.median).toBe(metric.ms);
    expect(report.costs[0]?.total).toBe(calculateIncidentCost(incident, DEFAULT_COST_INPUTS, NOW).total);
  });

  it('leaves a running incident out of the metrics it has not reached, and says so', () => {
    const running = createTestIncident({ id: 'r' }, T0);
    const report = buildReport(input({ incidents: [running, resolved('a')] }));
    const ttr = report.metrics.find((m) => m.key === 'timeToResolve');
    expect(ttr).toMatchObject({ count: 1, without: 1 });
    expect(report.metrics.find((m) => m.key === 'timeToDetect')).toMatchObject({ count: 2, without: 0 });
  });

  it('excludes drills by default and counts them; includes them on request', () => {
    const drill = resolved('d', { drill: true });
    const docOfDrill = { ...createPostmortem({ template: 'short', now: T0, timeZone: 'UTC', id: 'p1' }), sourceIncidentId: 'd' };
    const markedDoc = { ...createPostmortem({ template: 'short', now: T0, timeZone: 'UTC', id: 'p2' }), drill: true };
    const excluded = buildReport(input({ incidents: [drill, resolved('a')], postmortems: [docOfDrill, markedDoc] }));
    expect(excluded.incidents).toBe(1);
    expect(excluded.postmortems).toBe(0);
    expect(excluded.excludedDrills).toEqual({ incidents: 1, postmortems: 2 });
    const included = buildReport(input({ incidents: [drill, resolved('a')], postmortems: [docOfDrill, markedDoc], filter: { range: { from: null, to: null }, severities: ALL, includeDrills: true } }));
    expect(included).toMatchObject({ incidents: 2, postmortems: 2, includedDrills: 1, excludedDrills: { incidents: 0, postmortems: 0 } });
  });

  it('groups costs by currency and never adds two currencies', () => {
    const eur = resolved('e', { costInputs: { ...DEFAULT_COST_INPUTS, currency: 'EUR' } });
    const report = buildReport(input({ incidents: [eur, resolved('u', { costInputs: DEFAULT_COST_INPUTS })] }));
    expect(report.costs.map((c) => [c.currency, c.incidents])).toEqual([
      ['EUR', 1],
      ['USD', 1],
    ]);
  });

  it('fills quiet months with zero and filters by severity', () => {
    const later = { ...resolved('b'), startedAt: Date.UTC(2025, 5, 1), severity: 'SEV3' as const };
    const report = buildReport(input({ incidents: [resolved('a'), later] }));
    expect(report.byMonth.map((m) => [m.month, m.total])).toEqual([
      ['2025-03', 1],
      ['2025-04', 0],
      ['2025-05', 0],
      ['2025-06', 1],
    ]);
    const sev1 = buildReport(input({ incidents: [resolved('a'), later], filter: { range: { from: null, to: null }, severities: ['SEV1'], includeDrills: false } }));
    expect(sev1.incidents).toBe(1);
  });

  it('counts action items: completion, open age from the postmortem’s creation, overdue by due date', () => {
    const doc = createPostmortem({ template: 'short', now: T0, timeZone: 'UTC', id: 'p' });
    const item = { id: 'x', description: 'd', owner: '', type: 'prevent' as const, priority: 'P1' as const, link: '' };
    const withItems = {
      ...doc,
      sourceIncidentId: 'a',
      actionItems: [
        { ...item, id: '1', status: 'done' as const, due: '2025-03-11' },
        { ...item, id: '2', status: 'open' as const, due: '2025-03-11' },
        { ...item, id: '3', status: 'in-progress' as const, due: '' },
        { ...item, id: '4', status: 'open' as const, due: '2099-01-01' },
      ],
    };
    const report = buildReport(input({ incidents: [resolved('a')], postmortems: [withItems] }));
    expect(report.actionItems).toEqual({ total: 4, done: 1, open: 3, completionRate: 25, openAgeMedianDays: 3, overdue: 1, postmortems: 1 });
    expect(report.incidentsWithoutPostmortem).toBe(0);
  });
});
