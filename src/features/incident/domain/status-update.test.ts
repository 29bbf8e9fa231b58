import { describe, expect, it } from 'vitest';
import { resolveIncident } from './incident-actions';
import { MINUTE, T0, createTestIncident } from '../../../testing/incident-fixture';
import { UPDATE_AUDIENCES, UPDATE_STATUSES, composeStatusUpdate, type ComposeStatusUpdateInput } from './status-update';

// T0 is 13:00 UTC = 14:00 in Berlin; impact started at 12:50 UTC.
const base: ComposeStatusUpdateInput = {
  incident: createTestIncident(),
  status: 'investigating',
  audience: 'internal',
  now: T0 + 5 * MINUTE,
  nextUpdateAt: T0 + 30 * MINUTE,
  locale: 'en-GB',
  timeZone: 'Europe/Berlin',
};

describe('composeStatusUpdate', () => {
  it('writes an internal update with severity, service, roles and the next update in local time and UTC', () => {
    expect(composeStatusUpdate(base)).toBe(
      [
        '[SEV1] Investigating: checkout',
        'What users see: Checkout fails with an error.',
        'Impact started 13:50 (12:50 UTC), 15 min ago (impact start → now).',
        'Status: Investigating. We know something is wrong and are looking into it.',
        'Incident commander: Alice · Deputy: Bob · Scribe: Carol · Communications: Dan',
        'Next update by 14:30 (13:30 UTC).',
      ].join('\n'),
    );
  });

  it('writes a customer update in plain words, with the public component name and without severity or internal detail', () => {
    const incident = { ...createTestIncident({ service: 'payments-api-eu1' }), publicName: 'Payments' };
    const text = composeStatusUpdate({ ...base, incident, audience: 'customers', status: 'identified' });
    expect(text).toBe(
      [
        'Identified: Payments',
        'We have found the cause of the problem with Payments and are working on a fix.',
        'You may notice: Checkout fails with an error.',
        'We are sorry for the trouble this causes.',
        'We will post another update by 14:30 (13:30 UTC).',
      ].join('\n'),
    );
    expect(text).not.toMatch(/SEV|Alice|commander|Critical|payments-api-eu1/);
  });

  it('never puts the internal service name in a customer update: without a public name it says "our service"', () => {
    const incident = createTestIncident({ service: 'payments-api-eu1' });
    for (const { value: status } of UPDATE_STATUSES) {
      const text = composeStatusUpdate({ ...base, incident, audience: 'customers', status });
      expect(text).not.toContain('payments-api-eu1');
      expect(text).toMatch(/our service/i);
    }
    expect(composeStatusUpdate({ ...base, incident, audience: 'customers' }).split('\n')[0]).toBe('Investigating: Our service');
    // Internal readers still get the service name they run commands against.
    expect(composeStatusUpdate({ ...base, incident }).split('\n')[0]).toBe('[SEV1] Investigating: payments-api-eu1');
  });

  it('writes an executive update with impact, business effect, duration and cost so far', () => {
    const text = composeStatusUpdate({ ...base, audience: 'executives', costSoFar: '$12,400' });
    expect(text).toBe(
      [
        'Investigating: checkout (SEV1 – Critical)',
        'Impact: Checkout fails with an error.',
        'Business effect: Customers are badly affected and a public notice is needed.',
        'Duration so far (impact start → now): 15 min, since 13:50 (12:50 UTC).',
        'Estimated cost so far (impact start → now): $12,400.',
        'The team is finding the cause and working to restore service.',
        'Leading the response: Alice.',
        'Next update by 14:30 (13:30 UTC).',
      ].join('\n'),
    );
  });

  it('promises no next update once resolved, and gives the total duration', () => {
    const incident = resolveIncident(createTestIncident(), T0 + 65 * MINUTE);
    for (const audience of ['internal', 'customers', 'executives'] as const) {
      const text = composeStatusUpdate({ ...base, incident, audience, status: 'resolved', now: T0 + 70 * MINUTE });
      expect(text).not.toMatch(/[Nn]ext update|another update/);
    }
    expect(composeStatusUpdate({ ...base, incident, status: 'resolved' })).toContain('Impact started 13:50 (12:50 UTC) and lasted 1 h 15 min (impact start → service restored).');
    expect(composeStatusUpdate({ ...base, incident, audience: 'customers', status: 'resolved' })).toContain(
      'The problem with our service has been fixed and it is working normally again.',
    );
  });

  it('uses a custom description of what users see', () => {
    expect(composeStatusUpdate({ ...base, audience: 'customers', impact: 'Payments fail at the last step.' })).toContain(
      'You may notice: Payments fail at the last step.',
    );
  });

  it('shows one UTC time when local time is UTC, with the date when it is another day', () => {
    const text = composeStatusUpdate({ ...base, timeZone: 'UTC', nextUpdateAt: T0 + 11 * 60 * MINUTE });
    expect(text).toContain('Impact started 12:50 UTC, 15 min ago (impact start → now).');
    expect(text).toMatch(/Next update by 11 Mar(,| at) 00:00 UTC\.$/);
  });

  it("heads internal and executive updates with the incident's number, never a customer update", () => {
    const incident = { ...createTestIncident(), number: 'INC-2025-014' };
    expect(composeStatusUpdate({ ...base, incident }).split('\n')[0]).toBe('[SEV1] INC-2025-014 Investigating: checkout');
    expect(composeStatusUpdate({ ...base, incident, audience: 'executives' }).split('\n')[0]).toMatch(/^INC-2025-014 Investigating: /);
    expect(composeStatusUpdate({ ...base, incident, audience: 'customers' })).not.toContain('INC-2025-014');
  });

  it('leaves out empty roles and the roles line when nobody is named', () => {
    const incident = createTestIncident({ roles: { commander: 'Alice', deputy: '', scribe: ' ', communications: '' } });
    expect(composeStatusUpdate({ ...base, incident })).toContain('\nIncident commander: Alice\n');
    const nobody = createTestIncident({ roles: { commander: '', deputy: '', scribe: '', communications: '' } });
    expect(composeStatusUpdate({ ...base, incident: nobody })).not.toMatch(/commander/);
    expect(composeStatusUpdate({ ...base, incident: nobody, audience: 'executives' })).not.toMatch(/Leading/);
  });
});

describe('UPDATE_STATUSES', () => {
  it('offers the Statuspage statuses in order, each with a meaning', () => {
    expect(UPDATE_STATUSES.map((s) => s.label)).toEqual(['Investigating', 'Identified', 'Monitoring', 'Resolved']);
    expect(UPDATE_AUDIENCES.map((a) => a.value)).toEqual(['internal', 'customers', 'executives']);
  });
});

describe('composeStatusUpdate: one time format', () => {
  it('writes UTC on a 24-hour clock beside a 12-hour local time, and alone as 24-hour when local is UTC', () => {
    const incident = createTestIncident();
    const input = { incident, status: 'investigating' as const, audience: 'internal' as const, now: incident.startedAt + 60_000, nextUpdateAt: null, locale: 'en-US' };
    const berlin = composeStatusUpdate({ ...input, timeZone: 'Europe/Berlin' });
    expect(berlin).toMatch(/Impact started \d\d:\d\d [AP]M \(\d\d:\d\d UTC\)/);
    const utc = composeStatusUpdate({ ...input, timeZone: 'UTC' });
    expect(utc).toMatch(/Impact started \d\d:\d\d UTC/);
    expect(utc).not.toMatch(/[AP]M UTC/);
  });
});
