// Helpers for reading Outage Kit JSON files (the envelope itself is in file-envelope.ts): forbidden keys, sizes in words,
// and validation issues turned into sentences a user can act on.

/** Keys that could reach an object's prototype if a later step copied them carelessly; rejected anywhere in an imported file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The most problems listed at once; a longer list does not help anyone fix a file. */
const MAX_ERRORS = 10;

/** A zod-like issue: only what the messages need. */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** Counts the UTF-8 bytes of a string without allocating a buffer. */
export function measureUtf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // A surrogate pair is one 4-byte character.
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Formats a byte count the way a file browser would, rounded up so an oversize file never reads as "200 KB". */
export function formatFileSize(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb) {
    const value = Math.ceil((bytes / mb) * 10) / 10;
    return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)} MB`;
  }
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const COLLECTIONS: Readonly<Record<string, string>> = {
  phases: 'phase',
  steps: 'step',
  commands: 'command',
  timeline: 'timeline entry',
  updates: 'status update',
};

const KEYED: Readonly<Record<string, string>> = {
  stepStates: 'step state',
  milestones: 'milestone',
};

const SECTIONS: Readonly<Record<string, string>> = {
  runbook: 'runbook',
  roles: 'roles',
};

/**
 * Turns a validation path into words: ['phases', 1, 'steps', 2, 'title'] → "Phase 2, step 3".
 * Leaf field names are left out: the messages name the field themselves ("enter a title").
 */
export function describeIssuePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof segment !== 'string') continue;
    const collection = COLLECTIONS[segment];
    if (collection && typeof next === 'number') {
      parts.push(`${collection} ${next + 1}`);
      i++;
      continue;
    }
    const keyed = KEYED[segment];
    if (keyed && typeof next === 'string') {
      parts.push(`${keyed} "${next}"`);
      i++;
      continue;
    }
    const section = SECTIONS[segment];
    if (section) parts.push(section);
  }
  return parts.map((part, index) => (index === 0 ? capitalize(part) : part)).join(', ');
}

/**
 * Turns validation issues into at most ten sentences a user can act on ("Phase 2, step 3: enter a title.").
 * `describePath` names the place; a format with its own collections (the postmortem) passes its own.
 */
export function describeIssues(
  issues: readonly IssueLike[],
  prefix: readonly PropertyKey[] = [],
  describePath: (path: readonly PropertyKey[]) => string = describeIssuePath,
): string[] {
  const seen = new Set<string>();
  const messages: string[] = [];
  for (const issue of issues) {
    const where = describePath([...prefix, ...issue.path]);
    const text = where ? `${where}: ${issue.message}` : capitalize(issue.message);
    const sentence = /[.!?]$/.test(text) ? text : `${text}.`;
    if (!seen.has(sentence)) {
      seen.add(sentence);
      messages.push(sentence);
    }
  }
  if (messages.length > MAX_ERRORS) {
    const rest = messages.length - MAX_ERRORS;
    return [...messages.slice(0, MAX_ERRORS), `…and ${rest} more ${rest === 1 ? 'problem' : 'problems'}.`];
  }
  return messages;
}
