// The fast path that restores saved incidents without zod's copy must agree with zod exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFiftyFiftyState, createRunningIncident } from '../../../testing/bench-fixtures';
import { compileAccept } from '../../../lib/fast-accept';
import { zodKeepsAsIs } from '../../../testing/fast-accept-testing';
import { arbitraryDamagedValue } from '../../../testing/fuzz-arbitraries';
import { incidentSchema } from './incident-schema';

describe('the incident schema’s fast check', () => {
  const accept = compileAccept(incidentSchema)!;
  const saved = JSON.parse(JSON.stringify(createFiftyFiftyState())) as { state: { incident: { incidents: unknown[] } } };
  const incident = JSON.parse(JSON.stringify(createRunningIncident(Date.UTC(2026, 10, 27, 12), 30))) as unknown;

  it('compiles, and takes every saved benchmark incident as it is', () => {
    expect(accept).toBeTypeOf('function');
    expect(saved.state.incident.incidents.every((i) => accept(i))).toBe(true);
    expect(accept(incident)).toBe(true);
  });

  it('agrees with zod on a runbook time box that is not a whole number (z.int() is a check inside a schema)', () => {
    const damaged = structuredClone(incident) as { runbook: { phases: { timeboxMinutes?: number }[] } };
    damaged.runbook.phases[0]!.timeboxMinutes = 1.5;
    expect(accept(damaged)).toBe(false);
    expect(zodKeepsAsIs(incidentSchema, damaged)).toBe(false);
  });

  it('says yes to a damaged incident exactly when zod accepts it unchanged (property)', () => {
    fc.assert(
      fc.property(arbitraryDamagedValue(incident), (value) => {
        expect(accept(value)).toBe(zodKeepsAsIs(incidentSchema, value));
      }),
      { numRuns: 300 },
    );
  });

});
