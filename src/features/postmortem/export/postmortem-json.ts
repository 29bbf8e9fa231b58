// The postmortem JSON file: its envelope definition, and serialising and parsing it. The schema it checks with is
// domain/postmortem-schema.ts.
import { serializeFile, type FileFormat } from '../../../lib/file-envelope';
import { parseFile, toErrorList } from '../../../lib/parse-json-envelope';
import { POSTMORTEM_LIMITS, validatePostmortem, type PostmortemParseResult } from '../domain/postmortem-schema';
import type { PostmortemDoc } from '../domain/postmortem-types';

/** The `format` stamp of exported postmortem files. */
export const POSTMORTEM_FILE_FORMAT = 'outage-kit/postmortem';
/** The file version this build writes and reads. */
export const POSTMORTEM_FILE_VERSION = 1;

/** The postmortem file: `{ format: 'outage-kit/postmortem', version: 1, postmortem }`, at most 5 MB. */
export const POSTMORTEM_FILE: FileFormat<PostmortemDoc> = {
  kind: POSTMORTEM_FILE_FORMAT,
  version: POSTMORTEM_FILE_VERSION,
  payloadKey: 'postmortem',
  noun: 'a postmortem',
  maxBytes: POSTMORTEM_LIMITS.fileBytes,
  check: (payload) => {
    const result = validatePostmortem(payload);
    return result.ok ? { ok: true, value: result.doc } : result;
  },
};

/** The document as a pretty-printed JSON file: `{ format: 'outage-kit/postmortem', version: 1, postmortem }`. Pure. */
export function serializePostmortem(doc: PostmortemDoc): string {
  return serializeFile(POSTMORTEM_FILE, doc);
}

/**
 * Reads a file made by `serializePostmortem`. Rejects files over 5 MB, invalid JSON, another format or a newer
 * version, the keys `__proto__`, `constructor` and `prototype` anywhere, and invalid documents — with messages that
 * say where and what to fix. Never throws.
 */
export function parsePostmortemJson(text: string): PostmortemParseResult {
  const result = toErrorList(parseFile(POSTMORTEM_FILE, text));
  return result.ok ? { ok: true, doc: result.value } : result;
}
