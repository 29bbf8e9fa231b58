// A localStorage wrapper for zustand `persist` that never loses what the user typed: unreadable text is
// backed up before anything overwrites it, quota errors leave the app working in memory, and newer data is
// never overwritten by an older app.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { clearStorageProblem, reportStorageProblem, storageStatus } from '../storage-status';
import { backupRawText, isQuotaExceededError, keepReportedTextAsBackup } from './backups';
import { getLocalStorage, isItemsPlaceholder, isRecord, itemId, itemPrefix, scanItems, type ItemsPlaceholder, type SplitPart } from './record-layout';

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

export interface SafeStorage<S> extends PersistStorage<S> {
  /** Writes a pending debounced save now (on page hide, before export, in tests). */
  flush(): void;
  /** The last raw text read or written by this tab, to skip echo writes between tabs. */
  lastRaw(name: string): string | null;
  /** Runs `change` without saving what it changes (state read from storage, not a user's edit). */
  withoutSaving(change: () => void): void;
  /**
   * Replaces the item placeholders of `parts` in saved `state` with the items stored under their keys (plus
   * any item key the list does not name yet, e.g. written by another tab, unless its id was deleted).
   * An item whose text is not JSON comes back as that text, so restoring it counts it as not valid.
   */
  assemble(name: string, state: unknown, parts: readonly string[]): unknown;
  /** Everything saved under `name`, as one envelope text with every part's items in it (for backups). */
  snapshot(name: string): string | null;
  /** Whether `key` is one of the keys this storage writes under `name` (the main key or an item key). */
  owns(name: string, key: string): boolean;
  /** Another tab wrote `key`: compare with storage, not with what this tab wrote last, before writing it. */
  forget(key: string): void;
  /** Makes the next save remove every item key of `name` that the state it saves does not hold (import). */
  claimAll(name: string): void;
}

/**
 * Creates the persist storage. `getItem` returns null (start from defaults) for unreadable text, after
 * backing it up and reporting it; `setItem` catches quota errors and reports them.
 */
export function createSafeStorage<S>({ version, stateVersion = version, debounceMs = 0, split = {} }: SafeStorageOptions): SafeStorage<S> {
  const pending = new Map<string, StorageValue<S>>();
  const lastRaw = new Map<string, string>();
  // Per item key: the object last written or read, so an unchanged item is not even serialised again.
  const written = new Map<string, unknown>();
  // Per part: the item keys this tab has read or written. A save removes those its state no longer holds
  // (deleted, or dropped as not valid after a backup); keys it never saw (another tab's new items) stay.
  const known = new Map<string, Set<string>>();

  /** Writes one key unless it already holds `raw`; false when the write failed (reported). */
  const writeKey = (storage: Storage, key: string, raw: string): boolean => {
    if (raw === lastRaw.get(key) && storage.getItem(key) === raw) return true;
    try {
      storage.setItem(key, raw);
      lastRaw.set(key, raw);
      return true;
    } catch (error) {
      reportStorageProblem({
        kind: isQuotaExceededError(error) ? 'quota' : 'unavailable',
        message: isQuotaExceededError(error)
          ? 'Saving failed: this browser’s storage is full. Outage Kit keeps working, but your latest changes are only in this tab. Export your data to keep it.'
          : 'Saving failed. Outage Kit keeps working, but your latest changes are only in this tab. Export your data to keep it.',
      });
      return false;
    }
  };

  /**
   * Writes a split part's changed items and returns what the main key holds for it. Lists still as saved
   * (placeholders) are kept as they are; a list with an item that has no usable id stays in the main key whole.
   */
  const writePart = (storage: Storage, name: string, part: string, value: unknown): { main: unknown; ok: boolean } => {
    const spec = split[part];
    if (!spec || !isRecord(value)) return { main: value, ok: true };
    const items = value[spec.items];
    if (!Array.isArray(items) || items.some((item) => itemId(item) === undefined)) return { main: value, ok: true };
    const prefix = itemPrefix(name, part);
    const present = new Set<string>();
    let ok = true;
    for (const item of items) {
      const key = prefix + itemId(item)!;
      present.add(key);
      if (written.get(key) === item && lastRaw.has(key)) continue;
      if (writeKey(storage, key, JSON.stringify(item))) written.set(key, item);
      else ok = false;
    }
    const before = known.get(part) ?? new Set<string>();
    if (ok) {
      for (const key of before) {
        if (present.has(key)) continue;
        try {
          storage.removeItem(key);
        } catch {
          // A key left behind is read back as an item the state lacks; nothing is lost.
        }
        lastRaw.delete(key);
        written.delete(key);
      }
      known.set(part, present);
    } else {
      known.set(part, new Set([...before, ...present]));
    }
    return { main: { ...value, [spec.items]: { $items: items.map((item) => itemId(item)!) } satisfies ItemsPlaceholder }, ok };
  };

  const assemblePart = (storage: Storage | null, name: string, part: string, value: unknown): unknown => {
    const spec = split[part];
    if (!spec) return value;
    const record = isRecord(value) ? value : undefined;
    if (!storage) return record && isItemsPlaceholder(record[spec.items]) ? { ...record, [spec.items]: [] } : value;
    const list = record?.[spec.items];
    const stored = scanItems(storage, name, part);
    const deleted = new Set(
      Array.isArray(record?.[spec.deleted ?? '']) ? (record![spec.deleted!] as unknown[]).filter((d) => typeof d === 'string') : [],
    );
    const seen = known.get(part) ?? new Set<string>();
    known.set(part, seen);
    const read = (id: string): unknown => {
      const key = stored.get(id)!;
      stored.delete(id);
      seen.add(key);
      let raw: string | null = null;
      try {
        raw = storage.getItem(key);
      } catch {
        raw = null;
      }
      if (raw === null) return undefined;
      lastRaw.set(key, raw);
      try {
        const item = JSON.parse(raw) as unknown;
        written.set(key, item);
        return item;
      } catch {
        return raw; // Not JSON: restoring counts it as not valid and keeps the text in the backup.
      }
    };
    const items: unknown[] = [];
    if (Array.isArray(list)) {
      for (const item of list) {
        const id = itemId(item);
        if (id !== undefined && stored.has(id)) {
          seen.add(stored.get(id)!); // A stale copy under an item key: the list in the main key wins.
          stored.delete(id);
        }
        items.push(item);
      }
    } else if (isItemsPlaceholder(list)) {
      for (const id of list.$items) {
        if (typeof id !== 'string' || !stored.has(id)) continue;
        const item = read(id);
        if (item !== undefined) items.push(item);
      }
    }
    // Items no list names yet (written by another tab before its list, or left by a damaged main key).
    for (const id of [...stored.keys()]) {
      if (deleted.has(id)) continue;
      const item = read(id);
      if (item !== undefined) items.push(item);
    }
    if (!record && items.length === 0) return value;
    return { ...(record ?? {}), [spec.items]: items };
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving = true;

  const write = (name: string, value: StorageValue<S>): void => {
    if (storageStatus.getState().readOnly) return;
    const storage = getLocalStorage();
    if (!storage) {
      reportStorageProblem({
        kind: 'unavailable',
        message: 'This browser does not let Outage Kit save. Your work stays in this tab until you close it: export it to keep it.',
      });
      return;
    }
    let raw: string;
    let ok = true;
    try {
      let main: unknown = value;
      if (isRecord(value.state) && Object.keys(split).length > 0) {
        // Items first, then the main key that lists them: a reader never sees a list naming a missing item
        // it could have had (an item key without a list entry is read back too).
        const state: Record<string, unknown> = { ...value.state };
        for (const part of Object.keys(split)) {
          if (!(part in state)) continue;
          const result = writePart(storage, name, part, state[part]);
          state[part] = result.main;
          ok &&= result.ok;
        }
        main = { ...value, state };
      }
      if (version !== stateVersion) main = { ...(main as object), version };
      raw = JSON.stringify(main);
    } catch {
      return;
    }
    if (writeKey(storage, name, raw) && ok) clearStorageProblem('quota');
  };

  function assembleState(name: string, state: unknown, parts: readonly string[]): unknown {
    if (!isRecord(state)) return state;
    const storage = getLocalStorage();
    const next: Record<string, unknown> = { ...state };
    for (const part of parts) {
      if (!split[part]) continue;
      const assembled = assemblePart(storage, name, part, state[part]);
      if (assembled !== undefined) next[part] = assembled;
    }
    return next;
  }

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
      let raw: string | null;
      try {
        raw = storage.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      lastRaw.set(name, raw);
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      const isEnvelope =
        typeof parsed === 'object' && parsed !== null && 'state' in parsed && typeof parsed.state === 'object';
      if (!isEnvelope) {
        const backupKey = backupRawText(raw, storage);
        reportStorageProblem({
          kind: 'unreadable',
          message:
            'Your saved data could not be read, so Outage Kit started fresh. The original text is kept as a backup you can download.',
          backupKey,
          backupText: raw,
        });
        return null;
      }
      const envelope = parsed as { state: S; version?: unknown };
      const savedVersion = typeof envelope.version === 'number' ? envelope.version : 0;
      if (savedVersion > version) {
        storageStatus.setState({ readOnly: true });
        reportStorageProblem({
          kind: 'newer-version',
          message:
            'Your data was saved by a newer version of Outage Kit. This version shows what it can but will not save, so the newer data stays intact. Reload to get the newer version.',
          backupKey: backupRawText(raw, storage),
          backupText: raw,
        });
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
      try {
        const storage = getLocalStorage();
        storage?.removeItem(name);
        if (storage) for (const part of Object.keys(split)) for (const key of scanItems(storage, name, part).values()) storage.removeItem(key);
      } catch {
        // Nothing to report: removing is only used by "clear all data", which re-reads afterwards.
      }
    },
    flush,
    lastRaw: (name) => lastRaw.get(name) ?? null,
    assemble: assembleState,
    snapshot(name) {
      const storage = getLocalStorage();
      let raw: string | null = null;
      try {
        raw = storage?.getItem(name) ?? null;
      } catch {
        raw = null;
      }
      if (raw === null) return null;
      try {
        const envelope = JSON.parse(raw) as { state?: unknown };
        return JSON.stringify({ ...envelope, state: assembleState(name, envelope.state, Object.keys(split)) });
      } catch {
        return raw;
      }
    },
    owns: (name, key) => key === name || Object.keys(split).some((part) => key.startsWith(itemPrefix(name, part))),
    forget(key) {
      lastRaw.delete(key);
      written.delete(key);
    },
    claimAll(name) {
      const storage = getLocalStorage();
      if (!storage) return;
      for (const part of Object.keys(split)) {
        const seen = known.get(part) ?? new Set<string>();
        for (const key of scanItems(storage, name, part).values()) seen.add(key);
        known.set(part, seen);
      }
    },
  };
}
