import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Fails a test on any console error or uncaught page error: a user would see a broken page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe (WCAG 2.x A/AA) on the page and expects no violations. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** Sets the manual theme through the UI toggle until the page shows the wanted theme. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const html = page.locator('html');
  // The app sets the attribute once it is live (the start page is readable, not clickable, before that).
  await expect(html).toHaveAttribute('data-theme', /^(light|dark)$/);
  if ((await html.getAttribute('data-theme')) !== theme) {
    await page.getByRole('button', { name: `Switch to ${theme} theme` }).click();
  }
  await expect(html).toHaveAttribute('data-theme', theme);
}
