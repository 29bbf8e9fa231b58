// The Reports tool (issue 19, item 3): figures and tables over seeded incidents and postmortems, the drills toggle,
// a CSV read back with papaparse, a team archive imported (good files merge by id; damaged, foreign, oversized and
// hostile files are refused and change nothing), axe in both themes at 375 and 1280 px, and no request off the origin.
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { DEFAULT_COST_INPUTS } from '../src/features/calculator/domain/cost-inputs';
import { DEFAULT_RUNBOOK } from '../src/features/incident/domain/default-runbook';
import type { Incident } from '../src/features/incident/domain/incident-types';
import type { PostmortemDoc } from '../src/features/postmortem/domain/postmortem-types';
import { buildReport } from '../src/features/reports/domain/build-report';
import { formatDurationWords } from '../src/lib/format-duration';
import { createReportFixtures, REPORT_FIXTURE_ZONE } from '../src/testing/report-fixtures';
import { storageEntries } from '../scripts/bench/storage-entries.mjs';
import { expect, expectNoAxeViolations, test, useTheme } from './fixtures';
import { download, storedText, watchContext } from './trust-helpers';
import { CANARY, XSS_PAYLOADS } from './xss-payloads';

test.use({ serviceWorkers: 'block', timezoneId: REPORT_FIXTURE_ZONE });

const NOW = Date.UTC(2026, 10, 30, 11, 0, 0);
const local = createReportFixtures({ count: 40, now: NOW });

/** The saved state as the app writes it (see createSavedState in src/testing/bench-fixtures.ts). */
function savedState(incidents: Incident[], docs: PostmortemDoc[]) {
  return {
    state: {
      calculator: { inputs: { ...DEFAULT_COST_INPUTS }, draft: null },
      incident: { incidents, deletedIds: [], runbook: DEFAULT_RUNBOOK, preferences: { sound: false, notifications: false, showCost: true, showUtc: false } },
      postmortem: { docs, deletedIds: [] },
      settings: { theme: 'system' },
    },
    version: 1,
  };
}

function expected(incidents: Incident[], docs: PostmortemDoc[], includeDrills = false) {
  return buildReport({
    incidents,
    postmortems: docs,
    filter: { range: { from: null, to: null }, severities: ['SEV1', 'SEV2', 'SEV3', 'SEV4'], includeDrills },
    now: NOW,
    timeZone: REPORT_FIXTURE_ZONE,
    fallbackCostInputs: DEFAULT_COST_INPUTS,
  });
}

async function openReports(page: Page, incidents: Incident[] = local.incidents, docs: PostmortemDoc[] = local.docs): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto('./embed.html');
  const entries = storageEntries(JSON.stringify(savedState(incidents, docs)));
  await page.evaluate((seed) => {
    localStorage.clear();
    sessionStorage.clear();
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
  }, entries);
  await page.goto('./reports/');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports: learning across incidents' })).toBeVisible();
}

const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });
const table = (page: Page, caption: string) => page.getByRole('table', { name: caption, exact: true });
const importInput = (page: Page) => page.getByLabel("Import a team's archive (JSON files)");

test('figures and tables match the seeded data, drills are excluded until asked for, the CSV parses; nothing leaves the origin', async ({ page, context, baseURL }, testInfo) => {
  const watch = await watchContext(context);
  await openReports(page);
  const report = expected(local.incidents, local.docs);
  const withDrills = expected(local.incidents, local.docs, true);
  expect(report.excludedDrills.incidents).toBeGreaterThan(0);

  await expect(summary(page)).toContainText(`${report.incidents} incidents`);
  await expect(summary(page)).toContainText(`${report.excludedDrills.incidents} drill incidents and ${report.excludedDrills.postmortems} drill postmortems not counted`);
  const severities = table(page, 'Incidents by severity');
  for (const row of report.bySeverity) await expect(severities.getByRole('row', { name: new RegExp(`^${row.severity} `) })).toContainText(String(row.count));
  await expect(page.getByRole('img', { name: /Incidents by severity/ })).toBeVisible();

  const ttr = report.metrics.find((m) => m.key === 'timeToResolve');
  const metricsTable = table(page, 'Response times');
  const ttrRow = metricsTable.getByRole('row', { name: /^TTR/ });
  await expect(ttrRow.getByRole('cell').first()).toHaveText(formatDurationWords(ttr?.median ?? 0));
  await expect(ttrRow.getByRole('cell').nth(4)).toHaveText(String(ttr?.count));

  // The CSV: the same rows, durations in minutes, read back with a real CSV parser.
  const csv = await download(page, page.getByRole('button', { name: 'Download CSV: Response times' }), testInfo);
  expect(csv.name).toBe('outage-kit-response-times.csv');
  const parsed = Papa.parse<string[]>(csv.text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data[0]?.[1]).toBe('Median (minutes)');
  const csvTtr = parsed.data.find((row) => row[0]?.startsWith('TTR'));
  expect(Number(csvTtr?.[1])).toBeCloseTo((ttr?.median ?? 0) / 60_000, 1);

  await page.getByRole('checkbox', { name: 'Include drills' }).check();
  await expect(summary(page)).toContainText(`${withDrills.incidents} incidents`);
  await expect(summary(page)).toContainText(`${withDrills.includedDrills} drills are included`);
  await page.getByRole('checkbox', { name: 'SEV4' }).uncheck();
  const noSev4 = withDrills.incidents - (withDrills.bySeverity.find((r) => r.severity === 'SEV4')?.count ?? 0);
  await expect(summary(page)).toContainText(`${noSev4} incidents`);

  expect(watch.offOrigin(new URL(baseURL ?? '').origin)).toEqual([]);
});

test('an imported archive merges by id for the report only; damaged, foreign, oversized and hostile files are refused and change nothing', async ({ page, context }) => {
  const watch = await watchContext(context);
  await openReports(page);
  const before = await storedText(page);
  const base = expected(local.incidents, local.docs);

  // A teammate's export: 10 incidents that are already here and 15 new ones, one with XSS payloads as its service.
  const theirs = createReportFixtures({ count: 15, now: NOW, idPrefix: 'team-b', seed: 99 });
  const hostile = { ...(theirs.incidents[0] as Incident), service: XSS_PAYLOADS.slice(0, 4).join(' '), drill: undefined };
  const teamIncidents = [hostile, ...theirs.incidents.slice(1), ...local.incidents.slice(0, 10)].map((incident) => {
    const { drill: _drill, ...rest } = incident;
    return incident.drill ? incident : rest;
  });
  const allData = JSON.stringify({ format: 'outage-kit/all-data', version: 1, exportedAt: new Date(NOW).toISOString(), state: savedState(teamIncidents, theirs.docs).state });
  const merged = expected([...local.incidents, ...teamIncidents.filter((i) => !local.incidents.some((l) => l.id === i.id))], [...local.docs, ...theirs.docs]);

  await importInput(page).setInputFiles([
    { name: 'team-b-export.json', mimeType: 'application/json', buffer: Buffer.from(allData) },
    { name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "outage-kit/all-data", "state": {') },
    { name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "something-else", "version": "1.0.0"}') },
    { name: `<img src=x onerror=${CANARY}>.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'outage-kit/incident', version: 1, incident: { id: XSS_PAYLOADS[0] } })) },
  ]);
  await expect(summary(page)).toContainText(`${merged.incidents} incidents`);
  expect(merged.incidents).toBeGreaterThan(base.incidents);
  await expect(page.getByRole('list', { name: 'Imported files' })).toContainText('team-b-export.json: 25 incidents');
  const alert = page.getByRole('alert').filter({ hasText: 'files were not imported' });
  await expect(alert).toContainText('3 files were not imported');
  await expect(alert).toContainText('damaged.json: This file is not valid JSON');
  await expect(alert).toContainText('package.json: This is not a file Outage Kit can report on');
  await expect(alert).toContainText(`<img src=x onerror=${CANARY}>.json`);
  await expect(table(page, 'Services with the most incidents')).toBeVisible();

  // An oversized file is refused before it is read; the report keeps what it had.
  await importInput(page).setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(21 * 1024 * 1024, 32) });
  await expect(page.getByRole('alert').filter({ hasText: 'huge.json' })).toContainText('the largest file you can import is 20 MB');
  await expect(summary(page)).toContainText(`${merged.incidents} incidents`);

  // The same archive again: merged by id, no duplicates.
  await importInput(page).setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(allData) });
  await expect(page.getByRole('list', { name: 'Imported files' })).toContainText('again.json');
  await expect(summary(page)).toContainText(`${merged.incidents} incidents`);

  // Nothing was saved: storage is as it was, and a reload shows this browser's data only.
  expect(await storedText(page)).toBe(before);
  await page.reload();
  await expect(summary(page)).toContainText(`${base.incidents} incidents`);
  expect(watch.canary).toEqual([]);
  expect(watch.csp).toEqual([]);
});

for (const width of [375, 1280]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`charts and tables pass axe at ${width} px in the ${theme} theme`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openReports(page);
      await useTheme(page, theme);
      await expect(page.getByRole('img', { name: /Incidents by month/ })).toBeVisible();
      await expectNoAxeViolations(page);
      // Readable at 375 px: nothing wider than the page.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}
