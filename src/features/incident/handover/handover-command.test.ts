import { describe, expect, it } from 'vitest';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';
import { setStepDone, resolveIncident } from '../domain/incident-actions';
import { validateIncident } from '../domain/incident-schema';
import { checkCommanderName, describeHandoverReadBack, listHandovers, takeCommand } from './handover-command';

describe('describeHandoverReadBack', () => {
  it('says what, how bad, how long, who leads and what is left', () => {
    const incident = { ...createTestIncident({ title: 'Checkout 500s' }), startedAt: T0 };
    const total = incident.runbook.phases.reduce((n, phase) => n + phase.steps.length, 0);
    const firstStep = incident.runbook.phases[0]?.steps[0]?.id ?? '';
    const worked = setStepDone(incident, firstStep, true, T0 + MINUTE);
    expect(describeHandoverReadBack(worked, T0 + 47 * MINUTE)).toBe(`Checkout 500s · SEV1 · 47 min · IC Alice · ${total - 1} open steps`);
  });

  it('freezes the duration once resolved and says so', () => {
    const incident = resolveIncident({ ...createTestIncident(), startedAt: T0 }, T0 + 20 * MINUTE);
    expect(describeHandoverReadBack(incident, T0 + 90 * MINUTE)).toMatch(/ · 20 min · .* · resolved$/);
  });
});

describe('takeCommand', () => {
  it('records the handover, makes the receiver commander and adds a starred entry; the next handover carries the history', () => {
    const incident = createTestIncident();
    const first = takeCommand(incident, { to: '  Bob ', readBack: 'Checkout · SEV1 · 10 min · IC Alice · 9 open steps' }, T0 + 5 * MINUTE);
    expect(first.roles.commander).toBe('Bob');
    expect(first.handovers).toEqual([expect.objectContaining({ from: 'Alice', to: 'Bob', at: T0 + 5 * MINUTE, readBack: 'Checkout · SEV1 · 10 min · IC Alice · 9 open steps' })]);
    const entry = first.timeline.find((e) => e.text.startsWith('Command handed over'));
    expect(entry).toMatchObject({ text: 'Command handed over from Alice to Bob; read-back acknowledged: “Checkout · SEV1 · 10 min · IC Alice · 9 open steps”', starred: true, author: 'Bob' });
    const second = takeCommand(first, { to: 'Alice', readBack: 'back' }, T0 + 9 * MINUTE);
    expect(listHandovers(second).map((h) => `${h.from}→${h.to}`)).toEqual(['Alice→Bob', 'Bob→Alice']);
    expect(validateIncident(second).ok).toBe(true);
  });

  it('asks for a usable name', () => {
    expect(checkCommanderName('   ')).toMatch(/Enter your name/);
    expect(checkCommanderName('x'.repeat(201))).toMatch(/200 characters/);
    expect(checkCommanderName('Bob')).toBeNull();
  });
});
