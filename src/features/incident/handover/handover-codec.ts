// Sealing an incident for a handover and opening one: the whole validated incident plus who sent it, packed as
// JSON, compressed with fflate, encrypted with AES-256-GCM (WebCrypto) under a key from a random 128-bit secret
// (HKDF-SHA-256) or a passphrase (PBKDF2-SHA-256, 600,000 iterations), behind a versioned header that GCM
// authenticates too. The format and its reasons are in docs/SHARING.md. Pure: no DOM, no storage.
import { deflateSync, Inflate } from 'fflate';
import type { Incident } from '../domain/incident-types';
import { validateIncident } from '../domain/incident-schema';
import { FORBIDDEN_KEYS, formatFileSize } from '../../../lib/parse-json-envelope';
import { HANDOVER_LIMITS, SECRET_BYTES } from './handover-limits';
import { DEFAULT_RUNBOOK } from '../domain/default-runbook';
import { stableStringify } from '../../../lib/stable-stringify';
import { CodedError } from '../../../lib/coded-error';

/** "OKH": the first bytes of every sealed handover. */
const MAGIC = [0x4f, 0x4b, 0x48] as const;
export const HANDOVER_VERSION = 1;
export type HandoverMode = 'secret' | 'passphrase';
const MODE_BYTE: Readonly<Record<HandoverMode, number>> = { secret: 1, passphrase: 2 };
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** magic 3 + version 1 + mode 1 + salt 16 + IV 12. */
export const HEADER_BYTES = MAGIC.length + 2 + SALT_BYTES + IV_BYTES;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; fixed by format version 1 (a header cannot lower it). */
export const PBKDF2_ITERATIONS = 600_000;
const HKDF_INFO = new TextEncoder().encode('outage-kit handover v1');
const PAYLOAD_FORMAT = 'outage-kit/handover';

/**
 * An incident that follows the built-in runbook unchanged (most do) sends a fingerprint of it instead of its
 * ~2.5 KB of text: a fresh incident's link drops from ~3,900 to ~1,300 characters, small enough for a QR code.
 * The receiver puts its own built-in runbook back when the fingerprints match; a build whose built-in runbook
 * differs says so instead of guessing. FNV-1a over the key-sorted JSON: a fingerprint, not a secret.
 */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
let builtInFingerprint: string | undefined;
const builtInRunbookFingerprint = () => (builtInFingerprint ??= fingerprint(stableStringify(DEFAULT_RUNBOOK)));

/** Who handed over and when, beside the incident. */
export interface HandoverSender {
  /** The name of the person handing over (free text). */
  from: string;
  /** Epoch ms when the handover was made. */
  sentAt: number;
  /** The app and format that made it ("Outage Kit 0.1.0"). */
  app: string;
}

export interface OpenedHandover extends HandoverSender {
  incident: Incident;
  mode: HandoverMode;
}

export type HandoverKey = { secret: Uint8Array } | { passphrase: string };

export type HandoverErrorCode =
  | 'insecure'
  | 'too-large'
  | 'truncated'
  | 'not-handover'
  | 'newer-version'
  | 'missing-secret'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'tampered'
  | 'damaged'
  | 'forbidden-key'
  | 'invalid';

/** A handover that cannot be sealed or opened: a `code` for the program, a sentence (or a few) for the person. */
export class HandoverError extends CodedError<HandoverErrorCode> {
  override name = 'HandoverError';
}

const fail = (code: HandoverErrorCode, message: string) => new HandoverError(code, [message]);

const NOTHING_SAVED = 'Nothing was saved.';

function subtleCrypto(): SubtleCrypto {
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!subtle) {
    throw fail('insecure', 'Handovers need a secure page (https, or localhost on your own computer); this page is not one, so its browser offers no encryption.');
  }
  return subtle;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}

/** The passphrase as both sides type it: outer spaces dropped, Unicode normalized (NFC), so "é" typed two ways agrees. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.trim().normalize('NFC');
}

async function deriveKey(mode: HandoverMode, key: HandoverKey, salt: Uint8Array<ArrayBuffer>, usage: KeyUsage): Promise<CryptoKey> {
  const subtle = subtleCrypto();
  const aes = { name: 'AES-GCM', length: 256 } as const;
  if (mode === 'secret') {
    if (!('secret' in key) || key.secret.length !== SECRET_BYTES) throw fail('missing-secret', 'This link has lost its key (the part after “&k=”). Ask the sender to copy the whole link again.');
    const material = await subtle.importKey('raw', new Uint8Array(key.secret), 'HKDF', false, ['deriveKey']);
    return subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: HKDF_INFO }, material, aes, false, [usage]);
  }
  if (!('passphrase' in key)) throw fail('needs-passphrase', 'This handover is protected by a passphrase. Ask the sender for it and enter it.');
  const material = await subtle.importKey('raw', new TextEncoder().encode(normalizePassphrase(key.passphrase)), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS }, material, aes, false, [usage]);
}

/** A fresh random secret for a link or file in the secret mode. */
export function createHandoverSecret(): Uint8Array<ArrayBuffer> {
  return randomBytes(SECRET_BYTES);
}

/**
 * Seals an incident: packed, compressed, encrypted. `key` decides the mode: a random secret (see
 * `createHandoverSecret`; it travels beside the payload) or a passphrase (which never travels).
 */
export async function sealHandover(incident: Incident, sender: HandoverSender, key: HandoverKey): Promise<Uint8Array<ArrayBuffer>> {
  const mode: HandoverMode = 'secret' in key ? 'secret' : 'passphrase';
  if (mode === 'passphrase' && 'passphrase' in key && normalizePassphrase(key.passphrase).length < HANDOVER_LIMITS.passphraseChars) {
    throw fail('needs-passphrase', `Choose a passphrase of at least ${HANDOVER_LIMITS.passphraseChars} characters (a few words you can say aloud).`);
  }
  const builtIn = builtInRunbookFingerprint();
  const usesBuiltIn = fingerprint(stableStringify(incident.runbook)) === builtIn;
  const { runbook: _runbook, ...withoutRunbook } = incident;
  const payload = JSON.stringify({
    format: PAYLOAD_FORMAT,
    version: HANDOVER_VERSION,
    from: sender.from,
    sentAt: sender.sentAt,
    app: sender.app,
    ...(usesBuiltIn ? { builtInRunbook: builtIn, incident: withoutRunbook } : { incident }),
  });
  const packed = new TextEncoder().encode(payload);
  if (packed.length > HANDOVER_LIMITS.packedBytes) {
    throw fail('too-large', `This incident is ${formatFileSize(packed.length)} of data; a handover can carry at most ${formatFileSize(HANDOVER_LIMITS.packedBytes)}. Export it as a JSON file instead.`);
  }
  const compressed = deflateSync(packed, { level: 9 });
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC, 0);
  header[MAGIC.length] = HANDOVER_VERSION;
  header[MAGIC.length + 1] = MODE_BYTE[mode];
  header.set(salt, MAGIC.length + 2);
  header.set(iv, MAGIC.length + 2 + SALT_BYTES);
  const aesKey = await deriveKey(mode, key, salt, 'encrypt');
  const cipher = new Uint8Array(await subtleCrypto().encrypt({ name: 'AES-GCM', iv, additionalData: header, tagLength: TAG_BYTES * 8 }, aesKey, new Uint8Array(compressed)));
  const sealed = new Uint8Array(HEADER_BYTES + cipher.length);
  sealed.set(header, 0);
  sealed.set(cipher, HEADER_BYTES);
  return sealed;
}

/** Reads a sealed handover's header without any key: its mode (to ask for a passphrase), or why it cannot be opened. */
export function inspectHandover(sealed: Uint8Array): { mode: HandoverMode } {
  if (sealed.length > HANDOVER_LIMITS.sealedBytes) {
    throw fail('too-large', `This handover is ${formatFileSize(sealed.length)}; a handover can be at most ${formatFileSize(HANDOVER_LIMITS.sealedBytes)}. ${NOTHING_SAVED}`);
  }
  const looksLikeOurs = MAGIC.every((byte, i) => sealed[i] === byte);
  if (sealed.length < MAGIC.length || !looksLikeOurs) {
    throw fail('not-handover', 'This is not an Outage Kit handover. Open a link or a .outage-kit file made with “Hand over”.');
  }
  if (sealed.length < HEADER_BYTES + TAG_BYTES) {
    throw fail('truncated', `This handover is cut short: only ${sealed.length} bytes arrived. Ask the sender to copy the whole link, or send the file again. ${NOTHING_SAVED}`);
  }
  const version = sealed[MAGIC.length] ?? 0;
  if (version > HANDOVER_VERSION) {
    throw fail('newer-version', `This handover was made by a newer version of Outage Kit (format ${version}). Reload the page to update, then open it again.`);
  }
  const modeByte = sealed[MAGIC.length + 1];
  const mode = (Object.keys(MODE_BYTE) as HandoverMode[]).find((m) => MODE_BYTE[m] === modeByte);
  if (version !== HANDOVER_VERSION || !mode) {
    throw fail('tampered', `This handover has been changed or damaged since it was made, so it cannot be trusted. ${NOTHING_SAVED} Ask the sender to hand over again.`);
  }
  return { mode };
}

/** Decompresses with a ceiling, so a tiny payload can never unpack into more than `packedBytes`. */
function inflateWithLimit(compressed: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > HANDOVER_LIMITS.packedBytes) throw fail('too-large', `This handover unpacks to more than ${formatFileSize(HANDOVER_LIMITS.packedBytes)}. ${NOTHING_SAVED}`);
    chunks.push(chunk);
    if (final) ended = true;
  });
  const step = 64 * 1024;
  for (let i = 0; i < compressed.length; i += step) inflater.push(compressed.subarray(i, i + step), i + step >= compressed.length);
  if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
  if (!ended) throw new Error('incomplete deflate stream');
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function readPayload(packed: Uint8Array, mode: HandoverMode): OpenedHandover {
  const damaged = fail('damaged', `This handover opened but its content is damaged. ${NOTHING_SAVED} Ask the sender to hand over again.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(packed);
  } catch {
    throw damaged;
  }
  const forbidden = new Set<string>();
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden.add(key);
      return v;
    });
  } catch {
    throw damaged;
  }
  if (forbidden.size > 0) {
    throw fail('forbidden-key', `This handover contains the key ${[...forbidden].map((k) => `“${k}”`).join(', ')}, which is never allowed. ${NOTHING_SAVED}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw damaged;
  const envelope = value as Record<string, unknown>;
  if (envelope.format !== PAYLOAD_FORMAT || envelope.version !== HANDOVER_VERSION) throw damaged;
  const { from, sentAt, app } = envelope;
  if (typeof from !== 'string' || from.length > HANDOVER_LIMITS.fromChars || typeof app !== 'string' || app.length > 100) throw damaged;
  if (typeof sentAt !== 'number' || !Number.isFinite(sentAt) || sentAt < 0 || sentAt > 8.64e15) throw damaged;
  let incident: unknown = envelope.incident;
  if (envelope.builtInRunbook !== undefined) {
    if (envelope.builtInRunbook !== builtInRunbookFingerprint()) {
      throw new HandoverError('invalid', [
        `This handover was made with another version of Outage Kit, whose built-in runbook differs from this one. ${NOTHING_SAVED} Reload both pages to get the same version, then hand over again.`,
      ]);
    }
    if (typeof incident !== 'object' || incident === null || Array.isArray(incident) || 'runbook' in incident) throw damaged;
    incident = { ...incident, runbook: DEFAULT_RUNBOOK };
  }
  const checked = validateIncident(incident);
  if (!checked.ok) throw new HandoverError('invalid', [`This handover’s incident is not valid. ${NOTHING_SAVED}`, ...checked.errors]);
  return { incident: checked.incident, from, sentAt, app, mode };
}

/**
 * Opens a sealed handover: size and header first (nothing is decrypted past a limit), then AES-GCM, which fails
 * on any changed byte of header or ciphertext, then decompression with a ceiling, then the incident schema.
 * Throws a `HandoverError` whose messages say what to do; nothing here saves anything.
 */
export async function openHandover(sealed: Uint8Array, key: HandoverKey): Promise<OpenedHandover> {
  const { mode } = inspectHandover(sealed);
  const header = new Uint8Array(sealed.subarray(0, HEADER_BYTES));
  const salt = header.slice(MAGIC.length + 2, MAGIC.length + 2 + SALT_BYTES);
  const iv = header.slice(MAGIC.length + 2 + SALT_BYTES, HEADER_BYTES);
  const aesKey = await deriveKey(mode, key, salt, 'decrypt');
  let compressed: Uint8Array;
  try {
    compressed = new Uint8Array(await subtleCrypto().decrypt({ name: 'AES-GCM', iv, additionalData: header, tagLength: TAG_BYTES * 8 }, aesKey, new Uint8Array(sealed.subarray(HEADER_BYTES))));
  } catch {
    // GCM cannot tell a wrong key from a changed byte: with a passphrase, a typo is by far the likelier.
    if (mode === 'passphrase') {
      throw fail('wrong-passphrase', 'That passphrase does not open this handover. Check it with the sender (capitals and spaces count) and try again. If it is right, the link or file was changed on the way.');
    }
    throw fail('tampered', `This handover has been changed or cut short since it was made, so it cannot be trusted. ${NOTHING_SAVED} Ask the sender to copy the whole link or send the file again.`);
  }
  let packed: Uint8Array;
  try {
    packed = inflateWithLimit(compressed);
  } catch (error) {
    if (error instanceof HandoverError) throw error;
    throw fail('damaged', `This handover opened but its content is damaged. ${NOTHING_SAVED} Ask the sender to hand over again.`);
  }
  return readPayload(packed, mode);
}

/** Any failure as the messages a person reads (a `HandoverError`'s own, or one plain sentence). */
export function describeHandoverError(error: unknown): { code: HandoverErrorCode | 'unknown'; messages: readonly string[] } {
  if (error instanceof HandoverError) return { code: error.code, messages: error.messages };
  return { code: 'unknown', messages: [`This handover could not be opened. ${NOTHING_SAVED} Ask the sender to hand over again.`] };
}
