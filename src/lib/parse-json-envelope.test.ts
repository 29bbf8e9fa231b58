import { describe, expect, it } from 'vitest';
import { describeIssuePath, describeIssues, formatFileSize, measureUtf8Bytes } from './parse-json-envelope';

describe('describeIssuePath', () => {
  it('turns paths into words a user recognises', () => {
    expect(describeIssuePath(['phases', 1, 'steps', 2, 'title'])).toBe('Phase 2, step 3');
    expect(describeIssuePath(['phases', 0, 'steps', 0, 'commands', 3])).toBe('Phase 1, step 1, command 4');
    expect(describeIssuePath(['runbook', 'phases', 4, 'title'])).toBe('Runbook, phase 5');
    expect(describeIssuePath(['timeline', 9, 'text'])).toBe('Timeline entry 10');
    expect(describeIssuePath(['stepStates', 'confirm-scope', 'at'])).toBe('Step state "confirm-scope"');
    expect(describeIssuePath(['name'])).toBe('');
  });
});

describe('describeIssues', () => {
  it('writes sentences, without repeating the same one', () => {
    const issue = { path: ['phases', 0, 'title'], message: 'enter a title' };
    expect(describeIssues([issue, issue, { path: [], message: 'add the runbook' }])).toEqual(['Phase 1: enter a title.', 'Add the runbook.']);
  });
});

describe('formatFileSize', () => {
  it('rounds up, in KB below a megabyte and MB from it', () => {
    expect(formatFileSize(200 * 1024 + 1)).toBe('201 KB');
    expect(formatFileSize(10)).toBe('1 KB');
    expect(formatFileSize(2 * 1024 * 1024)).toBe('2 MB');
    expect(formatFileSize(2.45 * 1024 * 1024)).toBe('2.5 MB');
  });
});

describe('measureUtf8Bytes', () => {
  it('counts bytes as UTF-8 encodes them', () => {
    for (const text of ['abc', 'é', '€', '😀', 'Zażółć gęślą jaźń — Привет — Ωμέγα 😀']) {
      expect(measureUtf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
