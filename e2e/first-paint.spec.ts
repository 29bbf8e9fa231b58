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
