// Runs Lighthouse 12 against the production build for each tool route and the embed page, mobile and
// desktop, and writes the scores to docs/lighthouse.json (summarised in docs/PERFORMANCE.md).
// Usage: npm run build && npm run lighthouse   (uses Debian's Chromium; set CHROME_PATH to use another)
//   -- --pages=embed.html,/   only these pages ('/' is the start page)
//   -- --form-factor=mobile   only this preset (mobile or desktop)
//   -- --base=http://127.0.0.1:8080/   measure a server that is already running (no vite preview started)
// A partial run (any of these) prints its figures and writes docs/lighthouse.json only with --write.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { TOOL_DATA } from '../src/app/tool-data.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4390);
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// Every tool's page (src/app/tool-data.mjs; '' is the start page), then the embed.
const ALL_PAGES = [...TOOL_DATA.map((tool) => tool.path), 'embed.html'];
const pages = option('pages')?.split(',').map((p) => (p === '/' ? '' : p.replace(/^\//, ''))) ?? ALL_PAGES;
const formFactors = option('form-factor') ? [option('form-factor')] : ['mobile', 'desktop'];
const external = option('base');
const base = external ?? `http://127.0.0.1:${port}/`;
const partial = Boolean(option('pages') || option('form-factor') || external);

const server = external
  ? null
  : // Vite itself, not through npx: killing npx would leave the server running.
    spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
if (server) await new Promise((r) => setTimeout(r, 2500));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

const RUNS = 5;
const results = { measuredAt: new Date().toISOString(), lighthouse: '12.8.2', runsPerPage: RUNS, pages: {} };
try {
  for (const formFactor of formFactors) {
    for (const page of pages) {
      const url = base + page;
      const config = formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
      const runs = [];
      // Five runs, and each figure the median of its five: a single Lighthouse run on a busy 2-core machine
      // is noisy (mobile TBT especially), so the range of TBT is kept too.
      for (let i = 0; i < RUNS; i++) {
        const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }, config);
        runs.push(lhr);
      }
      const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const score = (c) => median(runs.map((lhr) => Math.round((lhr.categories[c]?.score ?? 0) * 100)));
      const metric = (id) => median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? 0));
      const tbts = runs.map((lhr) => Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0));
      results.pages[`${formFactor} ${page || '/'}`] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: Math.round(metric('first-contentful-paint')),
        lcpMs: Math.round(metric('largest-contentful-paint')),
        tbtMs: Math.round(metric('total-blocking-time')),
        tbtRangeMs: [Math.min(...tbts), Math.max(...tbts)],
        cls: Number(metric('cumulative-layout-shift').toFixed(3)),
        // Audits below 0.9 in any run.
        failing: [
          ...new Set(
            runs.flatMap((lhr) =>
              Object.values(lhr.audits)
                .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
                .map((a) => a.id),
            ),
          ),
        ],
      };
      console.log(formFactor, page || '/', JSON.stringify(results.pages[`${formFactor} ${page || '/'}`]));
    }
  }
} finally {
  await chrome.kill();
  server?.kill();
}
if (!partial || process.argv.includes('--write')) writeFileSync(join(root, 'docs', 'lighthouse.json'), `${JSON.stringify(results, null, 2)}\n`);
