// Fuzz tests of every incident input: the JSON imports (incident, runbook), the restore of saved incidents,
// and the declare and note forms. Case counts are reported in docs/RELIABILITY.md.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDamagedValue, arbitraryFileText, arbitraryText, isUserMessage } from '../../../testing/fuzz-arbitraries';
import { DEFAULT_RUNBOOK } from './default-runbook';
import { declareIncident, postUpdate } from './incident-actions';
import { createTestIncident, T0 } from '../../../testing/incident-fixture';
import { validateIncidentForm, validateTimelineEntryForm } from './incident-forms';
import { INCIDENT_LIMITS, parseIncidentJson, restoreIncidents, serializeIncident, validateIncident } from './incident-schema';
import type { Incident } from './incident-types';
import { parseRunbookJson, serializeRunbook, validateRunbook } from './runbook';
import { addTimelineEntry } from './timeline';
import { sanitizeLink } from '../../../lib/sanitize-link';

export const FUZZ_RUNS = {
  incidentImport: 1000,
  runbookImport: 1000,
  restoreIncidents: 500,
  declareForm: 1000,
  noteForm: 1000,
} as const;

function richIncident(): Incident {
  let incident = createTestIncident({ title: 'Checkout fails with an error' });
  incident = addTimelineEntry(incident, { at: T0 + 1000, text: 'Error rate 40%', kind: 'observation', source: 'manual', link: 'https://grafana.example.com/d/1' }, T0 + 1000);
  return postUpdate(incident, { at: T0 + 2000, status: 'investigating', audience: 'customers', text: 'We are looking into it.' }, T0 + 2000);
}

const INCIDENT_FILE = serializeIncident(richIncident());
const RUNBOOK_FILE = serializeRunbook(DEFAULT_RUNBOOK);

/** An import never throws; it gives a valid, restorable result or one to eleven messages a user can act on. */
function expectImportOutcome(result: { ok: true } | { ok: false; errors: string[] }): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(11);
  for (const error of result.errors) expect(isUserMessage(error), error).toBe(true);
}

describe('incident inputs (fuzz)', () => {
  it('parseIncidentJson: any file gives a restorable incident or clear messages', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryFileText(INCIDENT_FILE), (text) => {
        const result = parseIncidentJson(text);
        expectImportOutcome(result);
        if (result.ok) {
          expect(restoreIncidents([JSON.parse(JSON.stringify(result.incident))]).dropped).toBe(0);
          expect(result.incident.timeline.every((e) => e.link === undefined || sanitizeLink(e.link) === e.link)).toBe(true);
          expect(Object.prototype).not.toHaveProperty('polluted');
        }
      }),
      { numRuns: FUZZ_RUNS.incidentImport },
    );
  });

  it('parseRunbookJson: any file gives a valid runbook or clear messages', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryFileText(RUNBOOK_FILE), (text) => {
        const result = parseRunbookJson(text);
        expectImportOutcome(result);
        if (result.ok) expect(validateRunbook(JSON.parse(JSON.stringify(result.runbook))).ok).toBe(true);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: FUZZ_RUNS.runbookImport },
    );
  });

  it('restoreIncidents: damaged saved incidents never take the valid ones with them', { timeout: 60_000 }, () => {
    const good = richIncident();
    const other = createTestIncident({ id: 'incident-2', title: 'Second' });
    fc.assert(
      fc.property(arbitraryDamagedValue([good, other]), (saved) => {
        const { incidents, dropped } = restoreIncidents(saved);
        for (const incident of incidents) expect(validateIncident(incident).ok).toBe(true);
        // No lost data: every saved item that is valid on its own is restored.
        if (Array.isArray(saved)) {
          const valid = saved.filter((item) => validateIncident(item).ok);
          const ids = new Set(incidents.map((i) => i.id));
          for (const item of valid) expect(ids.has((item as Incident).id)).toBe(true);
          expect(dropped).toBe(saved.length - valid.length);
        }
      }),
      { numRuns: FUZZ_RUNS.restoreIncidents },
    );
  });

  it('the declare form: whatever is typed, it either says what to fix or makes an incident that survives a reload', () => {
    const roleText = fc.oneof(arbitraryText(), fc.string({ minLength: 190, maxLength: 260 }));
    fc.assert(
      fc.property(
        fc.record({
          title: fc.oneof(arbitraryText(), fc.string({ minLength: 190, maxLength: 300 })),
          severity: fc.constantFrom('', 'SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV9') as fc.Arbitrary<'' | 'SEV1'>,
          service: roleText,
          startMode: fc.constantFrom('now', 'earlier') as fc.Arbitrary<'now' | 'earlier'>,
          startedAt: fc.oneof(arbitraryText(), fc.constantFrom('2025-03-10T13:50', '2025-03-10T14:05', '1970-01-01T00:00', '2025-02-30T10:00')),
          commander: roleText,
          deputy: roleText,
          scribe: roleText,
          communications: roleText,
        }),
        (values) => {
          const result = validateIncidentForm(values, T0);
          if (!result.ok) {
            expect(Object.keys(result.errors).length).toBeGreaterThan(0);
            for (const error of Object.values(result.errors)) expect(isUserMessage(error), error).toBe(true);
            return;
          }
          const incident = declareIncident({ ...result.value, runbook: DEFAULT_RUNBOOK }, T0);
          expect(Number.isFinite(incident.startedAt)).toBe(true);
          expect(restoreIncidents([JSON.parse(JSON.stringify(incident))]).dropped).toBe(0);
        },
      ),
      { numRuns: FUZZ_RUNS.declareForm },
    );
  });

  it('the note and entry forms: whatever is typed, it says what to fix or adds an entry that survives a reload', () => {
    const incident = richIncident();
    fc.assert(
      fc.property(
        fc.record({
          text: fc.oneof(arbitraryText(), fc.string({ minLength: INCIDENT_LIMITS.text - 5, maxLength: INCIDENT_LIMITS.text + 5 })),
          kind: fc.constantFrom('action', 'observation', 'decision', 'communication') as fc.Arbitrary<'action'>,
          link: fc.oneof(arbitraryText(), fc.constantFrom('https://example.com/x', ' javascript:alert(1)', 'mailto:a@b.co', '//evil.example', 'data:text/html,x')),
          at: fc.oneof(fc.constant(''), arbitraryText(), fc.constantFrom('2025-03-10T13:59:30', '2025-03-10T15:00:00', '2025-03-10T13:59:60')),
        }),
        fc.boolean(),
        (values, timeRequired) => {
          const result = validateTimelineEntryForm(values, T0, { timeRequired });
          if (!result.ok) {
            for (const error of Object.values(result.errors)) expect(isUserMessage(error), error).toBe(true);
            return;
          }
          if (result.value.link !== null) expect(sanitizeLink(result.value.link)).toBe(result.value.link);
          const { at, link, ...entry } = result.value;
          const next = addTimelineEntry(incident, { ...entry, at: at ?? T0, source: 'manual', ...(link ? { link } : {}) }, T0);
          expect(restoreIncidents([JSON.parse(JSON.stringify(next))]).dropped).toBe(0);
        },
      ),
      { numRuns: FUZZ_RUNS.noteForm },
    );
  });
});
