import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateIncidentForm, validateTimelineEntryForm, type IncidentFormValues } from './incident-forms';
import { toDateTimeLocalValue } from './local-time';

const NOW = Date.UTC(2025, 2, 10, 13, 0, 0);
const MINUTE = 60_000;
const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

const values = (patch: Partial<IncidentFormValues> = {}): IncidentFormValues => ({
  title: 'Checkout fails',
  severity: 'SEV2',
  service: 'checkout',
  startMode: 'now',
  startedAt: '',
  commander: ' Alice ',
  deputy: '',
  scribe: '',
  communications: '',
  ...patch,
});

describe('validateIncidentForm', () => {
  it('accepts a title and a severity, trims the rest, and leaves impact start to "now"', () => {
    const result = validateIncidentForm(values(), NOW);
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Checkout fails',
        severity: 'SEV2',
        service: 'checkout',
        publicName: '',
        roles: { commander: 'Alice', deputy: '', scribe: '', communications: '' },
      },
    });
  });

  it('says what to enter when the title or severity is missing', () => {
    const result = validateIncidentForm(values({ title: '  ', severity: '' }), NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.title).toMatch(/^Enter a title/);
    expect(result.errors.severity).toBe('Choose a severity. If you are unsure, choose the higher one');
  });

  it('reads an earlier impact start and rejects future, too old or unreadable times', () => {
    const earlier = validateIncidentForm(values({ startMode: 'earlier', startedAt: toDateTimeLocalValue(NOW - 20 * MINUTE) }), NOW);
    expect(earlier.ok && earlier.value.startedAt).toBe(NOW - 20 * MINUTE);
    const future = validateIncidentForm(values({ startMode: 'earlier', startedAt: toDateTimeLocalValue(NOW + 10 * MINUTE) }), NOW);
    expect(!future.ok && future.errors.startedAt).toBe('Enter a time that is not in the future');
    const old = validateIncidentForm(values({ startMode: 'earlier', startedAt: '2024-01-01T10:00' }), NOW);
    expect(!old.ok && old.errors.startedAt).toBe('Enter a time in the last 30 days');
    const bad = validateIncidentForm(values({ startMode: 'earlier', startedAt: '' }), NOW);
    expect(!bad.ok && bad.errors.startedAt).toMatch(/^Enter the date and time impact started/);
  });

  it('refuses an impact start that the edited incident\'s milestones rule out, with their message', () => {
    const result = validateIncidentForm(values({ startMode: 'earlier', startedAt: toDateTimeLocalValue(NOW - 5 * MINUTE) }), NOW, {
      checkStartedAt: (at) => (at > NOW - 10 * MINUTE ? 'Impact cannot start after detection (14:00)' : null),
    });
    expect(result).toEqual({ ok: false, errors: { startedAt: 'Impact cannot start after detection (14:00)' } });
  });

  it('accepts an old start when editing an old incident', () => {
    const result = validateIncidentForm(values({ startMode: 'earlier', startedAt: '2024-01-01T10:00' }), NOW, { earliest: 0 });
    expect(result.ok).toBe(true);
  });

  it('limits long text', () => {
    const result = validateIncidentForm(values({ title: 'x'.repeat(201), scribe: 'y'.repeat(201) }), NOW);
    expect(!result.ok && result.errors).toEqual({
      title: 'Shorten the title to 200 characters or fewer',
      scribe: 'Shorten the scribe to 200 characters or fewer',
    });
  });
});

describe('validateTimelineEntryForm', () => {
  const note = { text: 'Error rate back to normal', kind: 'observation' as const, link: '', at: '' };

  it('accepts a note without time or link (time = now)', () => {
    expect(validateTimelineEntryForm(note, NOW)).toEqual({
      ok: true,
      value: { text: 'Error rate back to normal', kind: 'observation', link: null },
    });
  });

  it('normalises a safe link and rejects an unsafe one with a message', () => {
    const safe = validateTimelineEntryForm({ ...note, link: 'https://grafana.example.com/d/1' }, NOW);
    expect(safe.ok && safe.value.link).toBe('https://grafana.example.com/d/1');
    for (const link of ['javascript:alert(1)', 'grafana/d/1', 'data:text/html,hi']) {
      const result = validateTimelineEntryForm({ ...note, link }, NOW);
      expect(!result.ok && result.errors.link).toBe('Enter a full link that starts with https://, http:// or mailto:');
    }
  });

  it('requires text, and a real past time when the time is required', () => {
    const result = validateTimelineEntryForm({ ...note, text: ' ', at: '' }, NOW, { timeRequired: true });
    expect(!result.ok && result.errors).toEqual({ text: 'Enter what happened', at: 'Enter the date and time it happened' });
    const future = validateTimelineEntryForm({ ...note, at: toDateTimeLocalValue(NOW + 5 * MINUTE) }, NOW);
    expect(!future.ok && future.errors.at).toBe('Enter a time that is not in the future');
    const past = validateTimelineEntryForm({ ...note, at: toDateTimeLocalValue(NOW - 5 * MINUTE) }, NOW);
    expect(past.ok && past.value.at).toBe(NOW - 5 * MINUTE);
  });
});

describe('validateIncidentForm: public component name', () => {
  it('passes the public name on trimmed, allows it empty or missing (older drafts), and asks to shorten a long one', () => {
    const named = validateIncidentForm({ ...values(), service: 'payments-api-eu1', publicName: '  Payments ' }, NOW);
    expect(named.ok && named.value.publicName).toBe('Payments');
    const { publicName: _none, ...withoutField } = values();
    const missing = validateIncidentForm(withoutField, NOW);
    expect(missing.ok && missing.value.publicName).toBe('');
    const long = validateIncidentForm({ ...values(), publicName: 'x'.repeat(201) }, NOW);
    expect(!long.ok && long.errors.publicName).toBe('Shorten the public name to 200 characters or fewer');
  });
});
