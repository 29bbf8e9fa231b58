import { describe, expect, it } from 'vitest';
import { moveItem } from './move-item';

describe('moveItem', () => {
  it('moves an item up or down without touching the original list', () => {
    const items = ['a', 'b', 'c', 'd'] as const;
    expect(moveItem(items, 1, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(items, 2, -2)).toEqual(['c', 'a', 'b', 'd']);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clamps to the ends and cuts fractions toward zero', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 10)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, -10)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1.9)).toEqual(['b', 'a', 'c']);
  });

  it('returns null when nothing would change', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toBeNull();
    expect(moveItem(['a', 'b'], 1, 1)).toBeNull();
    expect(moveItem(['a', 'b'], 5, 1)).toBeNull();
    expect(moveItem(['a', 'b'], -1, 1)).toBeNull();
    expect(moveItem(['a', 'b'], 0, Number.NaN)).toBeNull();
    expect(moveItem(['a', 'b'], 0, 0.5)).toBeNull();
    expect(moveItem([], 0, 1)).toBeNull();
  });
});
