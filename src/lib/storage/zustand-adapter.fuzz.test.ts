// @vitest-environment happy-dom
// Fuzz test of reading saved text: whatever is in storage, the app starts, and unreadable text is kept
// byte for byte. Case count: docs/RELIABILITY.md.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { arbitraryFileText, arbitraryText } from '../../testing/fuzz-arbitraries';
import { listBackupKeys } from './backups';
import { createSafeStorage } from './zustand-adapter';
import { storageStatus } from '../storage-status';

export const FUZZ_RUNS = { readSavedText: 1000 } as const;

const KEY = 'outage-kit:state';
const VALID = JSON.stringify({ state: { calculator: { inputs: { minutes: 60 } } }, version: 1 });

beforeEach(() => {
  localStorage.clear();
  storageStatus.setState({ problems: [], readOnly: false });
});

describe('createSafeStorage getItem (fuzz)', () => {
  it('never throws; text it cannot use is backed up exactly and reported; newer versions are never written over', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryText(200), arbitraryFileText(VALID)), (raw) => {
        localStorage.clear();
        storageStatus.setState({ problems: [], readOnly: false });
        localStorage.setItem(KEY, raw);
        const storage = createSafeStorage<unknown>({ version: 1 });
        const value = storage.getItem(KEY) as { state: unknown; version: number } | null;
        if (value === null) {
          const [backup] = listBackupKeys();
          expect(backup).toBeDefined();
          expect(localStorage.getItem(backup!)).toBe(raw);
          expect(storageStatus.getState().problems.map((p) => p.kind)).toContain('unreadable');
          return;
        }
        expect(typeof value.state).toBe('object');
        expect(Number.isFinite(value.version)).toBe(true);
        if (storageStatus.getState().readOnly) {
          storage.setItem(KEY, { state: {}, version: 1 });
          expect(localStorage.getItem(KEY)).toBe(raw);
        }
      }),
      { numRuns: FUZZ_RUNS.readSavedText },
    );
  });
});
