// "Export all data" is offered everywhere (footer, every error boundary), so it stays small and eager;
// importing, with its validation, lives in data-transfer.ts and loads when the user opens "Your data".
import { downloadFile } from '../lib/download';
import { serializeFile, type FileFormat } from '../lib/file-envelope';
import { appStorage, appStore, STATE_VERSION, type PersistedState } from './store/app-store';
import { partializeAppState } from './store/persisted-state';

export const ALL_DATA_FORMAT = 'outage-kit/all-data';

/**
 * The all-data file: `{ format: 'outage-kit/all-data', version, exportedAt, state }`, at most 20 MB. The envelope only
 * hands the payload over: `parseAllData` (data-transfer.ts, loaded with "Your data") checks every tool's part of it,
 * all or nothing, so this eager module stays small.
 */
export const ALL_DATA_FILE: FileFormat<unknown> = {
  kind: ALL_DATA_FORMAT,
  version: STATE_VERSION,
  payloadKey: 'state',
  noun: 'a full Outage Kit export',
  maxBytes: 20 * 1024 * 1024,
  stampsExportTime: true,
  check: (payload) => ({ ok: true, value: payload }),
};

/** Pure: the whole saved state as pretty JSON with a format envelope. */
export function serializeAllData(state: PersistedState, now = new Date()): string {
  return serializeFile<unknown>(ALL_DATA_FILE, state, { now });
}

/** Downloads everything the app holds in memory (which may be newer than storage if saving failed). */
export function exportAllData(): void {
  appStorage.flush();
  const now = new Date();
  downloadFile(
    `outage-kit-data-${now.toISOString().slice(0, 10)}.json`,
    serializeAllData(partializeAppState(appStore.getState()), now),
    'application/json',
  );
}

