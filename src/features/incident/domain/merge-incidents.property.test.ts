import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestIncident, T0 } from '../../../testing/incident-fixture';
import { stampLocalChange } from './incident-clock';
import { listConflicts, settleConflict } from './merge-conflicts';
import { validateIncident } from './incident-schema';
import type { FieldStamp, HandoverRecord, Incident, IncidentConflict, IncidentField, TimelineEntry } from './incident-types';
import { mergeIncident } from './merge-incidents';
import { addTimelineEntry, deleteTimelineEntry, setTimelineEntryStarred, updateTimelineEntry, visibleTimeline } from './timeline';
import { updateIncidentDetails } from './incident-actions';

// Copies of one incident as several people (or tabs) could hold them: the same id, overlapping entry ids, edits
// with and without base versions, deletions, stars, authors, handovers, drill marks and kept conflicts.
const RUNS = { numRuns: 1000 };
const ENTRY_IDS = ['e1', 'e2', 'e3', 'e4'];
/** Each entry id has one author, as in the app (an entry keeps the author who wrote it; editors are `editedBy`). */
const AUTHOR_OF: Record<string, string> = { e1: 'Alice', e2: 'Bob', e3: 'Alice', e4: 'Carol' };
const PEOPLE = ['Alice', 'Bob', 'Carol'];

const BASE = createTestIncident();
const clockArb = fc.integer({ min: 0, max: 12 });

/** A clock with an optional base strictly below it (a version written on top of an older one). */
const clockedArb = fc
  .record({ at: clockArb, base: fc.option(fc.integer({ min: 0, max: 11 }), { nil: undefined }) })
  .map(({ at, base }) => (base !== undefined && base < at ? { at, base } : { at }));

const entryArb: fc.Arbitrary<TimelineEntry> = fc
  .record({
    id: fc.constantFrom(...ENTRY_IDS),
    at: fc.integer({ min: 0, max: 30 }),
    text: fc.constantFrom('x', 'y', 'z'),
    kind: fc.constantFrom('action', 'observation', 'decision'),
    deleted: fc.boolean(),
    starred: fc.boolean(),
    clock: clockedArb,
    editedBy: fc.option(fc.constantFrom(...PEOPLE), { nil: undefined }),
  })
  .map((e): TimelineEntry => ({
    id: e.id,
    at: e.at,
    text: e.text,
    kind: e.kind,
    source: 'manual',
    author: AUTHOR_OF[e.id]!,
    updatedAt: e.clock.at,
    ...(e.clock.base !== undefined ? { base: e.clock.base } : {}),
    ...(e.deleted ? { deleted: true } : {}),
    ...(e.starred ? { starred: true } : {}),
    ...(e.editedBy ? { editedBy: e.editedBy } : {}),
  }));

const stampArb: fc.Arbitrary<FieldStamp> = fc
  .record({ clock: clockedArb, by: fc.option(fc.constantFrom(...PEOPLE), { nil: undefined }) })
  .map(({ clock, by }) => ({ ...clock, ...(by ? { by } : {}) }));

const FIELD_VALUES = {
  title: fc.constantFrom('Checkout 500s', 'Checkout errors'),
  severity: fc.constantFrom('SEV1', 'SEV2'),
  'roles.commander': fc.constantFrom('Alice', 'Bob'),
  drill: fc.boolean(),
  status: fc.constantFrom(null, 20, 25),
} as const satisfies Partial<Record<IncidentField, fc.Arbitrary<unknown>>>;
type GeneratedField = keyof typeof FIELD_VALUES;
const GENERATED_FIELDS = Object.keys(FIELD_VALUES) as GeneratedField[];

const conflictArb: fc.Arbitrary<IncidentConflict> = fc.oneof(
  entryArb.map((entry): IncidentConflict => ({
    field: 'entry',
    at: entry.updatedAt,
    ...(entry.base !== undefined ? { base: entry.base } : {}),
    ...(entry.editedBy ?? entry.author ? { by: entry.editedBy ?? entry.author } : {}),
    entry,
  })),
  fc.constantFrom(...GENERATED_FIELDS).chain((field) =>
    fc.record({ value: FIELD_VALUES[field] as fc.Arbitrary<unknown>, stamp: stampArb }).map(({ value, stamp }): IncidentConflict => ({ field, ...stamp, value })),
  ),
);

const handoverArb: fc.Arbitrary<HandoverRecord> = fc.record({
  id: fc.constantFrom('h1', 'h2'),
  at: fc.integer({ min: 0, max: 30 }),
  from: fc.constantFrom('Alice', 'Bob'),
  to: fc.constantFrom('Bob', 'Carol'),
  readBack: fc.constant('Checkout 500s · SEV1'),
});

const copyArb: fc.Arbitrary<Incident> = fc
  .record({
    title: FIELD_VALUES.title,
    severity: FIELD_VALUES.severity,
    commander: FIELD_VALUES['roles.commander'],
    drill: FIELD_VALUES.drill,
    status: FIELD_VALUES.status,
    updatedAt: fc.integer({ min: 0, max: 12 }),
    stamps: fc.dictionary(fc.constantFrom(...GENERATED_FIELDS), stampArb, { maxKeys: 3 }),
    timeline: fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: ENTRY_IDS.length }),
    conflicts: fc.array(conflictArb, { maxLength: 3 }),
    handovers: fc.option(fc.uniqueArray(handoverArb, { selector: (h) => h.id, maxLength: 2 }), { nil: undefined }),
  })
  .map((c): Incident => {
    const { resolved: _resolved, ...milestones } = BASE.milestones;
    const incident: Incident = {
      ...BASE,
      title: c.title,
      severity: c.severity,
      roles: { ...BASE.roles, commander: c.commander },
      status: c.status === null ? 'active' : 'resolved',
      milestones: c.status === null ? milestones : { ...milestones, resolved: c.status },
      updatedAt: c.updatedAt,
      timeline: c.timeline,
      ...(c.drill ? { drill: true } : {}),
      ...(c.handovers ? { handovers: c.handovers } : {}),
      ...(Object.keys(c.stamps).length > 0 ? { fieldClocks: c.stamps } : {}),
      ...(c.conflicts.length > 0 ? { conflicts: c.conflicts } : {}),
    };
    return incident;
  });

/** The incident with every list sorted and keys in one order: two equal states print the same. */
function canonical(incident: Incident): string {
  const sortById = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sorted = {
    ...incident,
    timeline: sortById(incident.timeline),
    updates: sortById(incident.updates),
    ...(incident.handovers ? { handovers: sortById(incident.handovers) } : {}),
    ...(incident.conflicts ? { conflicts: [...incident.conflicts].map((c) => JSON.stringify(c)).sort() } : {}),
  };
  return JSON.stringify(sorted, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
}

describe('mergeIncident (properties over generated copies, 1,000 runs each)', () => {
  it('is commutative: merge(a, b) ≡ merge(b, a)', () => {
    fc.assert(
      fc.property(copyArb, copyArb, (a, b) => {
        expect(canonical(mergeIncident(a, b))).toBe(canonical(mergeIncident(b, a)));
      }),
      RUNS,
    );
  });

  it('is associative: merge(merge(a, b), c) ≡ merge(a, merge(b, c))', () => {
    fc.assert(
      fc.property(copyArb, copyArb, copyArb, (a, b, c) => {
        expect(canonical(mergeIncident(mergeIncident(a, b), c))).toBe(canonical(mergeIncident(a, mergeIncident(b, c))));
      }),
      RUNS,
    );
  });

  it('is idempotent: merge(a, a) ≡ a for a merged a, and merge(merge(a, b), b) ≡ merge(a, b)', () => {
    fc.assert(
      fc.property(copyArb, copyArb, (a, b) => {
        const normal = mergeIncident(a, a);
        expect(canonical(mergeIncident(normal, normal))).toBe(canonical(normal));
        const ab = mergeIncident(a, b);
        expect(canonical(mergeIncident(ab, b))).toBe(canonical(ab));
        expect(canonical(mergeIncident(a, ab))).toBe(canonical(ab));
      }),
      RUNS,
    );
  });

  it('shows every entry once, each with its author, and keeps every version it does not show', () => {
    fc.assert(
      fc.property(copyArb, copyArb, (a, b) => {
        const merged = mergeIncident(a, b);
        const ids = merged.timeline.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        const inputIds = [a, b].flatMap((c) => [...c.timeline, ...(c.conflicts ?? []).flatMap((k) => (k.entry ? [k.entry] : []))]).map((e) => e.id);
        expect(new Set(ids)).toEqual(new Set(inputIds));
        for (const entry of merged.timeline) expect(entry.author).toBe(AUTHOR_OF[entry.id]);
        // Nothing is lost silently: every version is shown, kept as a conflict, or was written over by one that is.
        const kept = new Set([...merged.timeline, ...(merged.conflicts ?? []).flatMap((k) => (k.entry ? [k.entry] : []))].map((e) => JSON.stringify(e)));
        for (const entry of [...a.timeline, ...b.timeline]) {
          if (kept.has(JSON.stringify(entry))) continue;
          const versions = [...merged.timeline, ...(merged.conflicts ?? []).flatMap((k) => (k.entry ? [k.entry] : []))].filter((e) => e.id === entry.id);
          expect(versions.some((v) => (v.base !== undefined && v.base < v.updatedAt && v.base >= entry.updatedAt) || ((entry.base === undefined || entry.base >= entry.updatedAt) && v.updatedAt > entry.updatedAt))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('never brings back an entry deleted after seeing a copy, whatever that copy holds', () => {
    fc.assert(
      fc.property(copyArb, copyArb, fc.constantFrom(...ENTRY_IDS), fc.constantFrom(...PEOPLE), (a, b, id, who) => {
        const seen = mergeIncident(a, b);
        const target = seen.timeline.find((e) => e.id === id);
        fc.pre(target !== undefined && target.deleted !== true);
        const deleted = stampLocalChange(seen, deleteTimelineEntry(seen, id, 5), 5, who);
        for (const merged of [mergeIncident(deleted, a), mergeIncident(b, deleted), mergeIncident(mergeIncident(a, deleted), b)]) {
          expect(merged.timeline.find((e) => e.id === id)?.deleted).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('keeps both of two edits of the same field made without seeing each other, until someone settles it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Checkout 500s', 'Checkout errors', 'Payments down'),
        fc.constantFrom('Card payments fail', 'Checkout slow'),
        fc.integer({ min: -10 * 60_000, max: 10 * 60_000 }),
        fc.constantFrom<'kept' | 'other'>('kept', 'other'),
        (mine, theirs, skew, choice) => {
          const alice = stampLocalChange(BASE, updateIncidentDetails(BASE, { title: mine }, T0 + 60_000), T0 + 60_000, 'Alice');
          // Bob's wall clock is off by `skew`: a concurrent edit is a conflict whoever's clock runs ahead.
          const bobNow = T0 + 60_000 + skew;
          const bob = stampLocalChange(BASE, updateIncidentDetails(BASE, { title: theirs }, bobNow), bobNow, 'Bob');
          const merged = mergeIncident(alice, bob);
          const [conflict, ...rest] = listConflicts(merged);
          expect(rest).toEqual([]);
          expect(conflict?.label).toBe('title');
          expect(new Set([merged.title, conflict && merged.title === mine ? theirs : mine])).toEqual(new Set([mine, theirs]));
          const settled = stampLocalChange(merged, settleConflict(merged, conflict!.key, choice, T0 + 120_000, 'Alice'), T0 + 120_000, 'Alice');
          const expected = choice === 'kept' ? merged.title : merged.title === mine ? theirs : mine;
          for (const again of [mergeIncident(settled, alice), mergeIncident(bob, settled), mergeIncident(mergeIncident(alice, settled), bob)]) {
            expect(again.title).toBe(expected);
            expect(listConflicts(again)).toEqual([]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives merged copies that the schema accepts', () => {
    fc.assert(
      fc.property(copyArb, copyArb, (a, b) => {
        const merged = mergeIncident(a, b);
        const result = validateIncident(JSON.parse(JSON.stringify(merged)));
        expect(result.ok ? [] : result.errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('mergeIncident (clock skew)', () => {
  it('lets a later edit win even when its writer’s wall clock is 5 minutes behind the teammate it saw', () => {
    const ahead = T0 + 5 * 60_000;
    const bob = stampLocalChange(BASE, updateIncidentDetails(BASE, { title: 'Checkout errors' }, ahead), ahead, 'Bob');
    const aliceSaw = mergeIncident(BASE, bob);
    // Alice edits after reading Bob's title; her wall clock says T0 + 1 min, before Bob's stamp.
    const alice = stampLocalChange(aliceSaw, updateIncidentDetails(aliceSaw, { title: 'Checkout 500s' }, T0 + 60_000), T0 + 60_000, 'Alice');
    for (const merged of [mergeIncident(alice, bob), mergeIncident(bob, alice)]) {
      expect(merged.title).toBe('Checkout 500s');
      expect(listConflicts(merged)).toEqual([]);
      expect(visibleTimeline(merged.timeline).map((e) => e.text)).toEqual(expect.arrayContaining(['Title changed to "Checkout 500s"', 'Title changed to "Checkout errors"']));
    }
  });
});

describe('listConflicts (stars)', () => {
  it('shows a star set in one copy while the other copy saved the same entry unchanged, instead of dropping it unseen', () => {
    const withNote = stampLocalChange(BASE, addTimelineEntry(BASE, { at: T0 + 1_000, text: 'Rolled back release 412', kind: 'action', source: 'manual', author: 'Alice' }, T0 + 1_000), T0 + 1_000, 'Alice');
    const id = withNote.timeline.find((e) => e.text === 'Rolled back release 412')!.id;
    const alice = stampLocalChange(withNote, setTimelineEntryStarred(withNote, id, true, T0 + 50_000), T0 + 50_000, 'Alice');
    // Bob saves the entry without changing what it shows (a newer version, concurrent with Alice's star).
    const bob = stampLocalChange(withNote, updateTimelineEntry(withNote, id, { kind: 'action' }, T0 + 60_000), T0 + 60_000, 'Bob');
    expect(bob.timeline.find((e) => e.id === id)?.updatedAt).toBe(T0 + 60_000);
    for (const merged of [mergeIncident(alice, bob), mergeIncident(bob, alice)]) {
      expect(merged.timeline.find((e) => e.id === id)?.starred).not.toBe(true);
      expect(listConflicts(merged).map((v) => v.other)).toContain('“Rolled back release 412” (starred)');
    }
  });
});
