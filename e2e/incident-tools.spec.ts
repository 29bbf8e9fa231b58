import type { Page } from '@playwright/test';
import { DEFAULT_RUNBOOK } from '../src/features/incident/domain/default-runbook';
import { parseIncidentJson, serializeIncident } from '../src/features/incident/domain/incident-schema';
import { createTestIncident } from '../src/testing/incident-fixture';
import { parseRunbookJson, renameRunbook, serializeRunbook } from '../src/features/incident/domain/runbook';
import { expect, test } from './fixtures';
import { addNote, declareIncident, openIncidentPage, timeline } from './incident-helpers';

async function readDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  const chunks = await (await file.createReadStream()).toArray();
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

test.describe('incident tools', () => {
  test.use({ serviceWorkers: 'block' });
  test.describe.configure({ timeout: 120_000 });

  test('the declare form shows GOV.UK-style errors next to the fields and in a summary', async ({ page }) => {
    await openIncidentPage(page);
    const form = page.getByRole('form', { name: 'Declare an incident' });
    await form.getByRole('button', { name: 'Declare incident' }).click();
    const summary = page.getByRole('region', { name: 'There is a problem' });
    await expect(summary.getByRole('link')).toHaveText([
      'Enter a title that says what is wrong, for example “Checkout fails with an error”',
      'Choose a severity. If you are unsure, choose the higher one',
    ]);
    await expect(form.getByLabel('What is wrong?')).toBeFocused();
    await expect(form.getByLabel('What is wrong?')).toHaveAccessibleDescription(/Enter a title that says what is wrong/);
    await expect(form.getByText('If you are unsure, pick the higher severity. You can lower it later.')).toBeVisible();

    await form.getByLabel('Earlier').check();
    await form.getByLabel('Impact started at').fill('2025-03-10T15:30');
    await form.getByLabel('What is wrong?').fill('Search is slow');
    await form.getByLabel('SEV3 – Moderate').check();
    await form.getByRole('button', { name: 'Declare incident' }).click();
    await expect(form.getByLabel('Impact started at')).toHaveAccessibleDescription(/Enter a time that is not in the future/);

    await form.getByRole('button', { name: '30 min ago' }).click();
    await form.getByRole('button', { name: 'Declare incident' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Search is slow' })).toBeFocused();
    await expect(page.getByRole('timer', { name: 'Elapsed since impact started' })).toHaveText('00:30:00');
  });

  test('keyboard shortcuts: ? for help, N for a note, U for the update, T for UTC', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page);
    await page.getByRole('heading', { level: 1 }).click();

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('row', { name: /Add a note to the timeline/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await page.keyboard.press('n');
    const note = page.getByLabel('Note', { exact: true });
    await expect(note).toBeFocused();
    await expect(note).toHaveValue('');
    await page.keyboard.type('Paged the database team');
    await page.keyboard.press('Enter');
    await expect(timeline(page).getByText('Paged the database team', { exact: true })).toBeVisible();
    await expect(note).toBeFocused();
    await expect(note).toHaveValue('');

    // Typing in a field never triggers a shortcut.
    await page.keyboard.type('n');
    await expect(note).toHaveValue('n');
    await note.fill('');

    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('u');
    await expect(page.getByLabel('Update text')).toBeFocused();

    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('t');
    await expect(page.getByRole('checkbox', { name: 'Show UTC times' })).toBeChecked();
    await expect(timeline(page)).toContainText('13:00:00 UTC');
  });

  test('timeline entries can be edited (time, text, kind, link), deleted and brought back', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page);
    await page.clock.fastForward('04:00');
    await addNote(page, 'Dashboards show 40% errors');

    const entry = timeline(page).getByRole('listitem').filter({ hasText: 'Dashboards show 40% errors' });
    await expect(entry).toContainText('02:04:00 PM');
    await entry.getByRole('button', { name: /^Edit/ }).click();
    const editor = page.getByRole('form', { name: 'Edit timeline entry' });
    await expect(editor.getByLabel('What happened')).toBeFocused();
    await editor.getByLabel('Time').fill('2025-03-10T14:01:30');
    await editor.getByLabel('What happened').fill('Dashboards show 40% errors on checkout');
    await editor.getByLabel('Kind').selectOption('decision');
    await editor.getByLabel('Link (optional)').fill('javascript:alert(1)');
    await editor.getByRole('button', { name: 'Save entry' }).click();
    await expect(editor.getByLabel('Link (optional)')).toHaveAccessibleDescription(/Enter a full link that starts with https:\/\/, http:\/\/ or mailto:/);
    await editor.getByLabel('Link (optional)').fill('https://grafana.example.com/d/checkout');
    await editor.getByRole('button', { name: 'Save entry' }).click();

    const edited = timeline(page).getByRole('listitem').filter({ hasText: 'Dashboards show 40% errors on checkout' });
    await expect(edited).toContainText('02:01:30 PM');
    await expect(edited).toContainText('Decision');
    const link = edited.getByRole('link', { name: /grafana\.example\.com/ });
    await expect(link).toHaveAttribute('href', 'https://grafana.example.com/d/checkout');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // Chronological: at 14:01:30 it now sits right after the declaration at 14:00.
    await expect(timeline(page).getByRole('listitem').nth(1)).toContainText('Dashboards show 40% errors on checkout');
    await expect(edited.getByRole('button', { name: /^Edit/ })).toBeFocused();

    await edited.getByRole('button', { name: /^Delete/ }).click();
    await expect(timeline(page).getByText('Dashboards show 40% errors on checkout')).toHaveCount(0);
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await undo.click();
    await expect(timeline(page).getByText('Dashboards show 40% errors on checkout')).toBeVisible();

    // A note can carry an earlier time and a link from the start.
    const note = page.getByLabel('Note', { exact: true });
    await note.fill('Customer reports started');
    await page.getByText('Add a link or an earlier time').click();
    await page.getByLabel('Time (optional)').fill('2025-03-10T13:55:00');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(timeline(page).getByRole('listitem').first()).toContainText('Customer reports started');
  });

  test('past incidents: list, export JSON, delete with confirmation, import JSON with clear errors', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page, { title: 'Checkout fails with an error' });
    await page.getByRole('button', { name: 'Resolve incident' }).first().click();
    await page.getByRole('dialog', { name: 'Resolve this incident?' }).getByRole('button', { name: 'Resolve incident' }).click();

    await page.getByRole('tab', { name: /^History/ }).click();
    const list = page.getByRole('list', { name: 'Incidents' });
    const item = list.getByRole('listitem').filter({ hasText: 'Checkout fails with an error' });
    await expect(item).toContainText('Resolved');

    const exported = await readDownload(page, () => item.getByRole('button', { name: /^Export JSON/ }).click());
    expect(exported.name).toBe('checkout-fails-with-an-error.incident.json');
    const parsed = parseIncidentJson(exported.text);
    expect(parsed.ok && parsed.incident.title).toBe('Checkout fails with an error');

    // Import: a broken file says what is wrong; a good one is added.
    const input = page.getByLabel('Import an incident from a JSON file');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "outage-kit/incident", ') });
    const errors = page.getByRole('alert').filter({ hasText: 'This incident could not be imported' });
    await expect(errors).toContainText('This file is not valid JSON');
    await expect(errors).toBeFocused();
    const other = createTestIncident({ id: 'incident-imported', title: 'Payments timing out' });
    await input.setInputFiles({ name: 'payments.json', mimeType: 'application/json', buffer: Buffer.from(serializeIncident(other)) });
    await expect(page.getByRole('tabpanel').getByText('Imported “Payments timing out”.', { exact: true })).toBeVisible();
    await expect(list.getByRole('heading', { name: 'Payments timing out' })).toBeVisible();

    // Reopen a resolved incident: it runs again.
    await item.getByRole('button', { name: /^Reopen/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout fails with an error' })).toBeVisible();
    await expect(page.getByRole('timer', { name: 'Elapsed since impact started' })).toBeVisible();
    await expect(timeline(page)).toContainText('Incident reopened');

    // Delete asks first.
    await page.getByRole('tab', { name: /^History/ }).click();
    await list.getByRole('listitem').filter({ hasText: 'Payments timing out' }).getByRole('button', { name: /^Delete/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Payments timing out”?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(list.getByRole('heading', { name: 'Payments timing out' })).toBeVisible();
    await list.getByRole('listitem').filter({ hasText: 'Payments timing out' }).getByRole('button', { name: /^Delete/ }).click();
    await dialog.getByRole('button', { name: 'Delete incident' }).click();
    await expect(list.getByRole('heading', { name: 'Payments timing out' })).toHaveCount(0);
  });

  test('runbook: import with clear errors, export, undo a removal, reset to built-in', async ({ page }) => {
    await openIncidentPage(page);
    await page.getByRole('tab', { name: 'Runbook' }).click();

    const input = page.getByLabel('Import a runbook from a JSON file');
    await input.setInputFiles({ name: 'incident.json', mimeType: 'application/json', buffer: Buffer.from(serializeIncident(createTestIncident())) });
    const errors = page.getByRole('alert').filter({ hasText: 'There is a problem with this runbook' });
    await expect(errors).toContainText('This is an incident file, not a runbook. Import it in the right place.');
    const invalid = JSON.parse(serializeRunbook(DEFAULT_RUNBOOK)) as { runbook: { phases: { title: string }[] } };
    invalid.runbook.phases[1]!.title = '';
    await input.setInputFiles({ name: 'runbook.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid)) });
    await expect(errors).toContainText('Phase 2: enter a title.');

    await input.setInputFiles({
      name: 'db.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeRunbook(renameRunbook(DEFAULT_RUNBOOK, 'Database down'))),
    });
    await expect(page.getByRole('tabpanel').getByText('Imported “Database down” from db.json.', { exact: false })).toBeVisible();
    await expect(page.getByLabel('Runbook name')).toHaveValue('Database down');
    await expect(page.getByText('You have unsaved changes.')).toBeVisible();

    await page.getByRole('button', { name: 'Remove phase “Write up”' }).click();
    await expect(page.getByRole('heading', { name: 'Phase 6: Write up' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('heading', { name: 'Phase 6: Write up' })).toBeVisible();

    await page.getByRole('button', { name: 'Save as default' }).first().click();
    const exported = await readDownload(page, () => page.getByRole('button', { name: 'Export JSON' }).click());
    expect(exported.name).toBe('database-down.runbook.json');
    const parsed = parseRunbookJson(exported.text);
    expect(parsed.ok && parsed.runbook.name).toBe('Database down');

    await page.getByRole('button', { name: 'Reset to built-in' }).click();
    await page.getByRole('dialog', { name: 'Reset to the built-in runbook?' }).getByRole('button', { name: 'Reset runbook' }).click();
    await expect(page.getByLabel('Runbook name')).toHaveValue('Production is down');
    await expect(page.getByText('This is the built-in runbook.')).toBeVisible();
  });

  test('a second running incident: each tab follows one, and the page offers to switch', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page, { title: 'Checkout fails with an error' });
    await page.getByRole('button', { name: 'Declare another incident' }).click();
    await declareIncident(page, { title: 'Email delayed', severity: 'SEV3', service: 'mailer' });
    const others = page.getByRole('navigation', { name: 'Other running incidents' });
    await others.getByRole('button', { name: 'SEV1 · Checkout fails with an error' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout fails with an error' })).toBeVisible();
    await expect(page.getByRole('tab', { name: /^Incident/ })).toContainText('2');
  });

  test('sound and desktop notifications remind only when switched on', async ({ page }) => {
    await page.addInitScript(() => {
      const record = window as unknown as { notes: string[]; tones: number };
      record.notes = [];
      record.tones = 0;
      class FakeNotification {
        static readonly permission = 'granted';
        static requestPermission() {
          return Promise.resolve('granted');
        }
        onclick: (() => void) | null = null;
        constructor(title: string, options?: { body?: string }) {
          record.notes.push(`${title}: ${options?.body ?? ''}`);
        }
        close() {}
      }
      Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true });
      const createOscillator = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        record.tones += 1;
        return createOscillator.call(this);
      };
    });
    const reminders = () =>
      page.evaluate(() => {
        const record = window as unknown as { notes: string[]; tones: number };
        return { notes: [...record.notes], tones: record.tones };
      });
    await openIncidentPage(page);
    await declareIncident(page);

    await page.clock.fastForward('30:01');
    await expect(page.getByRole('heading', { name: /Status update overdue/ })).toBeVisible();
    expect(await reminders()).toEqual({ notes: [], tones: 0 });

    await page.getByRole('checkbox', { name: 'Play a short sound when an update is overdue' }).check();
    await page.getByRole('checkbox', { name: 'Show a desktop notification when an update is overdue' }).check();
    await expect(page.getByRole('checkbox', { name: 'Show a desktop notification when an update is overdue' })).toBeChecked();
    const afterSwitchingOn = await reminders();
    expect(afterSwitchingOn.tones).toBe(2); // the test tone when switching the sound on

    // Still overdue five minutes later: a second reminder, now with a tone and a notification.
    await page.clock.fastForward('05:00');
    await expect.poll(async () => (await reminders()).notes).toEqual([
      'Status update overdue: The status update for “Checkout fails with an error” is still overdue. Post an update now.',
    ]);
    expect((await reminders()).tones).toBe(4);
  });
});

