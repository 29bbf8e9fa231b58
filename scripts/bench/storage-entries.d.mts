export const STATE_KEY: 'outage-kit:state';
/** The localStorage entries (key -> text) the app writes for a saved envelope; none for null. */
export function storageEntries(raw: string | null): Record<string, string>;
