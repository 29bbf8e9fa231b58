import type { Page } from '@playwright/test';
import { calculateDowntimeCost } from '../src/features/calculator/domain/calculate-downtime-cost';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../src/features/calculator/domain/cost-inputs';
import { formatMoney } from '../src/lib/format';
import { expect, test } from './fixtures';
import { declareIncident } from './incident-helpers';

/** The total the calculator's model gives for these inputs (over the defaults), as the embed shows it. */
const expectedTotal = (inputs: Partial<CostInputs> = {}) => formatMoney(calculateDowntimeCost({ ...DEFAULT_COST_INPUTS, ...inputs }).total, 'USD', 'en-US');

/** Holds the app's scripts back until `release` is called: the page as a slow phone shows it meanwhile. */
async function holdScripts(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

// A tool page opened from a bookmark in the middle of an outage: it must appear in place, not jump.
for (const width of [375, 1280]) {
  for (const path of ['incident/', 'postmortem/']) {
    test(`${path} at ${width}px opens without any layout shift, with its own stylesheet only once`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const stylesheets: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'stylesheet') stylesheets.push(new URL(request.url()).pathname);
      });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { __shifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`./${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The declare form and the editor arrive in their own chunks; wait until the page is complete.
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

      const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
      // The start page's stylesheet is inlined into every page; fetching it again would override the tool's.
      expect(stylesheets.filter((file) => /\/assets\/index-/.test(file))).toEqual([]);
      expect(new Set(stylesheets).size).toBe(stylesheets.length);
      if (width === 375 && path === 'incident/') {
        // The phone layout hides the keyboard-shortcuts button (the tool's CSS wins over the shared CSS).
        await expect(page.getByRole('button', { name: /Keyboard shortcuts/ })).toBeHidden();
      }
    });
  }
}

// The start page is prerendered: on a slow phone its HTML should not share the link with the scripts.
test('the start page is painted before its scripts are requested, then comes alive', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Downtime cost calculator' })).toBeVisible();
  await page.getByLabel('Employees affected').fill('20');
  await expect(page.getByRole('status', { name: 'Total cost' })).not.toHaveText('');
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/.+\.js$/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
  expect(timing.paint).not.toBeNull();
  expect(timing.scripts.length).toBeGreaterThan(0);
  for (const start of timing.scripts) expect(start).toBeGreaterThanOrEqual(timing.paint ?? Infinity);
});

test('what is typed into the start page before its scripts have loaded is kept', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('./');
  const affected = page.getByLabel('Users or traffic affected');
  await affected.fill('50');
  await page.getByLabel('Revenue period').selectOption('month');
  await page.getByLabel('Employees affected').fill('20');
  const total = page.getByRole('status', { name: 'Total cost' });
  const prerenderedTotal = await total.textContent();
  release();
  // Live once the total follows the fields: what was typed is in it, and the fields still show it.
  await expect(total).not.toHaveText(prerenderedTotal ?? '');
  await expect(affected).toHaveValue('50');
  await expect(page.getByLabel('Revenue period')).toHaveValue('month');
  await expect(page.getByLabel('Employees affected')).toHaveValue('20');
  await page.getByLabel('Employees affected').fill('21');
  await page.reload();
  await expect(page.getByLabel('Users or traffic affected')).toHaveValue('50');
  await expect(page.getByLabel('Employees affected')).toHaveValue('21');
});

test('a tool page arrives with the app’s header, its own title, and says why it stays empty without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, title, tab] of [
    ['incident/', 'Incident checklist timer — Outage Kit', 'Incident'],
    ['postmortem/', 'Blameless postmortem — Outage Kit', 'Postmortem'],
  ] as const) {
    await page.goto(`./${path}`);
    await expect(page).toHaveTitle(title);
    await expect(page.getByRole('link', { name: tab, exact: true })).toHaveAttribute('aria-current', 'page');
    // Playwright's text selectors skip <noscript>; what the reader sees is the page's rendered text.
    expect(await page.evaluate(() => document.body.innerText)).toContain('This tool runs in your browser and needs JavaScript.');
    await expect(page.getByText(/^Loading the/)).toBeHidden();
  }
  await context.close();
});

test('a first-time visitor sees the tool before its scripts have loaded, and what they click then is done', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('./postmortem/');
  await expect(page).toHaveTitle('Blameless postmortem — Outage Kit');
  await expect(page.getByRole('heading', { level: 2, name: 'Start a postmortem' })).toBeVisible();
  await expect(page.getByText('Loading the postmortem editor…')).toBeHidden();
  await page.getByRole('button', { name: 'Load the example' }).click();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout payments failed after a connection pool change' })).toBeVisible();
});

test('someone with an incident running sees the loading line before the scripts, never an empty form', async ({ page }) => {
  await page.goto('./incident/');
  await declareIncident(page, { title: 'Search returns nothing' });
  const release = await holdScripts(page);
  await page.reload();
  await expect(page.getByText('Loading the incident timer…')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Declare an incident' })).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Search returns nothing' })).toBeVisible();
});

test('a template chosen and created before the scripts have loaded is the one created', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('./postmortem/');
  await page.getByLabel('Short').check();
  await page.getByRole('button', { name: 'Create postmortem' }).click();
  // The page did not submit itself (a reload would lose the choice).
  await expect(page).toHaveURL(/\/postmortem\/$/);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Untitled postmortem' })).toBeVisible();
  // The short template's sections, not the default's.
  await expect(page.getByRole('region', { name: 'Cause', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Contributing factors', exact: true })).toHaveCount(0);
});

test('an incident declared before the scripts have loaded is declared as typed', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('./incident/');
  const form = page.getByRole('form', { name: 'Declare an incident' });
  await form.getByLabel('SEV2 – Major').check();
  await form.getByLabel('What is wrong?').click();
  await page.keyboard.type('Logins fail');
  // Typing on while the app takes over the page: no keystroke is lost, the caret stays in the field.
  release();
  await page.keyboard.type(' for EU users', { delay: 60 });
  await expect(form.getByLabel('What is wrong?')).toBeFocused();
  await expect(form.getByLabel('What is wrong?')).toHaveValue('Logins fail for EU users');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Logins fail for EU users' })).toBeVisible();
  await expect(page.getByText('SEV2', { exact: true }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Logins fail for EU users' })).toBeVisible();
});

// The iframe embed is prerendered too (vite.embed-page.config.ts): a docs page's reader sees the calculator
// before its script has arrived, and never a wrong figure.
test.describe('iframe embed first paint', () => {
  for (const width of [375, 1280]) {
    test(`embed.html at ${width}px is painted before its script is requested, without a layout shift, then comes alive`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { __shifts: shifts });
        // Shifts the reader caused (the total growing as they type) do not count, as in Lighthouse's CLS.
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('./embed.html');
      await expect(page.getByRole('heading', { level: 1, name: 'Downtime cost calculator' })).toBeAttached();
      await expect(page.getByRole('status', { name: 'Total cost' })).toHaveText(expectedTotal());
      const employees = page.getByLabel('Employees affected');
      await employees.click();
      await employees.press('ControlOrMeta+a');
      await employees.pressSequentially('20');
      await expect(page.getByRole('status', { name: 'Total cost' })).toHaveText(expectedTotal({ employees: 20 }));
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        scripts: performance
          .getEntriesByType('resource')
          .filter((entry) => /\/assets\/.+\.js$/.test(entry.name))
          .map((entry) => entry.startTime),
        shifts: (window as unknown as { __shifts: number[] }).__shifts,
      }));
      expect(timing.paint).not.toBeNull();
      expect(timing.scripts).toHaveLength(1);
      for (const start of timing.scripts) expect(start).toBeGreaterThanOrEqual(timing.paint ?? Infinity);
      expect(timing.shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
    });
  }

  test('what is typed into embed.html before its script has loaded is kept', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('./embed.html');
    const total = page.getByRole('status', { name: 'Total cost' });
    await expect(total).toHaveText(expectedTotal());
    await page.getByLabel('Employees affected').fill('20');
    await page.getByLabel('Revenue period').selectOption('year');
    release();
    // Live once the total follows the fields: what was typed is in it, and the fields still show it.
    await expect(total).toHaveText(expectedTotal({ employees: 20, revenuePeriod: 'year' }));
    await expect(page.getByLabel('Employees affected')).toHaveValue('20');
    await expect(page.getByLabel('Revenue period')).toHaveValue('year');
  });

  test('embed.html with parameters never shows the defaults’ figures, and shows its own once live', async ({ page }) => {
    const release = await holdScripts(page);
    // Its script is requested at once (the page waits for it to load: not for the load event here).
    await page.goto('./embed.html?employees=120&title=Our%20last%20outage', { waitUntil: 'domcontentloaded' });
    // The prerendered page is the defaults': hidden until the page's own values are rendered.
    await expect(page.locator('#root')).toBeHidden();
    await expect(page.getByRole('status', { name: 'Total cost' })).toBeHidden();
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Our last outage' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Total cost' })).toHaveText(expectedTotal({ employees: 120 }));
    await expect(page.getByLabel('Employees affected')).toHaveValue('120');
  });

  test('embed.html?theme=dark is dark from the first paint, and readable without JavaScript', async ({ page, browser }) => {
    const release = await holdScripts(page);
    await page.goto('./embed.html?theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('status', { name: 'Total cost' })).toBeVisible();
    release();
    await page.getByLabel('Employees affected').fill('20');
    await expect(page.getByRole('status', { name: 'Total cost' })).toHaveText(expectedTotal({ employees: 20 }));

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto('./embed.html');
    await expect(noScript.getByRole('status', { name: 'Total cost' })).toHaveText(expectedTotal());
    expect(await noScript.evaluate(() => document.body.innerText)).toContain('The downtime cost calculator needs JavaScript.');
    await context.close();
  });
});
