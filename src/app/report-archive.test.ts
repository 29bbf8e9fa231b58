import { describe, expect, it } from 'vitest';
import { serializeIncident } from '../features/incident/domain/incident-schema';
import { serializePostmortem } from '../features/postmortem/export/postmortem-json';
import { createPostmortem } from '../features/postmortem/domain/templates';
import { createTestIncident } from '../testing/incident-fixture';
import { serializeAllData } from './data-export';
import { parseArchiveFile } from './report-archive';
import { appStore } from './store/app-store';
import { partializeAppState } from './store/persisted-state';

describe('parseArchiveFile', () => {
  it('reads an incident file, a postmortem file and an "Export all data" file', () => {
    const incident = createTestIncident({ id: 'i1' });
    const doc = createPostmortem({ template: 'short', now: 0, timeZone: 'UTC', id: 'p1' });
    expect(parseArchiveFile(serializeIncident(incident))).toMatchObject({ ok: true, content: { incidents: [{ id: 'i1' }], postmortems: [] } });
    expect(parseArchiveFile(serializePostmortem(doc))).toMatchObject({ ok: true, content: { incidents: [], postmortems: [{ id: 'p1' }] } });
    const all = parseArchiveFile(serializeAllData(partializeAppState(appStore.getState())));
    expect(all.ok).toBe(true);
  });

  it('refuses damaged, foreign and hostile files with a message', () => {
    const damaged = parseArchiveFile('{"format": "outage-kit/incident", ');
    expect(damaged).toMatchObject({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] });
    expect(parseArchiveFile('{"name": "package.json"}')).toMatchObject({ ok: false, errors: [expect.stringMatching(/not a file Outage Kit can report on/)] });
    expect(parseArchiveFile('')).toMatchObject({ ok: false, errors: [expect.stringMatching(/empty/)] });
    const polluted = serializeIncident(createTestIncident()).replace('"title"', '"__proto__": {"polluted": true}, "title"');
    expect(parseArchiveFile(polluted)).toMatchObject({ ok: false, errors: [expect.stringMatching(/__proto__/)] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const invalid = serializeIncident(createTestIncident()).replace('"severity": "SEV1"', '"severity": "<img src=x onerror=alert(1)>"');
    expect(parseArchiveFile(invalid).ok).toBe(false);
  });

  it('refuses an incident file over the incident limit', () => {
    const big = serializeIncident({ ...createTestIncident(), title: 'x'.repeat(10) }).replace('"title"', `"padding": "${'x'.repeat(2.1 * 1024 * 1024)}", "title"`);
    expect(parseArchiveFile(big)).toMatchObject({ ok: false, errors: [expect.stringMatching(/at most/)] });
  });
});
