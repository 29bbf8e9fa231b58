// The incident page's polite announcements (an overdue update, a new phase, a note deleted), through one
// live region, so screen readers hear what changed without hearing the clock every second.
import { useSyncExternalStore } from 'react';

let message = '';
let count = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Says `text` politely. Saying the same text twice is announced twice. */
export function announce(text: string): void {
  count += 1;
  // A trailing no-break space makes a repeated message differ, so the live region speaks it again.
  message = count % 2 === 0 ? `${text}\u00a0` : text;
  for (const listener of listeners) listener();
}

/** The message the live region shows. */
export function useAnnouncement(): string {
  return useSyncExternalStore(subscribe, () => message, () => '');
}
