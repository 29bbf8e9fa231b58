import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addActionItem, addTimelineRow, removeTimelineRow, updateActionItem, updateSectionBody, updateTimelineRow } from './edit-postmortem';
import { createExamplePostmortem } from './example-postmortem';
import { listChangedPaths, mergePostmortemDoc, mergePostmortemDocs, type RecentEdits } from './merge-postmortems';
import { arbitraryPostmortemDoc } from '../../../testing/postmortem-fixture';
import type { PostmortemDoc } from './postmortem-types';

/** The number of generated cases per property (docs/RELIABILITY.md reports them). */
export const MERGE_POSTMORTEM_RUNS = 300;

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const base = createExamplePostmortem(T0);
const at = (doc: PostmortemDoc, updatedAt: number): PostmortemDoc => ({ ...doc, updatedAt });
/** What the slice remembers after a tab's edits from `from` to `to`: the replaced value at each changed path. */
function edits(editedAt: number, ...versions: PostmortemDoc[]): RecentEdits {
  const before = new Map<string, unknown[]>();
  for (let i = 1; i < versions.length; i++) {
    for (const { path, value } of listChangedPaths(versions[i - 1]!, versions[i]!)) before.set(path, [...(before.get(path) ?? []), value]);
  }
  return { before, editedAt };
}

describe('mergePostmortemDoc', () => {
  it('keeps both tabs’ edits to different fields and sections of one postmortem', () => {
    const local = at(updateSectionBody({ ...base, title: 'Title from tab A' }, 'summary', 'Summary from tab A'), T0 + 1);
    const remote = at({ ...updateSectionBody(base, 'lessons', 'Story from tab B'), severity: 'SEV4' }, T0 + 2);
    const merged = mergePostmortemDoc(local, remote, edits(T0 + 1, base, local));
    expect(merged.title).toBe('Title from tab A');
    expect(merged.severity).toBe('SEV4');
    expect(merged.sections.find((s) => s.id === 'summary')?.body).toBe('Summary from tab A');
    expect(merged.sections.find((s) => s.id === 'lessons')?.body).toBe('Story from tab B');
    expect(merged.updatedAt).toBe(T0 + 2);
    // The other tab, merging the other way round, gets the same document.
    expect(mergePostmortemDoc(remote, local, edits(T0 + 2, base, remote))).toEqual(merged);
  });

  it('keeps rows and action items added in either tab, and edits to different items', () => {
    const [first, second] = base.actionItems;
    const local = at(updateActionItem(addTimelineRow(base, { id: 'row-a', at: T0, text: 'Row from A' }), first!.id, { owner: 'Alice' }), T0 + 1);
    const remote = at(updateActionItem(addActionItem(base, { id: 'item-b', description: 'Item from B' }), second!.id, { status: 'done' }), T0 + 2);
    const merged = mergePostmortemDoc(local, remote, edits(T0 + 1, base, local));
    expect(merged.timeline.map((r) => r.id)).toContain('row-a');
    expect(merged.actionItems.map((i) => i.id)).toContain('item-b');
    expect(merged.actionItems.find((i) => i.id === first!.id)?.owner).toBe('Alice');
    expect(merged.actionItems.find((i) => i.id === second!.id)?.status).toBe('done');
    expect(merged.timeline).toHaveLength(base.timeline.length + 1);
  });

  it('applies a deletion from one tab unless the other tab edited that row meanwhile', () => {
    const [row1, row2] = base.timeline;
    const remote = at(removeTimelineRow(removeTimelineRow(base, row1!.id), row2!.id), T0 + 2);
    const local = at(updateTimelineRow(base, row2!.id, { text: 'Edited in A' }), T0 + 1);
    const merged = mergePostmortemDoc(local, remote, edits(T0 + 1, base, local));
    expect(merged.timeline.some((r) => r.id === row1!.id)).toBe(false);
    expect(merged.timeline.find((r) => r.id === row2!.id)?.text).toBe('Edited in A');
  });

  it('gives a field both tabs changed to the later edit', () => {
    const local = at({ ...base, title: 'Earlier' }, T0 + 1);
    const remote = at({ ...base, title: 'Later' }, T0 + 5);
    expect(mergePostmortemDoc(local, remote, edits(T0 + 1, base, local)).title).toBe('Later');
    expect(mergePostmortemDoc(remote, local, edits(T0 + 5, base, remote)).title).toBe('Later');
  });

  it('is not undone by a copy the other tab saved before it saw this tab’s edit', () => {
    const first = at({ ...base, title: 'Queue backlog' }, T0 + 1);
    const second = at({ ...first, title: 'Queue backlog delayed emails' }, T0 + 3);
    // The other tab saved later, with a change of its own, but still the first title.
    const stale = at(updateSectionBody(first, 'lessons', 'From tab B'), T0 + 4);
    const merged = mergePostmortemDoc(second, stale, edits(T0 + 3, base, first, second));
    expect(merged.title).toBe('Queue backlog delayed emails');
    expect(merged.sections.find((s) => s.id === 'lessons')?.body).toBe('From tab B');
  });

  it('keeps a deletion against a copy saved before it, but not against one that changed the row since', () => {
    const [row1, row2] = base.timeline;
    const local = at(removeTimelineRow(removeTimelineRow(base, row1!.id), row2!.id), T0 + 1);
    const remote = at(updateTimelineRow(base, row2!.id, { text: 'Edited in B' }), T0 + 2);
    const merged = mergePostmortemDoc(local, remote, edits(T0 + 1, base, local));
    expect(merged.timeline.some((r) => r.id === row1!.id)).toBe(false);
    expect(merged.timeline.find((r) => r.id === row2!.id)?.text).toBe('Edited in B');
  });

  it('takes the other tab’s copy as it is when this tab changed nothing since', () => {
    const remote = at(removeTimelineRow({ ...base, title: 'New' }, base.timeline[0]!.id), T0 + 3);
    expect(mergePostmortemDoc(base, remote)).toEqual(remote);
  });

  it('keeps a document only one side has', () => {
    const other = { ...base, id: 'other-doc' };
    expect(mergePostmortemDocs([base], [other]).map((d) => d.id).sort()).toEqual([base.id, 'other-doc'].sort());
  });

  it('loses no change either tab made to different parts of any document (property)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbitraryPostmortemDoc(), fc.string(), fc.string(), (doc, textA, textB) => {
        const origin = { ...doc, updatedAt: T0 };
        // Tab A renames the document, adds a row and rewrites the first section; tab B adds an action item,
        // changes the status and rewrites the last section (when there are two).
        let local = { ...addTimelineRow(origin, { id: 'row-from-a', at: T0, text: textA }), title: `A: ${textA}` };
        if (origin.sections[0]) local = updateSectionBody(local, origin.sections[0].id, `A: ${textA}`);
        let remote: PostmortemDoc = { ...addActionItem(origin, { id: 'item-from-b', description: textB }), status: 'closed' };
        const last = origin.sections.at(-1);
        if (last && origin.sections.length > 1) remote = updateSectionBody(remote, last.id, `B: ${textB}`);
        local = at(local, T0 + 1);
        remote = at(remote, T0 + 2);
        for (const merged of [
          mergePostmortemDoc(local, remote, edits(T0 + 1, origin, local)),
          mergePostmortemDoc(remote, local, edits(T0 + 2, origin, remote)),
        ]) {
          expect(merged.title).toBe(`A: ${textA}`);
          expect(merged.status).toBe('closed');
          expect(merged.timeline.find((r) => r.id === 'row-from-a')?.text).toBe(textA);
          expect(merged.actionItems.find((i) => i.id === 'item-from-b')?.description).toBe(textB);
          if (origin.sections[0]) expect(merged.sections[0]?.body).toBe(`A: ${textA}`);
          if (last && origin.sections.length > 1) expect(merged.sections.at(-1)?.body).toBe(`B: ${textB}`);
          expect(merged.sections.map((s) => s.id)).toEqual(origin.sections.map((s) => s.id));
          expect(merged.timeline).toHaveLength(origin.timeline.length + 1);
          expect(merged.actionItems).toHaveLength(origin.actionItems.length + 1);
        }
      }),
      { numRuns: MERGE_POSTMORTEM_RUNS },
    );
  });
});
