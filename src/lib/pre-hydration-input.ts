/**
 * The start page arrives as prerendered HTML and is readable, and typeable, before its scripts have run.
 * When the app then takes over the form, react-hook-form sets every field back to its default value, and
 * whatever the user had typed would be lost. `recordPreHydrationInput` notes the fields the user changed
 * (and keeps noting changes until the form is live); the form calls `replayPreHydrationInput` once it is
 * mounted, which puts each value back as if typed, so validation, results and saving all see it.
 */

type Edit = { kind: 'value'; value: string } | { kind: 'checked'; value: string; checked: boolean };

const edits = new Map<string, Edit>();
let stopRecording: (() => void) | null = null;

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isField(target: EventTarget | null): target is Field {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

function keyOf(field: Field): string | null {
  return field.name || field.id || null;
}

function isCheckable(field: Field): field is HTMLInputElement {
  return field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');
}

function note(field: Field): void {
  const key = keyOf(field);
  if (!key) return;
  if (isCheckable(field)) {
    // A radio group's key is its name: the checked one is what counts.
    if (field.type === 'radio' && !field.checked) return;
    edits.set(field.type === 'radio' ? key : `${key}\u0000${field.value}`, { kind: 'checked', value: field.value, checked: field.checked });
  } else {
    edits.set(key, { kind: 'value', value: field.value });
  }
}

function changedFromMarkup(field: Field): boolean {
  if (isCheckable(field)) return field.checked !== field.defaultChecked;
  if (field instanceof HTMLSelectElement) {
    const initial = [...field.options].find((option) => option.hasAttribute('selected')) ?? field.options[0];
    return field.value !== (initial?.value ?? '');
  }
  return field.value !== field.defaultValue;
}

/** Notes what was typed into `container`'s fields so far, and goes on noting until the replay. */
export function recordPreHydrationInput(container: HTMLElement): void {
  for (const field of container.querySelectorAll<Field>('input, select, textarea')) {
    if (changedFromMarkup(field)) note(field);
  }
  if (stopRecording) return;
  const listener = (event: Event) => {
    if (isField(event.target)) note(event.target);
  };
  container.addEventListener('input', listener, true);
  container.addEventListener('change', listener, true);
  stopRecording = () => {
    container.removeEventListener('input', listener, true);
    container.removeEventListener('change', listener, true);
  };
}

/**
 * Sets a field as if typed. The DOM may still show the typed value (hydration keeps it until the next
 * render), while React holds the default: React fires onChange only when the value differs from the one it
 * last saw, so the field is first set to something else through the element (which React's tracking sees),
 * then to the value through the prototype's setter (which it does not), and the event is dispatched.
 */
function setValue(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
  const focused = field === document.activeElement;
  const selection = focused ? { start: field.selectionStart, end: field.selectionEnd } : null;
  field.value = value === '' ? ' ' : '';
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  if (selection) {
    try {
      field.setSelectionRange(selection.start, selection.end);
    } catch {
      // Number inputs have no selection; the caret simply stays at the end.
    }
  }
}

function setSelected(field: HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function setChecked(field: HTMLInputElement, checked: boolean): void {
  // Through the element first (React's tracking sees it), so the click is a change for React too.
  field.checked = !checked;
  field.click();
}

/** Puts the noted values back into `root`'s fields (the mounted form) and stops noting. */
export function replayPreHydrationInput(root: HTMLElement | null): void {
  stopRecording?.();
  stopRecording = null;
  if (!root || edits.size === 0) return;
  for (const [key, edit] of edits) {
    const name = key.split('\u0000')[0] ?? key;
    const candidates = [...root.querySelectorAll<Field>('input, select, textarea')].filter((field) => keyOf(field) === name);
    if (edit.kind === 'checked') {
      const field = candidates.find((f): f is HTMLInputElement => isCheckable(f) && f.value === edit.value);
      if (field) setChecked(field, edit.checked);
    } else {
      const field = candidates[0];
      if (field instanceof HTMLSelectElement) setSelected(field, edit.value);
      else if (field) setValue(field, edit.value);
    }
  }
  edits.clear();
}
