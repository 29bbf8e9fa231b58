// The embeds, as a docs site uses them: host pages on another origin (e2e/fixtures/host/, served by
// e2e/host-server.mjs on HOST_PORT) load the iframe page and the custom element from the app's origin.
import type { Page } from '@playwright/test';
import { HOST_PORT, PREVIEW_PORT } from '../playwright.config';
import { calculateDowntimeCost } from '../src/features/calculator/domain/calculate-downtime-cost';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../src/features/calculator/domain/cost-inputs';
import { buildCostMessage, type EmbedCostMessage } from '../src/features/calculator/domain/embed-messages';
import { parseEmbedParams } from '../src/features/calculator/url/embed-params';
import { formatMoney } from '../src/lib/format';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { installCanary, XSS_PAYLOADS } from './xss-payloads';

const EMBED_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
const money = (amount: number, currency: string) => formatMoney(amount, currency, 'en-US');

/** The iframe's query in e2e/fixtures/host/iframe.html. */
const IFRAME_QUERY =
  'minutes=90&employees=120&otherCosts=2500&currency=EUR&slaTiers=99.9:10,99:50&theme=light&sections=outage,revenue,productivity,response,settings&lock=currency&title=What%20this%20outage%20costs';

interface Recorded {
  messages: { origin: string; data: unknown }[];
  costEvents: { id: string; detail: EmbedCostMessage }[];
  csp: string[];
}

/**
 * Records, from the first byte of every frame: messages the page receives, `costchange` events, CSP violations;
 * and installs the XSS canary. Also collects every request, to prove the embeds talk to no third origin.
 */
async function watch(page: Page) {
  await page.addInitScript(installCanary);
  await page.addInitScript(() => {
    const w = window as unknown as { __recorded: Recorded };
    w.__recorded = { messages: [], costEvents: [], csp: [] };
    window.addEventListener('message', (e) => w.__recorded.messages.push({ origin: e.origin, data: e.data }));
    document.addEventListener('costchange', (e) => {
      w.__recorded.costEvents.push({ id: (e.target as Element).id, detail: (e as CustomEvent<EmbedCostMessage>).detail });
    });
    document.addEventListener('securitypolicyviolation', (e) => w.__recorded.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return {
    recorded: () => page.evaluate(() => (window as unknown as { __recorded: Recorded }).__recorded),
    canary: () => page.evaluate(() => (window as unknown as { __xssFired: number }).__xssFired),
    /** Requests to anything but the host page's and the embed's origins (there must be none). */
    thirdParty: () => requests.filter((url) => ![EMBED_ORIGIN, HOST_ORIGIN].includes(new URL(url).origin) && !/^(data|blob):/.test(url)),
    requests,
  };
}

function expectedCost(inputs: Partial<CostInputs>) {
  return calculateDowntimeCost({ ...DEFAULT_COST_INPUTS, ...inputs });
}

test.describe('iframe embed', () => {
  test('renders on another origin, sizes its frame through the documented script, and reports the calculator’s total', async ({ page, context }) => {
    const watcher = await watch(page);
    await page.goto(`${HOST_ORIGIN}/iframe.html`);
    const frameElement = page.locator('#outage-kit-calculator');
    const frame = page.frameLocator('#outage-kit-calculator');
    const cost = calculateDowntimeCost(parseEmbedParams(IFRAME_QUERY).inputs);

    await expect(frame.getByRole('heading', { name: 'What this outage costs' })).toBeVisible();
    await expect(frame.getByRole('status', { name: 'Total cost' })).toHaveText(money(cost.total, 'EUR'));

    // The frame takes the content's height (its fixed fallback is 900 px), so the reader never scrolls inside it.
    const heights = async () => ({
      frame: await frameElement.evaluate((el) => el.getBoundingClientRect().height),
      content: await frame.locator('#root').evaluate((el) => el.getBoundingClientRect().height),
    });
    await expect.poll(async () => { const h = await heights(); return Math.abs(h.frame - h.content); }).toBeLessThanOrEqual(1);
    expect((await heights()).frame).not.toBe(900);

    // The figures reach the host as the documented message, from the embed's origin.
    await expect.poll(async () => (await watcher.recorded()).messages.filter((m) => (m.data as { type?: string }).type === 'outage-kit:cost').length).toBeGreaterThan(0);
    const costMessages = (await watcher.recorded()).messages.filter((m) => (m.data as { type?: string }).type === 'outage-kit:cost');
    expect(costMessages.at(-1)).toEqual({ origin: EMBED_ORIGIN, data: buildCostMessage(cost, 'EUR') });

    // The full calculator, given the same parameters as a share link, shows the same total.
    const app = await context.newPage();
    await app.goto(`${EMBED_ORIGIN}/?${IFRAME_QUERY.split('&theme=')[0]}`);
    await expect(app.getByRole('status', { name: 'Total cost' })).toHaveText(money(cost.total, 'EUR'));
    await app.close();

    // An error message makes the content taller: the frame follows, and a new total is posted when fixed.
    const before = (await heights()).frame;
    await frame.getByLabel('Responders').fill('abc');
    await expect(frame.getByText(/Enter the number of responders as a number/)).toBeVisible();
    await expect.poll(async () => (await heights()).frame).toBeGreaterThan(before);
    await frame.getByLabel('Responders').fill('9');
    const updated = calculateDowntimeCost({ ...parseEmbedParams(IFRAME_QUERY).inputs, responders: 9 });
    await expect(frame.getByRole('status', { name: 'Total cost' })).toHaveText(money(updated.total, 'EUR'));
    await expect.poll(async () => {
      const messages = (await watcher.recorded()).messages.filter((m) => (m.data as { type?: string }).type === 'outage-kit:cost');
      return (messages.at(-1)?.data as EmbedCostMessage | undefined)?.total;
    }).toBe(updated.total);

    expect(watcher.thirdParty()).toEqual([]);
    expect(watcher.requests.filter((url) => /jspdf|html2canvas|purify/i.test(url))).toEqual([]);
  });

  test('applies theme, sections, lock and title from its URL', async ({ page }) => {
    await page.goto(`${EMBED_ORIGIN}/embed.html?theme=dark&sections=revenue,sla&lock=revenue,slaTiers&title=Revenue%20at%20risk&revenue=5000000`);
    await expect(page.getByRole('heading', { name: 'Revenue at risk' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('group', { name: /Lost revenue/ })).toBeVisible();
    // SLA credits is one of the embed's folded groups: its disclosure shows, and its locked tiers stay locked.
    await expect(page.locator('summary', { hasText: 'SLA credits' })).toBeVisible();
    await expect(page.getByLabel('Employees affected')).toHaveCount(0);
    await expect(page.getByLabel('Revenue', { exact: true })).toHaveAttribute('readonly', '');
    await expect(page.getByLabel('Uptime below').first()).toHaveAttribute('readonly', '');
    await expect(page.getByRole('button', { name: 'Add a tier' })).toHaveCount(0);
    await expect(page.getByRole('status', { name: 'Total cost' })).toHaveText(money(expectedCost({ revenue: 5_000_000 }).total, 'USD'));
  });

  test('axe finds no violations inside the frame, light or dark', async ({ page }) => {
    test.slow(); // two full axe runs
    await page.goto(`${HOST_ORIGIN}/iframe.html`);
    await expect(page.frameLocator('#outage-kit-calculator').getByRole('status', { name: 'Total cost' })).toBeVisible();
    await expectNoAxeViolations(page, '#outage-kit-calculator');
    await page.goto(`${EMBED_ORIGIN}/embed.html?theme=dark&sections=outage,sla,settings&lock=minutes`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });

  test('hostile parameters render as inert text with a notice, and never crash or run', async ({ page }) => {
    test.slow(); // one page load per payload
    const watcher = await watch(page);
    for (const payload of XSS_PAYLOADS.slice(0, 10)) {
      const query = new URLSearchParams({ title: payload, minutes: payload, sections: payload, lock: payload, theme: payload, [payload]: '1' });
      await page.goto(`${EMBED_ORIGIN}/embed.html?${query.toString()}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload.replace(/\s+/g, ' ').trim());
      await expect(page.getByRole('status').filter({ hasText: 'Some settings were ignored' })).toBeVisible();
      await expect(page.getByRole('status', { name: 'Total cost' })).toHaveText(money(expectedCost({}).total, 'USD'));
    }
    expect(await watcher.canary()).toBe(0);
    expect(watcher.thirdParty()).toEqual([]);
  });

  test('never reads or writes the app’s saved state and sets no cookie', async ({ page, context }) => {
    await page.goto(`${EMBED_ORIGIN}/`);
    await page.getByLabel('Employees affected').fill('777');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('outage-kit:state') ?? '')).toContain('777');
    const saved = await page.evaluate(() => JSON.stringify(localStorage));

    await page.goto(`${EMBED_ORIGIN}/embed.html`);
    await expect(page.getByLabel('Employees affected')).toHaveValue(String(DEFAULT_COST_INPUTS.employees));
    await page.getByLabel('Employees affected').fill('5');
    await expect(page.getByRole('status', { name: 'Total cost' })).toHaveText(money(expectedCost({ employees: 5 }).total, 'USD'));
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(saved);

    await page.goto(`${EMBED_ORIGIN}/`);
    await expect(page.getByLabel('Employees affected')).toHaveValue('777');
    expect(await context.cookies()).toEqual([]);
  });
});

test.describe('custom element', () => {
  test('keeps its look under a host page’s aggressive CSS, and its CSS stays out of the host', async ({ page }) => {
    const watcher = await watch(page);
    await page.goto(`${HOST_ORIGIN}/element.html`);
    const total = page.locator('#first').getByRole('status', { name: 'Total cost' });
    await expect(total).toHaveText(money(expectedCost({ minutes: 30, currency: 'EUR' }).total, 'EUR'));

    const style = await total.evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, family: s.fontFamily, size: s.fontSize, spacing: s.letterSpacing };
    });
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.family).toContain('system-ui');
    expect(style.size).not.toBe('40px');
    expect(style.spacing).not.toBe('3px');
    // Inner text keeps our 16px base even though the host sets `html { font-size: 10px }` and `* { 40px }`.
    const label = page.locator('#first').getByText('Outage duration', { exact: true });
    expect(await label.evaluate((el) => getComputedStyle(el).fontSize)).toBe('15.2px');

    // The host's own elements that share our class names keep the host's styles.
    await expect(page.locator('#host-hidden-class')).toBeVisible();
    expect(await page.locator('#host-button').evaluate((el) => getComputedStyle(el).borderRadius)).toBe('0px');
    expect(watcher.thirdParty()).toEqual([]);
  });

  test('axe finds no violations inside either instance, light or dark', async ({ page }) => {
    test.slow(); // axe walks two shadow roots full of form fields
    await page.goto(`${HOST_ORIGIN}/element.html`);
    await expect(page.locator('#second').getByRole('status', { name: 'Total cost' })).toBeVisible();
    await expectNoAxeViolations(page, '#first');
    await expectNoAxeViolations(page, '#second');
  });

  test('updates when attributes change and fires costchange with the right totals', async ({ page }) => {
    const watcher = await watch(page);
    await page.goto(`${HOST_ORIGIN}/element.html`);
    const first = page.locator('#first');
    const initial = expectedCost({ minutes: 30, currency: 'EUR' });
    await expect(first.getByRole('status', { name: 'Total cost' })).toHaveText(money(initial.total, 'EUR'));
    await expect.poll(async () => (await watcher.recorded()).costEvents.filter((e) => e.id === 'first').at(-1)?.detail).toEqual(buildCostMessage(initial, 'EUR'));

    await first.evaluate((el) => {
      el.setAttribute('minutes', '120');
      el.setAttribute('other-costs', '10000');
      el.setAttribute('currency', 'GBP');
    });
    const changed = expectedCost({ minutes: 120, otherCosts: 10_000, currency: 'GBP' });
    await expect(first.getByRole('status', { name: 'Total cost' })).toHaveText(money(changed.total, 'GBP'));
    await expect(first.getByLabel('Other one-off costs')).toHaveValue('10000');
    await expect.poll(async () => (await watcher.recorded()).costEvents.filter((e) => e.id === 'first').at(-1)?.detail).toEqual(buildCostMessage(changed, 'GBP'));
    // Late listeners can read the latest result from the element.
    expect(await first.evaluate((el) => (el as HTMLElement & { cost: unknown }).cost)).toEqual(buildCostMessage(changed, 'GBP'));

    // A reader's edit is a result too.
    await first.getByLabel('Employees affected').fill('10');
    const edited = expectedCost({ minutes: 120, otherCosts: 10_000, currency: 'GBP', employees: 10 });
    await expect.poll(async () => (await watcher.recorded()).costEvents.at(-1)?.detail.total).toBe(edited.total);

    // A new heading keeps the reader's edit; a bad attribute shows a notice instead of breaking.
    await first.evaluate((el) => {
      el.setAttribute('heading', 'Renamed');
      el.setAttribute('revenue-period', 'fortnight');
    });
    await expect(first.getByRole('heading', { name: 'Renamed' })).toBeVisible();
    await expect(first.getByRole('status').filter({ hasText: 'revenue-period' })).toContainText('Select whether revenue is per hour, day, month or year');
    expect(watcher.thirdParty()).toEqual([]);
  });

  test('two instances with different attributes are independent', async ({ page }) => {
    await watch(page);
    await page.goto(`${HOST_ORIGIN}/element.html`);
    const first = page.locator('#first');
    const second = page.locator('#second');
    const long = expectedCost({ minutes: 240, employees: 500 });
    await expect(first.getByRole('status', { name: 'Total cost' })).toHaveText(money(expectedCost({ minutes: 30, currency: 'EUR' }).total, 'EUR'));
    await expect(second.getByRole('status', { name: 'Total cost' })).toHaveText(money(long.total, 'USD'));
    await expect(second.getByLabel('Revenue', { exact: true })).toHaveCount(0);
    await expect(second.locator('input[name="durationHours"]')).toHaveAttribute('readonly', '');

    await first.getByLabel('Employees affected').fill('900');
    await expect(first.getByRole('status', { name: 'Total cost' })).toHaveText(money(expectedCost({ minutes: 30, currency: 'EUR', employees: 900 }).total, 'EUR'));
    await expect(second.getByRole('status', { name: 'Total cost' })).toHaveText(money(long.total, 'USD'));
    await expect(second.getByLabel('Employees affected')).toHaveValue('500');

    // theme="dark" on one instance only.
    const background = (locator: typeof first) => locator.locator('.ok-embed').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(first)).toBe('rgb(255, 255, 255)');
    expect(await background(second)).toBe('rgb(23, 27, 34)');
  });

  test('works under a strict host CSP (scripts from the embed origin only, nothing inline) without a violation', async ({ page }) => {
    const watcher = await watch(page);
    const response = await page.goto(`${HOST_ORIGIN}/element.strict.html`);
    expect(response?.headers()['content-security-policy']).toContain(`script-src ${EMBED_ORIGIN};`);
    const element = page.locator('downtime-cost-calculator');
    await expect(element.getByRole('status', { name: 'Total cost' })).toHaveText(money(expectedCost({ minutes: 75, employees: 40 }).total, 'USD'));
    await expect(element.getByRole('heading', { name: 'Under a strict CSP' })).toBeVisible();
    // Styled (adopted stylesheet applied), not a bare unstyled form.
    expect(await element.locator('.ok-embed').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    await expect(page.frameLocator('#outage-kit-calculator').getByRole('status', { name: 'Total cost' })).toHaveText(
      money(expectedCost({ minutes: 75, employees: 40 }).total, 'USD'),
    );
    expect((await watcher.recorded()).csp).toEqual([]);
    expect(watcher.thirdParty()).toEqual([]);
  });
});

test.describe('embed builder in the app', () => {
  test('builds both snippets from the current inputs and options, with a live preview', async ({ page, context }) => {
    test.slow(); // ends with axe over the builder and its preview frame
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await page.getByLabel('Employees affected').fill('120');
    await page.getByLabel('Currency', { exact: true }).fill('EUR');
    const appTotal = await page.getByRole('status', { name: 'Total cost' }).first().textContent();

    await page.getByText('Embed this calculator').click();
    const options = page.getByRole('form', { name: 'Embed options' });
    await options.getByLabel('Title').fill('Our outage');
    await options.getByLabel('Theme').selectOption('dark');
    await options.getByRole('checkbox', { name: 'Churn', exact: true }).uncheck();
    await options.getByText('Lock values').click();
    await options.getByRole('checkbox', { name: 'Currency', exact: true }).check();

    const iframeCode = page.getByLabel('iframe (works everywhere)');
    await expect(iframeCode).toHaveValue(/employees=120/);
    await expect(iframeCode).toHaveValue(/theme=dark/);
    await expect(iframeCode).toHaveValue(/lock=currency/);
    await expect(iframeCode).toHaveValue(/title="Our outage"/);
    expect(await iframeCode.inputValue()).toContain(`event.origin !== "${EMBED_ORIGIN}"`);
    const elementCode = page.getByLabel('Custom element');
    expect(await elementCode.inputValue()).toContain(`<script type="module" src="${EMBED_ORIGIN}/embed.js"></script>`);
    await expect(elementCode).toHaveValue(/employees="120"/);
    await expect(elementCode).toHaveValue(/heading="Our outage"/);

    const preview = page.frameLocator('iframe[title="Preview of the embedded calculator"]');
    await expect(preview.getByRole('heading', { name: 'Our outage' })).toBeVisible();
    await expect(preview.getByRole('status', { name: 'Total cost' })).toHaveText(appTotal ?? '');
    await expect(preview.getByRole('group', { name: /Churn/ })).toHaveCount(0);
    await expect(preview.getByLabel('Currency', { exact: true })).toHaveAttribute('readonly', '');

    await page.getByRole('button', { name: 'Copy custom element code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await elementCode.inputValue());
    // The link for editors that embed a URL now has its own tab.
    await page.getByRole('tab', { name: 'Notion / GitBook' }).click();
    const link = await page.getByLabel('Embed link').inputValue();
    expect(link.startsWith(`${EMBED_ORIGIN}/embed.html?`)).toBe(true);
    await expectNoAxeViolations(page, '.embed-builder');
  });
});
