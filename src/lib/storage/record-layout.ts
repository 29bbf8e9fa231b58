// The on-disk layout: one localStorage key per record. The main key holds the state with each split list
// replaced by its ids (`{ "$items": [ids] }`); each item of a split list lives under `<name>:<part>:<id>`.
// `RecordLayout` reads and writes records and owns what this tab knows of each key (the text it last read or
// wrote): the persist adapter writes through it, the tab sync asks it whether an event is this tab's echo.

/** localStorage, or null where the browser refuses it. */
export function getLocalStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null; // Access can throw (privacy modes, sandboxed iframes).
  }
}

/** A part of the state kept as one storage key per item: `state[part][items]` is a list of objects with an `id`. */
export interface SplitPart {
  /** The field holding the list. */
  items: string;
  /** The field listing deleted ids: an item key of a deleted id is never read back. */
  deleted?: string;
}

/** What the main key holds in place of a split list: the ids, in order. */
export interface ItemsPlaceholder {
  $items: string[];
}

export function isItemsPlaceholder(value: unknown): value is ItemsPlaceholder {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Array.isArray((value as { $items?: unknown }).$items);
}

/** Ids that can name a storage key: the app's own id format. Items without one stay in the main key. */
const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const itemId = (item: unknown): string | undefined => {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && ITEM_ID.test(id) ? id : undefined;
};
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The prefix of the item keys of one part: `<name>:<part>:`. */
export const itemPrefix = (name: string, part: string) => `${name}:${part}:`;

/** Every item key of a part in storage, by id. */
export const scanItems = (storage: Storage, name: string, part: string): Map<string, string> => {
  const prefix = itemPrefix(name, part);
  const found = new Map<string, string>();
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) found.set(key.slice(prefix.length), key);
  }
  return found;
};

/**
 * Reads and writes state laid out one record per key, and remembers, per key, what this tab last read or
 * wrote. Those facts live here only: the adapter and the tab sync ask for them (`lastRaw`, `forget`).
 */
export class RecordLayout {
  // Per key: the raw text this tab last read or wrote, to skip writing it again and to tell our own echo.
  private readonly lastRawByKey = new Map<string, string>();
  // Per item key: the object last written or read, so an unchanged item is not even serialised again.
  private readonly written = new Map<string, unknown>();
  // Per part: the item keys this tab has read or written. A save removes those its state no longer holds
  // (deleted, or dropped as not valid after a backup); keys it never saw (another tab's new items) stay.
  private readonly known = new Map<string, Set<string>>();

  /**
   * `split`: the parts kept one item per key. `onWriteFailed` is told of every write that threw (quota,
   * storage off), after which the write counts as not done.
   */
  constructor(
    private readonly split: Readonly<Record<string, SplitPart>>,
    private readonly onWriteFailed: (error: unknown) => void,
  ) {}

  /** The names of the split parts. */
  get parts(): string[] {
    return Object.keys(this.split);
  }

  /** The last raw text this tab read or wrote under `key`, or null. */
  lastRaw(key: string): string | null {
    return this.lastRawByKey.get(key) ?? null;
  }

  /** Another tab wrote `key`: compare with storage, not with what this tab wrote last, before writing it. */
  forget(key: string): void {
    this.lastRawByKey.delete(key);
    this.written.delete(key);
  }

  /** Whether `key` is one of the keys written under `name` (the main key or an item key). */
  owns(name: string, key: string): boolean {
    return key === name || this.parts.some((part) => key.startsWith(itemPrefix(name, part)));
  }

  /** Reads the main key's raw text (remembered as read), or null when it is absent or unreadable. */
  readMain(storage: Storage, name: string): string | null {
    let raw: string | null;
    try {
      raw = storage.getItem(name);
    } catch {
      return null;
    }
    if (raw !== null) this.lastRawByKey.set(name, raw);
    return raw;
  }

  /** Writes one key unless it already holds `raw`; false when the write failed (reported). */
  writeRecord(storage: Storage, key: string, raw: string): boolean {
    if (raw === this.lastRawByKey.get(key) && storage.getItem(key) === raw) return true;
    try {
      storage.setItem(key, raw);
      this.lastRawByKey.set(key, raw);
      return true;
    } catch (error) {
      this.onWriteFailed(error);
      return false;
    }
  }

  /**
   * Writes the changed items of every split part in `state` and returns what the main key holds (each split
   * list replaced by its ids); `ok` is false when an item could not be written.
   */
  writeItems(storage: Storage, name: string, state: Record<string, unknown>): { main: Record<string, unknown>; ok: boolean } {
    const main: Record<string, unknown> = { ...state };
    let ok = true;
    for (const part of this.parts) {
      if (!(part in main)) continue;
      const result = this.writePart(storage, name, part, main[part]);
      main[part] = result.main;
      ok &&= result.ok;
    }
    return { main, ok };
  }

  /**
   * Writes a split part's changed items and returns what the main key holds for it. Lists still as saved
   * (placeholders) are kept as they are; a list with an item that has no usable id stays in the main key whole.
   */
  private writePart(storage: Storage, name: string, part: string, value: unknown): { main: unknown; ok: boolean } {
    const spec = this.split[part];
    if (!spec || !isRecord(value)) return { main: value, ok: true };
    const items = value[spec.items];
    if (!Array.isArray(items) || items.some((item) => itemId(item) === undefined)) return { main: value, ok: true };
    const prefix = itemPrefix(name, part);
    const present = new Set<string>();
    let ok = true;
    for (const item of items) {
      const key = prefix + itemId(item)!;
      present.add(key);
      if (this.written.get(key) === item && this.lastRawByKey.has(key)) continue;
      if (this.writeRecord(storage, key, JSON.stringify(item))) this.written.set(key, item);
      else ok = false;
    }
    const before = this.known.get(part) ?? new Set<string>();
    if (ok) {
      for (const key of before) {
        if (present.has(key)) continue;
        try {
          storage.removeItem(key);
        } catch {
          // A key left behind is read back as an item the state lacks; nothing is lost.
        }
        this.lastRawByKey.delete(key);
        this.written.delete(key);
      }
      this.known.set(part, present);
    } else {
      this.known.set(part, new Set([...before, ...present]));
    }
    return { main: { ...value, [spec.items]: { $items: items.map((item) => itemId(item)!) } satisfies ItemsPlaceholder }, ok };
  }

  /**
   * Replaces the item placeholders of `parts` in saved `state` with the items stored under their keys (plus
   * any item key the list does not name yet, e.g. written by another tab, unless its id was deleted).
   * An item whose text is not JSON comes back as that text, so restoring it counts it as not valid.
   */
  assemble(name: string, state: unknown, parts: readonly string[]): unknown {
    if (!isRecord(state)) return state;
    const storage = getLocalStorage();
    const next: Record<string, unknown> = { ...state };
    for (const part of parts) {
      if (!this.split[part]) continue;
      const assembled = this.assemblePart(storage, name, part, state[part]);
      if (assembled !== undefined) next[part] = assembled;
    }
    return next;
  }

  private assemblePart(storage: Storage | null, name: string, part: string, value: unknown): unknown {
    const spec = this.split[part];
    if (!spec) return value;
    const record = isRecord(value) ? value : undefined;
    if (!storage) return record && isItemsPlaceholder(record[spec.items]) ? { ...record, [spec.items]: [] } : value;
    const list = record?.[spec.items];
    const stored = scanItems(storage, name, part);
    const deleted = new Set(
      Array.isArray(record?.[spec.deleted ?? '']) ? (record![spec.deleted!] as unknown[]).filter((d) => typeof d === 'string') : [],
    );
    const seen = this.known.get(part) ?? new Set<string>();
    this.known.set(part, seen);
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
      this.lastRawByKey.set(key, raw);
      try {
        const item = JSON.parse(raw) as unknown;
        this.written.set(key, item);
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
  }

  /** Everything saved under `name`, as one envelope text with every part's items in it (for backups). */
  snapshot(name: string): string | null {
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
      return JSON.stringify({ ...envelope, state: this.assemble(name, envelope.state, this.parts) });
    } catch {
      return raw;
    }
  }

  /** Makes the next save remove every item key of `name` that the state it saves does not hold (import). */
  claimAll(name: string): void {
    const storage = getLocalStorage();
    if (!storage) return;
    for (const part of this.parts) {
      const seen = this.known.get(part) ?? new Set<string>();
      for (const key of scanItems(storage, name, part).values()) seen.add(key);
      this.known.set(part, seen);
    }
  }

  /** Removes the main key and every item key of `name` ("clear all data"); failures are ignored. */
  removeAll(name: string): void {
    try {
      const storage = getLocalStorage();
      storage?.removeItem(name);
      if (storage) for (const part of this.parts) for (const key of scanItems(storage, name, part).values()) storage.removeItem(key);
    } catch {
      // Nothing to report: removing is only used by "clear all data", which re-reads afterwards.
    }
  }
}
