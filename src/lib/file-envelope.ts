// One versioned envelope for every Outage Kit JSON file (runbook, incident, postmortem, all data): each format is a
// small definition, and serialising and parsing are written once, so every import fails the same way.
import { FORBIDDEN_KEYS, formatFileSize, measureUtf8Bytes } from './parse-json-envelope';

/** The formats a file can claim, with the words a message uses for them. */
const KNOWN_KINDS: Readonly<Record<string, string>> = {
  'outage-kit/runbook': 'a runbook',
  'outage-kit/incident': 'an incident',
  'outage-kit/postmortem': 'a postmortem',
  'outage-kit/all-data': 'a full Outage Kit export',
};

/** A payload checked against its schema: the value, or the problems in words. */
export type PayloadCheck<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * One file format. On disk it is `{ format: kind, version, exportedAt?, [payloadKey]: payload }`: the key names are
 * those of every file exported so far, so old files keep importing and old builds keep reading new ones.
 */
export interface FileFormat<T> {
  /** The `format` stamp, e.g. 'outage-kit/runbook'. */
  kind: string;
  /** The version this build writes. */
  version: number;
  /** The oldest version this build still reads (through `migrate`); the current one when omitted. */
  oldestVersion?: number;
  /** The envelope key holding the payload, e.g. 'runbook'. */
  payloadKey: string;
  /** The thing in the file, with its article: 'a runbook', 'an incident'. */
  noun: string;
  /** The largest file accepted, in bytes (UTF-8). */
  maxBytes: number;
  /** Whether `exportedAt` is written (the all-data export has always carried it). */
  stampsExportTime?: boolean;
  /** Brings the payload of an older file version up to `version`; only called for oldestVersion ≤ v < version. */
  migrate?: (payload: unknown, fromVersion: number) => unknown;
  /** Validates the (migrated) payload. Must not throw; a throw is reported as an unreadable file. */
  check: (payload: unknown) => PayloadCheck<T>;
}

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
export class FileEnvelopeError extends Error {
  readonly code: FileErrorCode;
  readonly messages: readonly string[];
  constructor(code: FileErrorCode, messages: readonly string[]) {
    super(messages.join(' '));
    this.name = 'FileEnvelopeError';
    this.code = code;
    this.messages = messages;
  }
}

/** What `parseFile` gives back: the payload and the envelope's stamps, or the reason the file was refused. */
export type FileParseResult<T> =
  | { ok: true; value: T; version: number; exportedAt?: string }
  | { ok: false; error: FileEnvelopeError };

/** Pure: the payload as a pretty-printed file in its envelope. Downloading is the caller's job. */
export function serializeFile<T>(format: FileFormat<T>, payload: T, options: { now?: Date } = {}): string {
  const envelope: Record<string, unknown> = { format: format.kind, version: format.version };
  if (format.stampsExportTime) envelope.exportedAt = (options.now ?? new Date()).toISOString();
  envelope[format.payloadKey] = payload;
  return JSON.stringify(envelope, null, 2);
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
