import { afterEach, describe, expect, it, vi } from 'vitest';
import { createId } from './create-id';

describe('createId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes unique ids that pass the id rules, with an optional prefix', () => {
    const ids = Array.from({ length: 50 }, () => createId('step'));
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^step-[A-Za-z0-9_-]{1,59}$/);
    expect(createId()).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('cleans an unsafe prefix and keeps ids within 64 characters', () => {
    const id = createId('a b/c"d'.repeat(10));
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(id.startsWith('abcdabcdabcdabcdabcd-')).toBe(true);
  });

  it('still makes unique, valid ids without crypto.randomUUID', () => {
    vi.stubGlobal('crypto', {});
    const ids = Array.from({ length: 50 }, () => createId('pm'));
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^pm-[A-Za-z0-9_-]{1,61}$/);
  });
});
