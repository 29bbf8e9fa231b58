// The review: reviewers and sign-off, the meeting, Reviewed with its date, the Markdown's Review block, and the list's
// badges for a late review and an overdue action item. The clock is fixed (Playwright's clock) so "late" is certain.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';

// Friday 27 November 2026, 12:00 in Berlin (the project's time zone).
const CREATED = new Date('2026-11-27T11:00:00Z');
// Friday 4 December 2026, 12:00 in Berlin: the SEV1 review (3 calendar days, due Monday 30 November) is 4 days late.
const LATER = new Date('2026-12-04T11:00:00Z');

const reviewCard = (page: Page) => page.getByRole('region', { name: 'Review', exact: true });
const list = (page: Page) => page.getByRole('region', { name: 'Your postmortems' });

test('reviewers sign off, the review is marked done early with a warning, and the list flags what is late', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(CREATED);
  await page.goto('./postmortem/');
  await page.getByLabel('Short').check();
  await page.getByRole('button', { name: 'Create postmortem' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Search returned stale results');
  await page.getByLabel('Severity').selectOption('SEV1');

  const card = reviewCard(page);
  await expect(card.getByLabel('Review due')).toHaveValue('2026-11-30');
  await expect(card).toContainText('Due in 3 days');
  await expect(card).toContainText('3 calendar days for SEV1');
  // The meeting defaults to the due date at 10:00 for an hour.
  await expect(card.getByLabel('Date', { exact: true })).toHaveValue('2026-11-30');
  await expect(card.getByLabel('Time', { exact: true })).toHaveValue('10:00');
  await card.getByLabel('Time', { exact: true }).fill('14:30');

  // Two reviewers, one signs off: the card says so in a live region.
  for (const name of ['Ana Ruiz', 'Ben Okafor']) {
    await card.getByLabel('Name of the new reviewer').fill(name);
    await card.getByRole('button', { name: 'Add reviewer' }).click();
  }
  await expect(card.getByRole('listitem')).toHaveCount(2);
  await card.getByRole('checkbox', { name: 'Signed off by Ana Ruiz' }).check();
  const summary = card.getByRole('status');
  await expect(summary).toContainText('1 of 2 reviewers have signed off');
  await expect(card.getByRole('listitem').first()).toContainText('on Nov 27, 2026');

  await expectNoAxeViolations(page, '.pm-review-card');

  // An action item due on Saturday, not done.
  const actions = page.getByRole('region', { name: 'Action items', exact: true });
  await actions.getByRole('button', { name: 'Add an action item' }).click();
  await actions.getByLabel('What will change').fill('Alert when the index is more than 10 minutes old');
  await actions.getByLabel('Due').fill('2026-11-28');

  // A week later: the review and the item are late, and the list puts this postmortem first.
  await page.clock.setFixedTime(LATER);
  await page.reload();
  await page.getByRole('button', { name: 'All postmortems' }).click();
  const item = list(page).getByRole('listitem').filter({ hasText: 'Search returned stale results' });
  await expect(item).toContainText('Review overdue 4 days');
  await expect(item).toContainText('1 action item overdue');
  await expect(list(page)).toContainText('Needs attention: 1 review overdue, 1 action item overdue.');
  await expect(list(page).getByLabel('Order')).toHaveValue('attention');
  await expectNoAxeViolations(page, '.pm-list');

  // Marking it reviewed before Ben signs off is allowed, and says who has not.
  await item.getByRole('button', { name: 'Search returned stale results', exact: true }).click();
  await reviewCard(page).getByLabel('Status', { exact: true }).selectOption({ label: 'Reviewed' });
  await expect(reviewCard(page).getByRole('status')).toContainText('Reviewed on Dec 4, 2026');
  await expect(reviewCard(page).getByRole('status')).toContainText('Marked reviewed while only 1 of 2 reviewers have signed off.');

  // The Markdown ends with the Review block.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const markdown = readFileSync(path, 'utf8');
  const review = markdown.slice(markdown.lastIndexOf('## Review'));
  expect(review).toContain('Reviewed on 2026-12-04');
  expect(review).toContain('Sign-off: 1 of 2 reviewers have signed off');
  expect(review).toContain('Meeting: 2026-11-30 at 14:30 Europe/Berlin, 60 min');
  expect(review).toMatch(/\| Ana Ruiz \| 2026-11-27 \|/);
  expect(review).toMatch(/\| Ben Okafor \| Not yet \|/);

  // Once Ben signs off, nothing is missing; the list shows the review date, and the item is still overdue.
  await reviewCard(page).getByRole('checkbox', { name: 'Signed off by Ben Okafor' }).check();
  await expect(reviewCard(page).getByRole('status')).toContainText('All 2 reviewers have signed off');
  await page.getByRole('button', { name: 'All postmortems' }).click();
  const done = list(page).getByRole('listitem').filter({ hasText: 'Search returned stale results' });
  await expect(done).toContainText('Reviewed Dec 4');
  await expect(done).toContainText('1 action item overdue');
});

test('the review deadlines are set once per browser and move the derived due date', async ({ page }) => {
  await page.clock.setFixedTime(CREATED);
  await page.goto('./postmortem/');
  await page.getByLabel('Short').check();
  await page.getByRole('button', { name: 'Create postmortem' }).click();
  await page.getByLabel('Severity').selectOption('SEV2');
  const card = reviewCard(page);
  // Friday + 5 business days = the next Friday.
  await expect(card.getByLabel('Review due')).toHaveValue('2026-12-04');

  const opener = card.getByRole('button', { name: 'Change the deadlines…' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Review deadlines' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Days for SEV2', { exact: true }).fill('0');
  await dialog.getByLabel('Days for SEV3', { exact: true }).fill('many');
  await dialog.getByRole('button', { name: 'Save deadlines' }).click();
  await expect(dialog.getByLabel('Days for SEV2', { exact: true })).toHaveAccessibleDescription(/Enter a whole number of days from 1 to 90 for SEV2/);
  await expect(dialog.getByRole('region', { name: 'There is a problem' }).getByRole('link')).toHaveCount(2);
  await expectNoAxeViolations(page, 'dialog[open]');
  await dialog.getByLabel('Days for SEV2', { exact: true }).fill('2');
  await dialog.getByLabel('Days for SEV3', { exact: true }).fill('10');
  await dialog.getByLabel('Kind of days for SEV2').selectOption({ label: 'calendar days' });
  await dialog.getByRole('button', { name: 'Save deadlines' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(card.getByLabel('Review due')).toHaveValue('2026-11-29');
  await expect(card).toContainText('2 calendar days for SEV2');

  // A browser setting: it survives a reload.
  await page.reload();
  await expect(reviewCard(page).getByLabel('Review due')).toHaveValue('2026-11-29');
  expect(await page.evaluate(() => window.localStorage.getItem('outage-kit:review-rules'))).toContain('"SEV2":{"days":2,"businessDays":false}');
});

test('the review card with its warning passes axe in the dark theme at 375 px', async ({ page }) => {
  await page.clock.setFixedTime(CREATED);
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('./postmortem/');
  await useTheme(page, 'dark');
  await page.getByLabel('Short').check();
  await page.getByRole('button', { name: 'Create postmortem' }).click();
  await page.getByLabel('Severity').selectOption('SEV2');
  const card = reviewCard(page);
  for (const name of ['Ana Ruiz', 'Ben Okafor']) {
    await card.getByLabel('Name of the new reviewer').fill(name);
    await card.getByRole('button', { name: 'Add reviewer' }).click();
  }
  await card.getByRole('checkbox', { name: 'Signed off by Ben Okafor' }).check();
  await card.getByLabel('Status', { exact: true }).selectOption({ label: 'Reviewed' });
  await expect(card.getByRole('status')).toContainText('Marked reviewed while only 1 of 2 reviewers have signed off.');
  await expectNoAxeViolations(page, '.pm-review-card');
});
