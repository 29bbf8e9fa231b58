// One id generator for every kind of local record (runbook steps, incidents, updates, postmortems), so all
// ids follow the same rules as the schemas' `idField`.

let fallbackCounter = 0;

/**
 * Makes a new id, unique enough for local data: a random UUID when the platform has one (all current
 * browsers in a secure context), otherwise time + randomness + a counter. Always matches the id rules
 * (1–64 letters, digits, "-" or "_"); the prefix is cleaned and cut to 20 characters.
 */
export function createId(prefix?: string): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  let core: string;
  if (typeof cryptoApi?.randomUUID === 'function') {
    core = cryptoApi.randomUUID();
  } else {
    fallbackCounter = (fallbackCounter + 1) % 1_000_000;
    core = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${fallbackCounter.toString(36)}`;
  }
  const safePrefix = prefix?.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 20);
  return safePrefix ? `${safePrefix}-${core}` : core;
}
