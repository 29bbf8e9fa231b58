// Issue #14, point 2: the cost curve and the breakdown bars hold at every width and every duration. Checked at
// 320, 375 and 1280 px, light and dark: no sideways page scroll, chart text drawn at 11 px or more (and not
// scaled down with the drawing), the text alternative tells the summary's own total, and axe finds nothing.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';

const total = (page: Page) => page.getByRole('status', { name: 'Total cost' });

async function setDuration(page: Page, hours: string, minutes: string) {
  await page.locator('input[name="durationHours"]').fill(hours);
  await page.locator('input[name="durationMinutes"]').fill(minutes);
}

/** Every chart text: its computed font size, and how much the SVG around it is scaled (1 = drawn 1:1). */
async function measureChartText(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('svg.curve__chart text, svg.breakdown__chart text')].map((text) => {
      const svg = text.ownerSVGElement!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return { text: text.textContent ?? '', fontSize: parseFloat(getComputedStyle(text).fontSize), scale };
    }),
  );
}

for (const width of [320, 375, 1280]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`charts are readable at ${width} px, ${theme}: a 3-day outage drawn inside the curve`, async ({ page }, testInfo) => {
      test.slow(); // a full-page axe run
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      await useTheme(page, theme);
      await setDuration(page, '72', '0');
      const summaryTotal = (await total(page).textContent())!.trim();
      const curve = page.getByRole('img', { name: /Cost against outage length/ });
      await expect(curve).toHaveAccessibleName(new RegExp(`Your outage of 3 d costs ${summaryTotal.replace(/[$.,]/g, '\\$&')}\\.`));
      // The curve reaches past the outage (to 6 d), so 3 d is not clamped at "1 d".
      await expect(curve).toHaveAccessibleName(/for 6 d\./);

      const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      const innerWidth = await page.evaluate(() => window.innerWidth);
      expect(scrollWidth, 'no horizontal page scroll').toBeLessThanOrEqual(innerWidth);

      const texts = await measureChartText(page);
      expect(texts.length).toBeGreaterThan(10);
      for (const t of texts) {
        expect(t.fontSize, `"${t.text}" font size`).toBeGreaterThanOrEqual(11);
        expect(t.fontSize * t.scale, `"${t.text}" size as drawn`).toBeGreaterThanOrEqual(11);
      }
      // The y-axis labels are round: 0 then multiples of one 1-2-5 step.
      const yLabels = await page.locator('svg.curve__chart .curve__grid text').allTextContents();
      const values = yLabels.map((label) => {
        const match = /^\$([0-9.]+)([KMB]?)$/.exec(label);
        expect(match, `"${label}" is a compact dollar amount`).not.toBeNull();
        return Number(match![1]) * { '': 1, K: 1e3, M: 1e6, B: 1e9 }[match![2] as '' | 'K' | 'M' | 'B'];
      });
      expect(values[0]).toBe(0);
      expect(values.length).toBeGreaterThanOrEqual(3);
      expect(values.length).toBeLessThanOrEqual(7);
      const step = values[1]!;
      expect(String(step / 10 ** Math.floor(Math.log10(step)))).toMatch(/^[125]$/);
      values.forEach((value, i) => expect(value).toBeCloseTo(i * step, 6));

      // On a phone the nines table scrolls; its cue says so.
      const hint = page.getByText('Scroll the table sideways for Month, Quarter and Year');
      if (width < 700) await expect(hint).toBeVisible();
      else await expect(hint).toBeHidden();

      await page.getByRole('region', { name: 'Allowed downtime' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`page-${width}-${theme}.png`), fullPage: true });
      await curve.screenshot({ path: testInfo.outputPath(`curve-${width}-${theme}.png`) });
      await expectNoAxeViolations(page);
    });
  }
}

test('a short outage reaches into seconds; the text alternative tells its total', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./');
  await setDuration(page, '0', '2');
  const summaryTotal = (await total(page).textContent())!.trim();
  const curve = page.getByRole('img', { name: /Cost against outage length/ });
  await expect(curve).toHaveAccessibleName(new RegExp(`Your outage of 2 min costs ${summaryTotal.replace(/[$.,]/g, '\\$&')}\\.`));
  await expect(curve).toHaveAccessibleName(/for a 1 min outage/);
  await expect(page.locator('svg.curve__chart .curve__tick').first()).toHaveText('1 min');
});
