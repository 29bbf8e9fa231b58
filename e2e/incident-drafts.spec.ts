import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';
import { addNote, declareIncident, openIncidentPage, timeline } from './incident-helpers';

test.describe('Nothing typed is lost', () => {
  test('a half-typed note and an edited, unposted update come back after a reload; posting clears them', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page);
    const note = page.getByLabel('Note', { exact: true });
    await note.fill('Error rate back to 0.2 % after the rollb');
    await page.getByRole('radio', { name: 'Customers' }).check();
    const update = page.getByLabel('Update text');
    await update.fill('We are rolling back the last release of checkout. Next update in 30 minutes.');

    await page.reload();
    await expect(note).toHaveValue('Error rate back to 0.2 % after the rollb');
    await expect(update).toHaveValue('We are rolling back the last release of checkout. Next update in 30 minutes.');
    await expect(page.getByRole('radio', { name: 'Customers' })).toBeChecked();

    await note.press('End');
    await note.pressSequentially('ack');
    await note.press('Enter');
    await expect(timeline(page).getByText('Error rate back to 0.2 % after the rollback', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Mark as posted' }).click();
    await page.reload();
    await expect(note).toHaveValue('');
    await expect(update).not.toHaveValue('We are rolling back the last release of checkout. Next update in 30 minutes.');
  });

  test('a second tab on the same incident opens without the first tab’s half-typed note', async ({ page, context }) => {
    await page.goto('./incident/');
    await declareIncident(page);
    await page.getByLabel('Note', { exact: true }).fill('Only in the first tab');
    const other = await context.newPage();
    await other.goto('./incident/');
    await expect(other.getByRole('heading', { level: 1, name: 'Checkout fails with an error' })).toBeVisible();
    await expect(other.getByLabel('Note', { exact: true })).toHaveValue('');
  });

  for (const [theme, width] of [['light', 1280], ['dark', 375]] as const) {
    test(`two tabs editing the same entry: the second is told, sees both texts and keeps both (${theme}, ${width} px)`, async ({ page, context }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./incident/');
      await useTheme(page, theme);
      await declareIncident(page);
      await addNote(page, 'Rolled back checkout to v2.30');
      const other = await context.newPage();
      await other.goto('./incident/');
      await expect(timeline(other).getByText('Rolled back checkout to v2.30', { exact: true })).toBeVisible();

      // The first tab starts editing; the second edits the same entry and saves first.
      await timeline(page).getByRole('button', { name: /^Edit entry at/ }).last().click();
      const mine = page.getByRole('form', { name: 'Edit timeline entry' }).getByLabel('What happened');
      await mine.fill('Rolled back checkout to v2.30 (canary first)');
      await timeline(other).getByRole('button', { name: /^Edit entry at/ }).last().click();
      await other.getByRole('form', { name: 'Edit timeline entry' }).getByLabel('What happened').fill('Rolled back checkout to v2.30 in all regions');
      await other.getByRole('button', { name: 'Save entry' }).click();

      const conflict = page.getByRole('form', { name: 'Edit timeline entry' }).getByRole('status');
      await expect(conflict).toContainText('Another tab changed this entry while you were editing it');
      await expect(conflict).toContainText('Rolled back checkout to v2.30 in all regions');
      await expect(mine).toHaveValue('Rolled back checkout to v2.30 (canary first)');
      await expectNoAxeViolations(page);
      await conflict.getByRole('button', { name: 'Keep both' }).click();

      for (const p of [page, other]) {
        await expect(timeline(p).getByText('Rolled back checkout to v2.30 (canary first)', { exact: true })).toBeVisible();
        await expect(timeline(p).getByText('Rolled back checkout to v2.30 in all regions', { exact: true })).toBeVisible();
      }
    });
  }

  test('an entry deleted in another tab while being edited: the typed text stays, and keeping it restores the entry', async ({ page, context }) => {
    await page.goto('./incident/');
    await declareIncident(page);
    await addNote(page, 'Paged the database on-call');
    const other = await context.newPage();
    await other.goto('./incident/');
    await timeline(page).getByRole('button', { name: /^Edit entry at/ }).last().click();
    const mine = page.getByRole('form', { name: 'Edit timeline entry' }).getByLabel('What happened');
    await mine.fill('Paged the database on-call (Ana answered)');
    await timeline(other).getByRole('button', { name: /^Delete entry at/ }).last().click();

    const conflict = page.getByRole('form', { name: 'Edit timeline entry' }).getByRole('status');
    await expect(conflict).toContainText('Another tab deleted this entry while you were editing it.');
    await expect(mine).toHaveValue('Paged the database on-call (Ana answered)');
    await conflict.getByRole('button', { name: 'Keep mine (restore it)' }).click();
    for (const p of [page, other]) {
      await expect(timeline(p).getByText('Paged the database on-call (Ana answered)', { exact: true })).toBeVisible();
    }
  });
});
