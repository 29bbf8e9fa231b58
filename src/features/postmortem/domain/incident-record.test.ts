import { describe, expect, it } from 'vitest';
import { postUpdate, reachMilestone, resolveIncident } from '../../incident/domain/incident-actions';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';
import {
  calculatePostmortemMetrics,
  describeHandovers,
  describePostedUpdates,
  formatPostmortemMetric,
  listPostmortemMetricRows,
  placePostedUpdates,
} from './incident-record';
import { createPostmortemFromIncident, createTemplateSections } from './templates';

describe('calculatePostmortemMetrics', () => {
  it('gives each metric whose milestone was marked, and null for the rest', () => {
    let incident = createTestIncident();
    incident = postUpdate(incident, { at: T0 + 4 * MINUTE, status: 'investigating', audience: 'internal', text: 'Looking.' }, T0 + 4 * MINUTE);
    incident = resolveIncident(incident, T0 + 50 * MINUTE);
    // Resolving stamps "mitigated" too; detection is the declaration (impact began 10 min earlier).
    expect(calculatePostmortemMetrics(incident, T0 + 60 * MINUTE)).toEqual({
      timeToDetect: 10 * MINUTE,
      timeToAcknowledge: 4 * MINUTE,
      timeToMitigate: 60 * MINUTE,
      timeToResolve: 60 * MINUTE,
    });
  });

  it('records a running metric as not recorded, not as a clock that was still counting', () => {
    const incident = reachMilestone(createTestIncident(), 'mitigated', T0 + 20 * MINUTE);
    const metrics = calculatePostmortemMetrics(incident, T0 + 30 * MINUTE);
    expect(metrics.timeToMitigate).toBe(30 * MINUTE);
    expect(metrics.timeToAcknowledge).toBeNull();
    expect(metrics.timeToResolve).toBeNull();
  });
});

describe('formatPostmortemMetric', () => {
  it('says "Not recorded" for a missing or broken value, never NaN or 00:00:00', () => {
    for (const value of [null, undefined, Number.NaN, -5, Number.POSITIVE_INFINITY]) expect(formatPostmortemMetric(value)).toBe('Not recorded');
    expect(formatPostmortemMetric(0)).toBe('0 s');
    expect(formatPostmortemMetric(45_000)).toBe('45 s');
    expect(formatPostmortemMetric(65 * MINUTE)).toBe('1 h 5 min');
  });

  it('lists TTD, TTA, TTM and TTR with their definitions', () => {
    const rows = listPostmortemMetricRows({ timeToDetect: 10 * MINUTE, timeToAcknowledge: null, timeToMitigate: 40 * MINUTE, timeToResolve: null });
    expect(rows.map((r) => [r.metric, r.value, r.definition])).toEqual([
      ['TTD', '10 min', 'Time to detect: impact start → detected'],
      ['TTA', 'Not recorded', 'Time to acknowledge: detected (else impact start) → first status update'],
      ['TTM', '40 min', 'Time to mitigate: impact start → service restored'],
      ['TTR', 'Not recorded', 'Time to resolve: impact start → resolved'],
    ]);
  });
});

describe('describePostedUpdates', () => {
  it('writes one line per update, oldest first, with time in the zone, audience, status and text', () => {
    let incident = createTestIncident();
    incident = postUpdate(incident, { at: T0 + 25 * MINUTE, status: 'identified', audience: 'customers', text: 'We found the cause.\nA fix is\n rolling out.' }, T0 + 25 * MINUTE);
    incident = postUpdate(incident, { at: T0 + 5 * MINUTE, status: 'investigating', audience: 'internal', text: 'SEV1 on checkout.' }, T0 + 26 * MINUTE);
    incident = postUpdate(incident, { at: T0 + 11 * 60 * MINUTE, status: 'resolved', audience: 'executives', text: '' }, T0 + 11 * 60 * MINUTE);
    expect(describePostedUpdates(incident, 'Europe/Berlin').split('\n')).toEqual([
      '3 status updates were posted (times in Europe/Berlin, UTC+01:00):',
      '- 14:05 · Internal · Investigating: SEV1 on checkout.',
      '- 14:25 · Customers · Identified: We found the cause. A fix is rolling out.',
      '- 2025-03-11 01:00 · Executives · Resolved: (no text)',
    ]);
    expect(describePostedUpdates(createTestIncident(), 'UTC')).toBe('');
  });
});

describe('placePostedUpdates', () => {
  const incident = postUpdate(createTestIncident(), { at: T0 + 5 * MINUTE, status: 'investigating', audience: 'customers', text: 'Looking into it.' }, T0 + 5 * MINUTE);

  it("fills the template's Messaging section", () => {
    const sections = placePostedUpdates(createTemplateSections('pagerduty'), incident, 'UTC');
    const messaging = sections.filter((s) => s.kind === 'messaging');
    expect(messaging).toHaveLength(1);
    expect(messaging[0]?.body).toBe('1 status update was posted (times in UTC, UTC+00:00):\n- 13:05 · Customers · Investigating: Looking into it.');
  });

  it('adds a Messaging section after the Timeline when the template has none, and none without updates', () => {
    const sections = placePostedUpdates(createTemplateSections('short'), incident, 'UTC');
    expect(sections.map((s) => s.title)).toEqual(['Summary', 'Impact', 'Timeline', 'Messaging', 'Cause', 'Action items']);
    expect(sections[3]).toMatchObject({ id: 'messaging', kind: 'messaging', hidden: false });
    expect(placePostedUpdates(createTemplateSections('short'), createTestIncident(), 'UTC').map((s) => s.title)).not.toContain('Messaging');
  });
});

describe('describeHandovers', () => {
  it('logs each change of command, oldest first, and the postmortem shows it with the responders', () => {
    const incident = {
      ...createTestIncident(),
      handovers: [
        { id: 'h-2', at: T0 + 40 * MINUTE, from: 'Bob', to: 'Alice', readBack: 'Checkout · SEV1 · 50 min · IC Bob · 2 open steps' },
        { id: 'h-1', at: T0 + 20 * MINUTE, from: 'Alice', to: 'Bob', readBack: 'Checkout · SEV1 · 30 min · IC Alice · 5 open steps' },
      ],
    };
    const log = describeHandovers(incident, 'UTC');
    expect(log.split('\n')).toEqual([
      'Command handovers (times in UTC, UTC+00:00):',
      '- 13:20 · Alice → Bob · read-back: Checkout · SEV1 · 30 min · IC Alice · 5 open steps',
      '- 13:40 · Bob → Alice · read-back: Checkout · SEV1 · 50 min · IC Bob · 2 open steps',
    ]);
    const doc = createPostmortemFromIncident(incident, { template: 'google-sre', now: T0 + 60 * MINUTE, timeZone: 'UTC' });
    expect(doc.sections.some((section) => section.body.includes('13:20 · Alice → Bob'))).toBe(true);
    expect(describeHandovers(createTestIncident(), 'UTC')).toBe('');
  });
});
