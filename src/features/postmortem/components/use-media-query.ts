// Whether a CSS media query matches, kept up to date (for layout choices CSS alone cannot make, like button states).
import { useSyncExternalStore } from 'react';

/** True while `query` matches; false on the server and in browsers without matchMedia. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (callback) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', callback);
      return () => list.removeEventListener('change', callback);
    },
    () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query).matches : false),
    () => false,
  );
}
