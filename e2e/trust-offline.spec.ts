// Issue #6, "works offline": after one visit every tool, PDF export with its font included, works with the
// network off; a new deployment is offered with "Reload to update" and never reloads a page by itself.
// These tests let the app's service worker run (the other specs block it).
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addNote, declareIncident } from './incident-helpers';
import { download, readPdfText } from './trust-helpers';

test.use({ serviceWorkers: 'allow' });

const UNICODE_TITLE = 'Zażółć gęślą jaźń — Привет — Ωμέγα';
const DIST = resolve(process.env.PLAYWRIGHT_DIST ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves a copy of the build from its own origin, so a test can deploy a new version by changing the copy. */
async function serveCopyOfBuild() {
  const root = mkdtempSync(join(tmpdir(), 'outage-kit-deployment-'));
  cpSync(DIST, root, { recursive: true });
  const server = createServer((request, response) => {
    let path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
    if (!path.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    response.end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** A new deployment: the worker script changes, as it does whenever a build's files change. */
    deploy: () => appendFileSync(join(root, 'sw.js'), `\n// deployment ${Date.now()}\n`),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The first visit: the start page registers the worker, which precaches the whole build, then says so. */
async function visitOnce(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Offline' })).toContainText('Outage Kit now works offline in this browser.', { timeout: 20_000 });
}

const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
const isSameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

test.describe('trust: works offline', () => {
  test('after one visit, every tool works with the network off, down to a PDF with non-Latin text', async ({ page, context }, testInfo) => {
    test.setTimeout(90_000);
    await visitOnce(page, './');
    await context.setOffline(true);

    // The calculator, reloaded from the worker's cache.
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const total = page.getByRole('status', { name: 'Total cost' });
    const before = await total.textContent();
    await page.getByLabel('Employees affected').fill('250');
    await expect(total).not.toHaveText(before ?? '');

    // The incident timer, loaded from its own address.
    await page.goto('./incident/');
    await declareIncident(page, { title: UNICODE_TITLE, commander: 'Zofia Wiśniewska' });
    await addNote(page, 'Переключили трафик на резервный регион');
    await page.getByRole('button', { name: 'Resolve incident' }).first().click();
    await page.getByRole('dialog', { name: 'Resolve this incident?' }).getByRole('button', { name: 'Resolve incident' }).click();

    // The postmortem, from the incident; Markdown and PDF (jsPDF and the Noto Sans font come from the cache).
    await page.getByRole('region', { name: 'Incident summary' }).getByRole('button', { name: 'Start postmortem' }).click();
    await expect(page.getByRole('heading', { level: 1, name: UNICODE_TITLE })).toBeVisible();
    const exportPanel = page.getByRole('region', { name: 'Export' });
    const markdown = await download(page, exportPanel.getByRole('button', { name: 'Download Markdown' }), testInfo);
    expect(markdown.text).toContain('Переключили трафик на резервный регион');
    const pdf = await download(page, exportPanel.getByRole('button', { name: 'Download PDF' }), testInfo);
    await expect(exportPanel.getByText(`Downloaded ${pdf.name}.`)).toBeVisible();
    await expect(exportPanel).not.toContainText('The font could not be loaded');
    const text = readPdfText(pdf.path);
    expect(text).toContain(UNICODE_TITLE);
    expect(text).toContain('Переключили трафик на резервный регион');

    // And the postmortem page from its own address, still offline.
    await page.goto('./postmortem/');
    await page.getByRole('button', { name: 'All postmortems' }).click();
    await expect(page.getByRole('button', { name: UNICODE_TITLE, exact: true })).toBeVisible();
    await context.setOffline(false);
  });

  test('a new deployment is offered with "Reload to update" and never reloads a running incident', async ({ page, context }) => {
    test.setTimeout(90_000);
    const site = await serveCopyOfBuild();
    try {
      await visitOnce(page, `${site.origin}/`);
      await page.goto(`${site.origin}/incident/`);
      await declareIncident(page, { title: 'Checkout down during the deploy' });
      await addNote(page, 'Typed before the new version arrived');
      await markDocument(page);

      // A new version is deployed; the browser finds it on its next check.
      site.deploy();
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      const banner = page.getByRole('region', { name: 'Update', exact: true });
      await expect(banner).toContainText('A new version of Outage Kit is ready. Your work is saved; reload when it suits you.', { timeout: 20_000 });
      await page.waitForTimeout(1000);
      expect(await isSameDocument(page)).toBe(true);
      await banner.getByRole('button', { name: 'Later' }).click();
      await expect(banner).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1, name: 'Checkout down during the deploy' })).toBeVisible();

      // Another tab takes the update: the incident page keeps running, not reloaded under the user.
      const other = await context.newPage();
      await other.goto(`${site.origin}/`);
      const otherBanner = other.getByRole('region', { name: 'Update', exact: true });
      const reloaded = other.waitForEvent('load');
      await otherBanner.getByRole('button', { name: 'Reload to update' }).click();
      await reloaded;
      await expect(other.getByRole('heading', { level: 1, name: 'Downtime cost calculator' })).toBeVisible();
      await expect(other.getByRole('region', { name: 'Update', exact: true })).toHaveCount(0);
      await page.waitForTimeout(1000);
      expect(await isSameDocument(page)).toBe(true);
      await addNote(page, 'Still typing after the other tab updated');

      // Here the user reloads when it suits them, and nothing typed is lost.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Checkout down during the deploy' })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Timeline entries' })).toContainText('Still typing after the other tab updated');
    } finally {
      await site.close();
    }
  });
});
