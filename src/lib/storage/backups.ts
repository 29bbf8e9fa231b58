// Backups of saved text Outage Kit could not use, and the problem reports that point at them: unreadable or
// partly usable text is kept under its own key (`outage-kit:backup:<ISO time>`) before anything overwrites it.
import { BACKUP_KEY_PREFIX } from '../storage-keys';
import { reportStorageProblem, storageStatus } from '../storage-status';
import { getLocalStorage } from './record-layout';

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
export function keepReportedTextAsBackup(): void {
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

/** Reports a write that threw: a full quota, or storage that refuses it. The app keeps working in memory. */
export function reportWriteFailed(error: unknown): void {
  reportStorageProblem({
    kind: isQuotaExceededError(error) ? 'quota' : 'unavailable',
    message: isQuotaExceededError(error)
      ? 'Saving failed: this browser’s storage is full. Outage Kit keeps working, but your latest changes are only in this tab. Export your data to keep it.'
      : 'Saving failed. Outage Kit keeps working, but your latest changes are only in this tab. Export your data to keep it.',
  });
}

/** Reports a browser with no storage at all: nothing will be saved. */
export function reportStorageUnavailable(): void {
  reportStorageProblem({
    kind: 'unavailable',
    message: 'This browser does not let Outage Kit save. Your work stays in this tab until you close it: export it to keep it.',
  });
}

/** Keeps saved text that is not a state envelope as a backup, and reports it (the app starts fresh). */
export function reportUnreadableText(raw: string, storage: Storage): void {
  const backupKey = backupRawText(raw, storage);
  reportStorageProblem({
    kind: 'unreadable',
    message:
      'Your saved data could not be read, so Outage Kit started fresh. The original text is kept as a backup you can download.',
    backupKey,
    backupText: raw,
  });
}

/** Keeps data saved by a newer version as a backup too, and reports that this version will not save. */
export function reportNewerVersion(raw: string, storage: Storage): void {
  reportStorageProblem({
    kind: 'newer-version',
    message:
      'Your data was saved by a newer version of Outage Kit. This version shows what it can but will not save, so the newer data stays intact. Reload to get the newer version.',
    backupKey: backupRawText(raw, storage),
    backupText: raw,
  });
}
