// One shared ticker for every live number on the incident page. Each clock, countdown and cost subscribes
// through `useClockValue` with a selector that returns what it shows (a string, a boolean), so React
// re-renders a component only when its own text changes: the page itself never re-renders on a tick.
import { useSyncExternalStore } from 'react';

/** Ticks four times a second so a display changes at most 250 ms after its second turns. */
const TICK_MS = 250;

let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

// Timers sleep in a background tab and on a sleeping laptop: catch up the moment the page is seen again.
function onVisibilityChange(): void {
  if (document.visibilityState === 'visible') tick();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(tick, TICK_MS);
    document.addEventListener('visibilitychange', onVisibilityChange);
    window.addEventListener('focus', tick);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
      document.removeEventListener('visibilitychange', onVisibilityChange);
      window.removeEventListener('focus', tick);
    }
  };
}

/**
 * The ticker's current time. While nothing subscribes it refreshes at most once per tick, so two reads
 * in one render agree (React requires a stable snapshot) and are never more than a tick old.
 */
export function readClock(): number {
  if (timer === undefined) {
    const current = Date.now();
    if (Math.abs(current - now) >= TICK_MS) now = current;
  }
  return now;
}

/**
 * Re-renders the calling component when `select(now)` changes. Return a primitive (text, number,
 * boolean) so unchanged values compare equal and cost no render.
 */
export function useClockValue<T extends string | number | boolean | null>(select: (now: number) => T): T {
  return useSyncExternalStore(subscribe, () => select(readClock()), () => select(Date.now()));
}
