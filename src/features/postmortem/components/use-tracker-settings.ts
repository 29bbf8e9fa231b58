// The tracker set up for "Create issue" links, kept per browser (not in the postmortem: a document may be shared
// with another team that files elsewhere). Shared by the settings dialog and every action item's link.
import { useSyncExternalStore } from 'react';
import { TRACKER_KEY } from '../../../lib/storage-keys';
import { readPreference, writePreference } from '../../../lib/stored-preference';
import { TRACKER_KINDS, validateTrackerConfig, type TrackerConfig, type TrackerKind } from '../export/tracker-links';

/**
 * The stored tracker, or null when none is set or the stored text is not a valid tracker (hand-edited, from an
 * older version, cut short by a full quota): a bad value means "not set up", never a crash.
 */
export function parseStoredTracker(text: string | null): TrackerConfig | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const kind = record.kind;
  if (typeof kind !== 'string' || !TRACKER_KINDS.includes(kind as TrackerKind)) return null;
  const field = (key: string): string | undefined => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  const check = validateTrackerConfig({
    kind: kind as TrackerKind,
    baseUrl: field('baseUrl') ?? '',
    project: field('project') ?? '',
    issueType: field('issueType'),
    workspace: field('workspace'),
  });
  return check.ok ? check.config : null;
}

const listeners = new Set<() => void>();
let cachedText: string | null | undefined;
let cached: TrackerConfig | null = null;
// What this visit chose, for when storage refuses the write: the choice then lasts until the page is closed.
let unsaved: { config: TrackerConfig | null } | undefined;

function readTracker(): TrackerConfig | null {
  if (unsaved) return unsaved.config;
  const text = readPreference(TRACKER_KEY);
  if (text !== cachedText) {
    cachedText = text;
    cached = parseStoredTracker(text);
  }
  return cached;
}

function subscribe(callback: () => void): () => void {
  listeners.add(callback);
  // Another tab changing the tracker updates this one's links.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === TRACKER_KEY) callback();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(callback);
    window.removeEventListener('storage', onStorage);
  };
}

/** Saves the tracker (null removes it) in this browser; a full or disabled storage keeps it for this visit. */
export function saveTracker(config: TrackerConfig | null): void {
  const text = config === null ? null : JSON.stringify(config);
  if (text === null) {
    try {
      window.localStorage.removeItem(TRACKER_KEY);
    } catch {
      // Storage unavailable: nothing was saved there either.
    }
  } else {
    writePreference(TRACKER_KEY, text);
  }
  unsaved = readPreference(TRACKER_KEY) === text ? undefined : { config };
  listeners.forEach((listener) => listener());
}

/** The tracker in effect, re-rendering when it changes here or in another tab. */
export function useTracker(): TrackerConfig | null {
  return useSyncExternalStore(subscribe, readTracker, () => null);
}
