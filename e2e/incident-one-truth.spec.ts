import { DEFAULT_COST_INPUTS } from '../src/features/calculator/domain/cost-inputs';
import { calculateCostSoFar } from '../src/features/incident/domain/cost-so-far';
import { formatMoney } from '../src/lib/format';
import { expect, test } from './fixtures';
import { MINUTE, declareIncident, openIncidentPage, timeline } from './incident-helpers';

const money = (minutes: number) =>
  formatMoney(calculateCostSoFar(DEFAULT_COST_INPUTS, minutes * MINUTE).total, 'USD', 'en-US', { maximumFractionDigits: 0 });

test.describe('One incident, one truth', () => {
  test('declare an hour back, mitigate, correct, resolve, change the calculator: summary, update and postmortem agree and name the span', async ({ page }) => {
    await openIncidentPage(page);
    // T0 is 14:00 in Berlin: impact started at 13:00.
    await declareIncident(page, { startedAt: '2025-03-10T13:00' });

    // Evidence commands start at impact start, not "30 min ago".
    await expect(page.getByText("journalctl -u checkout --since '2025-03-10 13:00:00' > checkout-$(date +%Y%m%d-%H%M).log", { exact: true })).toBeVisible();
    await expect(page.getByText(/--since-time=2025-03-10T12:00:00Z/)).toBeVisible();

    const milestones = page.getByRole('region', { name: 'Milestones' });
    await page.clock.fastForward(10 * MINUTE);
    await milestones.getByRole('button', { name: 'Mark service restored now' }).click();
    // Correct service restored to 13:40: impact lasted 40 min.
    await milestones.getByRole('button', { name: 'Correct the time of Mitigated (service restored)' }).click();
    await milestones.getByLabel('Mitigated (service restored) at').fill('2025-03-10T13:40:00');
    await milestones.getByRole('button', { name: 'Save time' }).click();
    await expect(timeline(page)).toContainText('Mitigated (service restored) corrected from 02:10 PM to 01:40 PM');

    await page.clock.fastForward(5 * MINUTE);
    await page.getByRole('button', { name: 'Resolve incident' }).first().click();
    await page.getByRole('dialog', { name: 'Resolve this incident?' }).getByRole('button', { name: 'Resolve incident' }).click();

    const cost = money(40);
    const summary = page.getByRole('region', { name: 'Incident summary' });
    const impact = summary.getByRole('definition').filter({ hasText: 'impact start → service restored' }).first();
    await expect(impact).toContainText('40 min');
    await expect(summary).toContainText(cost);
    await expect(page.getByTestId('cost-span')).toHaveText('impact start → service restored');

    // The executive update names the same span with the same figures.
    await page.getByRole('radio', { name: 'Executives' }).check();
    const update = page.getByLabel('Update text');
    await expect(update).toHaveValue(/Duration \(impact start → service restored\): 40 min, from 01:00 PM \(12:00 UTC\)\./);
    await expect(update).toHaveValue(new RegExp(`Estimated cost \\(impact start → service restored\\): ${cost.replace('$', '\\$')}\\.`));
    await page.screenshot({ path: '/tmp/if-one-truth-incident.png', fullPage: true });

    // A what-if in the calculator afterwards does not rewrite the resolved incident's cost.
    await page.clock.resume();
    await page.goto('./');
    await page.getByLabel('Users or traffic affected').fill('100');
    await page.getByLabel('Revenue', { exact: true }).fill('9,000,000');
    await page.goto('./incident/');
    await expect(summary).toContainText(cost);
    await expect(page.getByRole('region', { name: 'Cost inputs' })).toContainText('The cost was fixed when the incident was resolved');

    // The postmortem: the same duration and cost, the same span named.
    await summary.getByRole('button', { name: 'Start postmortem' }).click();
    await expect(page).toHaveURL(/\/postmortem\/$/);
    await expect(page.locator('.pm-impact__total-value')).toHaveText(formatMoney(calculateCostSoFar(DEFAULT_COST_INPUTS, 40 * MINUTE).total, 'USD', 'en-US'));
    await expect(page.locator('.pm-impact__span')).toHaveText('impact start → service restored');
    await expect(page.getByText('40 min, impact start → service restored')).toBeVisible();
    await page.screenshot({ path: '/tmp/if-one-truth-postmortem.png', fullPage: true });
  });
});
