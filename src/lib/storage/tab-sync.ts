// Cross-tab sync: the one place that keeps this tab's state in step with what other tabs save.
//
// Contract:
// - What triggers a merge: a `storage` event (another tab wrote localStorage) for a key the storage owns
//   (the main key or an item key), whose new text is not what this tab last read or wrote under that key
//   (our own echo, or a write that changed nothing). One save writes several keys (the changed items, then
//   the main key), so the events are gathered and merged once, `delayMs` after the last one. A removed key
//   (new value null) triggers nothing by itself: a save that deletes a record also rewrites the main key.
// - What is read: the whole saved state again (zustand's `rehydrate`: the main key, then the items of the
//   parts this tab has loaded; parts it has not loaded stay as saved).
// - What wins: nothing is lost. The app's `merge` combines the save with this tab's state: records
//   (incidents, postmortems) are merged item by item by their section's `merge`; single values (calculator,
//   settings) take the saved copy. If this tab then holds anything the save lacks (both tabs changed
//   something within the save delay, so the other tab's write replaced ours), this tab saves the merged
//   state, so storage keeps both changes. It converges: once a save holds everything, merging it changes
//   nothing and nobody writes back.
// - A tab with an older schema: the storage adapter refuses to overwrite data stamped with a newer version.
//   When another tab saves a newer version, this tab's next merge reads it, turns this tab read-only (no
//   more saves), keeps the text as a backup and tells the user to reload to get the newer version.
import type { SyncedStorage } from './zustand-adapter';

/** The store kept in step: a zustand store with `persist`, whose `merge` option is `TabSync.merge`. */
export interface SyncedStore<S> {
  getState(): S;
  setState(partial: Partial<S>): void;
  persist: { rehydrate(): Promise<void> | void };
}

export interface TabSyncOptions<S> {
  /** The main key (zustand persist's `name`). */
  name: string;
  /** The storage the store persists through: the sync asks it which keys are ours and what we wrote. */
  storage: SyncedStorage;
  /** The split parts this tab reads whole (its loaded tools); the others stay as saved. */
  parts(): readonly string[];
  /** Restores saved state (its items put back) into this tab's: on first load, or from another tab's save. */
  merge(saved: unknown, current: S, from: { fromOtherTab: boolean }): S;
  /** What two tabs must never lose to each other, as comparable text: of this tab's state… */
  shared(state: S): string;
  /** …and of a save as read (undefined when nothing was saved). */
  sharedOfSaved(saved: unknown): string;
  /** How long to wait after the last event of another tab's save before merging it (ms). */
  delayMs?: number;
}

/** Owns the cross-tab merge: listening, reading, merging and saving back (see the contract above). */
export class TabSync<S> {
  // The first hydration loads this tab's saved state; later ones merge another tab's writes into ours.
  private hydratedOnce = false;
  // The saved state the last hydration read, loaded parts' items included (to compare with after a merge).
  private lastRead: unknown;
  private store: SyncedStore<S> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: TabSyncOptions<S>) {}

  /** zustand persist's `merge`: puts the saved items back in place, then merges through the app's `merge`. */
  readonly merge = (persisted: unknown, current: S): S => {
    const fromOtherTab = this.hydratedOnce;
    this.hydratedOnce = true;
    const saved = this.options.storage.assemble(this.options.name, persisted, this.options.parts());
    this.lastRead = saved;
    return this.options.merge(saved, current, { fromOtherTab });
  };

  /** The store to keep in step (it is created with `merge` above, so it is given afterwards). */
  connect(store: SyncedStore<S>): void {
    this.store = store;
  }

  /** Reads what another tab saved, merges it into this tab, and saves back what the save lacked. */
  async mergeFromOtherTab(): Promise<void> {
    const store = this.store;
    if (!store) return;
    await store.persist.rehydrate();
    if (this.options.shared(store.getState()) !== this.options.sharedOfSaved(this.lastRead)) store.setState({});
  }

  /** Listens for other tabs' saves on `target` (the window); returns a function that stops listening. */
  listen(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    const { name, storage, delayMs = 30 } = this.options;
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.newValue === null || !storage.owns(name, event.key)) return;
      if (event.newValue === storage.lastRaw(event.key)) return;
      storage.forget(event.key);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.mergeFromOtherTab(), delayMs);
    };
    target.addEventListener('storage', onStorage);
    return () => {
      target.removeEventListener('storage', onStorage);
      clearTimeout(this.timer);
    };
  }
}
