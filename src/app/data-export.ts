// "Export all data" is offered everywhere (footer, every error boundary), so it stays small and eager;
// importing, with its validation, lives in data-transfer.ts and loads when the user opens "Your data".
import { downloadFile } from '../lib/download';
import { appStorage, appStore, STATE_VERSION, type PersistedState } from './store/app-store';
import { partializeAppState } from './store/persisted-state';

export const ALL_DATA_FORMAT = 'outage-kit/all-data';

/** Pure: the whole saved state as pretty JSON with a format envelope. */
export function serializeAllData(state: PersistedState, now = new Date()): string {
  return JSON.stringify({ format: ALL_DATA_FORMAT, version: STATE_VERSION, exportedAt: now.toISOString(), state }, null, 2);
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

