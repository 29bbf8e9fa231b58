import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4390/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
for (const [w, h] of [[375, 800], [1280, 900]]) for (const scheme of ['light', 'dark']) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, serviceWorkers: 'block', locale: 'en-US', timezoneId: 'Europe/Berlin' });
  const page = await ctx.newPage();
  await page.goto(base + 'incident/');
  await page.getByLabel('What is wrong?').fill('Checkout 500s');
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.waitForTimeout(800);
  const author = page.getByRole('form', { name: 'Your name' }).getByRole('textbox');
  if (await author.count()) { await page.screenshot({ path: `/tmp/shots/author-${w}-${scheme}.png` }); await author.fill('Alice'); await page.getByRole('button', { name: 'Save name' }).click().catch(() => {}); }
  await page.getByRole('button', { name: 'Hand over' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand over this incident' });
  await dialog.getByRole('button', { name: 'Make the handover' }).click();
  await dialog.getByTestId('handover-readback').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/handover-${w}-${scheme}.png`, fullPage: false });
  const link = await dialog.getByLabel(/^Link \(/).inputValue();
  const ctx2 = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, serviceWorkers: 'block', locale: 'en-US', timezoneId: 'Europe/Berlin' });
  const p2 = await ctx2.newPage();
  await p2.goto(link);
  await p2.getByRole('dialog', { name: /A handover arrived/ }).waitFor();
  await p2.waitForTimeout(500);
  await p2.screenshot({ path: `/tmp/shots/readback-${w}-${scheme}.png` });
  await ctx2.close(); await ctx.close();
}
await browser.close();
