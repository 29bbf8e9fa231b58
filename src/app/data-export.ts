// "Export all data": the persisted state as one JSON file, so nothing typed is ever trapped in this browser.
import { downloadFile } from '../lib/download';
import { appStorage, appStore, partializeAppState, STATE_VERSION } from './store/app-store';

/** Pure: the whole saved state as pretty JSON with a format envelope. */
export function serializeAllData(state: ReturnType<typeof partializeAppState>, now = new Date()): string {
  return JSON.stringify({ format: 'outage-kit/all-data', version: STATE_VERSION, exportedAt: now.toISOString(), state }, null, 2);
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
