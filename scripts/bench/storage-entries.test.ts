// @vitest-environment happy-dom
// The benchmarks seed browsers with storage laid out as the app writes it: the app must read it back whole.
import { expect, it } from 'vitest';
import { appStorage, STORAGE_VERSION } from '../../src/app/store/app-store';
import { createFiftyFiftyState } from '../../src/testing/bench-fixtures';
import { STATE_KEY, storageEntries } from './storage-entries.mjs';

it('seeds 50 incidents and 50 postmortems in the layout the app reads and writes', () => {
  const saved = JSON.parse(JSON.stringify(createFiftyFiftyState())) as ReturnType<typeof createFiftyFiftyState>;
  const entries = storageEntries(JSON.stringify(saved));
  expect(Object.keys(entries)).toHaveLength(101);
  localStorage.clear();
  for (const [key, text] of Object.entries(entries)) localStorage.setItem(key, text);
  const read = appStorage.getItem(STATE_KEY) as { state: unknown };
  expect(JSON.parse(entries[STATE_KEY]!).version).toBe(STORAGE_VERSION);
  expect(appStorage.assemble(STATE_KEY, read.state, ['incident', 'postmortem'])).toEqual(saved.state);
  // Written back by the app, the same entries.
  localStorage.clear();
  appStorage.setItem(STATE_KEY, { state: saved.state, version: 1 });
  appStorage.flush();
  expect(Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]))).toEqual(entries);
});
