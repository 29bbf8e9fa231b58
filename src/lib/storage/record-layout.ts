// The on-disk layout: one localStorage key per record. The main key holds the state with each split list
// replaced by its ids (`{ "$items": [ids] }`); each item of a split list lives under `<name>:<part>:<id>`.

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
