// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordLayout } from './record-layout';
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

describe('RecordLayout', () => {
  const SPLIT = { pm: { items: 'docs', deleted: 'deletedIds' } } as const;

  it('owns the main key and the item keys of its parts, nothing else', () => {
    const layout = new RecordLayout(SPLIT, () => {});
    expect(layout.owns(KEY, KEY)).toBe(true);
    expect(layout.owns(KEY, `${KEY}:pm:a`)).toBe(true);
    expect(layout.owns(KEY, `${KEY}:other:a`)).toBe(false);
    expect(layout.owns(KEY, 'outage-kit:backup:2026-01-01T00:00:00.000Z')).toBe(false);
  });

  it('remembers the text it last wrote or read under each key, until told another tab wrote it', () => {
    const layout = new RecordLayout(SPLIT, () => {});
    layout.writeItems(localStorage, KEY, { pm: { docs: [{ id: 'a', text: 'first' }], deletedIds: [] } });
    expect(layout.lastRaw(`${KEY}:pm:a`)).toBe(JSON.stringify({ id: 'a', text: 'first' }));
    localStorage.setItem(KEY, '{"state":{}}');
    expect(layout.readMain(localStorage, KEY)).toBe('{"state":{}}');
    expect(layout.lastRaw(KEY)).toBe('{"state":{}}');
    layout.forget(KEY);
    expect(layout.lastRaw(KEY)).toBeNull();
  });

  it('tells of a write that failed and counts it as not written', () => {
    const failures: unknown[] = [];
    const layout = new RecordLayout(SPLIT, (error) => failures.push(error));
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(layout.writeRecord(localStorage, KEY, '{"state":{}}')).toBe(false);
    expect(failures).toHaveLength(1);
    expect(layout.lastRaw(KEY)).toBeNull();
  });
});
