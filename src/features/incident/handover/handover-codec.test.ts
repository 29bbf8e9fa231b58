import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { createTestIncident, MINUTE, T0 } from '../../../testing/incident-fixture';
import { createRunningIncident } from '../../../testing/bench-fixtures';
import { addTimelineEntry } from '../domain/timeline';
import {
  createHandoverSecret,
  HEADER_BYTES,
  HandoverError,
  inspectHandover,
  openHandover,
  PBKDF2_ITERATIONS,
  sealHandover,
  type HandoverErrorCode,
  type HandoverKey,
} from './handover-codec';
import { HANDOVER_LIMITS } from './handover-limits';
import { DEFAULT_RUNBOOK } from '../domain/default-runbook';
import { buildHandoverFile, buildHandoverLink, LINK_LIMIT_CHARS, parseHandoverFile, parseHandoverFragment, QR_LIMIT_CHARS } from './handover-transport';

const SENDER = { from: 'Alice', sentAt: T0 + 47 * MINUTE, app: 'Outage Kit test' };
const PASSPHRASE = 'correct horse battery staple';

function workedIncident() {
  let incident = createTestIncident();
  incident = addTimelineEntry(incident, { at: T0 + MINUTE, text: 'Rolled back the 12:58 deploy', kind: 'action', source: 'manual', author: 'Alice' }, T0 + MINUTE);
  return { ...incident, handovers: [{ id: 'handover-1', at: T0, from: 'Zoe', to: 'Alice', readBack: 'Checkout · SEV1 · 1 min · IC Zoe · 9 open steps' }] };
}

async function codeOf(promise: Promise<unknown>): Promise<HandoverErrorCode | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof HandoverError) return error.code;
    throw error;
  }
}

describe('sealHandover and openHandover', () => {
  it('round-trips the whole incident with a random secret, and with a passphrase', async () => {
    const incident = workedIncident();
    const secret = createHandoverSecret();
    const bySecret = await openHandover(await sealHandover(incident, SENDER, { secret }), { secret });
    expect(bySecret).toEqual({ ...SENDER, incident, mode: 'secret' });
    const sealed = await sealHandover(incident, SENDER, { passphrase: PASSPHRASE });
    expect(inspectHandover(sealed).mode).toBe('passphrase');
    // Both sides normalize: outer spaces and the Unicode form of the passphrase do not matter.
    const byPassphrase = await openHandover(sealed, { passphrase: `  ${PASSPHRASE} ` });
    expect(byPassphrase.incident).toEqual(incident);
    expect(byPassphrase.from).toBe('Alice');
  });

  it('sends the built-in runbook as a fingerprint: a fresh incident fits a QR code, a custom runbook travels whole', async () => {
    const secret = createHandoverSecret();
    const fresh = { ...createTestIncident(), runbook: DEFAULT_RUNBOOK };
    const sealed = await sealHandover(fresh, SENDER, { secret });
    expect((await openHandover(sealed, { secret })).incident).toEqual(fresh);
    expect(buildHandoverLink('https://example.org/outage-kit/incident/', sealed, secret).length).toBeLessThanOrEqual(QR_LIMIT_CHARS);
    const custom = { ...fresh, runbook: { ...DEFAULT_RUNBOOK, name: 'Payments runbook' } };
    const customSealed = await sealHandover(custom, SENDER, { secret });
    expect((await openHandover(customSealed, { secret })).incident.runbook.name).toBe('Payments runbook');
    expect(customSealed.length).toBeGreaterThan(sealed.length + 500);
  });

  it('refuses a built-in runbook fingerprint from another version, saying so', async () => {
    const secret = createHandoverSecret();
    const { runbook: _runbook, ...rest } = createTestIncident();
    const payload = `{"format":"outage-kit/handover","version":1,"from":"Bob","sentAt":${T0},"app":"x","builtInRunbook":"zz-1","incident":${JSON.stringify(rest)}}`;
    const sealed = await sealRawBytes(deflateSync(new TextEncoder().encode(payload)), secret);
    const error = await openHandover(sealed, { secret }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HandoverError);
    expect((error as HandoverError).messages[0]).toMatch(/another version of Outage Kit/);
  });

  it('seals the same incident differently every time (random salt and IV)', async () => {
    const secret = createHandoverSecret();
    const a = await sealHandover(workedIncident(), SENDER, { secret });
    const b = await sealHandover(workedIncident(), SENDER, { secret });
    expect(a).not.toEqual(b);
  });

  it('refuses a wrong passphrase, a missing one and a wrong secret, with their own messages', async () => {
    const sealed = await sealHandover(workedIncident(), SENDER, { passphrase: PASSPHRASE });
    await expect(openHandover(sealed, { passphrase: 'correct horse battery stapler' })).rejects.toMatchObject({
      code: 'wrong-passphrase',
      message: expect.stringMatching(/passphrase does not open/),
    });
    expect(await codeOf(openHandover(sealed, { secret: createHandoverSecret() }))).toBe('needs-passphrase');
    const bySecret = await sealHandover(workedIncident(), SENDER, { secret: createHandoverSecret() });
    expect(await codeOf(openHandover(bySecret, { secret: createHandoverSecret() }))).toBe('tampered');
    expect(await codeOf(openHandover(bySecret, { passphrase: PASSPHRASE }))).toBe('missing-secret');
  });

  it('refuses a passphrase too short to seal with', async () => {
    expect(await codeOf(sealHandover(workedIncident(), SENDER, { passphrase: 'short' }))).toBe('needs-passphrase');
  });

  it('rejects every single changed byte of the header and the ciphertext', async () => {
    const secret = createHandoverSecret();
    const key: HandoverKey = { secret };
    const sealed = await sealHandover(createTestIncident(), SENDER, key);
    const accepted: number[] = [];
    for (let i = 0; i < sealed.length; i++) {
      const changed = sealed.slice();
      changed[i] = (changed[i] ?? 0) ^ 0x01;
      if ((await codeOf(openHandover(changed, key))) === 'ok') accepted.push(i);
    }
    expect(accepted).toEqual([]);
  });

  it('rejects a changed salt byte in the passphrase mode as a wrong passphrase or a changed file', async () => {
    const sealed = await sealHandover(createTestIncident(), SENDER, { passphrase: PASSPHRASE });
    const changed = sealed.slice();
    changed[6] = (changed[6] ?? 0) ^ 0x80;
    expect(await codeOf(openHandover(changed, { passphrase: PASSPHRASE }))).toBe('wrong-passphrase');
  });

  it('rejects a handover cut short at any length', async () => {
    const secret = createHandoverSecret();
    const sealed = await sealHandover(createTestIncident(), SENDER, { secret });
    const codes = new Set<string>();
    for (const length of [0, 2, 3, 10, HEADER_BYTES, HEADER_BYTES + 15, HEADER_BYTES + 16, Math.floor(sealed.length / 2), sealed.length - 1]) {
      codes.add(await codeOf(openHandover(sealed.slice(0, length), { secret })));
    }
    expect([...codes].sort()).toEqual(['not-handover', 'tampered', 'truncated']);
  });

  it('refuses an oversized handover before deriving a key or decrypting', async () => {
    const huge = new Uint8Array(HANDOVER_LIMITS.sealedBytes + 1);
    huge.set([0x4f, 0x4b, 0x48, 1, 2]);
    const started = performance.now();
    // The passphrase mode would spend PBKDF2's time first if the size were checked late.
    await expect(openHandover(huge, { passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/at most 2 MB/) });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses an incident that fails the schema, and any prototype key, after decrypting', async () => {
    const secret = createHandoverSecret();
    const bad = { ...createTestIncident(), title: '' };
    await expect(openHandover(await sealHandover(bad, SENDER, { secret }), { secret })).rejects.toMatchObject({ code: 'invalid', messages: expect.arrayContaining([expect.stringMatching(/enter a title/i)]) });
    const withProto = JSON.parse(JSON.stringify(createTestIncident())) as Record<string, unknown>;
    // A literal "__proto__" key as a hostile sender's JSON would carry it.
    const json = JSON.stringify(withProto).replace('{', '{"__proto__":{"polluted":true},');
    const sealed = await sealRawJson(json, secret);
    await expect(openHandover(sealed, { secret })).rejects.toMatchObject({ code: 'forbidden-key' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a payload that decompresses past the ceiling (a zip bomb)', async () => {
    const secret = createHandoverSecret();
    const bomb = new Uint8Array(HANDOVER_LIMITS.packedBytes + 1024).fill(0x20);
    const sealed = await sealRawBytes(deflateSync(bomb, { level: 9 }), secret);
    expect(sealed.length).toBeLessThan(100_000);
    expect(await codeOf(openHandover(sealed, { secret }))).toBe('too-large');
  });
});

describe('links and files', () => {
  it('carries the payload and the secret in the fragment only, and reads them back', async () => {
    const secret = createHandoverSecret();
    const sealed = await sealHandover(workedIncident(), SENDER, { secret });
    const link = buildHandoverLink('https://example.test/kit/incident/', sealed, secret);
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).toBe('https://example.test/kit/incident/');
    const parcel = parseHandoverFragment(url.hash);
    expect(parcel.sealed).toEqual(sealed);
    expect(parcel.secret).toEqual(secret);
    expect(parseHandoverFragment(new URL(buildHandoverLink('https://example.test/incident/', sealed)).hash).secret).toBeUndefined();
  });

  it('refuses a fragment that is not base64url, or whose key is cut short', () => {
    expect(() => parseHandoverFragment('#h=<script>')).toThrow(/damaged or cut short/);
    expect(() => parseHandoverFragment('#h=T0tI&k=abc')).toThrow(/key/);
  });

  it('puts the same sealed bytes in a .outage-kit file, with the secret when there is one', async () => {
    const secret = createHandoverSecret();
    const sealed = await sealHandover(workedIncident(), SENDER, { secret });
    const parcel = parseHandoverFile(buildHandoverFile(sealed, secret));
    expect(parcel.sealed).toEqual(sealed);
    expect(parcel.secret).toEqual(secret);
    expect(parseHandoverFile(buildHandoverFile(sealed)).secret).toBeUndefined();
    expect(() => parseHandoverFile(new TextEncoder().encode('{"format":"outage-kit/incident"}'))).toThrow(/not an Outage Kit handover file/);
    expect(() => parseHandoverFile(buildHandoverFile(sealed, secret).slice(0, 10))).toThrow(/cut short/);
  });

  it('measures a 300-entry incident: link length, file size, seal and open times (figures in docs/PERFORMANCE.md)', async () => {
    const incident = createRunningIncident(T0, 300);
    expect(incident.timeline).toHaveLength(300);
    const secret = createHandoverSecret();
    let started = performance.now();
    const sealed = await sealHandover(incident, SENDER, { secret });
    const sealMs = performance.now() - started;
    started = performance.now();
    await openHandover(sealed, { secret });
    const openMs = performance.now() - started;
    started = performance.now();
    await sealHandover(incident, SENDER, { passphrase: PASSPHRASE });
    const pbkdf2SealMs = performance.now() - started;
    const link = buildHandoverLink('https://example.test/incident/', sealed, secret);
    const json = JSON.stringify(incident).length;
    console.info(
      `handover 300 entries: JSON ${json} B, sealed ${sealed.length} B, file ${buildHandoverFile(sealed, secret).length} B, link ${link.length} chars (limit ${LINK_LIMIT_CHARS}, QR ${QR_LIMIT_CHARS}); seal ${sealMs.toFixed(0)} ms, open ${openMs.toFixed(0)} ms, seal with passphrase (PBKDF2 ${PBKDF2_ITERATIONS}) ${pbkdf2SealMs.toFixed(0)} ms`,
    );
    expect(sealed.length).toBeLessThan(json);
  });
});

// A hostile sender controls the plaintext completely: these seal arbitrary bytes with the real header and key scheme.
async function sealRawBytes(compressed: Uint8Array, secret: Uint8Array): Promise<Uint8Array> {
  const template = await sealHandover(createTestIncident(), SENDER, { secret: new Uint8Array(secret) });
  const header = template.slice(0, HEADER_BYTES);
  const salt = header.slice(5, 21);
  const iv = header.slice(21, HEADER_BYTES);
  const material = await crypto.subtle.importKey('raw', new Uint8Array(secret), 'HKDF', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: new TextEncoder().encode('outage-kit handover v1') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, new Uint8Array(compressed)));
  const out = new Uint8Array(header.length + cipher.length);
  out.set(header);
  out.set(cipher, header.length);
  return out;
}

async function sealRawJson(incidentJson: string, secret: Uint8Array): Promise<Uint8Array> {
  const payload = `{"format":"outage-kit/handover","version":1,"from":"Mallory","sentAt":${T0},"app":"x","incident":${incidentJson}}`;
  return sealRawBytes(deflateSync(new TextEncoder().encode(payload)), secret);
}
