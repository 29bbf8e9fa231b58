// The embeds in real docs sites nobody here wrote: a MkDocs Material site (instant navigation on) and a
// Docusaurus 3 site, generated from the snippet builder and built by the docs-sites-build setup project
// (e2e/docs-sites/). Each site is served on its own origin; the snippets load the production build from the
// preview server's origin. A docs writer's reader must see the calculator with the model's figures, on the first
// visit and after the site's client-side navigation away and back, with no error and no CSP violation.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { PREVIEW_PORT } from '../playwright.config';
import { calculateDowntimeCost } from '../src/features/calculator/domain/calculate-downtime-cost';
import type { CostInputs } from '../src/features/calculator/domain/cost-inputs';
import { formatMoney } from '../src/lib/format';
import {
  DOCUSAURUS_BUILD_DIR,
  DOCUSAURUS_DIR,
  ELEMENT_INPUTS,
  ELEMENT_OPTIONS,
  IFRAME_INPUTS,
  IFRAME_OPTIONS,
  MKDOCS_DIR,
  MKDOCS_SITE_DIR,
  PAGE_TITLES,
  buildEmbedUrls,
  buildSiteSnippets,
} from './docs-sites/generate-sites';
import { serveStatic, type StaticSite } from './docs-sites/serve-static';
import { expect, test } from './fixtures';

const EMBED_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
const snippets = buildSiteSnippets(buildEmbedUrls(EMBED_ORIGIN));

function expectedTotal(inputs: CostInputs): string {
  return formatMoney(calculateDowntimeCost(inputs).total, inputs.currency, 'en-US');
}

/**
 * Records, in every frame from its first byte, CSP violations; marks the top window so a full page load (which
 * would clear the mark) can be told apart from the site's client-side navigation; and keeps console.log lines,
 * which the `costchange` example writes.
 */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${location.origin} ${e.violatedDirective} ${e.blockedURI}`));
  });
  const logs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'log') logs.push(message.text());
  });
  return {
    logs,
    /** Violations in the page and in every frame (the iframe embed carries the app's strict CSP). */
    cspViolations: async () => {
      const all: string[] = [];
      for (const frame of page.frames()) all.push(...(await frame.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
      return all;
    },
    markDocument: () => page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true)),
    isSameDocument: () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true),
  };
}

/** The element rendered its calculator: heading, the model's total, an editable field. */
async function expectElementCalculator(element: Locator): Promise<void> {
  await expect(element.getByRole('heading', { name: ELEMENT_OPTIONS.title })).toBeVisible();
  await expect(element.getByRole('status', { name: 'Total cost' })).toHaveText(expectedTotal(ELEMENT_INPUTS));
  await expect(element.getByLabel('Employees affected')).toHaveValue(String(ELEMENT_INPUTS.employees));
}

/** The iframe rendered its calculator with the model's total. */
async function expectIframeCalculator(page: Page): Promise<void> {
  const frameElement = page.locator('iframe#outage-kit-calculator');
  await frameElement.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe#outage-kit-calculator');
  await expect(frame.getByRole('heading', { name: IFRAME_OPTIONS.title })).toBeVisible();
  await expect(frame.getByRole('status', { name: 'Total cost' })).toHaveText(expectedTotal(IFRAME_INPUTS));
}

test.describe('MkDocs Material site (instant navigation)', () => {
  let site: StaticSite;
  test.beforeAll(async () => {
    site = await serveStatic(MKDOCS_SITE_DIR);
  });
  test.afterAll(async () => {
    await site.close();
  });

  test('its pages carry the builder’s snippets as the builder emits them', async () => {
    const element = await readFile(join(MKDOCS_DIR, 'docs', 'element.md'), 'utf8');
    expect(element).toContain(snippets.mkdocsElement);
    expect(element).toContain(snippets.mkdocsCostChange);
    expect(await readFile(join(MKDOCS_DIR, 'docs', 'iframe.md'), 'utf8')).toContain(snippets.mkdocsIframe);
    // Python-Markdown left the one-line tag as HTML (a multi-line tag would be escaped to text).
    const built = await readFile(join(MKDOCS_SITE_DIR, 'element', 'index.html'), 'utf8');
    expect(built).toContain(snippets.mdxElement);
    expect(built).not.toContain('&lt;downtime-cost-calculator');
  });

  test('the custom element renders the model’s total and survives instant navigation away and back', async ({ page }) => {
    const watcher = await watch(page);
    await page.goto(`${site.origin}/element/`);
    const element = page.locator('downtime-cost-calculator');
    await expectElementCalculator(element);

    // The docs writer's costchange listener hears the reader's edit.
    await element.getByLabel('Employees affected').fill('200');
    const edited = calculateDowntimeCost({ ...ELEMENT_INPUTS, employees: 200 });
    await expect.poll(() => watcher.logs).toContain(`${edited.total} EUR`);

    // Away through the site's navigation, then back: instant navigation swaps the page without a reload.
    await watcher.markDocument();
    await page.getByRole('link', { name: PAGE_TITLES.home }).first().click();
    await expect(page).toHaveURL(`${site.origin}/`);
    await expect(page.getByRole('heading', { level: 1, name: PAGE_TITLES.home })).toBeVisible();
    await page.locator('article').getByRole('link', { name: PAGE_TITLES.element }).click();
    await expect(page).toHaveURL(`${site.origin}/element/`);
    expect(await watcher.isSameDocument(), 'MkDocs instant navigation, not a full page load').toBe(true);
    await expectElementCalculator(page.locator('downtime-cost-calculator'));

    // The listener is set up again for the new element, once: one log line per change.
    const before = watcher.logs.length;
    await page.locator('downtime-cost-calculator').getByLabel('Employees affected').fill('300');
    const again = calculateDowntimeCost({ ...ELEMENT_INPUTS, employees: 300 });
    await expect.poll(() => watcher.logs.slice(before)).toContain(`${again.total} EUR`);
    expect(watcher.logs.slice(before).filter((line) => line === `${again.total} EUR`)).toHaveLength(1);

    // Browser back and forward are client-side too.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: PAGE_TITLES.home })).toBeVisible();
    await page.goForward();
    await expectElementCalculator(page.locator('downtime-cost-calculator'));
    expect(await watcher.cspViolations()).toEqual([]);
  });

  test('the iframe renders the model’s total, first load and after instant navigation away and back', async ({ page }) => {
    const watcher = await watch(page);
    await page.goto(`${site.origin}/`);
    await watcher.markDocument();
    await page.locator('article').getByRole('link', { name: PAGE_TITLES.iframe }).click();
    await expect(page).toHaveURL(`${site.origin}/iframe/`);
    await expectIframeCalculator(page);

    await page.locator('article').getByRole('link', { name: PAGE_TITLES.element }).click();
    await expectElementCalculator(page.locator('downtime-cost-calculator'));
    await page.locator('article').getByRole('link', { name: PAGE_TITLES.iframe }).click();
    await expectIframeCalculator(page);
    expect(await watcher.isSameDocument(), 'MkDocs instant navigation, not a full page load').toBe(true);
    expect(await watcher.cspViolations()).toEqual([]);
  });
});

test.describe('Docusaurus site (client-side links)', () => {
  let site: StaticSite;
  test.beforeAll(async () => {
    site = await serveStatic(DOCUSAURUS_BUILD_DIR);
  });
  test.afterAll(async () => {
    await site.close();
  });

  test('its pages and config carry the builder’s snippets as the builder emits them', async () => {
    expect(await readFile(join(DOCUSAURUS_DIR, 'docs', 'element.mdx'), 'utf8')).toContain(snippets.mdxElement);
    expect(await readFile(join(DOCUSAURUS_DIR, 'docs', 'iframe.mdx'), 'utf8')).toContain(snippets.mdxIframe);
    const config = await readFile(join(DOCUSAURUS_DIR, 'docusaurus.config.js'), 'utf8');
    for (const line of snippets.docusaurusConfig.split('\n')) expect(config).toContain(line);
  });

  test('the custom element renders the model’s total and survives link navigation away and back', async ({ page }) => {
    const watcher = await watch(page);
    await page.goto(`${site.origin}/element/`);
    await expectElementCalculator(page.locator('downtime-cost-calculator'));

    await watcher.markDocument();
    await page.locator('article').getByRole('link', { name: PAGE_TITLES.home }).click();
    await expect(page).toHaveURL(`${site.origin}/`);
    await expect(page.getByRole('heading', { level: 1, name: PAGE_TITLES.home })).toBeVisible();
    await page.locator('article').getByRole('link', { name: PAGE_TITLES.element }).click();
    await expect(page).toHaveURL(`${site.origin}/element/`);
    expect(await watcher.isSameDocument(), 'Docusaurus client-side navigation, not a full page load').toBe(true);
    await expectElementCalculator(page.locator('downtime-cost-calculator'));

    // The reader's edit still reaches the total after the round trip.
    const element = page.locator('downtime-cost-calculator');
    await element.getByLabel('Employees affected').fill('200');
    await expect(element.getByRole('status', { name: 'Total cost' })).toHaveText(expectedTotal({ ...ELEMENT_INPUTS, employees: 200 }));

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: PAGE_TITLES.home })).toBeVisible();
    await page.goForward();
    await expectElementCalculator(page.locator('downtime-cost-calculator'));
    expect(await watcher.cspViolations()).toEqual([]);
  });

  test('the custom element renders when the reader arrives by a link from another page first', async ({ page }) => {
    const watcher = await watch(page);
    await page.goto(`${site.origin}/`);
    await watcher.markDocument();
    // The sidebar is the other way a reader moves around.
    await page.getByRole('navigation', { name: 'Docs sidebar' }).getByRole('link', { name: PAGE_TITLES.element }).click();
    await expectElementCalculator(page.locator('downtime-cost-calculator'));
    expect(await watcher.isSameDocument()).toBe(true);
  });

  test('the iframe renders the model’s total, first load and after link navigation away and back', async ({ page }) => {
    const watcher = await watch(page);
    await page.goto(`${site.origin}/iframe/`);
    await expectIframeCalculator(page);
    await watcher.markDocument();
    await page.locator('article').getByRole('link', { name: PAGE_TITLES.element }).click();
    await expectElementCalculator(page.locator('downtime-cost-calculator'));
    await page.locator('article').getByRole('link', { name: PAGE_TITLES.iframe }).click();
    await expect(page).toHaveURL(`${site.origin}/iframe/`);
    await expectIframeCalculator(page);
    expect(await watcher.isSameDocument(), 'Docusaurus client-side navigation, not a full page load').toBe(true);
    expect(await watcher.cspViolations()).toEqual([]);
  });
});
