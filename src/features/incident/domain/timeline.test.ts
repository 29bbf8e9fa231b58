import { describe, expect, it } from 'vitest';
import { MINUTE, T0, createTestIncident } from '../../../testing/incident-fixture';
import type { TimelineEntry } from './incident-types';
import {
  TIMELINE_KINDS,
  addTimelineEntry,
  createTimelineEntryId,
  deleteTimelineEntry,
  restoreTimelineEntry,
  setTimelineEntryStarred,
  starredTimeline,
  sortTimeline,
  updateTimelineEntry,
  visibleTimeline,
} from './timeline';

function entry(id: string, at: number, patch: Partial<TimelineEntry> = {}): TimelineEntry {
  return { id, at, text: id, kind: 'observation', source: 'manual', updatedAt: at, ...patch };
}

describe('sortTimeline', () => {
  it('orders by time, and by id for entries at the same time', () => {
    const sorted = sortTimeline([entry('c', 20), entry('b', 10), entry('a', 10), entry('d', 5)]);
    expect(sorted.map((e) => e.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('does not change its input', () => {
    const input = [entry('b', 2), entry('a', 1)];
    sortTimeline(input);
    expect(input.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('visibleTimeline', () => {
  it('leaves out deleted entries', () => {
    expect(visibleTimeline([entry('b', 2), entry('a', 1, { deleted: true }), entry('c', 0)]).map((e) => e.id)).toEqual(['c', 'b']);
  });
});

describe('addTimelineEntry', () => {
  it('adds a note in chronological place with its own edit stamp', () => {
    const incident = createTestIncident();
    const next = addTimelineEntry(incident, { id: 'note-1', at: T0 - 5 * MINUTE, text: 'Error rate spiked', kind: 'observation', source: 'manual' }, T0 + MINUTE);
    const added = next.timeline.find((e) => e.id === 'note-1');
    expect(added).toMatchObject({ text: 'Error rate spiked', updatedAt: T0 + MINUTE });
    expect(next.timeline.map((e) => e.at)).toEqual([...next.timeline.map((e) => e.at)].sort((a, b) => a - b));
    expect(next.updatedAt).toBe(incident.updatedAt);
  });

  it('drops an unsafe link', () => {
    const next = addTimelineEntry(
      createTestIncident(),
      { id: 'n', at: T0, text: 'x', kind: 'action', source: 'manual', link: 'javascript:alert(1)' },
      T0,
    );
    expect(next.timeline.find((e) => e.id === 'n')).not.toHaveProperty('link');
  });

  it('gives a new entry an id when none is given', () => {
    const incident = createTestIncident();
    const next = addTimelineEntry(incident, { at: T0, text: 'x', kind: 'action', source: 'manual' }, T0);
    expect(next.timeline).toHaveLength(incident.timeline.length + 1);
  });
});

describe('updateTimelineEntry', () => {
  it('edits time, text, kind and link, and re-sorts', () => {
    let incident = addTimelineEntry(createTestIncident(), { id: 'n', at: T0 + MINUTE, text: 'x', kind: 'action', source: 'manual' }, T0 + MINUTE);
    incident = updateTimelineEntry(incident, 'n', { at: T0 - 60 * MINUTE, text: 'Deploy 142 went out', kind: 'decision', link: ' https://ci.example.com/142 ' }, T0 + 2 * MINUTE);
    expect(incident.timeline[0]).toMatchObject({
      id: 'n',
      text: 'Deploy 142 went out',
      kind: 'decision',
      link: 'https://ci.example.com/142',
      updatedAt: T0 + 2 * MINUTE,
    });
    incident = updateTimelineEntry(incident, 'n', { link: null }, T0 + 3 * MINUTE);
    expect(incident.timeline[0]).not.toHaveProperty('link');
  });

  it('leaves the incident as it is for an unknown id', () => {
    const incident = createTestIncident();
    expect(updateTimelineEntry(incident, 'nope', { text: 'x' }, T0)).toBe(incident);
  });
});

describe('deleteTimelineEntry', () => {
  it('keeps a tombstone that hides the entry, and undo brings it back', () => {
    let incident = addTimelineEntry(createTestIncident(), { id: 'n', at: T0, text: 'x', kind: 'action', source: 'manual' }, T0);
    incident = deleteTimelineEntry(incident, 'n', T0 + 1000);
    expect(incident.timeline.find((e) => e.id === 'n')).toMatchObject({ deleted: true, updatedAt: T0 + 1000 });
    expect(visibleTimeline(incident.timeline).some((e) => e.id === 'n')).toBe(false);
    incident = restoreTimelineEntry(incident, 'n', T0 + 2000);
    expect(incident.timeline.find((e) => e.id === 'n')).not.toHaveProperty('deleted');
    expect(visibleTimeline(incident.timeline).some((e) => e.id === 'n')).toBe(true);
  });

  it('stamps undo later than the delete even within the same millisecond', () => {
    let incident = addTimelineEntry(createTestIncident(), { id: 'n', at: T0, text: 'x', kind: 'action', source: 'manual' }, T0);
    incident = deleteTimelineEntry(incident, 'n', T0);
    const deletedAt = incident.timeline.find((e) => e.id === 'n')?.updatedAt ?? 0;
    incident = restoreTimelineEntry(incident, 'n', T0);
    expect(incident.timeline.find((e) => e.id === 'n')?.updatedAt).toBeGreaterThan(deletedAt);
  });
});

describe('TIMELINE_KINDS', () => {
  it('labels the four kinds a user picks, and the automatic milestone kind', () => {
    expect(TIMELINE_KINDS.filter((k) => k.manual).map((k) => k.label)).toEqual(['Action', 'Observation', 'Decision', 'Communication']);
    expect(TIMELINE_KINDS.find((k) => k.kind === 'milestone')?.manual).toBe(false);
  });
});

describe('createTimelineEntryId', () => {
  it('makes ids that sort in creation order, so same-time entries keep their order', () => {
    const ids = Array.from({ length: 20 }, () => createTimelineEntryId(T0));
    expect([...ids].sort()).toEqual(ids);
    expect(createTimelineEntryId(T0 + 1) > createTimelineEntryId(T0)).toBe(true);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});

describe('setTimelineEntryStarred', () => {
  const base = () =>
    addTimelineEntry(createTestIncident(), { id: 'note-1', at: T0 + MINUTE, text: 'Error rate at 40%', kind: 'observation', source: 'manual' }, T0 + MINUTE);

  it('stars and unstars an entry, stamping each change so it wins a merge', () => {
    const starred = setTimelineEntryStarred(base(), 'note-1', true, T0 + 2 * MINUTE);
    const entry = starred.timeline.find((e) => e.id === 'note-1');
    expect(entry?.starred).toBe(true);
    expect(entry?.updatedAt).toBe(T0 + 2 * MINUTE);
    expect(starredTimeline(starred.timeline).map((e) => e.text)).toEqual(['Error rate at 40%']);
    const unstarred = setTimelineEntryStarred(starred, 'note-1', false, T0 + 3 * MINUTE);
    expect(unstarred.timeline.find((e) => e.id === 'note-1')).not.toHaveProperty('starred');
    expect(starredTimeline(unstarred.timeline)).toEqual([]);
  });

  it('leaves unknown, deleted and unchanged entries alone', () => {
    const incident = base();
    expect(setTimelineEntryStarred(incident, 'nope', true, T0)).toBe(incident);
    expect(setTimelineEntryStarred(incident, 'note-1', false, T0)).toBe(incident);
    const gone = deleteTimelineEntry(incident, 'note-1', T0 + 2 * MINUTE);
    expect(setTimelineEntryStarred(gone, 'note-1', true, T0 + 3 * MINUTE)).toBe(gone);
  });

  it('leaves a starred entry out of the starred list once it is deleted', () => {
    const starred = setTimelineEntryStarred(base(), 'note-1', true, T0 + 2 * MINUTE);
    expect(starredTimeline(deleteTimelineEntry(starred, 'note-1', T0 + 3 * MINUTE).timeline)).toEqual([]);
  });
});
