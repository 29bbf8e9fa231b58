// `node scripts/bench/reports-bench.mjs [--runs=11] [--count=500] [--skip-build] [--screenshots=DIR]`: opening the
// Reports view with 500 incidents (and their postmortems) in Chromium against the production build. Render time is
// the page's own marks: its first render starts → the report is committed (the whole report computed and in the
// DOM), per fresh profile; also navigation start → that commit. Figures, not pass/fail. Port: BENCH_PORT (4650).
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { launchBrowser, median, percentile } from './browser-bench.mjs';
import { storageEntries } from './storage-entries.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const runs = Number(option('runs', '11'));
const count = Number(option('count', '500'));
const shots = option('screenshots', '');
const port = Number(process.env.BENCH_PORT ?? 4650);
const base = `http://127.0.0.1:${port}/`;
const NOW = Date.now();

if (!args.includes('--skip-build')) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const loadTs = async (path) => (await runnerImport(new URL(path, import.meta.url).pathname, { configFile: false, root, logLevel: 'error' })).module;
const { createReportFixtures, REPORT_FIXTURE_ZONE } = await loadTs('../../src/testing/report-fixtures.ts');
const { createSavedState } = await loadTs('../../src/testing/bench-fixtures.ts');
const { incidents, docs } = createReportFixtures({ count, now: NOW });
const entries = storageEntries(JSON.stringify(createSavedState(incidents, docs)));

const server = spawn(new URL('../../node_modules/.bin/vite', import.meta.url).pathname, ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
const browser = await launchBrowser();
try {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  async function open({ width = 1280, theme = 'light' } = {}) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height: 900 }, colorScheme: theme, locale: 'en-US', timezoneId: REPORT_FIXTURE_ZONE });
    const page = await context.newPage();
    // No page.clock here: Playwright's fake clock replaces `performance`, and with it the page's marks.
    await page.goto(new URL('robots.txt', base).href);
    await page.evaluate((seed) => {
      localStorage.clear();
      for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
    }, entries);
    await page.goto(new URL('reports/', base).href);
    page.on('pageerror', (error) => console.error(`[reports-bench] page error: ${error.message}`));
    try {
      await page.waitForFunction(() => performance.getEntriesByName('outage-kit:reports-commit').length > 0, null, { timeout: 60_000 });
    } catch (error) {
      console.error(`[reports-bench] the report never showed; marks: ${JSON.stringify(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name)))}; summary: ${await page.locator('.report-summary').innerText()}`);
      throw error;
    }
    return { context, page };
  }
  if (shots) {
    for (const width of [375, 1280]) {
      for (const theme of ['light', 'dark']) {
        const { context, page } = await open({ width, theme });
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${shots}/reports-${width}-${theme}.png`, fullPage: true });
        await context.close();
      }
    }
  }
  const render = [];
  const toCommit = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await open();
    const figures = await page.evaluate(() => {
      const start = performance.getEntriesByName('outage-kit:reports-render-start')[0];
      const commit = performance.getEntriesByName('outage-kit:reports-commit')[0];
      return { render: commit.startTime - start.startTime, fromNavigation: commit.startTime, incidents: commit.detail };
    });
    render.push(figures.render);
    toCommit.push(figures.fromNavigation);
    console.log(`[reports-bench] run ${i + 1}: render ${figures.render.toFixed(1)} ms, navigation → report ${figures.fromNavigation.toFixed(0)} ms (${figures.incidents} incidents in the report)`);
    await context.close();
  }
  const r = (v) => Math.round(v * 10) / 10;
  console.log(JSON.stringify({ count, runs, renderMedianMs: r(median(render)), renderP90Ms: r(percentile(render, 90)), navigationToReportMedianMs: r(median(toCommit)) }));
} finally {
  await browser.close();
  server.kill();
}
