import { describe, expect, it } from 'vitest';
import { checkActionItems } from './action-item-checks';
import { checkPostmortem } from './check-blameless';
import { createExamplePostmortem } from './example-postmortem';
import { FIXED_NOW } from '../../../testing/postmortem-fixture';
import { validatePostmortem } from './postmortem-schema';
import { POSTMORTEM_TEMPLATES } from './templates';

describe('createExamplePostmortem', () => {
  const doc = createExamplePostmortem(FIXED_NOW);

  it('is a complete, valid document', () => {
    expect(validatePostmortem(doc).ok).toBe(true);
    expect(doc.timeline.length).toBeGreaterThanOrEqual(20);
    expect(doc.actionItems.length).toBeGreaterThanOrEqual(8);
    expect(doc.sections.map((s) => s.title)).toEqual(POSTMORTEM_TEMPLATES['google-sre'].sections.map((s) => s.title));
    for (const section of doc.sections) expect(section.body.trim().length, section.title).toBeGreaterThan(40);
    expect(doc.responders).toEqual(expect.arrayContaining(['Zofia Wiśniewska', 'Андрей Петров', 'Ελένη Παπαδοπούλου']));
  });

  it('is blameless: the checker finds nothing in it', () => {
    expect(checkPostmortem(doc, []).fields).toEqual([]);
  });

  it('has owned, dated, concrete action items', () => {
    expect(checkActionItems(doc.actionItems, { now: FIXED_NOW, timeZone: doc.timeZone })).toEqual({});
  });

  it('happens three days before now, in order', () => {
    expect(doc.date).toBe('2026-11-27');
    const times = doc.timeline.map((r) => r.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(doc.startedAt).toBe(Date.UTC(2026, 10, 27, 12, 47));
  });
});
