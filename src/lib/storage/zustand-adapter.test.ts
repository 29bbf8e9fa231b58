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

  it('skips a write whose text is already stored', () => {
    const storage = createSafeStorage<{ n: number }>({ version: 1 });
    storage.setItem(KEY, { state: { n: 1 }, version: 1 });
    const spy = vi.spyOn(localStorage, 'setItem');
    storage.setItem(KEY, { state: { n: 1 }, version: 1 });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('isQuotaExceededError', () => {
  it('recognises the browsers’ quota errors only', () => {
    expect(isQuotaExceededError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceededError(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaExceededError(new Error('x'))).toBe(false);
  });
});

describe('parts stored one item per key', () => {
  type Doc = { id: string; text: string };
  type State = { other: number; pm: { docs: Doc[] | unknown; deletedIds: string[] } };
  const SPLIT = { pm: { items: 'docs', deleted: 'deletedIds' } } as const;
  const create = () => createSafeStorage<State>({ version: 2, split: SPLIT });
  const stateWith = (docs: Doc[], deletedIds: string[] = []): State => ({ other: 1, pm: { docs, deletedIds } });
  const a = { id: 'a', text: 'first' };
  const b = { id: 'b', text: 'second' };
  /** What the app reads back: the main key with its items put back in place. */
  const readBack = (storage = create()) => storage.assemble(KEY, (storage.getItem(KEY) as { state: unknown }).state, ['pm']);

  it('keeps each item under its own key and the ids, in order, in the main key', () => {
    create().setItem(KEY, { state: stateWith([b, a]), version: 2 });
    expect(JSON.parse(localStorage.getItem(`${KEY}:pm:a`)!)).toEqual(a);
    expect(JSON.parse(localStorage.getItem(KEY)!).state.pm.docs).toEqual({ $items: ['b', 'a'] });
    expect(readBack()).toEqual(stateWith([b, a]));
  });

  it('a save writes only the items that changed (and the main key only when it changed)', () => {
    const storage = create();
    storage.setItem(KEY, { state: stateWith([a, b]), version: 2 });
    const writes = vi.spyOn(localStorage, 'setItem');
    storage.setItem(KEY, { state: stateWith([a, { ...b, text: 'edited' }]), version: 2 });
    expect(writes.mock.calls.map(([key]) => key)).toEqual([`${KEY}:pm:b`]);
    expect(readBack()).toEqual(stateWith([a, { ...b, text: 'edited' }]));
  });

  it('after a reload, an unchanged item read back is not written again', () => {
    create().setItem(KEY, { state: stateWith([a, b]), version: 2 });
    const storage = create();
    const read = readBack(storage) as State;
    const writes = vi.spyOn(localStorage, 'setItem');
    storage.setItem(KEY, { state: { ...read, pm: { ...read.pm, docs: [structuredClone(a), { ...b, text: 'edited' }] } }, version: 2 });
    expect(writes.mock.calls.map(([key]) => key)).toEqual([`${KEY}:pm:b`]);
  });

  it('removes the key of an item it deleted, but never an item another tab added that it has not read', () => {
    const storage = create();
    storage.setItem(KEY, { state: stateWith([a, b]), version: 2 });
    localStorage.setItem(`${KEY}:pm:c`, JSON.stringify({ id: 'c', text: 'from another tab' }));
    storage.setItem(KEY, { state: stateWith([a], ['b']), version: 2 });
    expect(localStorage.getItem(`${KEY}:pm:b`)).toBeNull();
    expect(readBack()).toEqual(stateWith([a, { id: 'c', text: 'from another tab' }], ['b']));
  });

  it('never reads back an item whose id was deleted, even when its key was left behind', () => {
    create().setItem(KEY, { state: stateWith([a], ['b']), version: 2 });
    localStorage.setItem(`${KEY}:pm:b`, JSON.stringify(b));
    expect(readBack()).toEqual(stateWith([a], ['b']));
  });

  it('gives back an item whose text is not JSON as that text (restoring counts it as not valid), and drops its key on the next save', () => {
    const storage = create();
    storage.setItem(KEY, { state: stateWith([a, b]), version: 2 });
    localStorage.setItem(`${KEY}:pm:b`, '{"id": "b", "te');
    const fresh = create();
    expect((readBack(fresh) as State).pm.docs).toEqual([a, '{"id": "b", "te']);
    fresh.setItem(KEY, { state: stateWith([a]), version: 2 });
    expect(localStorage.getItem(`${KEY}:pm:b`)).toBeNull();
  });

  it('keeps a list holding an item without an id in the main key, whole', () => {
    const docs = [a, 'not a document'] as unknown as Doc[];
    create().setItem(KEY, { state: stateWith(docs), version: 2 });
    expect(JSON.parse(localStorage.getItem(KEY)!).state.pm.docs).toEqual(docs);
    expect(localStorage.getItem(`${KEY}:pm:a`)).toBeNull();
  });

  it('reads the items even when the main key is gone', () => {
    create().setItem(KEY, { state: stateWith([a, b]), version: 2 });
    localStorage.removeItem(KEY);
    expect(create().assemble(KEY, {}, ['pm'])).toEqual({ pm: { docs: [a, b] } });
  });

  it('after claimAll, the next save removes every item the saved state does not hold (import replaces all)', () => {
    create().setItem(KEY, { state: stateWith([a, b]), version: 2 });
    const storage = create();
    storage.claimAll(KEY);
    storage.setItem(KEY, { state: stateWith([{ id: 'n', text: 'imported' }]), version: 2 });
    expect(Object.keys(localStorage).sort()).toEqual([KEY, `${KEY}:pm:n`]);
  });

  it('an item that could not be written for a full quota is written by the next save', () => {
    const storage = create();
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    storage.setItem(KEY, { state: stateWith([a]), version: 2 });
    expect(storageStatus.getState().problems[0]?.kind).toBe('quota');
    full.mockRestore();
    storage.setItem(KEY, { state: stateWith([a]), version: 2 });
    expect(readBack()).toEqual(stateWith([a]));
    expect(storageStatus.getState().problems).toEqual([]);
  });

  it('reads a save from before the layout change as it is, with no migration, and the next save splits it', () => {
    localStorage.setItem(KEY, JSON.stringify({ state: stateWith([a, b]), version: 1 }));
    const storage = createSafeStorage<State>({ version: 2, stateVersion: 1, split: SPLIT });
    const read = storage.getItem(KEY) as { state: State; version: number };
    expect(read.version).toBe(1);
    expect(storage.assemble(KEY, read.state, ['pm'])).toEqual(stateWith([a, b]));
    storage.setItem(KEY, { state: stateWith([a, b]), version: 1 });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ state: { other: 1, pm: { docs: { $items: ['a', 'b'] }, deletedIds: [] } }, version: 2 });
    expect(JSON.parse(localStorage.getItem(`${KEY}:pm:b`)!)).toEqual(b);
  });

  it('snapshot gives everything saved as one envelope, for a backup', () => {
    create().setItem(KEY, { state: stateWith([a, b]), version: 2 });
    expect(JSON.parse(create().snapshot(KEY)!)).toEqual({ state: stateWith([a, b]), version: 2 });
  });
});
