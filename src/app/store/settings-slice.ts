// App-wide preferences that belong to no single tool.
import type { StateCreator } from 'zustand';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface SettingsSlice {
  settings: { theme: ThemePreference };
  setTheme: (theme: ThemePreference) => void;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  settings: { theme: 'system' },
  setTheme: (theme) => set((s) => ({ settings: { ...s.settings, theme } })),
});

/** Keeps a valid saved theme, or the default. */
export function restoreSettings(value: unknown): SettingsSlice['settings'] {
  const theme = (value as { theme?: unknown } | null)?.theme;
  return { theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : 'system' };
}
