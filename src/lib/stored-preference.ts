// A small UI preference (a tab, a choice) kept in its own localStorage key. Losing one is harmless, so every
// failure (storage off, quota full, privacy mode) is swallowed; the value read back is untrusted text.

/** The stored text, or null when there is none or storage cannot be read. */
export function readPreference(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores the text; a failure keeps the choice for this visit only. */
export function writePreference(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage unavailable or full: the tab still works, it is just not remembered.
  }
}
