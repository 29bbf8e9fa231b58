// For a store-driven edit (the postmortem editor saves through zustand, outside React's render of this
// handler), the new field exists a frame later: focus it then.

/** Focuses the element with this id on the next animation frame, if it exists by then. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
