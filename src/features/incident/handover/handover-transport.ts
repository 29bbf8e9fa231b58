// How a sealed handover travels: in a link's fragment (`…/incident/#h=<payload>&k=<secret>`), which browsers
// never send to a server, or in a `.outage-kit` file. Pure string and byte work; the page reads and clears the
// fragment (see take-handover-fragment.ts).
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { HandoverError, type HandoverKey } from './handover-codec';
import { HANDOVER_FILE_MAX_BYTES, HANDOVER_LIMITS, SECRET_BYTES } from './handover-limits';
import { formatFileSize } from '../../../lib/parse-json-envelope';

/**
 * The longest link offered for pasting. Chat tools and mail clients cut or refuse longer ones (Slack and Teams
 * handle a few thousand characters reliably; some SMS and ticket fields far fewer); past it, the file.
 */
export const LINK_LIMIT_CHARS = 8000;
/**
 * The longest link put in one QR code: version 40 with error correction M holds 2,331 bytes; a phone across the
 * table scans a dense code poorly, so past this the dialog offers the file instead of a wall of codes.
 */
export const QR_LIMIT_CHARS = 2331;

/** "OKF": a `.outage-kit` file; then a version byte and the secret's length (0 with a passphrase). */
const FILE_MAGIC = [0x4f, 0x4b, 0x46] as const;
const FILE_VERSION = 1;
const FILE_HEADER_BYTES = FILE_MAGIC.length + 2;

/** A handover as it arrives: the sealed bytes, and the secret when it travelled with them. */
export interface HandoverParcel {
  sealed: Uint8Array;
  secret?: Uint8Array;
}

/** `<page>#h=<payload>` (+ `&k=<secret>` in the secret mode). `page` is the incident page's address without a fragment. */
export function buildHandoverLink(page: string, sealed: Uint8Array, secret?: Uint8Array): string {
  const base = page.split('#')[0] ?? page;
  return `${base}#h=${encodeBase64Url(sealed)}${secret ? `&k=${encodeBase64Url(secret)}` : ''}`;
}

/** True when a location's fragment carries a handover (the page then takes it and clears it at once). */
export function isHandoverFragment(hash: string): boolean {
  return hash.startsWith('#h=');
}

/** Reads a `#h=…&k=…` fragment; throws a `HandoverError` for a fragment too long or not base64url. */
export function parseHandoverFragment(hash: string): HandoverParcel {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const payload = params.get('h') ?? '';
  // 4 characters carry 3 bytes: a longer fragment is over the limit without decoding it.
  if (payload.length > Math.ceil((HANDOVER_LIMITS.sealedBytes * 4) / 3) + 4) {
    throw new HandoverError('too-large', [`This handover link is ${payload.length.toLocaleString('en')} characters long; a handover can be at most ${formatFileSize(HANDOVER_LIMITS.sealedBytes)}. Nothing was saved.`]);
  }
  const sealed = decodeBase64Url(payload);
  if (!sealed || sealed.length === 0) {
    throw new HandoverError('truncated', ['This handover link is damaged or cut short. Ask the sender to copy the whole link again. Nothing was saved.']);
  }
  const k = params.get('k');
  if (k === null) return { sealed };
  const secret = decodeBase64Url(k);
  if (!secret || secret.length !== SECRET_BYTES) {
    throw new HandoverError('missing-secret', ['This link’s key (the part after “&k=”) is damaged or cut short. Ask the sender to copy the whole link again. Nothing was saved.']);
  }
  return { sealed, secret };
}

/** The `.outage-kit` file's bytes: a tiny header, the secret when there is one (the file is then as sensitive as the link), the sealed bytes. */
export function buildHandoverFile(sealed: Uint8Array, secret?: Uint8Array): Uint8Array<ArrayBuffer> {
  const keyLength = secret?.length ?? 0;
  const file = new Uint8Array(FILE_HEADER_BYTES + keyLength + sealed.length);
  file.set(FILE_MAGIC, 0);
  file[FILE_MAGIC.length] = FILE_VERSION;
  file[FILE_MAGIC.length + 1] = keyLength;
  if (secret) file.set(secret, FILE_HEADER_BYTES);
  file.set(sealed, FILE_HEADER_BYTES + keyLength);
  return file;
}

/** Reads a `.outage-kit` file's bytes (its size was checked before reading). Throws a `HandoverError`. */
export function parseHandoverFile(bytes: Uint8Array): HandoverParcel {
  if (bytes.length > HANDOVER_FILE_MAX_BYTES) {
    throw new HandoverError('too-large', [`This file is ${formatFileSize(bytes.length)}; a handover file can be at most ${formatFileSize(HANDOVER_LIMITS.sealedBytes)}. Nothing was saved.`]);
  }
  if (bytes.length < FILE_HEADER_BYTES || !FILE_MAGIC.every((byte, i) => bytes[i] === byte)) {
    throw new HandoverError('not-handover', ['This is not an Outage Kit handover file. Choose a .outage-kit file made with “Hand over”.']);
  }
  if ((bytes[FILE_MAGIC.length] ?? 0) > FILE_VERSION) {
    throw new HandoverError('newer-version', ['This handover file was made by a newer version of Outage Kit. Reload the page to update, then open it again.']);
  }
  const keyLength = bytes[FILE_MAGIC.length + 1] ?? 0;
  if (keyLength !== 0 && keyLength !== SECRET_BYTES) {
    throw new HandoverError('tampered', ['This handover file has been changed or damaged, so it cannot be trusted. Nothing was saved. Ask the sender to send it again.']);
  }
  if (bytes.length < FILE_HEADER_BYTES + keyLength + 1) {
    throw new HandoverError('truncated', ['This handover file is cut short. Ask the sender to send it again. Nothing was saved.']);
  }
  const sealed = bytes.subarray(FILE_HEADER_BYTES + keyLength);
  return keyLength ? { sealed, secret: bytes.slice(FILE_HEADER_BYTES, FILE_HEADER_BYTES + keyLength) } : { sealed };
}

/** The key to open a parcel with: its own secret, or the passphrase the person typed. */
export function parcelKey(parcel: HandoverParcel, passphrase: string): HandoverKey {
  return parcel.secret ? { secret: parcel.secret } : { passphrase };
}
