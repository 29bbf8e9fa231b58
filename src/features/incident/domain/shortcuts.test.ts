import { describe, expect, it } from 'vitest';
import { INCIDENT_SHORTCUTS, matchIncidentShortcut } from './shortcuts';

const press = (key: string, extra: Partial<Parameters<typeof matchIncidentShortcut>[0]> = {}) =>
  matchIncidentShortcut({ key, ctrlKey: false, metaKey: false, altKey: false, inEditableField: false, ...extra });

describe('matchIncidentShortcut', () => {
  it('matches each listed key, letters in either case', () => {
    for (const shortcut of INCIDENT_SHORTCUTS) expect(press(shortcut.key)).toBe(shortcut.action);
    expect(press('N')).toBe('add-note');
  });

  it('ignores keys typed into a field, with a dialog open, or with Ctrl, Cmd or Alt', () => {
    expect(press('n', { inEditableField: true })).toBeNull();
    expect(press('n', { dialogOpen: true })).toBeNull();
    expect(press('n', { ctrlKey: true })).toBeNull();
    expect(press('n', { metaKey: true })).toBeNull();
    expect(press('n', { altKey: true })).toBeNull();
    expect(press('x')).toBeNull();
    expect(press('Enter')).toBeNull();
  });

  it('has one action per key', () => {
    const keys = INCIDENT_SHORTCUTS.map((shortcut) => shortcut.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
