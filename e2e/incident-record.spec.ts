import { expect, test } from './fixtures';
import { addNote, declareIncident, openIncidentPage, timeline } from './incident-helpers';

test.describe('The incident record', () => {
  test('star two key events (mouse and S), number the incident, and start the postmortem from the stars; customers see the public name only', async ({ page }) => {
    await openIncidentPage(page);
    const form = page.getByRole('form', { name: 'Declare an incident' });
    await form.getByLabel('Public component name (optional)').fill('Payments');
    await declareIncident(page, { title: 'Card payments fail', service: 'payments-api-eu1' });

    // The number: prefix, year of declaration, first of the year.
    await expect(page.getByTestId('incident-number')).toHaveText('INC-2025-001');

    await addNote(page, 'Error rate on card payments at 40%');
    await addNote(page, 'Paged the payments team');
    await addNote(page, 'Rolled back the gateway deploy');
    const entries = timeline(page).getByRole('listitem');
    const errorRate = entries.filter({ hasText: 'Error rate on card payments at 40%' });
    const rollback = entries.filter({ hasText: 'Rolled back the gateway deploy' });

    // Star one with the mouse…
    const star = errorRate.getByRole('button', { name: /^Star this entry/ });
    await expect(star).toHaveAttribute('aria-pressed', 'false');
    await star.click();
    await expect(star).toHaveAttribute('aria-pressed', 'true');
    // …and one with S on the focused entry.
    await rollback.getByRole('button', { name: /^Edit/ }).focus();
    await page.keyboard.press('s');
    await expect(rollback.getByRole('button', { name: /^Star this entry/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText(/2 starred/)).toBeVisible();

    // The shortcuts dialog lists the key.
    await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Star or unstar the focused timeline entry');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Close' }).click();

    // A customer update names the public component, never the internal service.
    await page.getByRole('radio', { name: 'Customers' }).check();
    const text = page.getByLabel('Update text');
    await expect(text).toHaveValue(/Payments/);
    await expect(text).not.toHaveValue(/payments-api-eu1/);
    // Internal readers get the number and the service.
    await page.getByRole('radio', { name: 'Internal' }).check();
    await expect(text).toHaveValue(/^\[SEV1\] INC-2025-001 Investigating: payments-api-eu1/);

    // Resolve and start the postmortem: only the two starred entries come across.
    await page.getByRole('checkbox', { name: 'Confirm it is fixed for users' }).check();
    const summary = page.getByRole('region', { name: 'Incident summary' });
    await page.clock.resume();
    await summary.getByRole('button', { name: 'Start postmortem' }).click();
    await expect(page).toHaveURL(/\/postmortem\/$/);
    await expect(page.getByLabel('Incident', { exact: true })).toHaveValue('INC-2025-001');
    await expect(page.getByText(/Postmortem · INC-2025-001/).first()).toBeVisible();
    const rows = page.getByLabel(/^Event of row \d+$/);
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toHaveValue('Error rate on card payments at 40%');
    await expect(rows.nth(1)).toHaveValue('Rolled back the gateway deploy');

    // The full log is one click away.
    await page.getByRole('button', { name: /^Import the full log/ }).click();
    await expect(page.getByLabel('Event of row 3')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Import the full log/ })).toHaveCount(0);
    const all = await rows.evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
    expect(all).toContain('Paged the payments team');
  });
});
