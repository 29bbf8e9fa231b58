import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** 2025-03-10 13:00:00 UTC: 14:00 in Berlin, the time zone the tests run in. */
export const T0 = Date.UTC(2025, 2, 10, 13, 0, 0);
export const MINUTE = 60_000;

/**
 * Opens the incident page on a fake clock paused at `at`: every action is stamped at a known time, and
 * time moves only when the test moves it (`page.clock.fastForward`).
 */
export async function openIncidentPage(page: Page, at: number = T0): Promise<void> {
  await page.clock.install({ time: at - 10_000 });
  await page.goto('./incident/');
  await page.clock.pauseAt(at);
  await expect(page.getByRole('heading', { level: 1, name: 'Declare an incident' })).toBeVisible();
}

export interface DeclareOptions {
  title?: string;
  severity?: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
  service?: string;
  /** A datetime-local value for an earlier impact start, e.g. '2025-03-10T13:50'. */
  startedAt?: string;
  commander?: string;
}

const SEVERITY_LABELS = {
  SEV1: 'SEV1 – Critical',
  SEV2: 'SEV2 – Major',
  SEV3: 'SEV3 – Moderate',
  SEV4: 'SEV4 – Minor',
} as const;

/** Fills the declare form as a user would and declares. */
export async function declareIncident(page: Page, options: DeclareOptions = {}): Promise<void> {
  const { title = 'Checkout fails with an error', severity = 'SEV1', service = 'checkout', startedAt, commander } = options;
  const form = page.getByRole('form', { name: 'Declare an incident' });
  await form.getByLabel('What is wrong?').fill(title);
  await form.getByLabel(SEVERITY_LABELS[severity]).check();
  if (service) await form.getByLabel('Affected service (optional)').fill(service);
  if (startedAt) {
    await form.getByLabel('Earlier').check();
    await form.getByLabel('Impact started at').fill(startedAt);
  }
  if (commander) await form.getByLabel('Incident commander').fill(commander);
  await form.getByRole('button', { name: 'Declare incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

export const elapsedClock = (page: Page) => page.getByRole('timer', { name: /^(Elapsed since impact started|Total duration)$/ });
export const updateCountdown = (page: Page) => page.getByRole('timer', { name: /^(Next status update due in|Status update overdue by)$/ });
export const firstFiveMinutes = (page: Page) => page.getByRole('timer', { name: 'Time left in First five minutes' });
export const timeline = (page: Page) => page.getByRole('list', { name: 'Timeline entries' });
export const liveRegion = (page: Page) => page.locator('[aria-live="polite"][role="status"]');

/** Adds a note through the timeline's note field (Enter submits). */
export async function addNote(page: Page, text: string): Promise<void> {
  const note = page.getByLabel('Note', { exact: true });
  await note.fill(text);
  await note.press('Enter');
  await expect(timeline(page).getByText(text, { exact: true })).toBeVisible();
}

/**
 * Reloads while the fake clock stays paused. React throttles the switch from a Suspense fallback to the
 * lazily loaded page with a timer, so time is nudged forward in small steps (well under a second in all)
 * until the page is there.
 */
export async function reloadOnPausedClock(page: Page): Promise<void> {
  await page.reload();
  const loading = page.getByText('Loading the incident timer…');
  for (let step = 0; step < 15; step++) {
    await page.waitForTimeout(40);
    if ((await page.locator('.incident-page').count()) > 0 && (await loading.count()) === 0) return;
    await page.clock.runFor(50);
  }
  await expect(page.locator('.incident-page')).toBeVisible();
}
