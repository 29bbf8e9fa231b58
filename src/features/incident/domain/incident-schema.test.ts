import { describe, expect, it } from 'vitest';
import { postUpdate, resolveIncident, setStepDone } from './incident-actions';
import { MINUTE, T0, createTestIncident } from '../../../testing/incident-fixture';
import { incidentSchema, parseIncidentJson, restoreIncidents, serializeIncident } from './incident-schema';
import type { Incident } from './incident-types';
import { addTimelineEntry } from './timeline';

function busyIncident(): Incident {
  let incident = createTestIncident();
  incident = setStepDone(incident, 'confirm-scope', true, T0 + MINUTE);
  incident = postUpdate(incident, { at: T0 + 2 * MINUTE, status: 'investigating', audience: 'customers', text: 'We are aware.' }, T0 + 2 * MINUTE);
  incident = addTimelineEntry(incident, { at: T0, text: 'Dashboard', kind: 'observation', source: 'manual', link: 'https://grafana.example.com/d/1' }, T0);
  return resolveIncident(incident, T0 + 30 * MINUTE);
}

function errorsOf(text: string): string[] {
  const result = parseIncidentJson(text);
  if (result.ok) throw new Error('expected the incident to be rejected');
  return result.errors;
}

const envelope = (incident: unknown) => JSON.stringify({ format: 'outage-kit/incident', version: 1, incident });

describe('incidentSchema', () => {
  it('accepts what the actions write', () => {
    expect(incidentSchema.safeParse(busyIncident()).success).toBe(true);
  });

  it('keeps a starred entry and still loads entries saved before stars existed', () => {
    const incident = busyIncident();
    const [first, ...rest] = incident.timeline;
    if (!first) throw new Error('no entries');
    const saved = { ...incident, timeline: [{ ...first, starred: true }, ...rest] };
    const restored = restoreIncidents([saved, { ...incident, id: 'old-1' }]);
    expect(restored.dropped).toBe(0);
    expect(restored.incidents[0]?.timeline[0]?.starred).toBe(true);
    expect(restored.incidents[1]?.timeline.some((e) => 'starred' in e)).toBe(false);
    expect(restoreIncidents([{ ...incident, timeline: [{ ...first, starred: 'yes' }] }]).dropped).toBe(1);
  });
});

describe('parseIncidentJson', () => {
  it('reads back what serializeIncident wrote', () => {
    const incident = busyIncident();
    expect(parseIncidentJson(serializeIncident(incident))).toEqual({ ok: true, incident });
  });

  it('names the broken part in plain words', () => {
    const incident = busyIncident();
    const broken = {
      ...incident,
      severity: 'SEV9',
      timeline: incident.timeline.map((e, i) => (i === 1 ? { ...e, text: 'x'.repeat(5001) } : e)),
      runbook: { ...incident.runbook, phases: incident.runbook.phases.map((p, i) => (i === 0 ? { ...p, title: '' } : p)) },
    };
    expect(errorsOf(envelope(broken))).toEqual([
      'Choose the severity from: SEV1, SEV2, SEV3, SEV4.',
      'Runbook, phase 1: enter a title.',
      'Timeline entry 2: shorten the text to 5000 characters or fewer.',
    ]);
  });

  it('rejects a runbook file, prototype keys and files over 2 MB', () => {
    expect(errorsOf(JSON.stringify({ format: 'outage-kit/runbook', version: 1, runbook: {} }))).toEqual([
      'This is a runbook file, not an incident. Import it in the right place.',
    ]);
    expect(errorsOf(envelope(busyIncident()).replace('"stepStates":{', '"stepStates":{"__proto__":{"done":true,"at":1},'))[0]).toContain('"__proto__"');
    expect(errorsOf(' '.repeat(2 * 1024 * 1024 + 1))[0]).toBe('This file is empty. Choose a file exported from Outage Kit.');
    expect(errorsOf(`${envelope(busyIncident())}${' '.repeat(2 * 1024 * 1024)}`)[0]).toMatch(/^This file is 2\.1 MB; an incident can be at most 2 MB\.$/);
  });

  it('drops unsafe links from an imported timeline', () => {
    const incident = busyIncident();
    const withScript = { ...incident, timeline: incident.timeline.map((e) => ({ ...e, link: 'javascript:alert(1)' })) };
    const result = parseIncidentJson(envelope(withScript));
    expect(result.ok && result.incident.timeline.every((e) => !('link' in e))).toBe(true);
  });
});

describe('restoreIncidents', () => {
  it('keeps the valid incidents and counts the dropped ones', () => {
    const good = busyIncident();
    const other = createTestIncident({ id: 'incident-2' });
    const result = restoreIncidents([good, { ...other, title: '' }, 'junk', null, createTestIncident({ id: 'incident-3' })]);
    expect(result.incidents.map((i) => i.id)).toEqual(['incident-1', 'incident-3']);
    expect(result.dropped).toBe(3);
  });

  it('never throws and accepts nothing, one incident or a list', () => {
    expect(restoreIncidents(undefined)).toEqual({ incidents: [], dropped: 0 });
    expect(restoreIncidents(42)).toEqual({ incidents: [], dropped: 1 });
    expect(restoreIncidents(busyIncident()).incidents).toHaveLength(1);
  });

  it('merges duplicates by id instead of keeping two copies', () => {
    const base = createTestIncident();
    const a = addTimelineEntry(base, { id: 'a', at: T0, text: 'a', kind: 'action', source: 'manual' }, T0);
    const b = addTimelineEntry(base, { id: 'b', at: T0, text: 'b', kind: 'action', source: 'manual' }, T0);
    const { incidents } = restoreIncidents([a, b]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.timeline.map((e) => e.id)).toEqual(expect.arrayContaining(['a', 'b']));
  });

  it('makes status and the resolved milestone agree', () => {
    const active = { ...createTestIncident(), milestones: { detected: T0, resolved: T0 + MINUTE } };
    expect(restoreIncidents([active]).incidents[0]?.milestones.resolved).toBeUndefined();
    const resolved = { ...createTestIncident(), status: 'resolved', updatedAt: T0 + 5 * MINUTE };
    expect(restoreIncidents([resolved]).incidents[0]?.milestones.resolved).toBe(T0 + 5 * MINUTE);
  });
});
