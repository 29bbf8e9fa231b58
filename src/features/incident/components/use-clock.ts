// One shared ticker for every live number on the incident page. The figures' text is written by ClockText
// on each tick; what changes rarely subscribes through `useClockValue` with a selector that returns what it
// shows (a string, a boolean), so React re-renders a component only when that changes.
//
// It ticks once a second, just after the elapsed clock's second turns (`alignClock`), so every figure moves
// together, once a second, and the clock is never late. Countdowns measured from another moment (the last
// update) can show their second up to a second late; they count minutes, so that is invisible.
import { useSyncExternalStore } from 'react';

const TICK_MS = 1000;
const FRESH_MS = 100;

let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;
/** Ticks land just after `anchor + k` seconds. */
let anchor = 0;
const listeners = new Set<() => void>();

// The next tick lands as the next second turns. A timer that fires a hair early (the timer and Date.now()
// are different clocks) finds itself just before the turn and simply ticks again at it.
function schedule(): void {
  const into = (((Date.now() - anchor) % TICK_MS) + TICK_MS) % TICK_MS;
  timer = setTimeout(tick, TICK_MS - into);
}

function tick(): void {
  now = Date.now();
  if (timer !== undefined) {
    clearTimeout(timer);
    schedule();
  }
  for (const listener of listeners) listener();
}

/** Ticks just after each second counted from `at` turns (the incident's start, for its elapsed clock). */
export function alignClock(at: number): void {
  if (!Number.isFinite(at) || at === anchor) return;
  anchor = at;
  if (timer !== undefined) {
    clearTimeout(timer);
    schedule();
  }
}

// Timers sleep in a background tab and on a sleeping laptop: catch up the moment the page is seen again.
function onVisibilityChange(): void {
  if (document.visibilityState === 'visible') tick();
}

/** Calls `listener` on every tick (and when the page is seen again); returns the unsubscribe function. */
export function subscribeClock(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    schedule();
    document.addEventListener('visibilitychange', onVisibilityChange);
    window.addEventListener('focus', tick);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
      document.removeEventListener('visibilitychange', onVisibilityChange);
      window.removeEventListener('focus', tick);
    }
  };
}

/**
 * The ticker's current time: the last tick's while the ticker runs, so every figure shows the same second.
 * While nothing subscribes it refreshes when it is over 100 ms old, so two reads in one render agree (React
 * requires a stable snapshot).
 */
export function readClock(): number {
  if (timer === undefined) {
    const current = Date.now();
    if (Math.abs(current - now) >= FRESH_MS) now = current;
  }
  return now;
}

/**
 * Re-renders the calling component when `select(now)` changes. Return a primitive (text, number,
 * boolean) so unchanged values compare equal and cost no render.
 */
export function useClockValue<T extends string | number | boolean | null>(select: (now: number) => T): T {
  return useSyncExternalStore(subscribeClock, () => select(readClock()), () => select(Date.now()));
}
