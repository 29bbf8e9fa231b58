// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listBackupKeys } from './backups';
import { createSafeStorage } from './zustand-adapter';
import { storageStatus } from '../storage-status';

const KEY = 'outage-kit:state';

beforeEach(() => {
  localStorage.clear();
  storageStatus.setState({ problems: [], readOnly: false });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createSafeStorage', () => {
  it('reads back what it wrote', () => {
    const storage = createSafeStorage<{ n: number }>({ version: 1 });
    storage.setItem(KEY, { state: { n: 3 }, version: 1 });
    expect(storage.getItem(KEY)).toEqual({ state: { n: 3 }, version: 1 });
  });

  it('backs up unreadable text, reports it, and starts fresh without throwing', () => {
    localStorage.setItem(KEY, '{"state": {"calc');
    const storage = createSafeStorage({ version: 1 });
    expect(storage.getItem(KEY)).toBeNull();
    const [backupKey] = listBackupKeys();
    expect(backupKey).toBeDefined();
    expect(localStorage.getItem(backupKey!)).toBe('{"state": {"calc');
    const problem = storageStatus.getState().problems[0];
    expect(problem?.kind).toBe('unreadable');
    expect(problem?.backupText).toBe('{"state": {"calc');
  });

  it('treats valid JSON of the wrong shape as unreadable too', () => {
    localStorage.setItem(KEY, '[1,2,3]');
    expect(createSafeStorage({ version: 1 }).getItem(KEY)).toBeNull();
    expect(storageStatus.getState().problems[0]?.kind).toBe('unreadable');
  });

  it('never overwrites data saved by a newer version', () => {
    const newer = JSON.stringify({ state: { n: 9 }, version: 7 });
    localStorage.setItem(KEY, newer);
    const storage = createSafeStorage<{ n: number }>({ version: 1 });
    expect((storage.getItem(KEY) as { state: unknown } | null)?.state).toEqual({ n: 9 });
    expect(storageStatus.getState().readOnly).toBe(true);
    storage.setItem(KEY, { state: { n: 1 }, version: 1 });
    expect(localStorage.getItem(KEY)).toBe(newer);
    expect(storageStatus.getState().problems.some((p) => p.kind === 'newer-version')).toBe(true);
  });

  it('keeps working and reports when the quota is full', () => {
    const storage = createSafeStorage<{ n: number }>({ version: 1 });
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => storage.setItem(KEY, { state: { n: 1 }, version: 1 })).not.toThrow();
    expect(storageStatus.getState().problems[0]?.kind).toBe('quota');
    full.mockRestore();
    storage.setItem(KEY, { state: { n: 2 }, version: 1 });
    expect(storageStatus.getState().problems.some((p) => p.kind === 'quota')).toBe(false);
  });

  it('debounces writes and flushes on demand', () => {
    vi.useFakeTimers();
    const storage = createSafeStorage<{ n: number }>({ version: 1, debounceMs: 250 });
    const spy = vi.spyOn(localStorage, 'setItem');
    for (let n = 0; n < 20; n++) storage.setItem(KEY, { state: { n }, version: 1 });
    expect(spy).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(JSON.parse(localStorage.getItem(KEY)!).state.n).toBe(19);
    storage.setItem(KEY, { state: { n: 20 }, version: 1 });
    storage.flush();
    expect(JSON.parse(localStorage.getItem(KEY)!).state.n).toBe(20);
    vi.useRealTimers();
  });


  it('skips a write whose text is already stored', () => {
    const storage = createSafeStorage<{ n: number }>({ version: 1 });
    storage.setItem(KEY, { state: { n: 1 }, version: 1 });
    const spy = vi.spyOn(localStorage, 'setItem');
    storage.setItem(KEY, { state: { n: 1 }, version: 1 });
    expect(spy).not.toHaveBeenCalled();
  });
});
