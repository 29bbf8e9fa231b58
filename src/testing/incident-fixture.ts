// Test support: one realistic incident built through the real actions, so tests start from data the app would write.
import { DEFAULT_RUNBOOK } from '../features/incident/domain/default-runbook';
import { declareIncident, type DeclareIncidentInput } from '../features/incident/domain/incident-actions';
import type { Incident } from '../features/incident/domain/incident-types';

/** 2025-03-10 13:00:00 UTC (14:00 in Berlin): the declaration time of the fixture incident. */
export const T0 = Date.UTC(2025, 2, 10, 13, 0, 0);

export const MINUTE = 60_000;

/** A SEV1 on "checkout", impact from 10 minutes before the declaration at T0. */
export function createTestIncident(patch: Partial<DeclareIncidentInput> = {}, now: number = T0): Incident {
  return declareIncident(
    {
      id: 'incident-1',
      title: 'Checkout fails with an error',
      severity: 'SEV1',
      service: 'checkout',
      startedAt: now - 10 * MINUTE,
      roles: { commander: 'Alice', deputy: 'Bob', scribe: 'Carol', communications: 'Dan' },
      runbook: DEFAULT_RUNBOOK,
      ...patch,
    },
    now,
  );
}
