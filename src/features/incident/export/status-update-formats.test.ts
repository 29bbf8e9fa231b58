import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { restoreCsvCell } from '../../../lib/csv';
import { readSlackText } from '../../../lib/slack-mrkdwn';
import { T0 } from '../../../testing/incident-fixture';
import type { PostedUpdate } from '../domain/incident-types';
import {
  renderPostedUpdatesCsv,
  renderStatusUpdateMarkdown,
  renderStatusUpdateSlack,
  renderStatusUpdateText,
  serializePostedUpdatesJson,
} from './status-update-formats';

const UPDATE = '[SEV1] INC-7 Investigating: checkout *eu*\nWhat users see: <script>alert(1)</script> & 500s.\n\n- not a list\n@here next update by 14:30.';

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function readText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(readText).join('') : '';
}

describe('renderStatusUpdateMarkdown', () => {
  it('makes the headline bold and every other line a paragraph, all as typed', () => {
    const tree = parse(renderStatusUpdateMarkdown(UPDATE));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    const first = tree.children[0];
    expect(first?.type === 'paragraph' && first.children.map((child) => child.type)).toEqual(['strong']);
    expect(tree.children.map(readText)).toEqual([
      '[SEV1] INC-7 Investigating: checkout *eu*',
      'What users see: <script>alert(1)</script> & 500s.',
      '- not a list',
      '@here next update by 14:30.',
    ]);
  });
});

describe('renderStatusUpdateSlack', () => {
  it('bolds the headline, escapes the rest as Slack documents and pings nobody', () => {
    const slack = renderStatusUpdateSlack(UPDATE);
    const [headline, ...rest] = slack.trimEnd().split('\n');
    // A `*` in the headline would end Slack's bold early: that headline stays plain.
    expect(headline).toBe('[SEV1] INC-7 Investigating: checkout *eu*');
    expect(renderStatusUpdateSlack('Resolved: checkout\nThanks')).toBe('*Resolved: checkout*\nThanks\n');
    expect(slack).not.toMatch(/[<>]/);
    expect(slack).not.toMatch(/@here\b/);
    expect(rest.map(readSlackText)).toEqual(['What users see: <script>alert(1)</script> & 500s.', '- not a list', '@here next update by 14:30.']);
  });
});

describe('renderStatusUpdateText', () => {
  it('is the text as the composer shows it', () => {
    expect(renderStatusUpdateText('a\r\nb  ')).toBe('a\nb\n');
    expect(renderStatusUpdateText('   ')).toBe('');
  });
});

describe('posted updates as files', () => {
  const updates: PostedUpdate[] = [
    { id: 'u2', at: T0 + 60_000, status: 'identified', audience: 'customers', text: '=cmd|" /C calc"!A0\nsecond line, "quoted"' },
    { id: 'u1', at: T0, status: 'investigating', audience: 'internal', text: 'first' },
  ];

  it('CSV: posted order, every cell round-trips through papaparse', () => {
    const rows = Papa.parse<string[]>(renderPostedUpdatesCsv(updates, { locale: 'en-GB', timeZone: 'Europe/Berlin' }), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual(['Time', 'Local time (Europe/Berlin)', 'Status', 'Audience', 'Text']);
    expect(rows.slice(1, 3).map((row) => row.map(restoreCsvCell))).toEqual([
      ['2025-03-10T14:00:00+01:00', '10 Mar 2025, 14:00:00', 'Investigating', 'Internal', 'first'],
      ['2025-03-10T14:01:00+01:00', '10 Mar 2025, 14:01:00', 'Identified', 'Customers', '=cmd|" /C calc"!A0\nsecond line, "quoted"'],
    ]);
    expect(rows[2]?.[4]?.startsWith("'=")).toBe(true);
  });

  it('JSON: a format stamp and the updates in posted order', () => {
    const file = JSON.parse(serializePostedUpdatesJson(updates, { timeZone: 'UTC', now: T0 })) as { format: string; updates: { entries: { id: string; text: string }[] } };
    expect(file.format).toBe('outage-kit/status-updates');
    expect(file.updates.entries.map((entry) => entry.id)).toEqual(['u1', 'u2']);
  });
});
