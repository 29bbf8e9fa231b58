import { describe, expect, it } from 'vitest';
import { createPostmortem } from '../../postmortem/domain/templates';
import { createTestIncident } from '../../../testing/incident-fixture';
import { mergeArchives, mergePostmortemLists } from './merge-archive';

describe('mergeArchives', () => {
  it('merges incidents by id with the incident merge and keeps every other incident', () => {
    const a = createTestIncident({ id: 'a' });
    const b = createTestIncident({ id: 'b' });
    const newerA = { ...a, title: 'Renamed', updatedAt: a.updatedAt + 1 };
    const merged = mergeArchives({ incidents: [a], postmortems: [] }, [{ incidents: [newerA, b], postmortems: [] }, { incidents: [b], postmortems: [] }]);
    expect(merged.incidents.map((i) => i.id).sort()).toEqual(['a', 'b']);
    expect(merged.incidents.find((i) => i.id === 'a')?.title).toBe('Renamed');
  });
});

describe('mergePostmortemLists', () => {
  it('keeps the later edit of a postmortem, this browser’s copy at a tie', () => {
    const doc = createPostmortem({ template: 'short', now: 1000, timeZone: 'UTC', id: 'p' });
    const later = { ...doc, title: 'Later', updatedAt: 2000 };
    const tie = { ...doc, title: 'Tie' };
    expect(mergePostmortemLists([doc], [later])[0]?.title).toBe('Later');
    expect(mergePostmortemLists([later], [doc])[0]?.title).toBe('Later');
    expect(mergePostmortemLists([doc], [tie])[0]?.title).toBe(doc.title);
  });
});
