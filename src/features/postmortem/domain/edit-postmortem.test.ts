import { describe, expect, it } from 'vitest';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';
import {
  addActionItem,
  addCustomSection,
  addFiveWhy,
  addTimelineRow,
  addTimelineRows,
  createNextId,
  dismissFinding,
  duplicatePostmortem,
  importIncidentTimeline,
  moveActionItem,
  moveSection,
  removeActionItem,
  removeSection,
  removeTimelineRow,
  renameSection,
  restoreFinding,
  setSectionHidden,
  sortTimelineRows,
  updateActionItem,
  updateImpact,
  updateSectionBody,
  updateTimelineRow,
} from './edit-postmortem';
import { validatePostmortem } from './postmortem-schema';
import { createPostmortem } from './templates';

const base = () => createPostmortem({ template: 'short', now: 0, timeZone: 'UTC', id: 'pm-1' });
const ids = (doc: { sections: { id: string }[] }) => doc.sections.map((s) => s.id);

describe('createNextId', () => {
  it('counts up from the highest id in use', () => {
    expect(createNextId('row', [])).toBe('row-1');
    expect(createNextId('row', ['row-1', 'row-7', 'x-9'])).toBe('row-8');
  });
});

describe('addCustomSection', () => {
  it('adds prose sections with their own ids, at the end or at an index', () => {
    let doc = addCustomSection(base(), { title: 'Customer communication' });
    doc = addCustomSection(doc, { index: 0 });
    expect(ids(doc)).toEqual(['custom-2', 'summary', 'impact', 'timeline', 'root-causes', 'action-items', 'custom-1']);
    expect(doc.sections[0]).toMatchObject({ kind: 'custom', title: 'New section', prompt: '', hidden: false });
    expect(validatePostmortem(doc).ok).toBe(true);
  });
});

describe('moveSection', () => {
  it('moves a section and clamps at the ends', () => {
    expect(ids(moveSection(base(), 'timeline', -1))).toEqual(['summary', 'timeline', 'impact', 'root-causes', 'action-items']);
    expect(ids(moveSection(base(), 'summary', -3))).toEqual(ids(base()));
    expect(ids(moveSection(base(), 'summary', 99))).toEqual(['impact', 'timeline', 'root-causes', 'action-items', 'summary']);
  });
});

describe('renameSection, setSectionHidden and updateSectionBody', () => {
  it('change one section and leave the rest alone', () => {
    let doc = renameSection(base(), 'root-causes', 'Why it happened');
    doc = setSectionHidden(doc, 'impact', true);
    doc = updateSectionBody(doc, 'summary', 'Payments failed for 77 minutes.');
    expect(doc.sections.map((s) => [s.id, s.title, s.hidden, s.body])).toEqual([
      ['summary', 'Summary', false, 'Payments failed for 77 minutes.'],
      ['impact', 'Impact', true, ''],
      ['timeline', 'Timeline', false, ''],
      ['root-causes', 'Why it happened', false, ''],
      ['action-items', 'Action items', false, ''],
    ]);
    expect(renameSection(doc, 'missing', 'x')).toBe(doc);
  });
});

describe('removeSection', () => {
  it('removes custom sections only', () => {
    const doc = addCustomSection(base());
    expect(ids(removeSection(doc, 'custom-1'))).toEqual(ids(base()));
    expect(removeSection(doc, 'summary')).toBe(doc);
  });
});

describe('timeline rows', () => {
  it('inserts rows in time order, updates and removes them', () => {
    let doc = addTimelineRows(base(), [
      { at: 300, text: 'c' },
      { at: 100, text: 'a', link: 'https://x.example' },
    ]);
    doc = addTimelineRow(doc, { at: 200, text: 'b' });
    expect(doc.timeline.map((r) => [r.id, r.text])).toEqual([
      ['row-2', 'a'],
      ['row-3', 'b'],
      ['row-1', 'c'],
    ]);
    doc = updateTimelineRow(doc, 'row-2', { link: '' , text: 'a!' });
    expect(doc.timeline[0]).toEqual({ id: 'row-2', at: 100, text: 'a!' });
    doc = updateTimelineRow(doc, 'row-1', { at: 50 });
    expect(sortTimelineRows(doc).timeline.map((r) => r.id)).toEqual(['row-1', 'row-2', 'row-3']);
    expect(removeTimelineRow(doc, 'row-3').timeline).toHaveLength(2);
  });

  it('imports only the incident entries not yet in the document', () => {
    const incident = createTestIncident();
    const once = importIncidentTimeline(base(), incident);
    expect(once.timeline).toHaveLength(incident.timeline.length);
    expect(importIncidentTimeline(once, incident).timeline).toHaveLength(incident.timeline.length);
    expect(once.timeline[0]?.at).toBe(T0 - 10 * MINUTE);
  });
});

describe('action items and five whys', () => {
  it('adds items with defaults, updates, moves and removes them', () => {
    let doc = addActionItem(base(), { description: 'Bound the pool size in the schema' });
    doc = addActionItem(doc);
    expect(doc.actionItems[1]).toEqual({ id: 'action-2', description: '', owner: '', type: 'prevent', priority: 'P2', due: '', link: '', status: 'open' });
    doc = updateActionItem(doc, 'action-2', { priority: 'P0', owner: 'Zofia' });
    doc = moveActionItem(doc, 'action-2', -1);
    expect(doc.actionItems.map((a) => [a.id, a.priority])).toEqual([
      ['action-2', 'P0'],
      ['action-1', 'P2'],
    ]);
    expect(removeActionItem(doc, 'action-1').actionItems).toHaveLength(1);
    expect(addFiveWhy(doc, { why: 'Why?' }).fiveWhys).toEqual([{ id: 'why-1', why: 'Why?', because: '' }]);
  });
});

describe('updateImpact, dismissFinding and duplicatePostmortem', () => {
  it('merge cost per component, keep dismissals unique, and copy under a new id', () => {
    let doc = updateImpact(base(), { cost: { revenue: 10 } as never, usersAffectedPercent: 5 });
    expect(doc.impact.cost).toEqual({ revenue: 10, productivity: 0, response: 0, sla: 0, churn: 0, other: 0 });
    doc = dismissFinding(dismissFinding(doc, 'title|hindsight:just restart:0'), 'title|hindsight:just restart:0');
    expect(doc.dismissedFindings).toEqual(['title|hindsight:just restart:0']);
    expect(restoreFinding(doc, 'title|hindsight:just restart:0').dismissedFindings).toEqual([]);
    const copy = duplicatePostmortem({ ...doc, title: 'Payments', status: 'closed' }, { now: 5, id: 'pm-2' });
    expect(copy).toMatchObject({ id: 'pm-2', title: 'Copy of Payments', status: 'draft', createdAt: 5, updatedAt: 5 });
    expect(copy.sections).not.toBe(doc.sections);
  });
});
