// What is open in this tab (the active incident and postmortem), kept per tab in sessionStorage.
import type { AppState } from './app-store';
import { SECTION_KEYS, type SectionKey } from './section-keys';
import { sectionState } from './persisted-state';

/**
 * What is open in this tab (the active incident and postmortem) is per tab: it lives in sessionStorage,
 * so it survives a reload but two tabs can look at different things without fighting over the saved state.
 */
const OPEN_KEY = 'outage-kit:open';

export function readOpenItems(): Partial<Record<SectionKey, string>> {
  if (typeof window === 'undefined') return {};
  try {
    const parsed = JSON.parse(window.sessionStorage.getItem(OPEN_KEY) ?? '{}') as Record<string, unknown>;
    return Object.fromEntries(SECTION_KEYS.filter((k) => typeof parsed[k] === 'string').map((k) => [k, parsed[k] as string]));
  } catch {
    return {};
  }
}

export function writeOpenItems(state: AppState): void {
  try {
    const before = readOpenItems();
    const open = Object.fromEntries(
      SECTION_KEYS.map((k) => {
        const section = sectionState(state, k);
        return [k, section ? section.activeId : (before[k] ?? null)];
      }),
    );
    window.sessionStorage.setItem(OPEN_KEY, JSON.stringify(open));
  } catch {
    // Losing which item is open is harmless: the page falls back to the latest one.
  }
}
