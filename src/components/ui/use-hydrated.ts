import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False during prerendering and hydration, true afterwards: for output that depends on the browser
 * (e.g. Intl's currency list differs between Node and browsers), so hydration never mismatches.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
