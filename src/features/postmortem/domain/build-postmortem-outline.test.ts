import { describe, expect, it } from 'vitest';
import { buildPostmortemOutline, createLinkCell, describeUtcNote, findTicketId } from './build-postmortem-outline';
import { addCustomSection, addFiveWhy, setSectionHidden, updateSectionBody, updateTimelineRow } from './edit-postmortem';
import { createExamplePostmortem } from './example-postmortem';
import { FIXED_NOW } from '../../../testing/postmortem-fixture';
import { createPostmortem } from './templates';

describe('buildPostmortemOutline', () => {
  it('lists the header fields in order', () => {
    const outline = buildPostmortemOutline(createExamplePostmortem(FIXED_NOW));
    expect(outline.fields.map((f) => f.label)).toEqual(['Incident', 'Date', 'Authors', 'Severity', 'Status', 'Review due', 'Services', 'Impact (UTC)', 'Responders']);
    expect(outline.fields.find((f) => f.label === 'Review due')?.value).toBe('2026-11-30 (3 calendar days for SEV1)');
  });

  it('puts the tables and the five whys into their sections and skips hidden ones', () => {
    const outline = buildPostmortemOutline(createExamplePostmortem(FIXED_NOW));
    const tables = outline.sections.flatMap((s) => s.blocks.filter((b) => b.type === 'table').map((b) => `${s.id}:${b.type === 'table' ? b.caption : ''}`));
    expect(tables).toEqual(['impact:Impact', 'timeline:Timeline', 'action-items:Action items']);
    const rootCauses = outline.sections.find((s) => s.id === 'root-causes');
    expect(rootCauses?.blocks.some((b) => b.type === 'subheading' && b.text === 'Five whys')).toBe(true);

    const hidden = buildPostmortemOutline(setSectionHidden(createExamplePostmortem(FIXED_NOW), 'root-causes', true));
    expect(hidden.sections.map((s) => s.id)).not.toContain('root-causes');
    expect(hidden.sections.flatMap((s) => s.blocks).some((b) => b.type === 'subheading')).toBe(false);
  });

  it('reuses the timeline and action-item tables while their rows are unchanged, and rebuilds them when a row changes', () => {
    const doc = createExamplePostmortem(FIXED_NOW);
    const table = (outline: ReturnType<typeof buildPostmortemOutline>, id: string) => outline.sections.find((s) => s.id === id)?.blocks.find((b) => b.type === 'table');
    const before = buildPostmortemOutline(doc);
    const prose = buildPostmortemOutline(updateSectionBody(doc, 'summary', 'Shorter.'));
    expect(table(prose, 'timeline')).toBe(table(before, 'timeline'));
    expect(table(prose, 'action-items')).toBe(table(before, 'action-items'));
    const row = buildPostmortemOutline(updateTimelineRow(doc, 'row-3', { text: 'Edited row' }));
    expect(table(row, 'timeline')).not.toBe(table(before, 'timeline'));
    expect(table(row, 'timeline')).toMatchObject({ rows: expect.arrayContaining([[expect.anything(), { text: 'Edited row' }, expect.anything()]]) });
    const zone = buildPostmortemOutline({ ...doc, timeZone: 'America/New_York' });
    expect(zone.sections.find((s) => s.id === 'timeline')?.blocks[1]).toEqual({ type: 'paragraph', lines: [expect.stringContaining('America/New_York')] });
  });

  it('shows the response metrics under Impact as a Metric/Value/Definition table, only when the document has them', () => {
    const example = createExamplePostmortem(FIXED_NOW);
    const doc = { ...example, metrics: { timeToDetect: 4 * 60_000, timeToAcknowledge: 90_000, timeToMitigate: null, timeToResolve: 65 * 60_000 } };
    const impact = buildPostmortemOutline(doc).sections.find((s) => s.kind === 'impact');
    const tables = impact?.blocks.filter((b) => b.type === 'table') ?? [];
    expect(tables.map((t) => (t.type === 'table' ? t.caption : ''))).toEqual(['Impact', 'Response metrics']);
    const metrics = tables[1];
    expect(metrics?.type === 'table' && metrics.columns).toEqual(['Metric', 'Value', 'Definition']);
    expect(metrics?.type === 'table' && metrics.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['TTD', '4 min', 'Time to detect: impact start → detected'],
      ['TTA', '1 min', 'Time to acknowledge: detected (else impact start) → first status update'],
      ['TTM', 'Not recorded', 'Time to mitigate: impact start → service restored'],
      ['TTR', '1 h 5 min', 'Time to resolve: impact start → resolved'],
    ]);
    const without = buildPostmortemOutline({ ...example, metrics: undefined }).sections.flatMap((s) => s.blocks);
    expect(without.some((b) => b.type === 'table' && b.caption === 'Response metrics')).toBe(false);
  });

  it('hosts the five whys in Contributing factors when there is no Root causes section', () => {
    const doc = addFiveWhy(createPostmortem({ template: 'pagerduty', now: 0, timeZone: 'UTC', id: 'p' }), { why: 'Why did it fail?', because: 'Because the pool was small.' });
    const section = buildPostmortemOutline(doc).sections.find((s) => s.kind === 'contributing-factors');
    expect(section?.blocks.at(-1)).toEqual({ type: 'list', ordered: true, start: 1, items: ['Why did it fail?\nBecause: the pool was small.'] });
  });

  it('gives empty sections a muted placeholder and custom sections their text', () => {
    const doc = addCustomSection(createPostmortem({ template: 'short', now: 0, timeZone: 'UTC', id: 'p' }), { title: 'Notes', body: 'One\n\n- a\n- b' });
    const outline = buildPostmortemOutline(doc);
    expect(outline.sections[0]?.blocks).toEqual([{ type: 'paragraph', lines: ['Not written yet.'], muted: true }]);
    expect(outline.sections.at(-1)?.blocks).toEqual([
      { type: 'paragraph', lines: ['One'] },
      { type: 'list', ordered: false, start: 1, items: ['a', 'b'] },
    ]);
  });
});

describe('describeUtcNote', () => {
  it('states the zone and its offset, or both offsets across a DST change', () => {
    expect(describeUtcNote('UTC', [0])).toBe('Times are UTC.');
    expect(describeUtcNote('Europe/Berlin', [Date.UTC(2026, 0, 1)])).toBe('Times are UTC (local time zone Europe/Berlin, UTC+01:00).');
    expect(describeUtcNote('Europe/Berlin', [Date.UTC(2026, 9, 24), Date.UTC(2026, 9, 26)])).toBe(
      'Times are UTC (local time zone Europe/Berlin, UTC+02:00, then UTC+01:00).',
    );
  });
});

describe('createLinkCell', () => {
  it('links only http(s) and mailto, showing the host', () => {
    expect(createLinkCell('https://www.example.com/a')).toEqual({ text: 'example.com', href: 'https://www.example.com/a' });
    expect(createLinkCell('mailto:sre@example.com')).toEqual({ text: 'sre@example.com', href: 'mailto:sre@example.com' });
    expect(createLinkCell('javascript:alert(1)')).toEqual({ text: 'javascript:alert(1)' });
    expect(createLinkCell('')).toEqual({ text: '—' });
  });
});

describe('findTicketId', () => {
  it('keeps the id a tracker shows, so a printed ticket link can still be found', () => {
    const id = (href: string) => findTicketId(new URL(href));
    expect(id('https://acme.atlassian.net/browse/OPS-101')).toBe('OPS-101');
    expect(id('https://acme.atlassian.net/jira/software/projects/OPS/boards/3?selectedIssue=OPS-2041')).toBe('OPS-2041');
    expect(id('https://linear.app/acme/issue/ENG-123/raise-the-pool-limit')).toBe('ENG-123');
    expect(id('https://github.com/acme/api/issues/42')).toBe('acme/api#42');
    expect(id('https://github.com/acme/api/pull/7/files')).toBe('acme/api#7');
    expect(id('https://gitlab.com/acme/api/-/merge_requests/7')).toBe('acme/api!7');
    expect(id('https://grafana.example.com/d/abc123/checkout')).toBeNull();
    expect(id('https://example.com/docs/utf-8-notes')).toBeNull();
  });

  it('is the text of an action item or timeline link cell', () => {
    expect(createLinkCell('https://acme.atlassian.net/browse/OPS-101')).toEqual({ text: 'OPS-101', href: 'https://acme.atlassian.net/browse/OPS-101' });
    expect(createLinkCell('https://grafana.example.com/d/abc')).toEqual({ text: 'grafana.example.com', href: 'https://grafana.example.com/d/abc' });
  });
});

describe('the Review block', () => {
  it('is left out of documents that do not use the review', () => {
    expect(buildPostmortemOutline(createExamplePostmortem(FIXED_NOW)).sections.map((s) => s.title)).not.toContain('Review');
  });

  it('lists sign-off, the meeting, the reviewed date and each reviewer, last in the document', () => {
    const doc = {
      ...createExamplePostmortem(FIXED_NOW),
      timeZone: 'Europe/Berlin',
      status: 'reviewed' as const,
      reviewedAt: Date.UTC(2026, 11, 4, 23, 30),
      reviewMeeting: { date: '2026-12-03', time: '14:00', durationMinutes: 45 },
      reviewers: [
        { id: 'r1', name: 'Ana', signedOffAt: Date.UTC(2026, 11, 3, 15) },
        { id: 'r2', name: 'Ben', signedOffAt: null },
      ],
    };
    const review = buildPostmortemOutline(doc).sections.at(-1);
    expect(review?.title).toBe('Review');
    expect(review?.blocks[0]).toEqual({
      type: 'paragraph',
      // 23:30 UTC on the 4th is the 5th in Berlin.
      lines: ['Reviewed on 2026-12-05', 'Sign-off: 1 of 2 reviewers have signed off', 'Meeting: 2026-12-03 at 14:00 Europe/Berlin, 45 min'],
    });
    expect(review?.blocks[1]).toMatchObject({ type: 'table', columns: ['Reviewer', 'Signed off'], rows: [[{ text: 'Ana' }, { text: '2026-12-03' }], [{ text: 'Ben' }, { text: 'Not yet' }]] });
  });

  it('takes the review due date from the rules in effect', () => {
    const doc = { ...createExamplePostmortem(FIXED_NOW), reviewers: [] };
    const rules = { SEV1: { days: 1, businessDays: false }, SEV2: { days: 5, businessDays: true }, SEV3: { days: 10, businessDays: true }, SEV4: { days: 15, businessDays: true } };
    expect(buildPostmortemOutline(doc, { reviewRules: rules }).fields.find((f) => f.label === 'Review due')?.value).toBe('2026-11-28 (1 calendar day for SEV1)');
  });
});
