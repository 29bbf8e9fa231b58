// Times the first PDF export of a typical postmortem (20 timeline rows, 10 action items) in Chromium, from the
// click on "Download PDF" to the download, on fresh page loads: jsPDF, the export chunk and the two Noto Sans
// faces are all fetched by that click. Prints each run, the median and the second (warm) export of each page.
//
// Usage: npm run build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort &
//        node scripts/measure-postmortem-pdf.mjs [runs=5]
// BASE_URL overrides the address; PLAYWRIGHT_CHROMIUM_PATH the browser (default /usr/bin/chromium).
import { chromium } from '@playwright/test';

const runs = Number(process.argv[2] ?? 5);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The example postmortem trimmed to the typical size: 20 timeline rows and 10 action items. */
async function openTypicalPostmortem(page) {
  await page.goto(new URL('postmortem/', base).href);
  await page.getByRole('button', { name: 'Load the example' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  for (let row = 25; row > 20; row--) await timeline.getByRole('button', { name: `Remove row ${row}` }).click();
  const actions = page.getByRole('region', { name: 'Action items', exact: true });
  await actions.getByRole('button', { name: 'Add an action item' }).click();
  await actions.getByLabel('What will change').last().fill('Alert when the payments connection pool stays above 90% for 2 minutes');
  await actions.getByLabel('Owner').last().fill('Priya Raman');
  if ((await timeline.getByRole('textbox', { name: /^Event of row \d+$/ }).count()) !== 20) throw new Error('expected 20 timeline rows');
  if ((await actions.getByLabel('What will change').count()) !== 10) throw new Error('expected 10 action items');
}

async function timeExport(page) {
  const button = page.getByRole('button', { name: 'Download PDF' });
  const start = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const elapsed = Date.now() - start;
  await download.path();
  await page.getByRole('button', { name: 'Download PDF' }).waitFor();
  return elapsed;
}

const browser = await chromium.launch({ executablePath, args });
const first = [];
const second = [];
try {
  for (let i = 0; i < runs; i++) {
    // A new context is a fresh profile: empty HTTP cache, no service worker (blocked: it would precache the PDF code).
    const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const fetched = [];
    page.on('requestfinished', (request) => {
      if (/jspdf|NotoSans|export-postmortem-pdf/.test(request.url())) fetched.push(new URL(request.url()).pathname.split('/').pop());
    });
    await openTypicalPostmortem(page);
    if (fetched.length > 0) throw new Error(`PDF code loaded before the export: ${fetched.join(', ')}`);
    first.push(await timeExport(page));
    second.push(await timeExport(page));
    console.log(`run ${i + 1}: first export ${first.at(-1)} ms (fetched ${fetched.join(', ')}), second ${second.at(-1)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`median of ${runs}: first export ${median(first)} ms, second export ${median(second)} ms`);
