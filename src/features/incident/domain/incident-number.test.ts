import { describe, expect, it } from 'vitest';
import {
  assignMissingIncidentNumbers,
  formatIncidentNumber,
  issueIncidentNumber,
  mergeIssuedNumbers,
  normalizeNumberPrefix,
  parseIncidentNumber,
  restoreIssuedNumbers,
} from './incident-number';

// Mid-year times, so the local year is the same in every time zone the tests may run in.
const Y2026 = new Date(2026, 5, 1, 12).getTime();
const Y2025 = new Date(2025, 5, 1, 12).getTime();

describe('normalizeNumberPrefix', () => {
  it('upper-cases and trims a prefix of letters and digits, and refuses anything else', () => {
    expect(normalizeNumberPrefix(' ops ')).toBe('OPS');
    expect(normalizeNumberPrefix('SEC1')).toBe('SEC1');
    expect(normalizeNumberPrefix('')).toBeNull();
    expect(normalizeNumberPrefix('IN C')).toBeNull();
    expect(normalizeNumberPrefix('INC-')).toBeNull();
    expect(normalizeNumberPrefix('ABCDEFGHIJK')).toBeNull();
  });
});

describe('formatIncidentNumber / parseIncidentNumber', () => {
  it('writes three digits at least and reads its own numbers back', () => {
    expect(formatIncidentNumber('INC', 2026, 14)).toBe('INC-2026-014');
    expect(formatIncidentNumber('INC', 2026, 1234)).toBe('INC-2026-1234');
    expect(parseIncidentNumber('INC-2026-014')).toEqual({ prefix: 'INC', year: 2026, sequence: 14 });
    expect(parseIncidentNumber('incident-1')).toBeNull();
  });
});

describe('issueIncidentNumber', () => {
  it('counts per year of declaration, after the highest number in storage', () => {
    const incidents = [{ number: 'INC-2026-002' }, { number: 'INC-2026-007' }, { number: 'INC-2025-031' }, {}];
    expect(issueIncidentNumber(incidents, {}, Y2026, 'INC')).toEqual({ number: 'INC-2026-008', issued: { 2026: 8 } });
    expect(issueIncidentNumber(incidents, {}, Y2025, 'INC').number).toBe('INC-2025-032');
    expect(issueIncidentNumber([], {}, Y2026, 'INC').number).toBe('INC-2026-001');
  });

  it('never issues a number again, even after the incident that had it was deleted', () => {
    const first = issueIncidentNumber([], {}, Y2026, 'INC');
    const second = issueIncidentNumber([{ number: first.number }], first.issued, Y2026, 'INC');
    expect(second.number).toBe('INC-2026-002');
    // Both incidents deleted: the record still knows 2 was issued.
    expect(issueIncidentNumber([], second.issued, Y2026, 'INC').number).toBe('INC-2026-003');
  });

  it('keeps counting when the prefix changes, so no year and count repeat', () => {
    const first = issueIncidentNumber([], {}, Y2026, 'INC');
    expect(issueIncidentNumber([{ number: first.number }], first.issued, Y2026, 'OPS').number).toBe('OPS-2026-002');
  });
});

describe('assignMissingIncidentNumbers', () => {
  it('numbers older incidents in declaration order, after the numbers already used, and keeps existing ones', () => {
    const incidents = [
      { id: 'c', declaredAt: Y2026 + 2000 },
      { id: 'a', declaredAt: Y2026 + 1000, number: 'INC-2026-004' },
      { id: 'b', declaredAt: Y2026 },
      { id: 'd', declaredAt: Y2025 },
    ];
    const result = assignMissingIncidentNumbers(incidents, { 2026: 5 }, 'INC');
    expect(result.incidents.map((i) => [i.id, i.number])).toEqual([
      ['c', 'INC-2026-007'],
      ['a', 'INC-2026-004'],
      ['b', 'INC-2026-006'],
      ['d', 'INC-2025-001'],
    ]);
    expect(result.issued).toEqual({ 2026: 7, 2025: 1 });
  });

  it('returns the same list when every incident has a number', () => {
    const incidents = [{ id: 'a', declaredAt: Y2026, number: 'INC-2026-001' }];
    expect(assignMissingIncidentNumbers(incidents, {}, 'INC').incidents).toBe(incidents);
  });
});

describe('mergeIssuedNumbers / restoreIssuedNumbers', () => {
  it('keeps the higher count per year, and only valid years and counts from storage', () => {
    expect(mergeIssuedNumbers({ 2026: 3, 2025: 9 }, { 2026: 5 })).toEqual({ 2026: 5, 2025: 9 });
    expect(restoreIssuedNumbers({ 2026: 4, 26: 1, 2025: -1, 2024: 1.5, 2023: '3', __proto__: 7 })).toEqual({ 2026: 4 });
    expect(restoreIssuedNumbers(null)).toEqual({});
    expect(restoreIssuedNumbers([1, 2])).toEqual({});
  });
});
