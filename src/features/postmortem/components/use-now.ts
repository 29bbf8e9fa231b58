// The current time, re-rendering once a minute: enough for countdowns measured in days.
import { useSyncExternalStore } from 'react';

const MINUTE = 60_000;

function subscribe(callback: () => void): () => void {
  const timer = setInterval(callback, MINUTE / 4);
  return () => clearInterval(timer);
}

/** Now, rounded down to the minute so every read within a minute returns the same value (a stable snapshot). */
function getSnapshot(): number {
  return Math.floor(Date.now() / MINUTE) * MINUTE;
}

/** Epoch ms of the current minute; components using it re-render when the minute changes. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
