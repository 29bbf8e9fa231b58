// Issue 18, items 1, 2 and 5: hand an incident over by link, file or QR code, end-to-end encrypted, between two
// people (two browser contexts, no shared storage); "I have command"; and every hostile handover refused with a
// clear message, nothing saved, nothing run, no request off the origin, the fragment in no request.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addNote, declareIncident, timeline } from './incident-helpers';
import { download, storedText, watchContext, type ContextWatch } from './trust-helpers';
import { XSS_PAYLOADS } from './xss-payloads';
import { createTestIncident } from '../src/testing/incident-fixture';
import { createHandoverSecret, sealHandover } from '../src/features/incident/handover/handover-codec';
import { buildHandoverLink } from '../src/features/incident/handover/handover-transport';
import type { Incident } from '../src/features/incident/domain/incident-types';

test.use({ serviceWorkers: 'block' });

const PASSPHRASE = 'blue heron at midnight';

interface Person {
  context: BrowserContext;
  page: Page;
  watch: ContextWatch;
  errors: string[];
}

/** A second person: a context of their own (no shared storage), watched like the first. */
async function openPerson(browser: Browser, baseURL: string): Promise<Person> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'Europe/Berlin', serviceWorkers: 'block', acceptDownloads: true });
  const watch = await watchContext(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => void (msg.type() === 'error' && errors.push(msg.text())));
  page.on('pageerror', (error) => void errors.push(error.message));
  return { context, page, watch, errors };
}

const handoverDialog = (page: Page) => page.getByRole('dialog', { name: 'Hand over this incident' });
const arrivedDialog = (page: Page) => page.getByRole('dialog', { name: /A handover arrived|Do you take command\?/ });

/** "Hand over" → the sealed result; returns the read-back shown to the sender. */
async function makeHandover(page: Page, options: { passphrase?: string } = {}): Promise<string> {
  await page.getByRole('button', { name: 'Hand over' }).click();
  const dialog = handoverDialog(page);
  if (options.passphrase) {
    await dialog.getByRole('radio', { name: /A passphrase you tell them/ }).check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
  }
  await dialog.getByRole('button', { name: 'Make the handover' }).click();
  return (await dialog.getByTestId('handover-readback').textContent()) ?? '';
}

async function copyLink(page: Page): Promise<string> {
  return handoverDialog(page).getByLabel(/^Link \(/).inputValue();
}

/** The receiver's side after the read-back: accept (or merge) and take command. */
async function acceptAndTakeCommand(page: Page, name: string, readBack: string, how: 'Accept' | 'Merge the handover into it'): Promise<void> {
  const dialog = arrivedDialog(page);
  await expect(dialog.getByTestId('handover-readback')).toHaveText(readBack);
  await dialog.getByRole('button', { name: how }).click();
  await expect(dialog).toHaveAccessibleName('Do you take command?');
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'I have command' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Roles' })).toContainText(`Commander ${name}`);
}

/** Every entry text of the visible timeline, in order. */
async function entryTexts(page: Page): Promise<string[]> {
  return timeline(page).locator('.timeline-entry__text').allTextContents();
}

function expectClean(person: Person, origin: string, secrets: readonly string[]): void {
  expect(person.watch.offOrigin(origin), 'requests off the origin').toEqual([]);
  for (const secret of secrets) expect(person.watch.requests.filter((url) => url.includes(secret)), 'the fragment in a request').toEqual([]);
  expect(person.watch.canary).toEqual([]);
  expect(person.errors).toEqual([]);
}

test.describe('handover', () => {
  test('by link: A hands over, B reads back, accepts and takes command, hands back; A merges; the log is in the postmortem', async ({ page, context, browser, baseURL }, testInfo) => {
    test.setTimeout(90_000);
    const origin = new URL(baseURL!).origin;
    const watchA = await watchContext(context);
    await page.goto('./incident/');
    await declareIncident(page, { title: 'Checkout 500s', commander: 'Alice' });
    await addNote(page, 'A: rolled back the 12:58 deploy');
    const readBack = await makeHandover(page);
    expect(readBack).toMatch(/^Checkout 500s · SEV1 · \d+ (s|min) · IC Alice · \d+ open steps$/);
    const link = await copyLink(page);
    expect(link).toMatch(new RegExp(`^${origin}/incident/#h=[A-Za-z0-9_-]+&k=[A-Za-z0-9_-]{22}$`));
    await handoverDialog(page).getByRole('button', { name: 'Done' }).click();

    const b = await openPerson(browser, baseURL!);
    await b.page.goto(link);
    await expect(arrivedDialog(b.page)).toBeVisible();
    // The fragment left the address at once: not in the URL, not in history's entry, not in storage.
    expect(b.page.url()).toBe(`${origin}/incident/`);
    expect(await b.page.evaluate(() => location.hash)).toBe('');
    await acceptAndTakeCommand(b.page, 'Bob', readBack, 'Accept');
    await expect(timeline(b.page)).toContainText('A: rolled back the 12:58 deploy');
    await expect(timeline(b.page)).toContainText(`Command handed over from Alice to Bob; read-back acknowledged: “${readBack}”`);
    await addNote(b.page, 'B: flushed the pricing cache');
    const readBackB = await makeHandover(b.page);
    expect(readBackB).toContain('IC Bob');
    const linkB = await copyLink(b.page);
    await handoverDialog(b.page).getByRole('button', { name: 'Done' }).click();

    // A opens B's link: A already has the incident, so it asks, then merges.
    await page.goto(linkB);
    await expect(arrivedDialog(page)).toContainText('You already have this incident');
    await acceptAndTakeCommand(page, 'Alice', readBackB, 'Merge the handover into it');
    const textsA = await entryTexts(page);
    for (const text of ['A: rolled back the 12:58 deploy', 'B: flushed the pricing cache', `Command handed over from Alice to Bob; read-back acknowledged: “${readBack}”`]) {
      expect(textsA.filter((t) => t === text), text).toHaveLength(1);
    }
    expect(textsA.filter((t) => t.startsWith('Command handed over from Bob to Alice'))).toHaveLength(1);

    // B's postmortem carries the handover: in the timeline and in the role handover log.
    await b.page.getByRole('button', { name: 'Resolve incident' }).first().click();
    await b.page.getByRole('dialog', { name: 'Resolve this incident?' }).getByRole('button', { name: 'Resolve incident' }).click();
    await b.page.getByRole('region', { name: 'Incident summary' }).getByRole('button', { name: 'Start postmortem' }).click();
    const markdown = readFileSync((await download(b.page, b.page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Download Markdown' }), testInfo)).path, 'utf8');
    expect(markdown).toContain('Command handed over from Alice to Bob');
    expect(markdown).toMatch(/Command handovers \(times in Europe\/Berlin, [^)]+\):\n\n?- \d\d:\d\d(?::\d\d)? · Alice → Bob · read-back: Checkout 500s · SEV1/);

    const secrets = [link.split('#')[1] ?? '', linkB.split('#')[1] ?? ''].flatMap((fragment) => fragment.split('&').map((part) => part.slice(2, 40)));
    expectClean({ context, page, watch: watchA, errors: [] }, origin, secrets);
    expectClean(b, origin, secrets);
    for (const p of [page, b.page]) {
      const stored = (await storedText(p)) + (await p.evaluate(() => JSON.stringify({ ...sessionStorage })));
      for (const secret of secrets) expect(stored).not.toContain(secret);
    }
    await b.context.close();
  });

  test('by file, and with a passphrase (a wrong one first)', async ({ page, browser, baseURL }, testInfo) => {
    test.setTimeout(90_000);
    const origin = new URL(baseURL!).origin;
    await page.goto('./incident/');
    await declareIncident(page, { title: 'Login timeouts', commander: 'Alice' });
    await addNote(page, 'A: raised the pool size');

    // By file, in the secret mode.
    const readBack = await makeHandover(page);
    const file = await download(page, handoverDialog(page).getByRole('button', { name: /^Download the file/ }), testInfo);
    expect(file.name).toMatch(/^inc-\d{4}-\d{3}-login-timeouts-handover\.outage-kit$/);
    await handoverDialog(page).getByRole('button', { name: 'Done' }).click();
    const b = await openPerson(browser, baseURL!);
    await b.page.goto('./incident/');
    await b.page.getByLabel('Open a handover from a .outage-kit file').setInputFiles(file.path);
    await acceptAndTakeCommand(b.page, 'Bob', readBack, 'Accept');
    await addNote(b.page, 'B: pool back to normal');

    // Back to A by link, with a passphrase.
    const readBackB = await makeHandover(b.page, { passphrase: PASSPHRASE });
    const link = await copyLink(b.page);
    expect(link).not.toContain('&k=');
    await page.goto(link);
    const dialog = arrivedDialog(page);
    await dialog.getByLabel('Passphrase', { exact: true }).fill('blue heron at noon');
    await dialog.getByRole('button', { name: 'Open the handover' }).click();
    await expect(dialog.getByText(/That passphrase does not open this handover/)).toBeVisible();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Open the handover' }).click();
    await acceptAndTakeCommand(page, 'Alice', readBackB, 'Merge the handover into it');
    const texts = await entryTexts(page);
    for (const text of ['A: raised the pool size', 'B: pool back to normal']) expect(texts.filter((t) => t === text)).toHaveLength(1);
    expectClean(b, origin, []);
    await b.context.close();
  });

  test('hostile handovers: tampered link, truncated file, a 50 MB file, the wrong kind of file: clear messages, nothing saved', async ({ page, context, baseURL }, testInfo) => {
    test.setTimeout(60_000);
    const origin = new URL(baseURL!).origin;
    const watch = await watchContext(context);
    await page.goto('./incident/');
    await declareIncident(page, { title: 'Mine stays mine', commander: 'Alice' });
    await makeHandover(page);
    const link = await copyLink(page);
    const file = await download(page, handoverDialog(page).getByRole('button', { name: /^Download the file/ }), testInfo);
    await handoverDialog(page).getByRole('button', { name: 'Done' }).click();
    const before = await storedText(page);
    const dialog = arrivedDialog(page);
    const refusal = dialog.getByTestId('handover-error');
    const expectRefused = async (message: RegExp) => {
      await expect(refusal).toContainText(message);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
      expect(await storedText(page)).toBe(before);
    };

    // One character changed in the middle of the payload: GCM refuses it.
    const at = link.indexOf('#h=') + 60;
    const tampered = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
    await page.goto(tampered);
    await expectRefused(/changed or cut short since it was made/);

    const input = page.getByLabel('Open a handover from a .outage-kit file');
    const bytes = readFileSync(file.path);
    await input.setInputFiles({ name: 'cut.outage-kit', mimeType: 'application/octet-stream', buffer: bytes.subarray(0, Math.floor(bytes.length / 2)) });
    await expectRefused(/changed or cut short/);
    // Playwright passes buffers of 50 MB and more only as files on disk.
    const huge = testInfo.outputPath('huge.outage-kit');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x41));
    await input.setInputFiles(huge);
    await expectRefused(/This file is 50 MB; a handover file can be at most 2 MB/);
    await input.setInputFiles({ name: 'incident.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"outage-kit/incident"}') });
    await expectRefused(/not an Outage Kit handover file/);

    await expect(page.getByRole('heading', { level: 1, name: 'Mine stays mine' })).toBeVisible();
    expect(watch.offOrigin(origin)).toEqual([]);
  });

  test(`${XSS_PAYLOADS.length} XSS payloads in every text field of a handover: shown as text, nothing runs`, async ({ page, context, baseURL }) => {
    test.setTimeout(60_000);
    const origin = new URL(baseURL!).origin;
    const watch = await watchContext(context);
    const payload = (i: number) => XSS_PAYLOADS[i % XSS_PAYLOADS.length] ?? '';
    const base = createTestIncident({ title: payload(0) }, Date.now() - 10 * 60_000);
    const runbook = {
      ...base.runbook,
      name: payload(1),
      phases: base.runbook.phases.map((phase, p) => ({
        ...phase,
        title: payload(p + 2),
        guidance: payload(p + 3),
        steps: phase.steps.map((step, s) => ({ ...step, title: payload(p + s + 4), guidance: payload(p + s + 5), detail: payload(p + s + 6), commands: [payload(p + s + 7)] })),
      })),
    };
    const hostile: Incident = {
      ...base,
      number: 'INC-2026-001',
      service: payload(2),
      publicName: payload(3),
      roles: { commander: payload(4), deputy: payload(5), scribe: payload(6), communications: payload(7) },
      runbook,
      timeline: XSS_PAYLOADS.map((text, i) => ({ id: `x-${i}`, at: base.declaredAt + i * 1000, text, kind: 'observation', link: payload(i + 8), source: 'manual', updatedAt: base.declaredAt + i * 1000, author: payload(i + 9) })),
      updates: XSS_PAYLOADS.map((text, i) => ({ id: `u-${i}`, at: base.declaredAt + i * 1000, status: 'investigating', audience: 'internal', text })),
      handovers: XSS_PAYLOADS.map((text, i) => ({ id: `h-${i}`, at: base.declaredAt + i, from: payload(i + 1), to: payload(i + 2), readBack: text })),
    };
    const secret = createHandoverSecret();
    const sealed = await sealHandover(hostile, { from: payload(10), sentAt: Date.now(), app: payload(11) }, { secret });
    const link = buildHandoverLink(`${origin}/incident/`, sealed, secret);

    await page.goto(link);
    const dialog = arrivedDialog(page);
    await expect(dialog.getByTestId('handover-readback')).toContainText(payload(0));
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await dialog.getByLabel('Your name').fill(payload(12));
    await dialog.getByRole('button', { name: 'I have command' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload(0));
    await expect(timeline(page)).toContainText(payload(20));
    expect(watch.canary).toEqual([]);
    expect(watch.offOrigin(origin)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xssCanary?: unknown }).__xssCanary !== undefined)).toBe(true);
  });
});
