import { describe, expect, it } from 'vitest';
import { pwaRegisterForPrerender } from './pwa-register-prerender-plugin.ts';

describe('pwa-register-prerender plugin', () => {
  it('resolves virtual:pwa-register to a stub that registers nothing', () => {
    const plugin = pwaRegisterForPrerender();
    const resolveId = plugin.resolveId as (source: string) => string | null;
    const load = plugin.load as (id: string) => string | null;
    const id = resolveId('virtual:pwa-register');
    expect(id).toBe('\0virtual:pwa-register');
    expect(load(id ?? '')).toContain('export function registerSW()');
    expect(resolveId('react')).toBeNull();
    expect(load('react')).toBeNull();
  });
});
