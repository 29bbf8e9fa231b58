import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExamplePostmortem } from '../domain/example-postmortem';
import { arbitraryPostmortemDoc, createHostilePostmortem, FIXED_NOW } from '../../../testing/postmortem-fixture';
import { parsePostmortemJson, serializePostmortem } from './postmortem-json';
import { restorePostmortems, validatePostmortem } from '../domain/postmortem-schema';
import type { PostmortemDoc } from '../domain/postmortem-types';

function envelope(postmortem: unknown): string {
  return JSON.stringify({ format: 'outage-kit/postmortem', version: 1, postmortem });
}

function errorsFor(mutate: (doc: Record<string, unknown>) => void): string[] {
  const doc = structuredClone(createExamplePostmortem(FIXED_NOW)) as unknown as Record<string, unknown>;
  mutate(doc);
  const result = parsePostmortemJson(envelope(doc));
  return result.ok ? [] : result.errors;
}

describe('serializePostmortem', () => {
  it('wraps the document in the outage-kit/postmortem envelope', () => {
    const parsed = JSON.parse(serializePostmortem(createExamplePostmortem(FIXED_NOW))) as Record<string, unknown>;
    expect(parsed.format).toBe('outage-kit/postmortem');
    expect(parsed.version).toBe(1);
    expect((parsed.postmortem as PostmortemDoc).id).toBe('example-payments-outage');
  });
});

describe('parsePostmortemJson', () => {
  it('gives back a deep-equal document for any valid document (property)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryPostmortemDoc(), (doc) => {
        const result = parsePostmortemJson(serializePostmortem(doc));
        expect(result).toEqual({ ok: true, doc });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips the example and the hostile document exactly', () => {
    for (const doc of [createExamplePostmortem(FIXED_NOW), createHostilePostmortem()]) {
      expect(parsePostmortemJson(serializePostmortem(doc))).toEqual({ ok: true, doc });
    }
  });

  it('loads documents saved before metrics existed, and round-trips and checks the metrics', () => {
    const old = structuredClone(createExamplePostmortem(FIXED_NOW)) as PostmortemDoc;
    delete old.metrics;
    const loaded = parsePostmortemJson(envelope(old));
    expect(loaded.ok && loaded.doc.metrics).toBeUndefined();
    expect(restorePostmortems([old]).docs).toEqual([old]);
    const withMetrics: PostmortemDoc = { ...old, metrics: { timeToDetect: 60_000, timeToAcknowledge: null, timeToMitigate: 1_800_000, timeToResolve: null } };
    expect(parsePostmortemJson(serializePostmortem(withMetrics))).toEqual({ ok: true, doc: withMetrics });
    expect(errorsFor((doc) => (doc.metrics = { timeToDetect: -1, timeToAcknowledge: null, timeToMitigate: null, timeToResolve: null }))).toEqual([
      'Response metrics: enter the time to detect in milliseconds (0 or more), or null when it was not recorded.',
    ]);
    expect(errorsFor((doc) => (doc.metrics = 'fast'))[0]).toMatch(/^Response metrics: give the response metrics as timeToDetect/);
  });

  it('explains shape errors in words, with where they are', () => {
    expect(
      errorsFor((doc) => {
        (doc.actionItems as Record<string, unknown>[])[2]!.priority = 'urgent';
      }),
    ).toEqual(['Action item 3: choose a priority P0–P3.']);
    expect(
      errorsFor((doc) => {
        (doc.timeline as Record<string, unknown>[])[0]!.at = 'yesterday';
      }),
    ).toEqual(['Timeline row 1: the time must be a time in milliseconds.']);
    expect(
      errorsFor((doc) => {
        doc.date = '2026-02-30';
      }),
    ).toEqual(['Enter the date as a real date written YYYY-MM-DD.']);
    expect(
      errorsFor((doc) => {
        (doc.impact as Record<string, unknown>).usersAffectedPercent = 140;
      }),
    ).toEqual(['Impact: enter the users affected as a percentage between 0 and 100, or leave it empty.']);
    expect(
      errorsFor((doc) => {
        (doc.sections as Record<string, unknown>[])[1]!.id = 'summary';
      }),
    ).toEqual(['Section 2: the id "summary" is used more than once; give each section its own id.']);
  });

  it('rejects files over 5 MB and says the limit', () => {
    const doc = createExamplePostmortem(FIXED_NOW);
    const big = envelope({ ...doc, impact: { ...doc.impact, notes: 'x'.repeat(6 * 1024 * 1024) } });
    const result = parsePostmortemJson(big);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/at most 5 MB/);
  });

  it('rejects __proto__, constructor and prototype keys anywhere', () => {
    const text = serializePostmortem(createExamplePostmortem(FIXED_NOW)).replace('"title": "Checkout', '"__proto__": { "polluted": true }, "title": "Checkout');
    const result = parsePostmortemJson(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects other files with a message a user can act on', () => {
    expect(parsePostmortemJson('{ nope')).toMatchObject({ ok: false });
    expect(parsePostmortemJson(JSON.stringify({ format: 'outage-kit/runbook', version: 1, runbook: {} }))).toEqual({
      ok: false,
      errors: ['This is a runbook file, not a postmortem. Import it in the right place.'],
    });
    expect(parsePostmortemJson(JSON.stringify({ format: 'outage-kit/postmortem', version: 2, postmortem: {} }))).toMatchObject({ ok: false });
  });

  it('enforces the limits on text and list sizes', () => {
    expect(errorsFor((doc) => ((doc.sections as Record<string, unknown>[])[0]!.body = 'x'.repeat(100_001)))).toEqual([
      'Section 1: shorten the section text to 100000 characters or fewer.',
    ]);
    const rows = Array.from({ length: 5001 }, (_, i) => ({ id: `r${i}`, at: 0, text: '' }));
    expect(errorsFor((doc) => (doc.timeline = rows))).toEqual(['Keep the timeline to 5000 rows or fewer.']);
  });
});

describe('validatePostmortem', () => {
  it('accepts every document the app creates', () => {
    expect(validatePostmortem(createExamplePostmortem(FIXED_NOW)).ok).toBe(true);
    expect(validatePostmortem(createHostilePostmortem()).ok).toBe(true);
  });
});

describe('restorePostmortems', () => {
  it('keeps valid documents and reports the ones it drops', () => {
    const good = createExamplePostmortem(FIXED_NOW);
    const bad = { ...good, id: 'other', status: 'published' };
    const { docs, dropped } = restorePostmortems([good, bad, good, 'junk']);
    expect(docs).toEqual([good]);
    expect(dropped.map((d) => [d.index, d.id])).toEqual([
      [1, 'other'],
      [2, 'example-payments-outage'],
      [3, null],
    ]);
    expect(dropped[0]?.errors).toEqual(['Choose a status: draft, in-review, reviewed or closed.']);
  });

  it('restores nothing from a missing or non-list value', () => {
    expect(restorePostmortems(undefined)).toEqual({ docs: [], dropped: [] });
    expect(restorePostmortems({}).docs).toEqual([]);
    expect(restorePostmortems({}).dropped).toHaveLength(1);
  });
});
