// Issue #6, "nothing leaked": one journey through every tool and every export, watched for CSP violations and
// for requests to any other origin. The other trust specs: trust-storage (nothing lost), trust-xss (nothing
// executed), trust-offline (works offline).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addNote, declareIncident } from './incident-helpers';
import { download, expectStrictCsp, readPdfText, watchContext } from './trust-helpers';

// The service worker's background precache would add hundreds of (same-origin) requests; trust-offline covers it.
test.use({ serviceWorkers: 'block' });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('trust: nothing leaked', () => {
  test('every tool and export: no CSP violation, and no request leaves the origin', async ({ page, context, baseURL }, testInfo) => {
    test.setTimeout(120_000);
    const origin = new URL(baseURL!).origin;
    const watch = await watchContext(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    // The calculator: inputs, share link, Markdown summary, and the embed builder with its live preview.
    await page.goto('./');
    await expectStrictCsp(page);
    await page.getByLabel('Employees affected').fill('120');
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await clipboard(page)).toContain('employees=120');
    await page.getByRole('button', { name: 'Copy summary as Markdown' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^# .*\n[\s\S]*\| Lost revenue \|/);
    await page.getByText('Embed this calculator').click();
    const preview = page.frameLocator('iframe[title="Preview of the embedded calculator"]');
    await expect(preview.getByRole('status', { name: 'Total cost' })).toBeVisible();
    await page.getByRole('button', { name: 'Copy custom element code' }).click();
    expect(await clipboard(page)).toContain('<downtime-cost-calculator');

    // The incident timer: declare, check a step, add a note, post an update, resolve, export.
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Incident' }).click();
    await declareIncident(page, { title: 'Search returns nothing', commander: 'Ana' });
    await page.getByRole('checkbox', { name: 'Confirm the scope' }).check();
    await addNote(page, 'Index rebuild started');
    const composer = page.getByRole('region', { name: 'Status updates' });
    await composer.getByRole('button', { name: 'Copy', exact: true }).click();
    expect(await clipboard(page)).toMatch(/^\[SEV1\] INC-\d{4}-\d{3} Investigating/);
    await composer.getByRole('button', { name: 'Mark as posted' }).click();
    await page.getByRole('button', { name: 'Resolve incident' }).first().click();
    await page.getByRole('dialog', { name: 'Resolve this incident?' }).getByRole('button', { name: 'Resolve incident' }).click();
    const summary = page.getByRole('region', { name: 'Incident summary' });
    const incidentJson = await download(page, summary.getByRole('button', { name: 'Export JSON' }), testInfo);
    expect(JSON.parse(incidentJson.text)).toMatchObject({ format: 'outage-kit/incident', incident: { title: 'Search returns nothing' } });

    // The postmortem, from the incident: Markdown, PDF and JSON.
    await summary.getByRole('button', { name: 'Start postmortem' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Search returns nothing' })).toBeVisible();
    const exportPanel = page.getByRole('region', { name: 'Export' });
    const markdown = await download(page, exportPanel.getByRole('button', { name: 'Download Markdown' }), testInfo);
    expect(markdown.text).toMatch(/^# Search returns nothing\n/);
    expect(markdown.text).toContain('Index rebuild started');
    const pdf = await download(page, exportPanel.getByRole('button', { name: 'Download PDF' }), testInfo);
    expect(readPdfText(pdf.path)).toContain('Search returns nothing');
    const json = await download(page, exportPanel.getByRole('button', { name: 'Download JSON' }), testInfo);
    expect(JSON.parse(json.text)).toMatchObject({ format: 'outage-kit/postmortem', postmortem: { title: 'Search returns nothing' } });

    // The postmortem example: copy its Markdown.
    await page.getByRole('button', { name: 'All postmortems' }).click();
    await page.getByRole('button', { name: 'Load the example' }).click();
    await exportPanel.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^# Checkout payments failed after a connection pool change\n/);

    // Your data: export everything, then import that file back (all or nothing, after a summary).
    await page.getByRole('button', { name: 'Your data: export, import or clear' }).click();
    const dataDialog = page.getByRole('dialog', { name: 'Your data' });
    const allData = await download(page, dataDialog.getByRole('button', { name: 'Export all data' }), testInfo);
    expect(JSON.parse(allData.text).state.postmortem.docs).toHaveLength(2);
    await dataDialog.locator('input[type="file"]').setInputFiles(allData.path);
    const confirm = page.getByRole('dialog', { name: 'Replace all your data?' });
    await expect(confirm).toContainText('This removes: 1 incident, 2 postmortems and the calculator’s values.');
    await confirm.getByRole('button', { name: 'Replace my data' }).click();
    await expect(dataDialog.getByRole('status')).toHaveText('Imported 1 incident, 2 postmortems and the calculator’s values.');
    await dataDialog.getByRole('button', { name: 'Close' }).click();

    // Each page as loaded from its own address, and the iframe embed: the same strict policy.
    for (const path of ['./incident/', './postmortem/', './embed.html']) {
      await page.goto(path);
      await expectStrictCsp(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }

    expect(watch.csp, 'CSP violations').toEqual([]);
    expect(watch.canary, 'XSS canary').toEqual([]);
    expect(watch.offOrigin(origin), 'requests to another origin').toEqual([]);
    // The log saw the work: the lazily loaded PDF maker and its font came from this origin.
    expect(watch.requests.filter((url) => /jspdf|NotoSans/i.test(url)).length).toBeGreaterThanOrEqual(2);
  });
});
