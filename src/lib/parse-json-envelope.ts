// Shared guard rails for importing Outage Kit JSON files, so runbook and incident imports fail the same way: with a message a user can act on.

/** Keys that could reach an object's prototype if a later step copied them carelessly; rejected anywhere in an imported file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The most problems listed at once; a longer list does not help anyone fix a file. */
const MAX_ERRORS = 10;

const KNOWN_FORMATS: Readonly<Record<string, string>> = {
  'outage-kit/runbook': 'a runbook',
  'outage-kit/incident': 'an incident',
  'outage-kit/postmortem': 'a postmortem',
  'outage-kit/all-data': 'a full Outage Kit export',
};

export interface JsonEnvelopeOptions {
  /** The `format` stamp expected, e.g. 'outage-kit/runbook'. */
  format: string;
  /** The only version this build reads. */
  version: number;
  /** The envelope key holding the payload, e.g. 'runbook'. */
  key: string;
  /** The largest file accepted, in bytes (UTF-8). */
  maxBytes: number;
  /** The thing imported, with its article: 'a runbook', 'an incident'. */
  noun: string;
}

export type JsonEnvelopeResult = { ok: true; payload: unknown } | { ok: false; errors: string[] };

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

/**
 * Reads an Outage Kit JSON file up to its payload: checks size, JSON syntax, forbidden keys and the
 * `{ format, version, <key> }` envelope. Never throws.
 */
export function parseJsonEnvelope(text: string, options: JsonEnvelopeOptions): JsonEnvelopeResult {
  try {
    if (typeof text !== 'string' || text.trim() === '') {
      return { ok: false, errors: ['This file is empty. Choose a file exported from Outage Kit.'] };
    }
    // A UTF-16 string is never more characters than UTF-8 bytes, so a long string is oversize without counting.
    const bytes = text.length > options.maxBytes ? text.length : measureUtf8Bytes(text);
    if (bytes > options.maxBytes) {
      return {
        ok: false,
        errors: [`This file is ${formatFileSize(bytes)}; ${options.noun} can be at most ${formatFileSize(options.maxBytes)}.`],
      };
    }
    const forbidden = new Set<string>();
    let value: unknown;
    try {
      value = JSON.parse(text, (key, v: unknown) => {
        if (FORBIDDEN_KEYS.has(key)) forbidden.add(key);
        return v;
      });
    } catch (error) {
      if (error instanceof SyntaxError) return { ok: false, errors: [describeJsonSyntaxError(text, error)] };
      throw error;
    }
    if (forbidden.size > 0) {
      const keys = [...forbidden].map((k) => `"${k}"`).join(', ');
      return {
        ok: false,
        errors: [`This file contains the key ${keys}, which is not allowed in ${options.noun}. Remove it and import the file again.`],
      };
    }
    return readEnvelope(value, options);
  } catch {
    return { ok: false, errors: ['This file could not be read. Check that it is a file exported from Outage Kit.'] };
  }
}

function readEnvelope(value: unknown, options: JsonEnvelopeOptions): JsonEnvelopeResult {
  const expected = `This is not ${options.noun} file from Outage Kit. Export ${options.noun} from Outage Kit and import that file.`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, errors: [expected] };
  const envelope = value as Record<string, unknown>;
  if (envelope.format !== options.format) {
    const other = typeof envelope.format === 'string' ? KNOWN_FORMATS[envelope.format] : undefined;
    if (other) return { ok: false, errors: [`This is ${other} file, not ${options.noun}. Import it in the right place.`] };
    return { ok: false, errors: [expected] };
  }
  if (envelope.version !== options.version) {
    if (typeof envelope.version === 'number' && envelope.version > options.version) {
      return {
        ok: false,
        errors: [`This file was made by a newer version of Outage Kit (file version ${envelope.version}). Update Outage Kit and try again.`],
      };
    }
    return { ok: false, errors: [`This file has an unknown version. Export ${options.noun} again and import the new file.`] };
  }
  if (!(options.key in envelope) || envelope[options.key] === undefined) {
    return { ok: false, errors: [`This file has no ${options.key} in it. Export ${options.noun} again and import the new file.`] };
  }
  return { ok: true, payload: envelope[options.key] };
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

/** Turns validation issues into at most ten sentences a user can act on ("Phase 2, step 3: enter a title."). */
export function describeIssues(issues: readonly IssueLike[], prefix: readonly PropertyKey[] = []): string[] {
  const seen = new Set<string>();
  const messages: string[] = [];
  for (const issue of issues) {
    const where = describeIssuePath([...prefix, ...issue.path]);
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
