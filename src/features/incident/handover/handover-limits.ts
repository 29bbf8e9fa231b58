// The handover's size limits, in a module of their own so the incident page can refuse a huge file before it
// loads any of the crypto or compression code.

export const HANDOVER_LIMITS = {
  /** The largest sealed handover (link payload or file) opened: checked before anything is decoded or decrypted. */
  sealedBytes: 2 * 1024 * 1024,
  /** The most bytes decompression may produce (a small payload cannot unpack into gigabytes). */
  packedBytes: 8 * 1024 * 1024,
  /** The shortest passphrase accepted when sealing. */
  passphraseChars: 10,
  /** The sender's name, as long as a role. */
  fromChars: 200,
} as const;

/** The random secret of a link: 128 bits, 22 base64url characters. */
export const SECRET_BYTES = 16;

/** The largest `.outage-kit` file read: the sealed limit plus the file's own header (5 bytes) and secret. */
export const HANDOVER_FILE_MAX_BYTES = HANDOVER_LIMITS.sealedBytes + 5 + SECRET_BYTES;

export const HANDOVER_FILE_EXTENSION = '.outage-kit';

/** Whether this page can seal and open handovers: WebCrypto exists only in a secure context (https, localhost). */
export function isHandoverAvailable(): boolean {
  const scope = globalThis as { isSecureContext?: boolean; crypto?: Crypto };
  return scope.isSecureContext !== false && scope.crypto?.subtle !== undefined;
}
