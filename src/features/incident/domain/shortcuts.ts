// The incident page's single-key shortcuts, as data: the help dialog lists them, the page matches them.

export type IncidentShortcutAction = 'add-note' | 'write-update' | 'go-checklist' | 'toggle-utc' | 'star-entry' | 'show-help';

export interface IncidentShortcut {
  /** The key as `KeyboardEvent.key` reports it. */
  key: string;
  /** How the help dialog writes the key. */
  label: string;
  action: IncidentShortcutAction;
  description: string;
}

export const INCIDENT_SHORTCUTS: readonly IncidentShortcut[] = [
  { key: 'n', label: 'N', action: 'add-note', description: 'Add a note to the timeline' },
  { key: 'u', label: 'U', action: 'write-update', description: 'Write the next status update' },
  { key: 'c', label: 'C', action: 'go-checklist', description: 'Go to the current step of the checklist' },
  { key: 't', label: 'T', action: 'toggle-utc', description: 'Show or hide UTC times in the timeline' },
  { key: 's', label: 'S', action: 'star-entry', description: 'Star or unstar the focused timeline entry (a key event for the postmortem)' },
  { key: '?', label: '?', action: 'show-help', description: 'Show these keyboard shortcuts' },
];

export interface ShortcutKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True while the user types in a field (input, textarea, select or editable content). */
  inEditableField: boolean;
  /** True while a modal dialog is open. */
  dialogOpen?: boolean;
}

/**
 * The shortcut a key press means, or null. Never while typing in a field or with a modal open, and never
 * with Ctrl, Cmd or Alt (those belong to the browser). Shift is allowed, since "?" needs it; letters
 * match in either case so Caps Lock does not break them.
 */
export function matchIncidentShortcut(event: ShortcutKeyEvent): IncidentShortcutAction | null {
  if (event.inEditableField || event.dialogOpen || event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return INCIDENT_SHORTCUTS.find((shortcut) => shortcut.key === key)?.action ?? null;
}
