import { useEffect, useSyncExternalStore } from 'react';
import type { ThemePreference } from './store/settings-slice';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystem(callback: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', callback);
  return () => media.removeEventListener('change', callback);
}

/** The theme in effect: the manual choice, or the system's. Applied to <html data-theme>. */
export function useResolvedTheme(preference: ThemePreference): 'light' | 'dark' {
  const systemDark = useSyncExternalStore(subscribeToSystem, () => window.matchMedia(DARK_QUERY).matches, () => false);
  const resolved = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference;
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return resolved;
}
