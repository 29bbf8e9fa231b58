// What went wrong with saving or loading, kept outside the persisted store so a storage failure can always be reported.
import { createStore } from 'zustand/vanilla';

export type StorageProblemKind = 'unreadable' | 'partly-restored' | 'quota' | 'unavailable' | 'newer-version';

export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
  /** The localStorage key holding the raw text we could not use, when we could store it. */
  backupKey?: string;
  /** The raw text itself, kept in memory too in case the backup could not be written (full quota). */
  backupText?: string;
  at: number;
}

export interface StorageStatus {
  problems: StorageProblem[];
  /** True while writes are refused because the saved data belongs to a newer version of the app. */
  readOnly: boolean;
}

export const storageStatus = createStore<StorageStatus>()(() => ({ problems: [], readOnly: false }));

/** Records a problem; a repeated kind replaces the older entry so the banner does not stack duplicates. */
export function reportStorageProblem(problem: Omit<StorageProblem, 'at'>): void {
  storageStatus.setState((s) => ({
    problems: [...s.problems.filter((p) => p.kind !== problem.kind), { ...problem, at: Date.now() }],
  }));
}

/** Clears a problem kind once it no longer holds (e.g. a later save succeeded). */
export function clearStorageProblem(kind: StorageProblemKind): void {
  if (!storageStatus.getState().problems.some((p) => p.kind === kind)) return;
  storageStatus.setState((s) => ({ problems: s.problems.filter((p) => p.kind !== kind) }));
}

export function dismissStorageProblem(at: number): void {
  storageStatus.setState((s) => ({ problems: s.problems.filter((p) => p.at !== at) }));
}
