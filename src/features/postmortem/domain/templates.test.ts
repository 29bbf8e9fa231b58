import { describe, expect, it } from 'vitest';
import { calculateDowntimeCost } from '../../calculator/domain/calculate-downtime-cost';
import { DEFAULT_COST_INPUTS } from '../../calculator/domain/cost-inputs';
import { calculateErrorBudget } from '../../calculator/domain/nines';
import { postUpdate, reachMilestone, resolveIncident } from '../../incident/domain/incident-actions';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';
import { addTimelineEntry, deleteTimelineEntry, setTimelineEntryStarred } from '../../incident/domain/timeline';
import { findSourceIncident, importIncidentTimeline, linkIncidentNumber } from './edit-postmortem';
import { checkPostmortem } from './check-blameless';
import { validatePostmortem } from './postmortem-schema';
import { createPostmortem, createPostmortemFromIncident, POSTMORTEM_TEMPLATE_IDS, POSTMORTEM_TEMPLATES } from './templates';

function resolvedIncident() {
  let incident = createTestIncident({ roles: { commander: 'Alice', deputy: ' alice ', scribe: '', communications: 'Dan' } });
  incident = postUpdate(incident, { at: T0 + 5 * MINUTE, status: 'investigating', audience: 'customers', text: 'We are looking into it.' }, T0 + 5 * MINUTE);
  incident = addTimelineEntry(
    incident,
    { id: 'manual-1', at: T0 + 7 * MINUTE, text: 'Rolled back deploy 42', kind: 'action', source: 'manual', link: 'https://ci.example.com/42' },
    T0 + 7 * MINUTE,
  );
  incident = addTimelineEntry(incident, { id: 'gone', at: T0 + 8 * MINUTE, text: 'typo entry', kind: 'observation', source: 'manual' }, T0 + 8 * MINUTE);
  incident = deleteTimelineEntry(incident, 'gone', T0 + 9 * MINUTE);
  incident = reachMilestone(incident, 'mitigated', T0 + 30 * MINUTE);
  return resolveIncident(incident, T0 + 50 * MINUTE);
}

describe('POSTMORTEM_TEMPLATES', () => {
  it('follows the Google SRE structure in the standard template', () => {
    expect(POSTMORTEM_TEMPLATES['google-sre'].sections.map((s) => s.title)).toEqual([
      'Summary',
      'Impact',
      'Timeline',
      'Root causes and trigger',
      'Contributing factors',
      'Detection',
      'Response and resolution',
      'What went well',
      'What went wrong',
      'Where we got lucky',
      'Action items',
      'Lessons learned',
      'Supporting information',
    ]);
  });

  it('gives every section of every template a one-line prompt and a unique kind', () => {
    for (const id of POSTMORTEM_TEMPLATE_IDS) {
      const sections = POSTMORTEM_TEMPLATES[id].sections;
      expect(new Set(sections.map((s) => s.kind)).size).toBe(sections.length);
      for (const section of sections) expect(section.prompt).toMatch(/^[^\n]{10,140}$/);
    }
    expect(POSTMORTEM_TEMPLATES.pagerduty.sections.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['responders', 'messaging', 'resolution', 'what-happened', 'contributing-factors']),
    );
    expect(POSTMORTEM_TEMPLATES.short.sections.map((s) => s.title)).toEqual(['Summary', 'Impact', 'Timeline', 'Cause', 'Action items']);
  });
});

describe('createPostmortem', () => {
  it('creates a valid, empty draft from a template', () => {
    const doc = createPostmortem({ template: 'short', now: Date.UTC(2026, 10, 27, 23, 30), timeZone: 'Asia/Tokyo', id: 'pm-1' });
    expect(doc).toMatchObject({ id: 'pm-1', status: 'draft', severity: '', date: '2026-11-28', timeZone: 'Asia/Tokyo', title: '' });
    expect(doc.sections.map((s) => [s.id, s.hidden, s.body])).toEqual([
      ['summary', false, ''],
      ['impact', false, ''],
      ['timeline', false, ''],
      ['root-causes', false, ''],
      ['action-items', false, ''],
    ]);
    expect(validatePostmortem(doc).ok).toBe(true);
  });

  it('falls back to UTC for an unknown time zone and makes random ids', () => {
    const a = createPostmortem({ template: 'google-sre', now: 0, timeZone: 'Nowhere/Else' });
    const b = createPostmortem({ template: 'google-sre', now: 0, timeZone: 'UTC' });
    expect(a.timeZone).toBe('UTC');
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});

describe('createPostmortemFromIncident', () => {
  it('prefills the timeline from the corrected milestones: one "Incident resolved" row, at the corrected time', () => {
    let incident = resolveIncident(createTestIncident(), T0 + 600 * MINUTE);
    incident = resolveIncident(incident, T0 + 601 * MINUTE, T0 + 30 * MINUTE);
    const doc = createPostmortemFromIncident(incident, { template: 'short', now: T0 + 602 * MINUTE, timeZone: 'UTC' });
    const resolvedRows = doc.timeline.filter((row) => row.text === 'Incident resolved');
    expect(resolvedRows.map((row) => row.at)).toEqual([T0 + 30 * MINUTE]);
    // Service restored was stamped by the resolution itself, so it moved with it.
    expect(doc.timeline.filter((row) => row.text === 'Milestone reached: Mitigated (service restored)').map((row) => row.at)).toEqual([T0 + 30 * MINUTE]);
    expect(doc.timeline[0]?.text).toBe('Impact started');
  });

  const incident = resolvedIncident();
  const doc = createPostmortemFromIncident(incident, { template: 'google-sre', now: T0 + 60 * MINUTE, timeZone: 'Europe/Berlin', costInputs: DEFAULT_COST_INPUTS });

  it('copies title, severity, service, impact window and responders', () => {
    expect(doc).toMatchObject({
      title: 'Checkout fails with an error',
      // The fixture has no number: nothing to show, the internal id kept apart for the link.
      incidentId: '',
      sourceIncidentId: 'incident-1',
      severity: 'SEV1',
      services: ['checkout'],
      startedAt: T0 - 10 * MINUTE,
      endedAt: T0 + 30 * MINUTE,
      responders: ['Alice', 'Dan'],
      date: '2025-03-10',
    });
    expect(doc.impact.durationMinutes).toBe(40);
  });

  it('brings the whole visible timeline, without deleted entries', () => {
    const texts = doc.timeline.map((row) => row.text);
    expect(texts).toContain('Rolled back deploy 42');
    expect(texts).not.toContain('typo entry');
    expect(doc.timeline.find((row) => row.id === 'manual-1')?.link).toBe('https://ci.example.com/42');
    expect(doc.timeline.map((r) => r.at)).toEqual([...doc.timeline.map((r) => r.at)].sort((a, b) => a - b));
    expect(doc.timeline.length).toBe(incident.timeline.filter((e) => !e.deleted).length);
  });

  it("shows the incident's number as its reference and keeps the internal id only for the link", () => {
    const numbered = createPostmortemFromIncident({ ...incident, number: 'INC-2025-014' }, { template: 'short', now: T0 + 60 * MINUTE, timeZone: 'UTC' });
    expect(numbered.incidentId).toBe('INC-2025-014');
    expect(numbered.sourceIncidentId).toBe('incident-1');
    expect(validatePostmortem(numbered).ok).toBe(true);
    expect(findSourceIncident(numbered, [incident])).toBe(incident);
  });

  it('migrates a document saved with the internal id as its reference to the number, once', () => {
    const old = { ...createPostmortem({ template: 'short', now: T0, timeZone: 'UTC' }), incidentId: 'incident-1' };
    const numbered = { ...incident, number: 'INC-2025-014' };
    expect(findSourceIncident(old, [numbered])).toBe(numbered);
    const migrated = linkIncidentNumber(old, [numbered]);
    expect(migrated).toMatchObject({ incidentId: 'INC-2025-014', sourceIncidentId: 'incident-1' });
    expect(linkIncidentNumber(migrated, [numbered])).toBe(migrated);
    const typed = { ...old, incidentId: 'INC-2041' };
    expect(linkIncidentNumber(typed, [numbered])).toBe(typed);
    expect(findSourceIncident(typed, [numbered])).toBeUndefined();
  });

  it('brings only the starred key events when any entry is starred; the full log can be imported after', () => {
    let starred = setTimelineEntryStarred(incident, 'manual-1', true, T0 + 60 * MINUTE);
    const resolvedEntry = starred.timeline.find((e) => e.text === 'Incident resolved');
    if (!resolvedEntry) throw new Error('no resolved entry');
    starred = setTimelineEntryStarred(starred, resolvedEntry.id, true, T0 + 60 * MINUTE);
    starred = setTimelineEntryStarred(starred, 'gone', true, T0 + 60 * MINUTE);
    const fromStars = createPostmortemFromIncident(starred, { template: 'google-sre', now: T0 + 60 * MINUTE, timeZone: 'Europe/Berlin' });
    expect(fromStars.timeline.map((row) => row.text)).toEqual(['Rolled back deploy 42', 'Incident resolved']);
    const full = importIncidentTimeline(fromStars, starred);
    expect(full.timeline.length).toBe(incident.timeline.filter((e) => !e.deleted).length);
    expect(full.timeline.map((r) => r.at)).toEqual([...full.timeline.map((r) => r.at)].sort((a, b) => a - b));
  });

  it("fills the cost breakdown and error budget from the calculator for the incident's duration", () => {
    const expected = calculateDowntimeCost(DEFAULT_COST_INPUTS, 40).breakdown;
    for (const [key, value] of Object.entries(expected)) expect(doc.impact.cost[key as keyof typeof expected]).toBeCloseTo(value, 2);
    expect(doc.impact.currency).toBe('USD');
    expect(doc.impact.errorBudgetConsumedPercent).toBeCloseTo(calculateErrorBudget({ ...DEFAULT_COST_INPUTS, minutes: 40 }).consumedPercent, 2);
  });

  it('writes the metrics into Detection and Response as short factual prose', () => {
    const body = (id: string) => doc.sections.find((s) => s.id === id)?.body ?? '';
    expect(body('detection')).toBe(
      'Impact began at 13:50 on 2025-03-10 (times in Europe/Berlin, UTC+01:00). It was detected at 14:00, 10 min after impact began. The incident was declared at 14:00. It was acknowledged with the first status update at 14:05, 5 min after detection.',
    );
    expect(body('response')).toBe(
      'Roles: incident commander Alice; deputy alice; communications lead Dan. Service was restored at 14:30, 40 min after impact began. The incident was resolved at 14:50, 1 h after impact began. 1 status update was posted.',
    );
    expect(checkPostmortem(doc).total).toBe(0);
    expect(validatePostmortem(doc).ok).toBe(true);
  });

  it('leaves the cost at zero without calculator inputs, and puts the metrics elsewhere in other templates', () => {
    const short = createPostmortemFromIncident(incident, { template: 'short', now: T0 + 60 * MINUTE, timeZone: 'UTC' });
    expect(Object.values(short.impact.cost).every((v) => v === 0)).toBe(true);
    expect(short.impact.errorBudgetConsumedPercent).toBeNull();
    expect(short.sections.find((s) => s.kind === 'summary')?.body).toMatch(/^Impact began at 12:50 .*\n\nRoles: /s);
    const pd = createPostmortemFromIncident(incident, { template: 'pagerduty', now: T0 + 60 * MINUTE, timeZone: 'UTC' });
    expect(pd.sections.find((s) => s.kind === 'what-happened')?.body).toMatch(/^Impact began/);
    expect(pd.sections.find((s) => s.kind === 'resolution')?.body).toMatch(/^Roles: /);
    expect(pd.sections.find((s) => s.kind === 'responders')?.body).toBe('- Incident commander: Alice\n- Deputy: alice\n- Communications lead: Dan');
  });

  it('keeps the response metrics as figures and the posted updates in a Messaging section', () => {
    // Detected at the declaration (T0), impact began 10 min before; acknowledged at T0+5, restored T0+30, resolved T0+50.
    expect(doc.metrics).toEqual({ timeToDetect: 10 * MINUTE, timeToAcknowledge: 5 * MINUTE, timeToMitigate: 40 * MINUTE, timeToResolve: 60 * MINUTE });
    // The standard template has no Messaging section: one is added after the Timeline.
    const titles = doc.sections.map((s) => s.title);
    expect(titles.indexOf('Messaging')).toBe(titles.indexOf('Timeline') + 1);
    expect(doc.sections.find((s) => s.kind === 'messaging')?.body).toBe(
      '1 status update was posted (times in Europe/Berlin, UTC+01:00):\n- 14:05 · Customers · Investigating: We are looking into it.',
    );
    const pd = createPostmortemFromIncident(incident, { template: 'pagerduty', now: T0 + 60 * MINUTE, timeZone: 'UTC' });
    expect(pd.sections.filter((s) => s.kind === 'messaging').map((s) => s.body)).toEqual([
      '1 status update was posted (times in UTC, UTC+00:00):\n- 13:05 · Customers · Investigating: We are looking into it.',
    ]);
    expect(pd.sections.map((s) => s.title).at(-1)).toBe('Messaging');
  });

  it('adds no Messaging section when nothing was posted, and leaves unmarked metrics not recorded', () => {
    const quiet = createPostmortemFromIncident(createTestIncident(), { template: 'short', now: T0 + 20 * MINUTE, timeZone: 'UTC' });
    expect(quiet.sections.some((s) => s.kind === 'messaging')).toBe(false);
    expect(quiet.metrics).toEqual({ timeToDetect: 10 * MINUTE, timeToAcknowledge: null, timeToMitigate: null, timeToResolve: null });
    expect(validatePostmortem(quiet).ok).toBe(true);
    expect(createPostmortem({ template: 'short', now: T0, timeZone: 'UTC' }).metrics).toBeUndefined();
  });

  it('counts the duration to now for a running incident and leaves the end open', () => {
    const running = createTestIncident();
    const draft = createPostmortemFromIncident(running, { template: 'google-sre', now: T0 + 20 * MINUTE, timeZone: 'UTC' });
    expect(draft.endedAt).toBeNull();
    expect(draft.impact.durationMinutes).toBe(30);
    expect(draft.sections.find((s) => s.kind === 'response')?.body).toContain('The incident was still open when this postmortem was started.');
  });
});
