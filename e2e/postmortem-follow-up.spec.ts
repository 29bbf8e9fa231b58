// "Action items out": a tracker set up once per browser, a "Create issue" link per item, the CSV and the calendar.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { watchContext } from './trust-helpers';

// The service worker's background precache would add many (same-origin) requests; this spec watches the page's own.
test.use({ serviceWorkers: 'block' });

async function download(page: Page, button: Locator, testInfo: TestInfo): Promise<{ text: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const name = file.suggestedFilename();
  const path = testInfo.outputPath(name);
  await file.saveAs(path);
  return { text: readFileSync(path, 'utf8'), name };
}

const actionsRegion = (page: Page) => page.getByRole('region', { name: 'Action items', exact: true });

test('set up GitHub, open an item as an issue, download the CSV and the calendar; nothing leaves the origin', async ({ page, context, baseURL }, testInfo) => {
  test.setTimeout(90_000);
  const watch = await watchContext(context);
  await page.goto('./postmortem/');
  await page.getByRole('button', { name: 'Load the example' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Checkout payments failed');
  const actions = actionsRegion(page);
  const firstItem = actions.getByRole('listitem').first();
  const description = await firstItem.getByLabel('What will change').inputValue();

  // Before a tracker is set, each item offers to set one up; keyboard only from here.
  const setup = firstItem.getByRole('button', { name: 'Set up a tracker… for action item 1' });
  await setup.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Set up a tracker' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'GitHub' })).toBeChecked();
  const address = dialog.getByLabel('GitHub address');
  await expect(address).toHaveValue('https://github.com');

  // A bad address and no repository: each message next to its field, and a summary of both.
  await address.fill('http://github.example.com');
  await dialog.getByRole('button', { name: 'Save tracker' }).click();
  await expect(address).toHaveAccessibleDescription(/Enter an address that starts with https:\/\//);
  await expect(dialog.getByLabel('Repository')).toHaveAccessibleDescription(/Enter the repository as owner\/name/);
  const summary = dialog.getByRole('region', { name: 'There is a problem' });
  await expect(summary.getByRole('link')).toHaveText(['Enter an address that starts with https://', 'Enter the repository as owner/name, like acme/api']);
  await summary.getByRole('link', { name: /owner\/name/ }).click();
  await expect(dialog.getByLabel('Repository')).toBeFocused();

  // Escape closes without saving; focus returns to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(setup).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(address).toHaveValue('https://github.com');
  await address.fill('https://github.example.com/');
  await dialog.getByLabel('Repository').fill('acme/checkout');
  await dialog.getByRole('button', { name: 'Save tracker' }).click();
  await expect(dialog).toBeHidden();

  // The item's link: focus moved to it, and it opens the repository's new-issue form filled with the item.
  const link = firstItem.getByRole('link', { name: 'Create issue in GitHub for action item 1 (opens in a new tab)' });
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  const url = new URL((await link.getAttribute('href'))!);
  expect(url.origin + url.pathname).toBe('https://github.example.com/acme/checkout/issues/new');
  expect([...url.searchParams.keys()]).toEqual(['title', 'body']);
  expect(url.searchParams.get('title')).toBe(description.split('\n')[0]!.trim());
  const body = url.searchParams.get('body')!;
  expect(body.startsWith(description.trim())).toBe(true);
  expect(body).toContain('From the postmortem "Checkout payments failed after a connection pool change"');
  await expect(actions.getByRole('link', { name: /^Create issue in GitHub for action item/ })).toHaveCount(await actions.getByRole('listitem').count());
  await expect(actions).toContainText('“Create issue” links go to GitHub · acme/checkout');

  // CSV: one row per item, in Jira's field names.
  const csv = await download(page, actions.getByRole('button', { name: 'Download CSV for Jira or Linear' }), testInfo);
  expect(csv.name).toMatch(/^\d{4}-\d{2}-\d{2}-checkout-payments-failed-after-a-connection-pool-change\.csv$/);
  const parsed = Papa.parse<string[]>(csv.text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header!.slice(0, 2)).toEqual(['Summary', 'Description']);
  const itemCount = await actions.getByRole('listitem').count();
  expect(rows).toHaveLength(itemCount);
  expect(rows[0]![0]).toBe(description.split('\n')[0]!.trim());
  expect(rows[0]![1]).toContain(description.trim());

  // Calendar: the review meeting at the chosen time and one all-day event per due item.
  await expect(actions).toContainText(/Review on \w+/);
  await actions.getByLabel('Starts at').fill('14:30');
  await actions.getByLabel('Length').selectOption({ label: '45 min' });
  const ics = await download(page, actions.getByRole('button', { name: 'Download calendar (.ics)' }), testInfo);
  expect(ics.name).toMatch(/\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(ics.text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const review = events.filter((event) => !event.startDate.isDate);
  expect(review).toHaveLength(1);
  expect(review[0]!.summary).toMatch(/review/i);
  expect(review[0]!.duration.toSeconds()).toBe(45 * 60);
  const dues = events.filter((event) => event.startDate.isDate);
  const dueCount = await actions.getByLabel('Due').evaluateAll((inputs) => inputs.filter((input) => (input as HTMLInputElement).value !== '').length);
  expect(dueCount).toBeGreaterThan(0);
  expect(dues).toHaveLength(dueCount);
  expect(dues.map((event) => event.summary)).toContain(`Due: ${description.split('\n')[0]!.trim()}`);

  // The tracker is a browser setting: it survives a reload, and "Change tracker…" shows it.
  await page.reload();
  await expect(actionsRegion(page).getByRole('listitem').first().getByRole('link', { name: /^Create issue in GitHub for action item 1/ })).toBeVisible();
  await actionsRegion(page).getByRole('button', { name: 'Change tracker…' }).click();
  await expect(dialog.getByLabel('GitHub address')).toHaveValue('https://github.example.com');
  await expect(dialog.getByLabel('Repository')).toHaveValue('acme/checkout');
  await page.keyboard.press('Escape');

  expect(watch.offOrigin(new URL(baseURL!).origin), 'requests to another origin').toEqual([]);
  expect(watch.csp, 'CSP violations').toEqual([]);
});

test('without action items the downloads say why they are off; a corrupted setting means "not set up"', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('outage-kit:tracker', '{"kind":"github","baseUrl":"javascript:alert(1)"'));
  await page.goto('./postmortem/');
  await page.getByLabel('Short').check();
  await page.getByRole('button', { name: 'Create postmortem' }).click();
  const actions = actionsRegion(page);
  await expect(actions.getByRole('button', { name: 'Download CSV for Jira or Linear' })).toBeDisabled();
  await expect(actions.getByRole('button', { name: 'Download CSV for Jira or Linear' })).toHaveAccessibleDescription('Add an action item first.');
  await expect(actions.getByRole('button', { name: 'Download calendar (.ics)' })).toBeDisabled();
  await expect(actions.getByRole('button', { name: 'Set up a tracker…' })).toBeVisible();
  await actions.getByRole('button', { name: 'Add an action item' }).click();
  await expect(actions.getByRole('button', { name: 'Download CSV for Jira or Linear' })).toBeEnabled();
  await expect(actions.getByRole('button', { name: 'Set up a tracker… for action item 1' })).toBeVisible();
});
