import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';
import { MINUTE, declareIncident, openIncidentPage, timeline } from './incident-helpers';

test.describe('Milestones are the source of truth for times', () => {
  test('a correction moves the milestone entry, says old and new time, and impossible orders are refused', async ({ page }) => {
    await openIncidentPage(page);
    // T0 is 14:00 in Berlin: impact started an hour earlier.
    await declareIncident(page, { startedAt: '2025-03-10T13:00' });
    const milestones = page.getByRole('region', { name: 'Milestones' });

    // Detection before impact start: a message at the field, nothing saved.
    await milestones.getByRole('button', { name: 'Correct the time of Detected' }).click();
    await milestones.getByLabel('Detected at').fill('2025-03-10T12:30:00');
    await milestones.getByRole('button', { name: 'Save time' }).click();
    await expect(milestones.getByText(/Detection cannot be before impact started \(01:00 PM\)/)).toBeVisible();
    await expect(milestones.getByLabel('Detected at')).toHaveAttribute('aria-invalid', 'true');
    await milestones.getByRole('button', { name: 'Cancel' }).click();
    await expect(timeline(page)).not.toContainText('Detected corrected');

    await page.clock.fastForward(10 * MINUTE);
    await milestones.getByRole('button', { name: 'Mark service restored now' }).click();
    const restored = timeline(page).getByRole('listitem').filter({ hasText: 'Milestone reached: Mitigated (service restored)' });
    await expect(restored).toContainText('02:10');

    // Correct it to 13:40: the entry moves, and the correction is logged with old and new time.
    await milestones.getByRole('button', { name: 'Correct the time of Mitigated (service restored)' }).click();
    await milestones.getByLabel('Mitigated (service restored) at').fill('2025-03-10T13:40:00');
    await milestones.getByRole('button', { name: 'Save time' }).click();
    await expect(restored).toHaveCount(1);
    await expect(restored).toContainText('01:40');
    await expect(timeline(page)).toContainText('Mitigated (service restored) corrected from 02:10 PM to 01:40 PM');
    // The first row is still impact start: no phantom row before it.
    await expect(timeline(page).getByRole('listitem').first()).toContainText('Impact started');
  });

  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      test(`the refused correction's message passes axe at ${width} px, ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await openIncidentPage(page);
        await useTheme(page, theme);
        await declareIncident(page, { startedAt: '2025-03-10T13:00' });
        const milestones = page.getByRole('region', { name: 'Milestones' });
        await milestones.getByRole('button', { name: 'Correct the time of Detected' }).click();
        await milestones.getByLabel('Detected at').fill('2025-03-10T12:30:00');
        await milestones.getByRole('button', { name: 'Save time' }).click();
        const message = milestones.getByText(/Detection cannot be before impact started/);
        await expect(message).toBeVisible();
        await message.scrollIntoViewIfNeeded();
        await milestones.screenshot({ path: `/tmp/if-milestone-error-${width}-${theme}.png` });
        // axe waits on timers: let the fake clock run.
        await page.clock.resume();
        await expectNoAxeViolations(page);
      });
    }
  }
});
