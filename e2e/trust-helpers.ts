// Shared by the trust specs: watch a whole browser context for CSP violations, XSS canary calls and requests,
// across every navigation and frame, and read downloads.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { BrowserContext, Locator, Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

export interface ContextWatch {
  /** `securitypolicyviolation` events: "<directive> <blocked URI> on <page>". */
  csp: string[];
  /** Pages on which an XSS payload called the canary. */
  canary: string[];
  /** Every request URL the context made (pages, frames, workers). */
  requests: string[];
  /** Requests to any origin but the given ones (data: and blob: URLs stay in the page). */
  offOrigin: (...origins: string[]) => string[];
}

/**
 * Starts watching before any page script runs, in every page and frame of the context: a listener for
 * `securitypolicyviolation`, the XSS canary (`window.__xssCanary`, which the payloads in xss-payloads.ts call),
 * and a log of every request. Both report to the test through bindings, so nothing is lost on navigation.
 */
export async function watchContext(context: BrowserContext): Promise<ContextWatch> {
  const watch: ContextWatch = {
    csp: [],
    canary: [],
    requests: [],
    offOrigin: (...origins) =>
      watch.requests.filter((url) => !/^(data|blob):/.test(url) && !origins.includes(new URL(url).origin)),
  };
  await context.exposeBinding('__trustReportCsp', (_source, text: string) => void watch.csp.push(text));
  await context.exposeBinding('__trustReportXss', (_source, where: string) => void watch.canary.push(where));
  await context.addInitScript(() => {
    const w = window as unknown as {
      __xssCanary: () => void;
      __trustReportXss: (where: string) => void;
      __trustReportCsp: (text: string) => void;
    };
    w.__xssCanary = () => void w.__trustReportXss(location.href);
    document.addEventListener('securitypolicyviolation', (e) => {
      void w.__trustReportCsp(`${e.violatedDirective} ${e.blockedURI} on ${location.href}`);
    });
  });
  context.on('request', (request) => watch.requests.push(request.url()));
  return watch;
}

function sha256Base64(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** The page's Content-Security-Policy meta tag is there and strict. */
export async function expectStrictCsp(page: Page): Promise<void> {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).not.toBeNull();
  const directives = new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
  expect(directives.get('default-src')).toBe("'self'");
  // Scripts from this origin, plus the page's own inline scripts (its loader), each allowed by its hash.
  const [self, ...hashes] = (directives.get('script-src') ?? '').split(' ');
  expect(self).toBe("'self'");
  const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
  expect([...hashes].sort()).toEqual(inline.map((text) => `'sha256-${sha256Base64(text)}'`).sort());
  expect(directives.get('connect-src')).toBe("'self'");
  expect(directives.get('object-src')).toBe("'none'");
  expect(directives.get('base-uri')).toBe("'self'");
}

/** Clicks `button`, waits for the download and returns its name, path and text. */
export async function download(page: Page, button: Locator, testInfo: TestInfo): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const name = file.suggestedFilename();
  const path = testInfo.outputPath(`${Date.now()}-${name}`);
  await file.saveAs(path);
  const chunks = await (await file.createReadStream()).toArray();
  return { name, path, text: Buffer.concat(chunks).toString('utf8') };
}

/** The text of a PDF as a reader would select it (poppler's pdftotext). */
export function readPdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
}

/** Every link on the page that a user could follow: its resolved `href`. */
export async function linkTargets(page: Page): Promise<string[]> {
  return page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

/** Links whose protocol is anything but http(s) or mailto (javascript:, data:, vbscript:, …). */
export function unsafeLinks(hrefs: readonly string[]): string[] {
  return hrefs.filter((href) => !/^(https?|mailto):/i.test(href));
}

/**
 * Everything Outage Kit has saved, as text: the main state key and the key of each incident and postmortem
 * (`outage-kit:state:<tool>:<id>`), one per line.
 */
export const storedText = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key === 'outage-kit:state' || key.startsWith('outage-kit:state:'))
      .sort()
      .map((key) => localStorage.getItem(key))
      .join('\n'),
  );

/** The saved envelope with each tool's items put back into its list, as the app reads it. */
export const storedEnvelope = (page: Page) =>
  page.evaluate(() => {
    const envelope = JSON.parse(localStorage.getItem('outage-kit:state') ?? '{}') as { state?: Record<string, Record<string, unknown>>; version?: number };
    const lists = { incident: 'incidents', postmortem: 'docs' } as const;
    for (const [tool, field] of Object.entries(lists)) {
      const part = envelope.state?.[tool];
      const ids = (part?.[field] as { $items?: string[] } | undefined)?.$items;
      if (part && ids) part[field] = ids.map((id) => JSON.parse(localStorage.getItem(`outage-kit:state:${tool}:${id}`) ?? 'null') as unknown);
    }
    return envelope;
  });
