// One versioned envelope for every Outage Kit JSON file (runbook, incident, postmortem, all data): each format is a
// small definition, serialised here and parsed by `parseFile` (parse-json-envelope.ts), so every file is written
// and refused the same way. This half has no imports: "Export all data" is on every page and stays small.

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

/** Pure: the payload as a pretty-printed file in its envelope. Downloading is the caller's job. */
export function serializeFile<T>(format: FileFormat<T>, payload: T, options: { now?: Date } = {}): string {
  const envelope: Record<string, unknown> = { format: format.kind, version: format.version };
  if (format.stampsExportTime) envelope.exportedAt = (options.now ?? new Date()).toISOString();
  envelope[format.payloadKey] = payload;
  return JSON.stringify(envelope, null, 2);
}
