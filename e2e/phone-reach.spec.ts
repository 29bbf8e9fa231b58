import { expect, test, type Page } from '@playwright/test';
import { declareIncident, openIncidentPage, timeline } from './incident-helpers';

/** True when the element's box lies inside the viewport (no scrolling needed to see it). */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }, selector);
}

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 700 }, hasTouch: true });

  test('the note field and the status composer are one tap away from the clock, past the whole checklist', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page, { title: 'Checkout fails on phones' });
    const quick = page.getByRole('navigation', { name: 'Quick actions' });
    await expect(quick).toBeInViewport();
    // The page is many screens long: the note field starts far below the fold.
    const noteTop = await page.getByLabel('Note', { exact: true }).evaluate((el) => el.getBoundingClientRect().top);
    expect(noteTop).toBeGreaterThan(3 * 700);

    await quick.getByRole('button', { name: 'Add a note' }).tap();
    const note = page.getByLabel('Note', { exact: true });
    await expect(note).toBeFocused();
    expect(await inViewport(page, '#incident-note')).toBe(true);
    // While typing, the bar gives the space to the on-screen keyboard.
    await expect(quick).toBeHidden();
    await note.fill('Error rate 40 % on iOS');
    await note.press('Enter');
    await expect(timeline(page)).toContainText('Error rate 40 % on iOS');

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(quick).toBeInViewport();
    await quick.getByRole('button', { name: 'Write an update' }).tap();
    await expect(page.locator('#status-update-text')).toBeFocused();
    expect(await inViewport(page, '#status-update-text')).toBe(true);

    // The bar never widens the page or covers the end of the timeline.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  test('the postmortem editor has a jump list: Summary is a few Tab presses from the top, not 45', async ({ page }) => {
    await page.goto('./postmortem/');
    await page.getByRole('button', { name: 'Load the example' }).click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('Checkout payments failed');
    const jump = page.getByRole('navigation', { name: 'Jump to' });
    await expect(jump.getByRole('link')).not.toHaveCount(0);

    // From the page heading, Tab until the jump list's Summary link is focused.
    await heading.focus();
    const summaryLink = jump.getByRole('link', { name: /^Summary/ });
    let presses = 0;
    while (presses < 30 && !(await summaryLink.evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    await expect(summaryLink).toBeFocused();
    await page.keyboard.press('Enter');
    const summary = page.getByRole('region', { name: 'Summary', exact: true });
    await expect(summary.getByRole('heading', { name: 'Summary' })).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'Summary' })).toBeInViewport();
    // Then the section's own text is a few presses on.
    let more = 0;
    while (more < 10 && !(await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA'))) {
      await page.keyboard.press('Tab');
      more += 1;
    }
    await expect(summary.getByRole('textbox').first()).toBeFocused();
    test.info().annotations.push({ type: 'key presses', description: `${presses} Tab + Enter + ${more} Tab` });
    expect(presses + 1 + more, 'key presses from the heading to the Summary text').toBeLessThan(25);
  });
});

test.describe('on a desktop', () => {
  test('the quick actions stay out of the way: note and update are in the side column', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page, { title: 'Checkout fails on desktop' });
    await expect(page.getByRole('navigation', { name: 'Quick actions' })).toBeHidden();
  });
});
