import { describe, expect, it } from 'vitest';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';
import { DEFAULT_RUNBOOK } from './default-runbook';
import { chooseDeclareRunbook, createDrillRunbook, DRILL_BRIEFING_PHASE, DRILL_DEBRIEF_PHASE } from './drill-runbook';
import { hasDrillMark } from './drill';
import { declareIncident } from './incident-actions';
import { validateIncidentForm, type IncidentFormValues } from './incident-forms';
import { buildIncidentTabTitle } from './incident-progress';
import { parseIncidentJson, restoreIncidents, serializeIncident, validateIncident } from './incident-schema';
import { addRunbookPhase, RUNBOOK_LIMITS, runbookSchema } from './runbook';
import { composeStatusUpdate } from './status-update';
import type { UpdateAudience, UpdateStatus } from './incident-types';

const FORM: IncidentFormValues = {
  title: 'Game day: checkout database fails over',
  severity: 'SEV2',
  service: 'checkout-db',
  publicName: 'Checkout',
  startMode: 'now',
  startedAt: '',
  commander: 'Alice',
  deputy: '',
  scribe: '',
  communications: '',
};

describe('the declare form and a drill', () => {
  it('gives a real incident by default: no drill flag, the user’s runbook as it is', () => {
    const result = validateIncidentForm(FORM, T0);
    expect(result.ok && result.value.drill).toBeFalsy();
    if (!result.ok) throw new Error('expected a valid form');
    expect(chooseDeclareRunbook(DEFAULT_RUNBOOK, result.value)).toBe(DEFAULT_RUNBOOK);
    expect(declareIncident({ ...result.value, runbook: DEFAULT_RUNBOOK }, T0)).not.toHaveProperty('drill');
  });

  it('declares a drill that follows the drill runbook unless the user picks their own', () => {
    const result = validateIncidentForm({ ...FORM, drill: true, runbookChoice: 'drill' }, T0);
    if (!result.ok) throw new Error('expected a valid form');
    expect(result.value).toMatchObject({ drill: true, runbookChoice: 'drill' });
    const runbook = chooseDeclareRunbook(DEFAULT_RUNBOOK, result.value);
    const incident = declareIncident({ ...result.value, runbook }, T0);
    expect(incident.drill).toBe(true);
    expect(incident.runbook.name).toBe('Drill: Production is down');
    expect(incident.runbook.phases[0]?.title).toBe('Drill briefing');
    expect(incident.runbook.phases.at(-1)?.title).toBe('Drill debrief');
    expect(incident.timeline.map((entry) => entry.text)).toEqual(['Drill declared: Game day: checkout database fails over (SEV2, checkout-db)']);

    // An older draft without a choice means the drill runbook; "as it is" keeps the user's own.
    const unset = validateIncidentForm({ ...FORM, drill: true }, T0);
    if (!unset.ok) throw new Error('expected a valid form');
    expect(chooseDeclareRunbook(DEFAULT_RUNBOOK, unset.value).phases[0]?.id).toBe('drill-briefing');
    const own = validateIncidentForm({ ...FORM, drill: true, runbookChoice: 'standard' }, T0);
    if (!own.ok) throw new Error('expected a valid form');
    expect(chooseDeclareRunbook(DEFAULT_RUNBOOK, own.value)).toBe(DEFAULT_RUNBOOK);
    expect(declareIncident({ ...own.value, runbook: DEFAULT_RUNBOOK }, T0).drill).toBe(true);
  });

  it('ignores a runbook choice on a real incident', () => {
    const result = validateIncidentForm({ ...FORM, drill: false, runbookChoice: 'drill' }, T0);
    if (!result.ok) throw new Error('expected a valid form');
    expect(result.value.drill).toBeUndefined();
    expect(chooseDeclareRunbook(DEFAULT_RUNBOOK, result.value)).toBe(DEFAULT_RUNBOOK);
  });
});

describe('createDrillRunbook', () => {
  const drill = createDrillRunbook(DEFAULT_RUNBOOK);

  it('wraps the user’s runbook in a briefing and a debrief, every phase of it kept in order', () => {
    expect(drill?.phases.map((phase) => phase.id)).toEqual(['drill-briefing', ...DEFAULT_RUNBOOK.phases.map((phase) => phase.id), 'drill-debrief']);
    expect(drill?.phases.slice(1, -1)).toEqual(DEFAULT_RUNBOOK.phases);
  });

  it('briefs on what a game day needs: announce it, the scenario, the abort word, nothing customer-facing', () => {
    expect(DRILL_BRIEFING_PHASE.steps.map((step) => step.title)).toEqual([
      'Announce the drill',
      'Name the scenario',
      'Set the abort word and criteria',
      'Confirm nothing customer-facing will be sent',
    ]);
    expect(DRILL_DEBRIEF_PHASE.steps.map((step) => step.title)).toEqual(['Announce that the drill is over', 'Hold the debrief', 'Record what to change']);
  });

  it('is a valid runbook (unique ids), so the incident that snapshots it saves and restores', () => {
    expect(runbookSchema.safeParse(drill).success).toBe(true);
    const incident = createTestIncident({ runbook: drill ?? DEFAULT_RUNBOOK, drill: true });
    expect(validateIncident(incident)).toEqual({ ok: true, incident });
  });

  it('is not wrapped twice, and gives way when two more phases would break the runbook limit', () => {
    expect(drill && createDrillRunbook(drill)).toBe(drill);
    let full = DEFAULT_RUNBOOK;
    for (let n = full.phases.length; n < RUNBOOK_LIMITS.phases - 1; n++) full = addRunbookPhase(full, { id: `extra-${n}`, title: `Extra ${n}` });
    expect(createDrillRunbook(full)).toBeNull();
    expect(chooseDeclareRunbook(full, { drill: true, runbookChoice: 'drill' })).toBe(full);
  });
});

describe('a drill’s texts carry the mark', () => {
  const drill = createTestIncident({ drill: true, number: 'INC-2025-007', publicName: 'Checkout' });
  const real = createTestIncident({ number: 'INC-2025-007', publicName: 'Checkout' });
  const audiences: UpdateAudience[] = ['internal', 'customers', 'executives'];
  const statuses: UpdateStatus[] = ['investigating', 'identified', 'monitoring', 'resolved'];
  const compose = (incident: typeof drill, audience: UpdateAudience, status: UpdateStatus) =>
    composeStatusUpdate({ incident, audience, status, now: T0 + 5 * MINUTE, nextUpdateAt: T0 + 35 * MINUTE, locale: 'en-GB', timeZone: 'UTC', costSoFar: '€1,200' });

  it('starts and ends every status update of a drill with [DRILL], for every audience and status', () => {
    for (const audience of audiences) {
      for (const status of statuses) {
        const lines = compose(drill, audience, status).split('\n');
        expect(lines[0]).toMatch(/^\[DRILL\] /);
        expect(lines.at(-1)).toMatch(/^\[DRILL\] This is a drill/);
        expect(hasDrillMark(lines.join('\n'))).toBe(true);
      }
    }
    expect(compose(drill, 'customers', 'investigating')).toBe(
      [
        '[DRILL] Investigating: Checkout',
        'We are aware of a problem with Checkout and are looking into it.',
        'You may notice: Checkout fails with an error.',
        'We are sorry for the trouble this causes.',
        'We will post another update by 13:35 UTC.',
        '[DRILL] This is a drill: nothing is really affected. Do not publish this update.',
      ].join('\n'),
    );
  });

  it('leaves a real incident’s updates exactly as they were', () => {
    for (const audience of audiences) expect(compose(real, audience, 'identified')).not.toMatch(/drill/i);
  });

  it('puts DRILL first in the tab title, before an overdue warning', () => {
    const due = { overdue: true, overdueMs: 3 * MINUTE, remainingMs: 0 };
    expect(buildIncidentTabTitle({ title: 'Failover', elapsedMs: 20 * MINUTE, due, drill: true })).toBe('DRILL · ⚠ Update overdue 3 min · 20 min · Failover');
    expect(buildIncidentTabTitle({ title: 'Failover', elapsedMs: 20 * MINUTE, due: null, drill: true })).toBe('DRILL · 20 min · Failover');
    expect(buildIncidentTabTitle({ title: 'Failover', elapsedMs: 20 * MINUTE, due: null })).toBe('20 min · Failover');
  });

  it('knows an edited update that lost the mark', () => {
    expect(hasDrillMark('[DRILL] Investigating')).toBe(true);
    expect(hasDrillMark('drill: all fine')).toBe(true);
    expect(hasDrillMark('Investigating: Checkout')).toBe(false);
    expect(hasDrillMark('We are drilling into the logs')).toBe(false);
  });
});

describe('the incident file and a drill', () => {
  it('keeps the drill flag through export and import; an older file without it is a real incident', () => {
    const drill = createTestIncident({ drill: true });
    const parsed = parseIncidentJson(serializeIncident(drill));
    expect(parsed.ok && parsed.incident.drill).toBe(true);
    expect(serializeIncident(drill)).toContain('"drill": true');

    const { drill: _none, ...old } = createTestIncident();
    const restored = restoreIncidents([old]);
    expect(restored).toMatchObject({ dropped: 0 });
    expect(restored.incidents[0]?.drill).toBeUndefined();
    expect(validateIncident({ ...old, drill: 'yes' })).toMatchObject({ ok: false });
  });
});
