import { expect, test } from './fixtures';

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
  let release: () => void = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
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
