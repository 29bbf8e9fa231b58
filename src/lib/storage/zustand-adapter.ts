// A localStorage wrapper for zustand `persist` that never loses what the user typed: unreadable text is
// backed up before anything overwrites it, quota errors leave the app working in memory, and newer data is
// never overwritten by an older app. It writes through the record layout (one key per record) and debounces.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { clearStorageProblem, storageStatus } from '../storage-status';
import { keepReportedTextAsBackup, reportNewerVersion, reportStorageUnavailable, reportUnreadableText, reportWriteFailed } from './backups';
import { getLocalStorage, isRecord, RecordLayout, type SplitPart } from './record-layout';

export interface SafeStorageOptions {
  /** The version this app writes; data stamped with a higher version is never overwritten. */
  version: number;
  /**
   * The version of the state's shape that `persist` is configured with, when `version` also counts changes of
   * the storage layout only (default: `version`). Saved data of a layout version up to `version` is handed
   * to `persist` as at most this version, so a layout change alone runs no migration (and no write).
   */
  stateVersion?: number;
  /** Milliseconds to wait before writing, so typing does not write on every keystroke. 0 writes at once. */
  debounceMs?: number;
  /**
   * Parts of the state stored one item per key (`<name>:<part>:<id>`), so a save writes only the items that
   * changed and a page reads only the parts it uses. The main key lists their ids (`{ "$items": [ids] }`).
   */
  split?: Readonly<Record<string, SplitPart>>;
}

/** What the tab sync asks of the storage: which keys are ours, what this tab last wrote, and the items. */
export interface SyncedStorage {
  /** The last raw text read or written by this tab, to skip echo writes between tabs. */
  lastRaw(key: string): string | null;
  /** Whether `key` is one of the keys this storage writes under `name` (the main key or an item key). */
  owns(name: string, key: string): boolean;
  /** Another tab wrote `key`: compare with storage, not with what this tab wrote last, before writing it. */
  forget(key: string): void;
  /**
   * Replaces the item placeholders of `parts` in saved `state` with the items stored under their keys (plus
   * any item key the list does not name yet, e.g. written by another tab, unless its id was deleted).
   * An item whose text is not JSON comes back as that text, so restoring it counts it as not valid.
   */
  assemble(name: string, state: unknown, parts: readonly string[]): unknown;
}

export interface SafeStorage<S> extends PersistStorage<S>, SyncedStorage {
  /** Writes a pending debounced save now (on page hide, before export, in tests). */
  flush(): void;
  /** Runs `change` without saving what it changes (state read from storage, not a user's edit). */
  withoutSaving(change: () => void): void;
  /** Everything saved under `name`, as one envelope text with every part's items in it (for backups). */
  snapshot(name: string): string | null;
  /** Makes the next save remove every item key of `name` that the state it saves does not hold (import). */
  claimAll(name: string): void;
}

/**
 * Creates the persist storage. `getItem` returns null (start from defaults) for unreadable text, after
 * backing it up and reporting it; `setItem` catches quota errors and reports them.
 */
export function createSafeStorage<S>({ version, stateVersion = version, debounceMs = 0, split = {} }: SafeStorageOptions): SafeStorage<S> {
  const layout = new RecordLayout(split, reportWriteFailed);
  const pending = new Map<string, StorageValue<S>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving = true;

  const write = (name: string, value: StorageValue<S>): void => {
    if (storageStatus.getState().readOnly) return;
    const storage = getLocalStorage();
    if (!storage) {
      reportStorageUnavailable();
      return;
    }
    let raw: string;
    let ok = true;
    try {
      let main: unknown = value;
      if (isRecord(value.state) && layout.parts.length > 0) {
        // Items first, then the main key that lists them: a reader never sees a list naming a missing item
        // it could have had (an item key without a list entry is read back too).
        const items = layout.writeItems(storage, name, value.state);
        ok = items.ok;
        main = { ...value, state: items.main };
      }
      if (version !== stateVersion) main = { ...(main as object), version };
      raw = JSON.stringify(main);
    } catch {
      return;
    }
    if (layout.writeRecord(storage, name, raw) && ok) clearStorageProblem('quota');
  };

  const flush = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    for (const [name, value] of pending) write(name, value);
    pending.clear();
  };

  if (typeof window !== 'undefined') {
    keepReportedTextAsBackup();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  return {
    getItem(name) {
      const storage = getLocalStorage();
      if (!storage) return null;
      const raw = layout.readMain(storage, name);
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      const isEnvelope =
        typeof parsed === 'object' && parsed !== null && 'state' in parsed && typeof parsed.state === 'object';
      if (!isEnvelope) {
        reportUnreadableText(raw, storage);
        return null;
      }
      const envelope = parsed as { state: S; version?: unknown };
      const savedVersion = typeof envelope.version === 'number' ? envelope.version : 0;
      if (savedVersion > version) {
        storageStatus.setState({ readOnly: true });
        reportNewerVersion(raw, storage);
        return { state: envelope.state, version: stateVersion };
      }
      // A layout-only upgrade (e.g. one key to one key per item) is not a change of the state's shape: the
      // state reads as the current shape, and the next save writes the new layout.
      return { state: envelope.state, version: Math.min(savedVersion, stateVersion) };
    },
    setItem(name, value) {
      if (!saving) return;
      if (debounceMs <= 0) {
        write(name, value);
        return;
      }
      pending.set(name, value);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    },
    withoutSaving(change) {
      saving = false;
      try {
        change();
      } finally {
        saving = true;
      }
    },
    removeItem(name) {
      pending.delete(name);
      layout.removeAll(name);
    },
    flush,
    lastRaw: (key) => layout.lastRaw(key),
    assemble: (name, state, parts) => layout.assemble(name, state, parts),
    snapshot: (name) => layout.snapshot(name),
    owns: (name, key) => layout.owns(name, key),
    forget: (key) => layout.forget(key),
    claimAll: (name) => layout.claimAll(name),
  };
}
