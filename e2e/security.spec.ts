import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { installCanary, XSS_PAYLOADS } from './xss-payloads';

/** Records CSP violations and every request's URL from the first byte of the page. */
async function watchPage(page: Page) {
  await page.addInitScript(installCanary);
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return {
    requests,
    csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    canary: () => page.evaluate(() => (window as unknown as { __xssFired: number }).__xssFired),
  };
}

function offOrigin(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

test.describe('security: the calculator', () => {
  test('XSS payloads in share-link parameters are ignored as text and never run', async ({ page, baseURL }) => {
    test.setTimeout(60_000); // twelve page loads
    const watch = await watchPage(page);
    for (const payload of XSS_PAYLOADS.slice(0, 12)) {
      const query = new URLSearchParams({ currency: payload, [payload.slice(0, 20)]: payload, minutes: payload });
      await page.goto(`./?${query.toString()}`);
      await expect(page.getByText('Some parts of the link were ignored')).toBeVisible();
    }
    expect(await watch.canary()).toBe(0);
    expect(await watch.csp()).toEqual([]);
    expect(offOrigin(watch.requests, new URL(baseURL!).origin)).toEqual([]);
  });

  test('XSS payloads typed into every calculator field show a message and never run', async ({ page, baseURL }) => {
    const watch = await watchPage(page);
    await page.goto('./');
    const inputs = page.locator('form[aria-label="Outage cost inputs"] input[type="text"], form[aria-label="Outage cost inputs"] input:not([type])');
    const count = await inputs.count();
    expect(count).toBeGreaterThan(15);
    for (let i = 0; i < count; i++) {
      await inputs.nth(i).fill(XSS_PAYLOADS[i % XSS_PAYLOADS.length]!);
    }
    await expect(page.getByRole('region', { name: 'There is a problem' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('status', { name: 'Total cost' })).toBeVisible();
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
    expect(await watch.canary()).toBe(0);
    expect(await watch.csp()).toEqual([]);
    expect(offOrigin(watch.requests, new URL(baseURL!).origin)).toEqual([]);
  });
});
