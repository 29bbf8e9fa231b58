// Throwaway: full-page screenshots before/after the CSS split. Usage: node scripts/css-split-screenshots.mjs baseUrl outDir
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.argv[2];
const out = process.argv[3];
mkdirSync(out, { recursive: true });
const T0 = Date.UTC(2025, 2, 10, 13, 0, 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
async function declare(page) {
  await page.clock.install({ time: T0 - 10_000 });
  await page.goto(new URL('incident/', base).href);
  await page.clock.pauseAt(T0);
  const form = page.getByRole('form', { name: 'Declare an incident' });
  await form.getByLabel('What is wrong?').fill('Checkout fails with an error');
  await form.getByRole('radio').first().check();
  await form.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('heading', { level: 1, name: 'Checkout fails with an error' }).waitFor();
}
const views = {
  calculator: async (page) => { await page.clock.install({ time: T0 }); await page.goto(base); await page.clock.pauseAt(T0 + 60_000); },
  'incident-start': async (page) => { await page.clock.install({ time: T0 - 10_000 }); await page.goto(new URL('incident/', base).href); await page.clock.pauseAt(T0); },
  'incident-declared': declare,
  'incident-runbook': async (page) => { await declare(page); await page.getByRole('tab', { name: 'Runbook' }).click(); },
  'incident-history': async (page) => { await declare(page); await page.getByRole('tab', { name: /^History/ }).click(); },
  'postmortem-list': async (page) => { await page.clock.install({ time: T0 }); await page.goto(new URL('postmortem/', base).href); await page.getByRole('heading', { level: 1, name: 'Blameless postmortems' }).waitFor(); await page.clock.pauseAt(T0 + 60_000); },
  'postmortem-editor': async (page) => {
    await page.clock.install({ time: T0 }); await page.goto(new URL('postmortem/', base).href);
    await page.getByRole('button', { name: 'Load the example' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkout payments failed after a connection pool change' }).waitFor();
    await page.clock.pauseAt(T0 + 60_000);
  },
};
for (const [name, go] of Object.entries(views)) {
  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, locale: 'en-US', timezoneId: 'Europe/Berlin', serviceWorkers: 'block', reducedMotion: 'reduce' });
      const page = await context.newPage();
      await go(page);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 300));
      const file = `${out}/${name}-${width}-${theme}.png`;
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
      console.log(file);
      await context.close();
    }
  }
}
await browser.close();
