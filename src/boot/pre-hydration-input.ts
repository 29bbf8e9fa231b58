/**
 * Every page arrives as prerendered HTML and is readable, and usable, before its scripts have run: the start
 * page's calculator, and a tool page's first view. When the app then takes over (hydrating the page, or
 * rendering it afresh in its place), react-hook-form sets every field back to its default value and a fresh
 * render replaces the elements themselves: whatever the user had typed, chosen or clicked would be lost.
 *
 * - `recordPreHydrationInput` (main.tsx, as soon as the scripts run) notes the fields the user changed, and
 *   keeps noting changes until the replay.
 * - The page's inline loader (build/inline/start-after-first-paint.ts) notes the buttons clicked before any
 *   script ran and stops forms from submitting natively meanwhile; `takeEarlyClicks` ends that.
 * - A form, once mounted, is passed to `replayPreHydrationInput` (its own fields) by the app's or the embed's
 *   FormMountedContext (features never import this module), and the app calls `replayEarlyInput`
 *   once mounted: each value is put back as if typed, then each click is made again, so validation,
 *   results, saving and the buttons' actions all see them.
 */

/**
 * A button clicked before the app ran: its name (aria-label, else text) and which of #root's buttons with
 * that name it was (the page around it may have more or fewer buttons once live: a notice, a list).
 */
export interface EarlyClick {
  t: string;
  i: number;
}

/** As the loader computes it: an empty aria-label counts as none. */
function buttonName(button: HTMLButtonElement): string {
  const label = button.getAttribute('aria-label');
  return label ? label : button.textContent;
}

declare global {
  interface Window {
    /** Written by the inline loader; null once the app has taken over. */
    __outageKitEarlyClicks?: EarlyClick[] | null;
  }
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const FIELDS = 'input, select, textarea';

/** Where a field is found again: a stable id, else its name (and value, for a checkbox), else its position. */
interface Target {
  id: string | null;
  name: string | null;
  value: string | null;
  index: number;
  type: string;
}

type Edit =
  | { kind: 'value'; target: Target; value: string }
  | { kind: 'checked'; target: Target; checked: boolean }
  | { kind: 'files'; target: Target; files: FileList };

const edits = new Map<string, Edit>();
let recordedIn: HTMLElement | null = null;
let stopRecording: (() => void) | null = null;
let pendingClicks: EarlyClick[] = [];
/** The field last focused before the app took over, and where it was found. */
let focused: { field: Field; target: Target } | null = null;

function isField(target: EventTarget | null): target is Field {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

function isCheckable(field: Field): field is HTMLInputElement {
  return field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');
}

function isFile(field: Field): field is HTMLInputElement {
  return field instanceof HTMLInputElement && field.type === 'file';
}

/**
 * An id built with React's useId (`_R_…_`, `«r…»`, `:r…:`, anywhere in it) differs between a prerender and a
 * fresh render: not stable.
 */
const stableId = (field: Field): string | null => (field.id && !/[_«:][rR][0-9a-zA-Z]*[_»:]/.test(field.id) ? field.id : null);

function targetOf(field: Field, container: HTMLElement): Target {
  return {
    id: stableId(field),
    name: field.name || null,
    value: isCheckable(field) ? field.value : null,
    index: [...container.querySelectorAll(FIELDS)].indexOf(field),
    type: field instanceof HTMLInputElement ? field.type : field.tagName,
  };
}

function note(field: Field, container: HTMLElement): void {
  const target = targetOf(field, container);
  const key = target.id ?? (target.name ? `${target.name}\u0000${target.value ?? ''}` : `#${target.index}`);
  if (isFile(field)) {
    if (field.files && field.files.length > 0) edits.set(key, { kind: 'files', target, files: field.files });
  } else if (field instanceof HTMLInputElement && field.type === 'radio') {
    // A radio group's choice is the checked one: one edit per group.
    if (field.checked) edits.set(field.name ? `radio\u0000${field.name}` : key, { kind: 'checked', target, checked: true });
  } else if (isCheckable(field)) {
    edits.set(key, { kind: 'checked', target, checked: field.checked });
  } else {
    edits.set(key, { kind: 'value', target, value: field.value });
  }
}

function changedFromMarkup(field: Field): boolean {
  if (isFile(field)) return (field.files?.length ?? 0) > 0;
  if (isCheckable(field)) return field.checked !== field.defaultChecked;
  if (field instanceof HTMLSelectElement) {
    const initial = [...field.options].find((option) => option.hasAttribute('selected')) ?? field.options[0];
    return field.value !== (initial?.value ?? '');
  }
  return field.value !== field.defaultValue;
}

/** Notes what was typed into `container`'s fields so far, and goes on noting until the replay. */
export function recordPreHydrationInput(container: HTMLElement): void {
  recordedIn = container;
  for (const field of container.querySelectorAll<Field>(FIELDS)) {
    if (changedFromMarkup(field)) note(field, container);
  }
  // A file chooser opened before the app took over may close after it has replaced the page: the choice
  // then arrives at the replaced input, and is passed on to its live counterpart.
  for (const input of container.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    const target = targetOf(input, container);
    input.addEventListener('change', () => {
      if (input.isConnected || !input.files || input.files.length === 0) return;
      const live = find(container, target);
      if (live && isFile(live) && live !== input) setFiles(live, input.files);
    });
  }
  const active = document.activeElement;
  if (isField(active) && container.contains(active)) focused = { field: active, target: targetOf(active, container) };
  if (stopRecording) return;
  const listener = (event: Event) => {
    if (isField(event.target)) note(event.target, container);
  };
  const onFocus = (event: Event) => {
    if (isField(event.target)) focused = { field: event.target, target: targetOf(event.target, container) };
  };
  container.addEventListener('input', listener, true);
  container.addEventListener('change', listener, true);
  container.addEventListener('focusin', onFocus, true);
  stopRecording = () => {
    container.removeEventListener('input', listener, true);
    container.removeEventListener('change', listener, true);
    container.removeEventListener('focusin', onFocus, true);
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

function setFiles(field: HTMLInputElement, files: FileList): void {
  field.files = files;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function find(root: HTMLElement, target: Target): Field | null {
  const fields = [...root.querySelectorAll<Field>(FIELDS)];
  const sameType = (field: Field | undefined): field is Field => !!field && (field instanceof HTMLInputElement ? field.type : field.tagName) === target.type;
  const byId = target.id ? fields.find((field) => field.id === target.id && sameType(field)) : undefined;
  if (byId) return byId;
  const byName = target.name
    ? fields.find((field) => field.name === target.name && sameType(field) && (target.value === null || (field as HTMLInputElement).value === target.value))
    : undefined;
  if (byName) return byName;
  // By position only within the element the fields were recorded in (the app's root, rendered again).
  const field = root === recordedIn ? fields[target.index] : undefined;
  return sameType(field) ? field : null;
}

/** Puts the noted values back into those of `root`'s fields it finds (a mounted form), and stops noting. */
export function replayPreHydrationInput(root: HTMLElement | null): void {
  stopRecording?.();
  stopRecording = null;
  if (!root) return;
  for (const [key, edit] of edits) {
    const field = find(root, edit.target);
    if (!field) continue;
    edits.delete(key);
    if (edit.kind === 'files') {
      if (isFile(field)) setFiles(field, edit.files);
    } else if (edit.kind === 'checked') {
      if (isCheckable(field)) setChecked(field, edit.checked);
    } else if (field instanceof HTMLSelectElement) setSelected(field, edit.value);
    else setValue(field, edit.value);
  }
}

let hydrating = false;

/**
 * Before hydrating the prerendered page: React handles clicks from now on (those during hydration too), and
 * each form replays its own fields when its part is hydrated (a part may hydrate after the app's root).
 */
export function startHydrating(): void {
  hydrating = true;
  takeEarlyClicks();
}

/**
 * In the commit that replaced the prerendered page (a layout effect, before any further keystroke): when the
 * field being typed into was replaced, the same field in the new page takes the focus, its text and its
 * selection, so the next keystroke lands where the user is typing. The events follow with the replay.
 */
export function restoreFocus(root: HTMLElement): void {
  const was = focused;
  focused = null;
  if (!was || was.field.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
  const field = find(root, was.target);
  if (!field) return;
  if (!(field instanceof HTMLSelectElement) && !isCheckable(field) && !isFile(field)) field.value = was.field.value;
  field.focus({ preventScroll: true });
  const old = was.field;
  if (field instanceof HTMLSelectElement || old instanceof HTMLSelectElement || isCheckable(field) || isFile(field)) return;
  try {
    field.setSelectionRange(old.selectionStart, old.selectionEnd);
  } catch {
    // Number inputs have no selection; the caret stays at the end.
  }
}

/** Ends the loader's noting of clicks (and its holding back of native form submission); keeps what it noted. */
export function takeEarlyClicks(): void {
  const clicks = window.__outageKitEarlyClicks;
  window.__outageKitEarlyClicks = null;
  if (clicks) pendingClicks.push(...clicks);
}

/** A task after the current one: React has committed what the replayed input changed. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    // Not setTimeout: a background tab throttles it, and tests with a paused fake clock hold it.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Once the app is mounted in `root` (the element recorded in): replays what is left of the typed input (when
 * rendered afresh; see startHydrating), then, a task later, each early click on the same button (by name
 * and rank among the buttons of that name).
 */
export async function replayEarlyInput(root: HTMLElement): Promise<void> {
  if (!hydrating) {
    replayPreHydrationInput(root);
    edits.clear();
  }
  takeEarlyClicks();
  if (pendingClicks.length === 0) return;
  const clicks = pendingClicks;
  pendingClicks = [];
  for (const click of clicks) {
    await nextTask();
    const button = [...root.querySelectorAll('button')].filter((b) => buttonName(b) === click.t)[click.i];
    if (button && !button.disabled) button.click();
  }
}
