import { describe, expect, it } from 'vitest';
import { serializeFile, type FileFormat } from './file-envelope';
import { FileEnvelopeError, parseFile } from './parse-json-envelope';

interface Note {
  text: string;
}

// A made-up format at version 2 that still reads version 1, where the payload was a bare string.
const NOTE_FILE: FileFormat<Note> = {
  kind: 'outage-kit/runbook',
  version: 2,
  oldestVersion: 1,
  payloadKey: 'note',
  noun: 'a note',
  maxBytes: 1024,
  migrate: (payload, from) => (from === 1 && typeof payload === 'string' ? { text: payload } : payload),
  check: (payload) =>
    typeof payload === 'object' && payload !== null && typeof (payload as Note).text === 'string'
      ? { ok: true, value: payload as Note }
      : { ok: false, errors: ['Enter the note text.'] },
};

const codeOf = (text: string) => {
  const result = parseFile(NOTE_FILE, text);
  return result.ok ? null : result.error.code;
};

describe('serializeFile and parseFile', () => {
  it('reads back what it wrote, with the format stamp and version on disk', () => {
    const text = serializeFile(NOTE_FILE, { text: 'hello' });
    expect(JSON.parse(text)).toEqual({ format: 'outage-kit/runbook', version: 2, note: { text: 'hello' } });
    expect(parseFile(NOTE_FILE, text)).toEqual({ ok: true, value: { text: 'hello' }, version: 2 });
  });

  it('stamps the export time only for formats that ask for it, and reads it back', () => {
    const stamped = { ...NOTE_FILE, stampsExportTime: true };
    const text = serializeFile(stamped, { text: 'a' }, { now: new Date('2026-01-05T00:00:00Z') });
    expect(parseFile(stamped, text)).toMatchObject({ ok: true, exportedAt: '2026-01-05T00:00:00.000Z' });
  });

  it('migrates a file of an older version it still reads', () => {
    expect(parseFile(NOTE_FILE, JSON.stringify({ format: 'outage-kit/runbook', version: 1, note: 'old' }))).toEqual({
      ok: true,
      value: { text: 'old' },
      version: 1,
    });
  });

  it('refuses with a typed error carrying a code and the message for the user', () => {
    const result = parseFile(NOTE_FILE, JSON.stringify({ format: 'outage-kit/incident', version: 1, incident: {} }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(FileEnvelopeError);
    expect(result.error.code).toBe('other-kind');
    expect(result.error.messages).toEqual(['This is an incident file, not a note. Import it in the right place.']);
  });

  it('gives each kind of refusal its own code', () => {
    expect(codeOf('  ')).toBe('empty');
    expect(codeOf('x'.repeat(2000))).toBe('too-large');
    expect(codeOf('{ nope')).toBe('not-json');
    expect(codeOf('{"format":"outage-kit/runbook","version":2,"note":{"text":"a","__proto__":{}}}')).toBe('forbidden-key');
    expect(codeOf('[]')).toBe('not-outage-kit');
    expect(codeOf('{"format":"outage-kit/runbook","version":3,"note":{"text":"a"}}')).toBe('newer-version');
    expect(codeOf('{"format":"outage-kit/runbook","version":0,"note":{"text":"a"}}')).toBe('unknown-version');
    expect(codeOf('{"format":"outage-kit/runbook","version":2}')).toBe('no-payload');
    expect(codeOf('{"format":"outage-kit/runbook","version":2,"note":{}}')).toBe('invalid');
  });
});
