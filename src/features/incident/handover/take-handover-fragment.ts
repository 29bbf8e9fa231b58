// Takes a handover link's fragment out of the address the moment the incident page opens: the secret then lives
// only in memory, never in history, storage or a later referrer. Tiny on purpose: it runs in the route's chunk.

let taken: string | null = null;

/** Call once when the incident route loads: keeps a `#h=…` fragment in memory and removes it from the address. */
export function takeHandoverFragment(location?: Location, history?: History): void {
  // The build's prerender imports the route without a window.
  if (typeof window === 'undefined' && (!location || !history)) return;
  location ??= window.location;
  history ??= window.history;
  if (!location.hash.startsWith('#h=')) return;
  taken = location.hash;
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** The fragment taken at load (kept until `forgetHandoverFragment`, so a re-render reads the same one); null without one. */
export function peekHandoverFragment(): string | null {
  return taken;
}

/** Drops the fragment from memory once its handover was accepted, cancelled or refused. */
export function forgetHandoverFragment(): void {
  taken = null;
}
