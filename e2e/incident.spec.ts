import { calculateCostSoFar } from '../src/features/incident/domain/cost-so-far';
import { DEFAULT_COST_INPUTS } from '../src/features/calculator/domain/cost-inputs';
import { formatMoney } from '../src/lib/format';
import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';
import { storedText } from './trust-helpers';
import {
  addNote,
  declareIncident,
  elapsedClock,
  firstFiveMinutes,
  liveRegion,
  MINUTE,
  openIncidentPage,
  reloadOnPausedClock,
  timeline,
  updateCountdown,
} from './incident-helpers';

test.describe('incident checklist timer', () => {
  // The app's service worker is not under test here (and is registered from the site root only).
  test.use({ serviceWorkers: 'block' });
  // These walk through a whole incident; on a busy machine that takes longer than a unit-sized test.
  test.describe.configure({ timeout: 120_000 });

  test('declare an incident and tick through the first five minutes with the countdowns', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page, { commander: 'Alice' });

    await expect(elapsedClock(page)).toHaveText('00:00:00');
    await expect(updateCountdown(page)).toHaveText('30:00');
    await expect(firstFiveMinutes(page)).toHaveText('05:00');
    await expect(page).toHaveTitle('<1 min · update in 30 min · Checkout fails with an error');
    await expect(timeline(page)).toContainText('Incident declared: Checkout fails with an error (SEV1, checkout)');

    await page.clock.fastForward('01:00');
    await expect(elapsedClock(page)).toHaveText('00:01:00');
    await expect(updateCountdown(page)).toHaveText('29:00');
    await expect(firstFiveMinutes(page)).toHaveText('04:00');
    await expect(page).toHaveTitle('1 min · update in 29 min · Checkout fails with an error');

    // Checking stamps the time into the timeline; unchecking is allowed and recorded too.
    const confirmScope = page.getByRole('checkbox', { name: 'Confirm the scope' });
    await confirmScope.check();
    const checkedEntry = timeline(page).getByRole('listitem').filter({ hasText: 'Checked: Confirm the scope' });
    await expect(checkedEntry).toContainText('02:01:00 PM');
    await page.clock.fastForward('00:30');
    await confirmScope.uncheck();
    await expect(timeline(page).getByRole('listitem').filter({ hasText: 'Unchecked: Confirm the scope' })).toContainText('02:01:30 PM');
    await confirmScope.check();

    // The rollback helper recommends rolling back by default and records the decision.
    const stopBleeding = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: 'Stop the bleeding' }) });
    await stopBleeding.getByRole('button', { name: 'Roll back or fix forward?' }).click();
    await stopBleeding.getByRole('group', { name: 'Did a change go out shortly before this started?' }).getByLabel('Yes').check();
    await expect(stopBleeding.getByText('Recommendation: Roll back the last change')).toBeVisible();
    await stopBleeding.getByRole('button', { name: 'Record the decision' }).click();
    await expect(timeline(page)).toContainText('Roll back or fix forward: Roll back the last change. Change went out: yes;');
    await stopBleeding.getByRole('checkbox', { name: 'Stop the bleeding' }).check();

    // Diagnose has copy-ready commands with the service filled in.
    const diagnose = page.getByRole('region', { name: 'Diagnose' });
    // Logs from impact start (here: the declaration), not a fixed "15 min ago".
    await expect(diagnose.getByText(/^journalctl -u checkout --since '\d{4}-\d\d-\d\d \d\d:\d\d:\d\d' \| tail -100$/)).toBeVisible();
    await expect(diagnose.getByText('dmesg | grep -i "killed process" | tail', { exact: true })).toBeVisible();
    await expect(diagnose.getByText('df -h', { exact: true })).toBeVisible();

    // At five minutes the time box runs out, calmly.
    await page.clock.fastForward('03:30');
    await expect(elapsedClock(page)).toHaveText('00:05:00');
    await expect(firstFiveMinutes(page)).toHaveCount(0);
    await expect(page.getByText('The 5 minutes are up.')).toBeVisible();
    await expect(liveRegion(page)).toContainText('time box for “First five minutes” is up');

    // Finishing the phase moves "Now" to Mitigate and announces it.
    await page.getByRole('checkbox', { name: 'Communicate early' }).check();
    await page.getByRole('checkbox', { name: 'Preserve evidence' }).check();
    await expect(page.getByRole('region', { name: 'Mitigate' }).getByText('Now', { exact: true })).toBeVisible();
    await expect(liveRegion(page)).toContainText('Next phase: Mitigate.');
    // The clock is never announced.
    await page.clock.fastForward('00:05');
    await expect(liveRegion(page)).not.toContainText(/\d\d:\d\d:\d\d/);
  });

  test('a reload mid-incident shows the same elapsed time, checks and entries', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page, { startedAt: '2025-03-10T13:45' });
    await expect(elapsedClock(page)).toHaveText('00:15:00');
    await page.getByRole('checkbox', { name: 'Confirm the scope' }).check();
    await addNote(page, 'Error rate 40% on /checkout');
    await page.clock.fastForward('02:00');
    await expect(elapsedClock(page)).toHaveText('00:17:00');

    await reloadOnPausedClock(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout fails with an error' })).toBeVisible();
    await expect(elapsedClock(page)).toHaveText('00:17:00');
    await expect(updateCountdown(page)).toHaveText('28:00');
    await expect(page.getByRole('checkbox', { name: 'Confirm the scope' })).toBeChecked();
    await expect(timeline(page).getByText('Error rate 40% on /checkout', { exact: true })).toBeVisible();
    await expect(timeline(page)).toContainText('Impact started');

    // A laptop that slept for an hour: the clock is computed from stored times, not counted.
    await page.clock.fastForward('01:00:00');
    await expect(elapsedClock(page)).toHaveText('01:17:00');
  });

  test('an overdue update reminds calmly; posting an update logs it and restarts the countdown', async ({ page, context }) => {
    await openIncidentPage(page);
    await declareIncident(page);
    await page.clock.fastForward('30:00');
    await expect(updateCountdown(page)).toHaveText('00:00');
    await expect(page.getByRole('heading', { name: /Status update overdue/ })).toHaveCount(0);

    await page.clock.fastForward('00:01');
    const banner = page.getByRole('region', { name: 'Status update overdue by 00:01' });
    await expect(banner).toBeVisible();
    await expect(updateCountdown(page)).toHaveText('00:01');
    await expect(page).toHaveTitle('⚠ Update overdue · 30 min · Checkout fails with an error');
    await expect(liveRegion(page)).toContainText('Status update overdue for “Checkout fails with an error”');

    await banner.getByRole('button', { name: 'Write the update' }).click();
    const text = page.getByLabel('Update text');
    await expect(text).toBeFocused();
    await expect(text).toHaveValue(/^\[SEV1\] INC-2025-001 Investigating: checkout/);
    await expect(text).toHaveValue(/Next update by 03:00 PM \(14:00 UTC\)\.$/);

    await page.getByRole('radio', { name: 'Customers' }).check();
    // Without a public component name, customers read a neutral phrase, never the internal service name.
    await expect(text).toHaveValue(/^Investigating: Our service\nWe are aware of a problem with our service/);
    await expect(text).toHaveValue(/We will post another update by 03:00 PM \(14:00 UTC\)\.$/);

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const composer = page.getByRole('region', { name: 'Status updates' });
    await composer.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(composer.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.inputValue());

    await composer.getByRole('button', { name: 'Mark as posted' }).click();
    await expect(banner).toHaveCount(0);
    await expect(updateCountdown(page)).toHaveText('30:00');
    await expect(page).toHaveTitle('30 min · update in 30 min · Checkout fails with an error');
    await expect(timeline(page)).toContainText('Posted a status update for customers: Investigating');
    const milestones = page.getByRole('region', { name: 'Milestones' });
    await expect(milestones.getByRole('listitem').filter({ hasText: 'Acknowledged' })).toContainText('02:30:01 PM');

    await composer.getByRole('radio', { name: '15 min' }).check();
    await expect(updateCountdown(page)).toHaveText('15:00');
    await expect(timeline(page)).toContainText('Update cadence set to every 15 minutes');
  });

  test('resolving shows the summary with correct metrics, then starts the postmortem', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page, { startedAt: '2025-03-10T13:50' });
    const composer = page.getByRole('region', { name: 'Status updates' });

    await page.clock.fastForward('03:00');
    await composer.getByRole('button', { name: 'Mark as posted' }).click();
    await page.getByRole('checkbox', { name: 'Communicate early' }).check();
    await page.clock.fastForward('09:00');
    await page.getByRole('checkbox', { name: 'Service restored for users' }).check();
    const milestones = page.getByRole('region', { name: 'Milestones' });
    await expect(milestones.getByRole('listitem').filter({ hasText: 'Mitigated (service restored)' })).toContainText('02:12:00 PM');
    await page.clock.fastForward('08:00');
    await page.getByRole('checkbox', { name: 'Confirm it is fixed for users' }).check();

    const summary = page.getByRole('region', { name: 'Incident summary' });
    await expect(summary).toBeVisible();
    await expect(page.getByText('Resolved', { exact: true }).first()).toBeVisible();
    const metrics = summary.getByRole('table', { name: /Response metrics/ });
    await expect(metrics.getByRole('row', { name: /Time to detect/ })).toContainText('00:10:00');
    await expect(metrics.getByRole('row', { name: /Time to acknowledge/ })).toContainText('00:03:00');
    await expect(metrics.getByRole('row', { name: /Time to mitigate/ })).toContainText('00:22:00');
    await expect(metrics.getByRole('row', { name: /Time to resolve/ })).toContainText('00:30:00');
    await expect(metrics).toContainText('MTTR here means mean time to resolve');
    // Impact and cost over impact start → service restored (22 min); the incident was open 30 min.
    await expect(summary.getByRole('definition').filter({ hasText: '22 min' })).toContainText('impact start → service restored');
    await expect(summary.getByRole('definition').filter({ hasText: '22 min' })).toContainText('Open 30 min, impact start → resolved');
    const expectedCost = formatMoney(calculateCostSoFar(DEFAULT_COST_INPUTS, 22 * MINUTE).total, 'USD', 'en-US', { maximumFractionDigits: 0 });
    await expect(summary).toContainText(expectedCost);
    await expect(summary.getByRole('heading', { name: 'Done (3)' })).toBeVisible();
    await expect(summary.getByRole('heading', { name: 'Skipped (9)' })).toBeVisible();

    // The clock stops at resolution, and reminders with it.
    await page.clock.fastForward('45:00');
    await expect(elapsedClock(page)).toHaveText('00:30:00');
    await expect(page.getByRole('heading', { name: /Status update overdue/ })).toHaveCount(0);

    // The postmortem page loads lazily; let time run so React can show it.
    await page.clock.resume();
    await summary.getByRole('button', { name: 'Start postmortem' }).click();
    await expect(page).toHaveURL(/\/postmortem\/$/);
    await expect(page).toHaveTitle(/^Blameless postmortem/);
  });

  test('the live cost ticker uses the calculator model and can be hidden', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page);
    await page.clock.fastForward('10:00');
    const cost = page.getByRole('status', { name: 'Cost so far' });
    await expect(cost).toHaveText(formatMoney(calculateCostSoFar(DEFAULT_COST_INPUTS, 10 * MINUTE).total, 'USD', 'en-US', { maximumFractionDigits: 0 }));
    await page.getByRole('button', { name: 'Hide cost' }).click();
    await expect(cost).toHaveCount(0);
    await page.getByRole('button', { name: 'Show cost so far' }).click();
    await expect(cost).toBeVisible();
  });

  test('edit the runbook and see it used by the next incident, not the running one', async ({ page }) => {
    await openIncidentPage(page);
    await declareIncident(page, { title: 'API latency' });

    await page.getByRole('tab', { name: 'Runbook' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Runbook' })).toBeVisible();
    const firstPhase = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Phase 1: First five minutes' }) });
    await firstPhase.getByLabel('Step 1', { exact: true }).fill('Check from outside your network');
    await firstPhase.getByRole('button', { name: 'Remove step “Preserve evidence”' }).click();
    await expect(page.getByRole('tabpanel').getByText('Removed the step “Preserve evidence”.')).toBeVisible();

    const fix = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Phase 4: Fix' }) });
    await fix.getByRole('button', { name: 'Add a step to phase “Fix”' }).click();
    await expect(fix.getByLabel('Step 2', { exact: true })).toBeFocused();
    await fix.getByLabel('Step 2', { exact: true }).fill('Tell the support team');
    await page.getByRole('button', { name: 'Move up phase “Diagnose”' }).click();
    await expect(page.getByRole('heading', { name: 'Phase 2: Diagnose' })).toBeVisible();

    await page.getByRole('button', { name: 'Save as default' }).first().click();
    await expect(page.getByRole('tabpanel').getByText('Saved as your default runbook. The next incident you declare will use it.')).toBeVisible();

    // The running incident keeps the runbook it started with.
    await page.getByRole('tab', { name: /^Incident/ }).click();
    await expect(page.getByRole('checkbox', { name: 'Confirm the scope' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Tell the support team' })).toHaveCount(0);

    // The next incident uses the edited runbook.
    await page.getByRole('button', { name: 'Declare another incident' }).click();
    await declareIncident(page, { title: 'Login broken' });
    await expect(page.getByRole('checkbox', { name: 'Check from outside your network' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Confirm the scope' })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Preserve evidence' })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Tell the support team' })).toBeVisible();
    const phases = page.getByRole('region', { name: 'Checklist' }).getByRole('heading', { level: 3 });
    await expect(phases).toHaveText(['First five minutes', 'Diagnose', 'Mitigate', 'Fix', 'Verify', 'Write up']);
  });

  test('two pages on the same incident add notes at the same time and both notes survive', async ({ page, context }) => {
    await page.goto('./incident/');
    await declareIncident(page);
    const other = await context.newPage();
    await other.goto('./incident/');
    await expect(other.getByRole('heading', { level: 1, name: 'Checkout fails with an error' })).toBeVisible();

    const first = page.getByLabel('Note', { exact: true });
    const second = other.getByLabel('Note', { exact: true });
    await first.fill('Note from the first tab');
    await second.fill('Note from the second tab');
    await Promise.all([first.press('Enter'), second.press('Enter')]);

    for (const p of [page, other]) {
      await expect(timeline(p).getByText('Note from the first tab', { exact: true })).toBeVisible();
      await expect(timeline(p).getByText('Note from the second tab', { exact: true })).toBeVisible();
    }
    // And both are saved, not only shown: the stored copy settles with both notes, and a fresh load of
    // either page has them.
    await expect
      .poll(() => storedText(page), { timeout: 10_000 })
      .toMatch(/Note from the first tab[\s\S]*Note from the second tab|Note from the second tab[\s\S]*Note from the first tab/);
    for (const p of [page, other]) {
      await p.reload();
      await expect(timeline(p).getByText('Note from the first tab', { exact: true })).toBeVisible();
      await expect(timeline(p).getByText('Note from the second tab', { exact: true })).toBeVisible();
    }
  });

  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark'] as const) {
      test(`no accessibility violations at ${width}px in the ${theme} theme`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await openIncidentPage(page);
        // axe schedules its work with timers: let time run.
        await page.clock.resume();
        await useTheme(page, theme);
        await expectNoAxeViolations(page);

        await declareIncident(page, { commander: 'Alice' });
        await page.getByRole('checkbox', { name: 'Confirm the scope' }).check();
        await addNote(page, 'Error rate 40% on /checkout');
        await page.getByRole('button', { name: 'Roll back or fix forward?' }).first().click();
        await page.getByRole('checkbox', { name: 'Show UTC times' }).check();
        await page.clock.fastForward('31:00');
        await expect(page.getByRole('heading', { name: /Status update overdue/ })).toBeVisible();
        await expectNoAxeViolations(page);

        await page.getByRole('button', { name: 'Edit details' }).click();
        await page.getByRole('button', { name: 'Save details' }).click();
        await page.getByRole('button', { name: 'Resolve incident' }).first().click();
        await page.getByRole('dialog', { name: 'Resolve this incident?' }).getByRole('button', { name: 'Resolve incident' }).click();
        await expect(page.getByRole('region', { name: 'Incident summary' })).toBeVisible();
        await expectNoAxeViolations(page);

        await page.getByRole('tab', { name: 'Runbook' }).click();
        await page.getByText('Guidance, why and commands').first().click();
        await expectNoAxeViolations(page);

        await page.getByRole('tab', { name: /^History/ }).click();
        // The tab's code arrives on first use: check the history itself, not its loading line.
        await expect(page.getByRole('heading', { level: 1, name: 'Incident history' })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  }
});
