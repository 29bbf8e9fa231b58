// @vitest-environment happy-dom
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageStatus } from '../storage-status';
import { TabSync } from './tab-sync';
import { createSafeStorage } from './zustand-adapter';

const KEY = 'outage-kit:state';
type Notes = { notes: string[] };

/** One tab: a persisted store of notes, merged with other tabs' saves by union (nothing is lost). */
function openTab() {
  const storage = createSafeStorage<Notes>({ version: 1 });
  const merges: boolean[] = [];
  const sync = new TabSync<Notes>({
    name: KEY,
    storage,
    parts: () => [],
    merge: (saved, current, { fromOtherTab }) => {
      merges.push(fromOtherTab);
      const notes = (saved as Notes | undefined)?.notes ?? [];
      return { notes: fromOtherTab ? [...new Set([...current.notes, ...notes])].sort() : notes };
    },
    shared: (state) => JSON.stringify([...state.notes].sort()),
    sharedOfSaved: (saved) => JSON.stringify([...((saved as Notes | undefined)?.notes ?? [])].sort()),
    delayMs: 5,
  });
  const store = createStore<Notes>()(persist(() => ({ notes: [] as string[] }), { name: KEY, version: 1, storage, merge: sync.merge }));
  sync.connect(store);
  const stop = sync.listen(window);
  return { store, merges, stop };
}

/** Another tab's save: it writes storage, and this tab gets a `storage` event for it. */
function otherTabSaves(notes: string[]): void {
  const text = JSON.stringify({ state: { notes }, version: 1 });
  localStorage.setItem(KEY, text);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: text }));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const saved = () => (JSON.parse(localStorage.getItem(KEY)!) as { state: Notes }).state.notes;

let stops: (() => void)[] = [];
beforeEach(() => {
  localStorage.clear();
  storageStatus.setState({ problems: [], readOnly: false });
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.restoreAllMocks();
});

describe('TabSync', () => {
  it('loads this tab’s save first, then merges another tab’s saves into it', async () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { notes: ['mine'] }, version: 1 }));
    const tab = openTab();
    stops.push(tab.stop);
    expect(tab.store.getState().notes).toEqual(['mine']);
    otherTabSaves(['mine', 'theirs']);
    await settle();
    expect(tab.merges).toEqual([false, true]);
    expect(tab.store.getState().notes).toEqual(['mine', 'theirs']);
  });

  it('ignores its own echo and keys it does not own', async () => {
    const tab = openTab();
    stops.push(tab.stop);
    tab.store.setState({ notes: ['a'] });
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY) }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'outage-kit:embed-target', newValue: 'react' }));
    await settle();
    expect(tab.merges).toEqual([false]);
  });

  it('merges the several events of one save once', async () => {
    const tab = openTab();
    stops.push(tab.stop);
    otherTabSaves(['x']);
    otherTabSaves(['x', 'y']);
    await settle();
    expect(tab.merges).toEqual([false, true]);
    expect(tab.store.getState().notes).toEqual(['x', 'y']);
  });

  it('saves back what this tab holds and the other tab’s save lacks, and writes nothing once both agree', async () => {
    const tab = openTab();
    stops.push(tab.stop);
    tab.store.setState({ notes: ['mine'] });
    otherTabSaves(['theirs']);
    await settle();
    expect(saved()).toEqual(['mine', 'theirs']);
    // The same notes in another order: a save of its own (not this tab's echo) that holds everything.
    const writes = vi.spyOn(localStorage, 'setItem');
    otherTabSaves(['theirs', 'mine']);
    writes.mockClear();
    await settle();
    expect(tab.merges).toEqual([false, true, true]);
    expect(writes).not.toHaveBeenCalled();
  });

  it('turns read-only, and never overwrites, when another tab saves a newer version', async () => {
    const tab = openTab();
    stops.push(tab.stop);
    const newer = JSON.stringify({ state: { notes: ['new'] }, version: 2 });
    localStorage.setItem(KEY, newer);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: newer }));
    await settle();
    expect(storageStatus.getState().readOnly).toBe(true);
    expect(storageStatus.getState().problems.map((p) => p.kind)).toContain('newer-version');
    tab.store.setState({ notes: ['old'] });
    expect(localStorage.getItem(KEY)).toBe(newer);
  });
});
