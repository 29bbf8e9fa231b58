import { describe, expect, it } from 'vitest';
import { parseTimelinePaste } from './parse-timeline-paste';

const UTC = { baseDate: '2026-11-27', timeZone: 'UTC' };
const BERLIN = { baseDate: '2026-11-27', timeZone: 'Europe/Berlin' };
const iso = (ms: number): string => new Date(ms).toISOString();

describe('parseTimelinePaste', () => {
  it('reads the common line formats', () => {
    const { rows, skipped } = parseTimelinePaste(
      [
        '14:02 rolled back deploy 123',
        '14:03:33 error rate falling',
        '[14:05] alice: traffic looks normal',
        '14:06 - paged the database team',
        '14:07 — status page updated',
        '14:08: declared resolved',
        '(14:09) bob: closing the bridge',
        '2:10 PM checked the dashboards',
        '[2:11 pm] carol: all good',
        '14:12\tback to normal',
      ].join('\n'),
      UTC,
    );
    expect(skipped).toEqual([]);
    expect(rows.map((r) => [iso(r.at), r.text])).toEqual([
      ['2026-11-27T14:02:00.000Z', 'rolled back deploy 123'],
      ['2026-11-27T14:03:33.000Z', 'error rate falling'],
      ['2026-11-27T14:05:00.000Z', 'alice: traffic looks normal'],
      ['2026-11-27T14:06:00.000Z', 'paged the database team'],
      ['2026-11-27T14:07:00.000Z', 'status page updated'],
      ['2026-11-27T14:08:00.000Z', 'declared resolved'],
      ['2026-11-27T14:09:00.000Z', 'bob: closing the bridge'],
      ['2026-11-27T14:10:00.000Z', 'checked the dashboards'],
      ['2026-11-27T14:11:00.000Z', 'carol: all good'],
      ['2026-11-27T14:12:00.000Z', 'back to normal'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads ISO timestamps with Z, with an offset, and without a zone (local to the time zone)', () => {
    const { rows } = parseTimelinePaste(
      [
        '2026-11-27T14:02:00Z deploy started',
        '2026-11-27T15:03:00+01:00 first alert',
        '2026-11-27T15:04:00+0100 second alert',
        '2026-11-27 15:05 paged',
        '2026-11-27T15:06:07.250 acknowledged',
        '[2026-11-27 15:07:00] bot: incident created',
        '2026-11-27 15:08:00,123 INFO pool exhausted',
      ].join('\n'),
      BERLIN,
    );
    expect(rows.map((r) => [iso(r.at), r.text])).toEqual([
      ['2026-11-27T14:02:00.000Z', 'deploy started'],
      ['2026-11-27T14:03:00.000Z', 'first alert'],
      ['2026-11-27T14:04:00.000Z', 'second alert'],
      ['2026-11-27T14:05:00.000Z', 'paged'],
      ['2026-11-27T14:06:07.250Z', 'acknowledged'],
      ['2026-11-27T14:07:00.000Z', 'bot: incident created'],
      ['2026-11-27T14:08:00.123Z', 'INFO pool exhausted'],
    ]);
  });

  it('reads times without a date on the base date in the time zone', () => {
    const { rows } = parseTimelinePaste('14:02 rolled back', BERLIN);
    expect(iso(rows[0]!.at)).toBe('2026-11-27T13:02:00.000Z');
    const summer = parseTimelinePaste('14:02 rolled back', { baseDate: '2026-07-01', timeZone: 'Europe/Berlin' });
    expect(iso(summer.rows[0]!.at)).toBe('2026-07-01T12:02:00.000Z');
    const newYork = parseTimelinePaste('09:30 market opens', { baseDate: '2026-11-27', timeZone: 'America/New_York' });
    expect(iso(newYork.rows[0]!.at)).toBe('2026-11-27T14:30:00.000Z');
  });

  it('rolls over to the next day when times go back past midnight', () => {
    const { rows } = parseTimelinePaste(['23:50 deploy', '23:58 alert fired', '00:03 paged', '00:40 mitigated', '01:15 resolved'].join('\n'), BERLIN);
    expect(rows.map((r) => iso(r.at))).toEqual([
      '2026-11-27T22:50:00.000Z',
      '2026-11-27T22:58:00.000Z',
      '2026-11-27T23:03:00.000Z',
      '2026-11-27T23:40:00.000Z',
      '2026-11-28T00:15:00.000Z',
    ]);
  });

  it('keeps a small step back on the same day (an entry out of order)', () => {
    const { rows } = parseTimelinePaste('14:05 second\n14:03 first, noted late', UTC);
    expect(rows.map((r) => iso(r.at))).toEqual(['2026-11-27T14:05:00.000Z', '2026-11-27T14:03:00.000Z']);
  });

  it('uses the date of the last full timestamp for later times without a date', () => {
    const { rows } = parseTimelinePaste('2026-12-01T09:00:00Z deploy\n09:30 alert', UTC);
    expect(iso(rows[1]!.at)).toBe('2026-12-01T09:30:00.000Z');
  });

  it('appends continuation lines to the previous row and skips empty lines', () => {
    const { rows, skipped } = parseTimelinePaste('14:02 alice: rolled back\n\nthe second region too\n   and cleared the cache\n14:05 done', UTC);
    expect(skipped).toEqual([]);
    expect(rows.map((r) => r.text)).toEqual(['alice: rolled back\nthe second region too\nand cleared the cache', 'done']);
  });

  it('moves a trailing URL into the link and keeps one in the middle of the text', () => {
    const { rows } = parseTimelinePaste(
      ['14:02 rolled back deploy 123 https://ci.example.com/deploys/123', '14:03 see https://grafana.example.com/d/1 for the spike', '14:04 (https://example.com/a_(b))', '14:05 notes: <https://wiki.example.com/x>.'].join('\n'),
      UTC,
    );
    expect(rows.map((r) => [r.text, r.link])).toEqual([
      ['rolled back deploy 123', 'https://ci.example.com/deploys/123'],
      ['see https://grafana.example.com/d/1 for the spike', 'https://grafana.example.com/d/1'],
      ['(https://example.com/a_(b))', 'https://example.com/a_(b)'],
      ['notes', 'https://wiki.example.com/x'],
    ]);
  });

  it('reports lines it cannot use, with a reason', () => {
    const { rows, skipped } = parseTimelinePaste(
      ['Incident notes', '25:10 impossible', 'belongs to the skipped line', '14:02', '14:03 ok', '2026-02-30T10:00:00Z bad date', '[14:04 Tuesday] hm'].join('\n'),
      UTC,
    );
    expect(rows.map((r) => r.text)).toEqual(['ok']);
    expect(skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'There is no time at the start of this line'],
      [2, '25:10 is not a valid time'],
      [3, 'It continues a line that was skipped'],
      [4, 'There is no event after the time'],
      [6, '2026-02-30 is not a real date'],
      [7, 'It continues a line that was skipped'],
    ]);
  });

  it('treats a bracket that holds more than a time as text', () => {
    const { rows } = parseTimelinePaste('14:03 ok\n[14:04 Tuesday] hm', UTC);
    expect(rows.map((r) => r.text)).toEqual(['ok\n[14:04 Tuesday] hm']);
  });

  it('does not read numbers that are not times', () => {
    const { rows, skipped } = parseTimelinePaste('1. first step\n14:025 odd\n3:1 ratio\n99 problems', UTC);
    expect(rows).toEqual([]);
    expect(skipped).toHaveLength(4);
  });

  it('asks for a date when times have none and the base date is missing', () => {
    const { skipped, rows } = parseTimelinePaste('14:02 rolled back\n2026-11-27T14:03:00Z alert', { baseDate: '', timeZone: 'UTC' });
    expect(skipped[0]?.reason).toBe('Set the date for times that have no date (YYYY-MM-DD)');
    expect(rows).toHaveLength(1);
  });

  it('handles Windows line endings and an unknown time zone (read as UTC)', () => {
    const { rows } = parseTimelinePaste('14:02 a\r\n14:03 b\r\n', { baseDate: '2026-11-27', timeZone: 'Mars/Olympus' });
    expect(rows.map((r) => iso(r.at))).toEqual(['2026-11-27T14:02:00.000Z', '2026-11-27T14:03:00.000Z']);
  });

  it('reads wall times in a DST change correctly', () => {
    // Europe/Berlin leaves summer time at 03:00 on 2026-10-25; 01:30 is still summer time (UTC+2).
    const { rows } = parseTimelinePaste('01:30 before\n04:00 after', { baseDate: '2026-10-25', timeZone: 'Europe/Berlin' });
    expect(rows.map((r) => iso(r.at))).toEqual(['2026-10-24T23:30:00.000Z', '2026-10-25T03:00:00.000Z']);
  });
});
