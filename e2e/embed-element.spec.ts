// The custom element where docs sites put it: loaded more than once, added by client-side navigation after the
// script ran, removed and added again; and in a ~700 px docs column, where it must stay short.
import { HOST_PORT, PREVIEW_PORT } from '../playwright.config';
import { calculateDowntimeCost } from '../src/features/calculator/domain/calculate-downtime-cost';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../src/features/calculator/domain/cost-inputs';
import { formatMoney } from '../src/lib/format';
import { expect, test } from './fixtures';

const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
const total = (inputs: Partial<CostInputs>, currency = 'USD') =>
  formatMoney(calculateDowntimeCost({ ...DEFAULT_COST_INPUTS, ...inputs }).total, currency, 'en-US');

test('loaded twice, it defines itself once; elements added later, removed and re-added all render', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/late.html`);
  const embedOrigin = `http://127.0.0.1:${PREVIEW_PORT}`;
  // Two copies of the module (another URL is another module instance, as a site and a page both loading it)
  // and an import() of the first: the second copy finds the name taken and leaves it.
  await page.evaluate(async (origin) => {
    const load = (src: string) =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = src;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`could not load ${src}`));
        document.head.append(script);
      });
    await load(`${origin}/embed.js`);
    await load(`${origin}/embed.js?loaded-again`);
    await import(/* @vite-ignore */ `${origin}/embed.js`);
  }, embedOrigin);
  expect(await page.evaluate(() => typeof customElements.get('downtime-cost-calculator'))).toBe('function');

  // A client-side navigation 500 ms later puts a page with the element in place.
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const element = document.createElement('downtime-cost-calculator');
    element.id = 'late';
    element.setAttribute('minutes', '90');
    element.setAttribute('currency', 'EUR');
    document.getElementById('outlet')!.append(element);
  });
  const late = page.locator('#late');
  await expect(late.getByRole('status', { name: 'Total cost' })).toHaveText(total({ minutes: 90, currency: 'EUR' }, 'EUR'));

  // Navigating away removes it; the next page brings another one.
  await page.evaluate(() => {
    const outlet = document.getElementById('outlet')!;
    (window as unknown as { __kept: Element }).__kept = outlet.firstElementChild!;
    outlet.replaceChildren();
    const next = document.createElement('downtime-cost-calculator');
    next.id = 'next';
    next.setAttribute('employees', '300');
    outlet.append(next);
  });
  await expect(late).toHaveCount(0);
  await expect(page.locator('#next').getByRole('status', { name: 'Total cost' })).toHaveText(total({ employees: 300 }));

  // Back again: the very element that was removed is added again and renders again.
  await page.evaluate(() => {
    const outlet = document.getElementById('outlet')!;
    outlet.replaceChildren((window as unknown as { __kept: Element }).__kept);
  });
  await expect(late.getByRole('status', { name: 'Total cost' })).toHaveText(total({ minutes: 90, currency: 'EUR' }, 'EUR'));
  await late.getByLabel('Employees affected').fill('10');
  await expect(late.getByRole('status', { name: 'Total cost' })).toHaveText(total({ minutes: 90, currency: 'EUR', employees: 10 }, 'EUR'));
  // The console-error fixture fails this test on any error, "already been defined" included.
});

test('in a 700 px docs column it is one short column: the total near the top, secondary groups folded', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${HOST_ORIGIN}/column.html`);
  const element = page.locator('#column-element');
  const amount = element.getByRole('status', { name: 'Total cost' });
  await expect(amount).toHaveText(total({ minutes: 90, employees: 120, currency: 'EUR' }, 'EUR'));
  const box = (await element.boundingBox())!;
  expect(box.width).toBe(700);
  // 3,281 px before the compact layout (docs/PERFORMANCE.md); a reader now sees the whole of it in two screens.
  expect(box.height).toBeLessThan(2000);
  const amountBox = (await amount.boundingBox())!;
  expect(amountBox.y - box.y).toBeLessThan(150);

  // The secondary groups are closed disclosures that say what they add; opening one shows its fields.
  const sla = element.locator('summary', { hasText: 'SLA credits' });
  await expect(sla).toContainText('€20,000.00');
  await expect(element.getByLabel('SLA target')).toBeHidden();
  await sla.click();
  await expect(element.getByLabel('SLA target')).toBeVisible();
  await expect(element.locator('summary', { hasText: 'Show the figures' })).toBeVisible();
  await expect(element.getByRole('table', { name: 'Cost by component' })).toBeHidden();

  // The iframe embed, in the same column, is just as short.
  await page.locator('#column-frame').scrollIntoViewIfNeeded();
  const frame = page.frame({ url: /embed\.html/ })!;
  await expect(page.frameLocator('#column-frame').getByRole('status', { name: 'Total cost' })).toBeVisible();
  expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2000);
});
