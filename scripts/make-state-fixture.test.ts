// Not a test of behaviour: regenerates the stored state fixtures when run with WRITE_FIXTURES=1.
// The fixtures are committed; later versions must keep restoring them (src/app/store/app-store.test.ts).
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_INPUTS } from '../src/features/calculator/domain/cost-inputs';
import { DEFAULT_RUNBOOK } from '../src/features/incident/domain/default-runbook';
import { addTimelineEntry } from '../src/features/incident/domain/timeline';
import { declareIncident, postUpdate, resolveIncident, setStepDone } from '../src/features/incident/domain/incident-actions';
import { createExamplePostmortem } from '../src/features/postmortem/domain/example-postmortem';

const T0 = Date.UTC(2026, 10, 20, 13, 0, 0);

function buildState() {
  let incident = declareIncident(
    {
      title: 'Checkout API returns 502 for card payments',
      severity: 'SEV2',
      service: 'checkout-api',
      startedAt: T0 - 4 * 60_000,
      roles: { commander: 'Zofia Wiśniewska', deputy: '', scribe: 'Андрей Петров', communications: '' },
      runbook: DEFAULT_RUNBOOK,
      cadenceMinutes: 30,
      id: 'inc-fixture-1',
    },
    T0,
  );
  incident = setStepDone(incident, DEFAULT_RUNBOOK.phases[0]!.steps[0]!.id, true, T0 + 60_000);
  incident = addTimelineEntry(incident, { at: T0 + 90_000, text: 'Error rate 38% on /pay', kind: 'observation', source: 'manual', id: 'note-1' }, T0 + 90_000);
  incident = postUpdate(incident, { at: T0 + 120_000, status: 'investigating', audience: 'customers', text: 'We are looking into failed card payments.', id: 'upd-1' }, T0 + 120_000);
  incident = resolveIncident(incident, T0 + 47 * 60_000);
  const postmortem = createExamplePostmortem(T0 + 24 * 3600_000);
  return {
    calculator: { inputs: { ...DEFAULT_COST_INPUTS, minutes: 47, currency: 'EUR' }, draft: null },
    incident: { incidents: [incident], deletedIds: [], runbook: DEFAULT_RUNBOOK, preferences: { sound: false, notifications: false, showCost: true, showUtc: true } },
    postmortem: { docs: [postmortem], deletedIds: [] },
    settings: { theme: 'dark' },
  };
}

describe('state fixtures', () => {
  it('builds a version 1 state that round-trips through JSON', () => {
    const state = buildState();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    if (process.env.WRITE_FIXTURES === '1') {
      const dir = new URL('../src/app/store/__fixtures__/', import.meta.url);
      writeFileSync(new URL('state-v1.json', dir), `${JSON.stringify({ state, version: 1 }, null, 2)}\n`);
      // Version 0: what zustand writes without a version stamp, e.g. a hand-made or very early save.
      writeFileSync(new URL('state-v0.json', dir), `${JSON.stringify({ state }, null, 2)}\n`);
    }
  });
});
