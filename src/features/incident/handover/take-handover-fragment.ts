// Takes a handover link's fragment out of the address the moment the incident page opens: the secret then lives
// only in memory, never in history, storage or a later referrer. Tiny on purpose: it runs in the route's chunk.

let taken: string | null = null;

/** Call once when the incident route loads: keeps a `#h=…` fragment in memory and removes it from the address. */
export function takeHandoverFragment(location: Location = window.location, history: History = window.history): void {
  if (!location.hash.startsWith('#h=')) return;
  taken = location.hash;
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** The fragment taken at load, handed out once (so a second read never reopens it); null without one. */
export function claimHandoverFragment(): string | null {
  const hash = taken;
  taken = null;
  return hash;
}

/** Whether a fragment is waiting, without claiming it. */
export function hasHandoverFragment(): boolean {
  return taken !== null;
}
