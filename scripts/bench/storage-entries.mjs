// How the app lays a saved state out in localStorage, for seeding benchmark browsers with the app's own layout.
export const STATE_KEY = 'outage-kit:state';

/**
 * The localStorage entries the app itself writes for a saved envelope (`raw`): since storage version 2 each
 * incident and postmortem under its own key and the main key listing their ids (see src/app/store/app-store.ts;
 * scripts/bench/storage-entries.test.ts checks the app reads these entries back whole).
 */
export function storageEntries(raw) {
  if (raw === null) return {};
  const envelope = JSON.parse(raw);
  const entries = {};
  const state = { ...envelope.state };
  for (const [tool, field] of [['incident', 'incidents'], ['postmortem', 'docs']]) {
    const list = state[tool]?.[field];
    if (!Array.isArray(list)) continue;
    for (const item of list) entries[`${STATE_KEY}:${tool}:${item.id}`] = JSON.stringify(item);
    state[tool] = { ...state[tool], [field]: { $items: list.map((item) => item.id) } };
  }
  entries[STATE_KEY] = JSON.stringify({ ...envelope, state, version: 2 });
  return entries;
}
