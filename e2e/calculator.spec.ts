import type { Page } from '@playwright/test';
import { calculateDowntimeCost } from '../src/features/calculator/domain/calculate-downtime-cost';
import { DEFAULT_COST_INPUTS } from '../src/features/calculator/domain/cost-inputs';
import { formatMoney } from '../src/lib/format';
import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';

const total = (page: Page) => page.getByRole('status', { name: 'Total cost' });

test.describe('downtime cost calculator', () => {
  test('a user fills the form and sees the total, per minute and per hour', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Downtime cost calculator' })).toBeVisible();
    await page.getByLabel('Outage duration').getByRole('textbox').first().fill('1');
    await page.locator('input[name="durationMinutes"]').fill('30');
    await page.getByLabel('Users or traffic affected').fill('50');
    await page.getByLabel('Revenue', { exact: true }).fill('1,000,000');
    await page.getByLabel('Revenue period').selectOption('month');
    await page.getByLabel('Employees affected').fill('20');
    await page.getByLabel('Responders').fill('4');

    const expected = calculateDowntimeCost({
      ...DEFAULT_COST_INPUTS,
      minutes: 90,
      affected: 50,
      revenue: 1_000_000,
      revenuePeriod: 'month',
      employees: 20,
      responders: 4,
    });
    await expect(total(page)).toHaveText(formatMoney(expected.total, 'USD', 'en-US'));
    await expect(page.getByRole('status', { name: 'Cost per minute' })).toHaveText(formatMoney(expected.perMinute, 'USD', 'en-US'));
    await expect(page.getByRole('status', { name: 'Cost per hour' })).toHaveText(formatMoney(expected.perHour, 'USD', 'en-US'));
    await expect(page.getByRole('table', { name: 'Cost by component' })).toContainText('Lost revenue');
  });

  test('the start page is readable before any script runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Downtime cost calculator' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Total cost' })).toHaveText(
      formatMoney(calculateDowntimeCost(DEFAULT_COST_INPUTS).total, 'USD', 'en-US'),
    );
    await context.close();
  });

  test('inputs survive a reload, including a half-typed invalid value', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Employees affected').fill('37');
    await page.getByLabel('Responders').fill('abc');
    await expect(page.getByLabel('Responders')).toHaveAccessibleDescription(/Enter the number of responders as a number/);
    await page.reload();
    await expect(page.getByLabel('Employees affected')).toHaveValue('37');
    await expect(page.getByLabel('Responders')).toHaveValue('abc');
    await expect(page.getByLabel('Responders')).toHaveAccessibleDescription(/Enter the number of responders as a number/);
  });

  test('a share link opened in a new page gives the same total', async ({ page, context }) => {
    await page.goto('./');
    await page.getByLabel('Employees affected').fill('120');
    await page.getByLabel('Other one-off costs').fill('2500');
    await page.getByLabel('Currency', { exact: true }).fill('EUR');
    const shownTotal = await total(page).textContent();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('employees=120');
    expect(link).toContain('currency=EUR');

    const fresh = await context.browser()!.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(total(other)).toHaveText(shownTotal ?? '');
    await expect(other.getByText(/Loaded \d+ values from a shared link/)).toBeVisible();
    await fresh.close();
  });

  test('a share link with unknown or invalid parameters shows a notice and still works', async ({ page }) => {
    await page.goto('./?minutes=60&affected=abc&colour=blue&currency=EUR');
    await expect(page.getByText('Some parts of the link were ignored')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'colour' })).toBeVisible();
    const expected = calculateDowntimeCost({ ...DEFAULT_COST_INPUTS, minutes: 60, currency: 'EUR' });
    await expect(total(page)).toHaveText(formatMoney(expected.total, 'EUR', 'en-US'));
  });

  test('invalid input shows a specific message next to the field and never NaN', async ({ page }) => {
    await page.goto('./');
    await page.locator('input[name="durationHours"]').fill('0');
    await page.locator('input[name="durationMinutes"]').fill('0');
    await expect(page.getByText('Enter a duration of at least 1 minute')).toBeVisible();
    await page.getByLabel('Users or traffic affected').fill('150');
    await expect(page.getByLabel('Users or traffic affected')).toHaveAccessibleDescription(
      /Share of users affected must be between 0 and 100/,
    );
    await page.getByLabel('Employees affected').fill('-3');
    await expect(page.getByLabel('Employees affected')).toHaveAccessibleDescription(
      /Number of employees affected cannot be negative/,
    );
    // With several problems, a summary links to each field.
    const summary = page.getByRole('region', { name: 'There is a problem' });
    await summary.getByRole('link', { name: 'Number of employees affected cannot be negative' }).click();
    await expect(page.getByLabel('Employees affected')).toBeFocused();
    await expect(page.getByText('Showing the result for your last valid values')).toBeVisible();
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/NaN|Infinity/);
  });

  test('reset to defaults asks first', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Employees affected').fill('999');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset every input to its default?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByLabel('Employees affected')).toHaveValue('999');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await dialog.getByRole('button', { name: 'Reset inputs' }).click();
    await expect(page.getByLabel('Employees affected')).toHaveValue(String(DEFAULT_COST_INPUTS.employees));
  });

  test('corrupted saved data: the app starts, says so and offers the backup', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => localStorage.setItem('outage-kit:state', '{"state": {"calculator": trunc'));
    await page.reload();
    await expect(total(page)).toBeVisible();
    const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(banner).toBeVisible();
    const download = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Download backup' }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(text).toString()).toBe('{"state": {"calculator": trunc');
    const backupKeys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('outage-kit:backup:')));
    expect(backupKeys).toHaveLength(1);
  });

  test('a full storage quota: the app keeps working, says saving failed, and export still works', async ({ page }) => {
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('outage-kit:state') && sessionStorage.getItem('fill-quota') === '1') {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.call(this, key, value);
      };
    });
    await page.goto('./');
    await page.evaluate(() => sessionStorage.setItem('fill-quota', '1'));
    await page.getByLabel('Employees affected').fill('321');
    const banner = page.getByRole('alert').filter({ hasText: 'storage is full' });
    await expect(banner).toBeVisible();
    // The result still follows the input: the app works in memory.
    await expect(page.getByRole('table', { name: 'Cost by component' })).toBeVisible();
    await page.getByRole('button', { name: 'Your data: export, import or clear' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all data' }).click();
    const file = await download;
    const chunks = await (await file.createReadStream()).toArray();
    const exported = JSON.parse(Buffer.concat(chunks).toString());
    expect(exported.format).toBe('outage-kit/all-data');
    expect(exported.state.calculator.inputs.employees).toBe(321);
  });

  test('the nines table shows published values for 99.9 %', async ({ page }) => {
    await page.goto('./');
    const row = page.getByRole('row', { name: /^99\.9% your target/ }).first();
    await expect(row).toContainText('43 m 49.7 s');
    await expect(row).toContainText('8 h 45 m 57 s');
  });

  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      test(`no accessibility violations at ${width}px in the ${theme} theme`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('./');
        await useTheme(page, theme);
        await expectNoAxeViolations(page);
      });
    }
  }
});
