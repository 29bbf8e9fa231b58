// Reading Outage Kit JSON files: `parseFile` checks any envelope format defined with file-envelope.ts and fails with
// a typed error; with it the helpers its messages use (sizes in words, validation issues as sentences).
import type { FileFormat } from './file-envelope';
import { CodedError } from './coded-error';

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

/** How a file format names the places in its data, for validation messages. */
export interface PathNames {
  /** Arrays whose items are counted: `phases` → "phase 2". */
  collections: Readonly<Record<string, string>>;
  /** Records whose entries are named: `milestones` → 'milestone "resolved"'. */
  keyed?: Readonly<Record<string, string>>;
  /** Objects named as they are: `runbook` → "runbook". */
  sections?: Readonly<Record<string, string>>;
}

/**
 * Makes a function that turns a validation path into words, with a format's own names:
 * ['phases', 1, 'steps', 2, 'title'] → "Phase 2, step 3". Leaf field names are left out: the messages name the
 * field themselves ("enter a title").
 */
export function createPathDescriber({ collections, keyed = {}, sections = {} }: PathNames): (path: readonly PropertyKey[]) => string {
  return (path) => {
    const parts: string[] = [];
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const next = path[i + 1];
      if (typeof segment !== 'string') continue;
      const collection = collections[segment];
      if (collection && typeof next === 'number') {
        parts.push(`${collection} ${next + 1}`);
        i++;
        continue;
      }
      const keyedName = keyed[segment];
      if (keyedName && typeof next === 'string') {
        parts.push(`${keyedName} "${next}"`);
        i++;
        continue;
      }
      const section = sections[segment];
      if (section) parts.push(section);
    }
    return parts.map((part, index) => (index === 0 ? capitalize(part) : part)).join(', ');
  };
}

/** The names of the incident and runbook files: ['phases', 1, 'steps', 2, 'title'] → "Phase 2, step 3". */
export const describeIssuePath = createPathDescriber({
  collections: { phases: 'phase', steps: 'step', commands: 'command', timeline: 'timeline entry', updates: 'status update' },
  keyed: { stepStates: 'step state', milestones: 'milestone' },
  sections: { runbook: 'runbook', roles: 'roles' },
});

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

/** The formats a file can claim, with the words a message uses for them. */
const KNOWN_KINDS: Readonly<Record<string, string>> = {
  'outage-kit/runbook': 'a runbook',
  'outage-kit/incident': 'an incident',
  'outage-kit/postmortem': 'a postmortem',
  'outage-kit/all-data': 'a full Outage Kit export',
};

/** Why a file was refused; the UI may branch on it, the user reads `messages`. */
export type FileErrorCode =
  | 'empty'
  | 'too-large'
  | 'unreadable'
  | 'not-json'
  | 'forbidden-key'
  | 'not-outage-kit'
  | 'other-kind'
  | 'newer-version'
  | 'unknown-version'
  | 'no-payload'
  | 'invalid';

/** A refused file: a `code` for the program and sentences a user can act on. */
export class FileEnvelopeError extends CodedError<FileErrorCode> {
  override name = 'FileEnvelopeError';
}

/** What `parseFile` gives back: the payload and the envelope's stamps, or the reason the file was refused. */
export type FileParseResult<T> =
  | { ok: true; value: T; version: number; exportedAt?: string }
  | { ok: false; error: FileEnvelopeError };

function describeJsonSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  let where = '';
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  const position = /position (\d+)/i.exec(message);
  if (lineColumn) {
    where = ` (line ${lineColumn[1]}, column ${lineColumn[2]})`;
  } else if (position) {
    const offset = Math.min(Number(position[1]), text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    where = ` (line ${line}, column ${column})`;
  } else if (/unexpected end/i.test(message)) {
    where = ' (it ends too early)';
  }
  return `This file is not valid JSON${where}. Check for a missing comma, quote or bracket there, or export the file again.`;
}

const fail = (code: FileErrorCode, message: string): { ok: false; error: FileEnvelopeError } => ({
  ok: false,
  error: new FileEnvelopeError(code, [message]),
});

/**
 * Reads a file made by `serializeFile`: checks size, JSON syntax, forbidden keys anywhere, the format stamp and
 * version, migrates an older version, then validates the payload. Never throws.
 */
export function parseFile<T>(format: FileFormat<T>, text: string): FileParseResult<T> {
  try {
    if (typeof text !== 'string' || text.trim() === '') return fail('empty', 'This file is empty. Choose a file exported from Outage Kit.');
    // A UTF-16 string is never more characters than UTF-8 bytes, so a long string is oversize without counting.
    const bytes = text.length > format.maxBytes ? text.length : measureUtf8Bytes(text);
    if (bytes > format.maxBytes) {
      return fail('too-large', `This file is ${formatFileSize(bytes)}; ${format.noun} can be at most ${formatFileSize(format.maxBytes)}.`);
    }
    const forbidden = new Set<string>();
    let value: unknown;
    try {
      value = JSON.parse(text, (key, v: unknown) => {
        if (FORBIDDEN_KEYS.has(key)) forbidden.add(key);
        return v;
      });
    } catch (error) {
      if (error instanceof SyntaxError) return fail('not-json', describeJsonSyntaxError(text, error));
      throw error;
    }
    if (forbidden.size > 0) {
      const keys = [...forbidden].map((k) => `"${k}"`).join(', ');
      return fail('forbidden-key', `This file contains the key ${keys}, which is not allowed in ${format.noun}. Remove it and import the file again.`);
    }
    return readEnvelope(format, value);
  } catch {
    return fail('unreadable', 'This file could not be read. Check that it is a file exported from Outage Kit.');
  }
}

function readEnvelope<T>(format: FileFormat<T>, value: unknown): FileParseResult<T> {
  const { noun } = format;
  const expected = `This is not ${noun} file from Outage Kit. Export ${noun} from Outage Kit and import that file.`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not-outage-kit', expected);
  const envelope = value as Record<string, unknown>;
  if (envelope.format !== format.kind) {
    const other = typeof envelope.format === 'string' ? KNOWN_KINDS[envelope.format] : undefined;
    if (other) return fail('other-kind', `This is ${other} file, not ${noun}. Import it in the right place.`);
    return fail('not-outage-kit', expected);
  }
  const version = envelope.version;
  const oldest = format.oldestVersion ?? format.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest || version > format.version) {
    if (typeof version === 'number' && version > format.version) {
      return fail('newer-version', `This file was made by a newer version of Outage Kit (file version ${version}). Update Outage Kit and try again.`);
    }
    return fail('unknown-version', `This file has an unknown version. Export ${noun} again and import the new file.`);
  }
  if (!(format.payloadKey in envelope) || envelope[format.payloadKey] === undefined) {
    return fail('no-payload', `This file has no ${format.payloadKey} in it. Export ${noun} again and import the new file.`);
  }
  let payload = envelope[format.payloadKey];
  if (version < format.version && format.migrate) payload = format.migrate(payload, version);
  const checked = format.check(payload);
  if (!checked.ok) return { ok: false, error: new FileEnvelopeError('invalid', checked.errors) };
  const exportedAt = typeof envelope.exportedAt === 'string' ? envelope.exportedAt : undefined;
  return exportedAt === undefined ? { ok: true, value: checked.value, version } : { ok: true, value: checked.value, version, exportedAt };
}

/** The `{ ok, errors }` shape the per-format `parse…Json` functions have always returned. */
export function toErrorList<T>(result: FileParseResult<T>): { ok: true; value: T } | { ok: false; errors: string[] } {
  return result.ok ? { ok: true, value: result.value } : { ok: false, errors: [...result.error.messages] };
}
