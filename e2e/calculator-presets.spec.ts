import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';

const total = (page: Page) => page.getByRole('status', { name: 'Total cost' });
const presetSelect = (page: Page) => page.getByLabel('Start from a published figure');

/** The rotation a disclosure's chevron is drawn at, or null when the summary draws no indicator at all. */
async function readChevron(page: Page, summaryText: string): Promise<{ transform: string; border: string } | null> {
  return page.locator('summary', { hasText: summaryText }).first().evaluate((summary) => {
    const style = getComputedStyle(summary, '::before');
    if (style.content === 'none' || style.content === 'normal') return null;
    if (style.display === 'none' || parseFloat(style.width) === 0) return null;
    return { transform: style.transform, border: style.borderRightWidth };
  });
}

const DISCLOSURES = ['Embed this calculator', 'How this is calculated', 'Show the figures'];

test.describe('calculator presets with cited sources', () => {
  test('every example shows its source with publisher, year and a link the user opens, and a caveat', async ({ page }) => {
    await page.goto('./');
    const options = await presetSelect(page).locator('option').allTextContents();
    expect(options.slice(1)).toEqual([
      'Significant outage (Uptime 2025)',
      'Global 2000 company (Splunk 2024)',
      'Mid-to-large firm (ITIC 2024)',
      'Gartner average (2014, dated)',
    ]);
    const expected: [string, RegExp, string][] = [
      ['Significant outage (Uptime 2025)', /Uptime Institute, “Annual Outage Analysis 2025” \(2025\)/, 'uptimeinstitute.com'],
      ['Global 2000 company (Splunk 2024)', /Splunk with Oxford Economics, “The Hidden Costs of Downtime” \(2024\)/, 'splunk.com'],
      ['Mid-to-large firm (ITIC 2024)', /ITIC, “2024 Hourly Cost of Downtime Survey” \(2024\)/, 'itic-corp.com'],
      ['Gartner average (2014, dated)', /Gartner \(Andrew Lerner\), “The Cost of Downtime” \(2014\)/, 'blogs.gartner.com'],
    ];
    for (const [option, linkName, host] of expected) {
      await presetSelect(page).selectOption({ label: option });
      const card = page.locator('#cost-preset-source');
      const link = card.getByRole('link', { name: linkName });
      await expect(link).toHaveAttribute('href', new RegExp(`^https://[^/]*${host.replace('.', '\\.')}/`));
      await expect(link).toHaveAttribute('rel', 'noopener');
      await expect(card.getByText('Measured:')).toBeVisible();
      await expect(card.getByText('Caveat:')).toBeVisible();
    }
    await expect(page.locator('#cost-preset-source').getByText('Dated', { exact: true })).toBeVisible();
  });

  test('"Use example" keeps the user’s currency, says the amounts are unconverted dollars, and undo restores every value', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByLabel('Currency').fill('EUR');
    await page.getByLabel('Revenue', { exact: true }).fill('777000');
    await page.getByLabel('Employees affected').fill('33');
    await expect(total(page)).toContainText('€');
    const before = await total(page).textContent();

    await presetSelect(page).selectOption({ label: 'Global 2000 company (Splunk 2024)' });
    await page.getByRole('button', { name: 'Use example' }).click();
    await expect(page.getByLabel('Currency')).toHaveValue('EUR');
    await expect(page.getByLabel('Revenue', { exact: true })).toHaveValue('479000');
    await expect(total(page)).toContainText('€');
    const notice = page.getByRole('status').filter({ hasText: 'Used “Global 2000 company (Splunk 2024)”' });
    await expect(notice).toContainText('Amounts are the source’s USD figures, entered as EUR without conversion.');

    await notice.getByRole('button', { name: 'Undo and restore my values' }).click();
    await expect(page.getByLabel('Revenue', { exact: true })).toHaveValue('777000');
    await expect(page.getByLabel('Employees affected')).toHaveValue('33');
    await expect(page.getByLabel('Currency')).toHaveValue('EUR');
    await expect(total(page)).toHaveText(before ?? '');
    await expect(notice).toHaveCount(0);
  });

  test('the Splunk example gives its 9,000 a minute', async ({ page }) => {
    await page.goto('./');
    await presetSelect(page).selectOption({ label: 'Global 2000 company (Splunk 2024)' });
    await page.getByRole('button', { name: 'Use example' }).click();
    await expect(page.getByText('$9,000', { exact: false }).first()).toBeVisible();
  });
});

test.describe('disclosures on first paint', () => {
  // No script at all: the prerendered page and its one stylesheet, as a slow phone shows them before hydration
  // (and before the embed builder's lazy chunk and its CSS could load).
  test.use({ javaScriptEnabled: false });

  test('each collapsed disclosure draws a chevron before any script or lazy stylesheet has loaded', async ({ page }) => {
    await page.goto('./');
    for (const text of DISCLOSURES) {
      const chevron = await readChevron(page, text);
      expect(chevron, `${text} has an indicator`).not.toBeNull();
      expect(chevron!.border).toBe('2px');
    }
  });

});

test.describe('disclosures show whether they are open', () => {
  test('the chevron turns when a disclosure opens, and does so without animation under reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./');
    for (const text of DISCLOSURES) {
      const closed = await readChevron(page, text);
      await page.locator('summary', { hasText: text }).first().click();
      const open = await readChevron(page, text);
      expect(open!.transform, `${text} turns on open`).not.toBe(closed!.transform);
      const duration = await page
        .locator('summary', { hasText: text })
        .first()
        .evaluate((summary) => getComputedStyle(summary, '::before').transitionDuration);
      expect(parseFloat(duration)).toBeLessThan(0.01);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`presets and disclosures pass axe in the ${theme} theme`, async ({ page }) => {
      await page.goto('./');
      await useTheme(page, theme);
      await presetSelect(page).selectOption({ label: 'Gartner average (2014, dated)' });
      await page.getByRole('button', { name: 'Use example' }).click();
      await expect(page.getByRole('button', { name: 'Undo and restore my values' })).toBeVisible();
      await expectNoAxeViolations(page, '.toolbar__preset');
    });
  }
});

test.describe('a link with a parameter given twice', () => {
  test('says which parameter was repeated and which value was used', async ({ page }) => {
    await page.goto('./?revenue=5000&minutes=30&revenue=9000');
    const notice = page.getByRole('status').filter({ hasText: 'Some parts of the link were ignored or repeated' });
    await expect(notice).toContainText('revenue: given 2 times; used the last one');
    await expect(page.getByLabel('Revenue', { exact: true })).toHaveValue('9000');
  });
});
