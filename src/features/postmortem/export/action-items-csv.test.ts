import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../domain/postmortem-types';
import {
  ACTION_ITEM_CSV_HEADERS,
  listActionItemCsvCells,
  neutraliseCsvCell,
  renderActionItemsCsv,
  restoreCsvCell,
} from './action-items-csv';
import type { FollowUpDoc } from './follow-up-text';

const DOC: FollowUpDoc = { id: 'pm-1', title: 'DB failover, "again"', incidentId: 'INC-7', date: '2026-11-27' };

const ITEMS: ActionItem[] = [
  {
    id: 'action-1',
    description: 'Add a canary, "quoted", with commas\nand a second line\r\nand a third',
    owner: 'Zofia Wiśniewska',
    type: 'detect',
    priority: 'P0',
    due: '2026-12-05',
    link: 'https://tracker.example/OPS-1',
    status: 'open',
  },
  { id: 'action-2', description: '=HYPERLINK("https://evil.example","click")', owner: '+1 555', type: 'prevent', priority: 'P1', due: '', link: '', status: 'in-progress' },
  { id: 'action-3', description: '@SUM(A1:A9)', owner: '-owner', type: 'mitigate', priority: 'P2', due: '2027-01-31', link: 'OPS-101', status: 'done' },
  { id: 'action-4', description: '日本語 🔥 Привет — Zażółć', owner: '', type: 'process', priority: 'P3', due: '', link: '', status: 'open' },
];

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: false, newline: '\r\n', delimiter: ',' });
  expect(result.errors).toEqual([]);
  // The file ends with CRLF, which papaparse reads as one last empty row.
  expect(result.data.at(-1)).toEqual(['']);
  return result.data.slice(0, -1);
}

describe('renderActionItemsCsv', () => {
  it('parses back, with a real CSV parser, to the header and one row per item', () => {
    const rows = parse(renderActionItemsCsv(DOC, ITEMS));
    expect(rows[0]).toEqual([...ACTION_ITEM_CSV_HEADERS]);
    expect(rows).toHaveLength(ITEMS.length + 1);
    ITEMS.forEach((item, i) => {
      expect(rows[i + 1]!.map(restoreCsvCell)).toEqual(listActionItemCsvCells(DOC, item));
    });
  });

  it('maps each field the way the importers name them', () => {
    const [, first, , third] = parse(renderActionItemsCsv(DOC, ITEMS));
    expect(first).toEqual([
      'Add a canary, "quoted", with commas',
      'Add a canary, "quoted", with commas\nand a second line\r\nand a third\n\nTicket: https://tracker.example/OPS-1\n\nFrom the postmortem "DB failover, "again"" (INC-7, 2026-11-27)',
      'Task',
      'Highest',
      'To Do',
      'Zofia Wiśniewska',
      '2026-12-05',
      'postmortem',
      'detect',
    ]);
    expect(third!.slice(2, 9)).toEqual(['Task', 'Medium', 'Done', "'-owner", '2027-01-31', 'postmortem', 'mitigate']);
  });

  it('uses CRLF between records, quotes every field and doubles inner quotes', () => {
    const csv = renderActionItemsCsv(DOC, ITEMS.slice(0, 1));
    expect(csv.startsWith('"Summary","Description","Issue Type","Priority","Status","Assignee","Due Date","Labels","Labels"\r\n')).toBe(true);
    expect(csv.endsWith('"detect"\r\n')).toBe(true);
    expect(csv).toContain('"Add a canary, ""quoted"", with commas"');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const [, , second, third] = parse(renderActionItemsCsv(DOC, ITEMS));
    expect(second![0]).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(second![5]).toBe("'+1 555");
    expect(third![0]).toBe("'@SUM(A1:A9)");
    for (const row of parse(renderActionItemsCsv(DOC, ITEMS)).slice(1)) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('writes only the header for a postmortem without action items', () => {
    expect(parse(renderActionItemsCsv(DOC, []))).toEqual([[...ACTION_ITEM_CSV_HEADERS]]);
  });
});

describe('neutraliseCsvCell', () => {
  it.each(['=1+1', '+1', '-1', '@x', '\tx', '\rx', "'=x", "''-x"])('prefixes %j and restores it exactly', (value) => {
    expect(neutraliseCsvCell(value)).toBe(`'${value}`);
    expect(restoreCsvCell(neutraliseCsvCell(value))).toBe(value);
  });

  it.each(['plain', "'quoted", '1-2', ' =x', ''])('leaves %j alone', (value) => {
    expect(neutraliseCsvCell(value)).toBe(value);
    expect(restoreCsvCell(value)).toBe(value);
  });
});
