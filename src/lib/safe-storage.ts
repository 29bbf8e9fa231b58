// A localStorage wrapper for zustand `persist` that never loses what the user typed: unreadable text is
// backed up before anything overwrites it, quota errors leave the app working in memory, and newer data is
// never overwritten by an older app.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { BACKUP_KEY_PREFIX } from './storage-keys';
import { clearStorageProblem, reportStorageProblem, storageStatus } from './storage-status';

function getLocalStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null; // Access can throw (privacy modes, sandboxed iframes).
  }
}

/** True for the several shapes browsers use for a full storage quota. */
export function isQuotaExceededError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22 ||
    error.code === 1014
  );
}

/**
 * Keeps the raw text in a backup key (and in memory); returns the key, or undefined if it could not be written.
 * Text already backed up is not written again: opening the app twice on the same damaged data keeps one copy.
 */
export function backupRawText(raw: string, storage: Storage | null = getLocalStorage()): string | undefined {
  const stamp = `${BACKUP_KEY_PREFIX}${new Date().toISOString()}`;
  try {
    if (!storage) return undefined;
    const existing = listBackupKeys(storage).find((k) => storage.getItem(k) === raw);
    if (existing) return existing;
    // Two different backups in the same millisecond get their own keys ("…Z", "…Z-1"): never overwrite one.
    let key = stamp;
    for (let n = 1; storage.getItem(key) !== null; n++) key = `${stamp}-${n}`;
    storage.setItem(key, raw);
    return key;
  } catch {
    return undefined;
  }
}

/** Lists backup keys, newest first. */
export function listBackupKeys(storage: Storage | null = getLocalStorage()): string[] {
  if (!storage) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(BACKUP_KEY_PREFIX)) keys.push(key);
  }
  return keys.sort().reverse();
}

let keepingBackups = false;

/**
 * Saved text that was only partly usable (some records dropped when it was restored) is reported with the
 * text but no backup key: store it as a backup too, so it outlives this tab once the app saves over it.
 */
function keepReportedTextAsBackup(): void {
  if (keepingBackups) return;
  keepingBackups = true;
  const keep = () => {
    for (const problem of storageStatus.getState().problems) {
      if (problem.backupText === undefined || problem.backupKey !== undefined) continue;
      const backupKey = backupRawText(problem.backupText);
      if (backupKey === undefined) continue;
      storageStatus.setState((s) => ({ problems: s.problems.map((p) => (p === problem ? { ...p, backupKey } : p)) }));
    }
  };
  storageStatus.subscribe(keep);
  keep();
}

export interface SafeStorageOptions {
  /** The version this app writes; data stamped with a higher version is never overwritten. */
  version: number;
  /** Milliseconds to wait before writing, so typing does not write on every keystroke. 0 writes at once. */
  debounceMs?: number;
}

export interface SafeStorage<S> extends PersistStorage<S> {
  /** Writes a pending debounced save now (on page hide, before export, in tests). */
  flush(): void;
  /** The last raw text read or written by this tab, to skip echo writes between tabs. */
  lastRaw(name: string): string | null;
  /** Runs `change` without saving what it changes (state read from storage, not a user's edit). */
  withoutSaving(change: () => void): void;
}

/**
 * Creates the persist storage. `getItem` returns null (start from defaults) for unreadable text, after
 * backing it up and reporting it; `setItem` catches quota errors and reports them.
 */
export function createSafeStorage<S>({ version, debounceMs = 0 }: SafeStorageOptions): SafeStorage<S> {
  const pending = new Map<string, StorageValue<S>>();
  const lastRaw = new Map<string, string>();
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
    try {
      raw = JSON.stringify(value);
    } catch {
      return;
    }
    if (raw === lastRaw.get(name) && storage.getItem(name) === raw) return;
    try {
      storage.setItem(name, raw);
      lastRaw.set(name, raw);
      clearStorageProblem('quota');
    } catch (error) {
      reportStorageProblem({
        kind: isQuotaExceededError(error) ? 'quota' : 'unavailable',
        message: isQuotaExceededError(error)
          ? 'Saving failed: this browser’s storage is full. Outage Kit keeps working, but your latest changes are only in this tab. Export your data to keep it.'
          : 'Saving failed. Outage Kit keeps working, but your latest changes are only in this tab. Export your data to keep it.',
      });
    }
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
        return { state: envelope.state, version };
      }
      return { state: envelope.state, version: savedVersion };
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
        getLocalStorage()?.removeItem(name);
      } catch {
        // Nothing to report: removing is only used by "clear all data", which re-reads afterwards.
      }
    },
    flush,
    lastRaw: (name) => lastRaw.get(name) ?? null,
  };
}
