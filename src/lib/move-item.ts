// Moving one item of a list up or down, for every reorderable list (runbook phases and steps, postmortem
// sections and action items), without mutating the list.

/**
 * A copy of `items` with the item at `index` moved by `delta` places (clamped to the ends; fractions cut
 * toward zero), or null when nothing would change: no item at `index`, a non-finite delta, or the item
 * already at that end. Null lets a caller keep the same object and skip a render or a save.
 */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] | null {
  const item = items[index];
  if (item === undefined || !Number.isFinite(delta)) return null;
  const target = Math.min(items.length - 1, Math.max(0, index + Math.trunc(delta)));
  if (target === index) return null;
  const moved = items.slice();
  moved.splice(index, 1);
  moved.splice(target, 0, item);
  return moved;
}
