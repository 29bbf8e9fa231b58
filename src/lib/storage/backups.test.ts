// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupRawText, isQuotaExceededError, listBackupKeys } from './backups';
import { createSafeStorage } from './zustand-adapter';
import { reportStorageProblem, storageStatus } from '../storage-status';

const KEY = 'outage-kit:state';

beforeEach(() => {
  localStorage.clear();
  storageStatus.setState({ problems: [], readOnly: false });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('backups', () => {
  it('keeps text reported without a backup (a partly restored save) as a backup, and the same text only once', () => {
    createSafeStorage({ version: 1 });
    reportStorageProblem({ kind: 'partly-restored', message: 'Some saved data was not valid', backupText: '{"incidents":[{"title":42}]}' });
    const keys = listBackupKeys();
    expect(keys).toHaveLength(1);
    expect(localStorage.getItem(keys[0]!)).toBe('{"incidents":[{"title":42}]}');
    expect(storageStatus.getState().problems[0]?.backupKey).toBe(keys[0]);
    reportStorageProblem({ kind: 'partly-restored', message: 'Some saved data was not valid', backupText: '{"incidents":[{"title":42}]}' });
    localStorage.setItem(KEY, 'garbage');
    createSafeStorage({ version: 1 }).getItem(KEY);
    createSafeStorage({ version: 1 }).getItem(KEY);
    expect(listBackupKeys()).toHaveLength(2);
  });

  it('keeps two different backups made in the same millisecond under two keys', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 28, 12, 0, 0), toFake: ['Date'] });
    try {
      backupRawText('{"first":1}');
      backupRawText('{"second":2}');
      const keys = listBackupKeys();
      expect(keys).toHaveLength(2);
      expect(keys.map((k) => localStorage.getItem(k)).sort()).toEqual(['{"first":1}', '{"second":2}']);
    } finally {
      vi.useRealTimers();
    }
  });

});

describe('isQuotaExceededError', () => {
  it('recognises the browsers’ quota errors only', () => {
    expect(isQuotaExceededError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceededError(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaExceededError(new Error('x'))).toBe(false);
  });
});
