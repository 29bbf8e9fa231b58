// Unsent text survives a reload or a crashed tab: a half-typed note or an edited status update is written to
// sessionStorage as it is typed and read back when the form mounts again; sending (or clearing) removes it.
// sessionStorage, not localStorage: it belongs to this tab (a browser restores it with the tab after a reload,
// a crash or a restart), so a second tab on the same incident never opens with the first tab's half-typed text.
import { useCallback, useEffect, useRef, useState } from 'react';
import { DRAFT_KEY_PREFIX } from '../../lib/storage-keys';

function readDraft<T>(key: string, initial: T, isValid: (value: unknown) => value is T): T {
  try {
    const text = window.sessionStorage.getItem(`${DRAFT_KEY_PREFIX}${key}`);
    if (text === null) return initial;
    const value: unknown = JSON.parse(text);
    return isValid(value) ? value : initial;
  } catch {
    return initial;
  }
}

function writeDraft(key: string, value: unknown, isEmpty: boolean): void {
  try {
    if (isEmpty) window.sessionStorage.removeItem(`${DRAFT_KEY_PREFIX}${key}`);
    else window.sessionStorage.setItem(`${DRAFT_KEY_PREFIX}${key}`, JSON.stringify(value));
  } catch {
    // A full or unavailable storage keeps the draft on screen only; the app's storage notice says why.
  }
}

/**
 * `useState` whose value is kept under `key` until it equals `empty` again. `isValid` guards what is read back
 * (saved by an older build, or edited by hand), falling back to `empty`.
 */
export function useSavedDraft<T>(
  key: string,
  empty: T,
  isValid: (value: unknown) => value is T,
  isEmpty: (value: T) => boolean,
): [T, (next: T | ((current: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => readDraft(key, empty, isValid));
  const keyRef = useRef(key);
  // Another incident's form: read its own draft.
  useEffect(() => {
    if (keyRef.current === key) return;
    keyRef.current = key;
    setValue(readDraft(key, empty, isValid));
    // `empty` and `isValid` are constants of the caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const update = useCallback(
    (next: T | ((current: T) => T)) => {
      setValue((current) => {
        const resolved = typeof next === 'function' ? (next as (current: T) => T)(current) : next;
        writeDraft(keyRef.current, resolved, isEmpty(resolved));
        return resolved;
      });
    },
    [isEmpty],
  );
  return [value, update];
}
