// Chromium benchmarks (issue #7) against the production build served by `vite preview`: PDF export of the large
// postmortem, keystroke-to-preview latency and long tasks while typing in it, what it writes to localStorage, the
// incident clock's cost per tick with 1,000 timeline entries and what re-renders on a tick, and restoring a saved
// state of 50 incidents and 50 postmortems. Figures, not pass/fail. Driven by scripts/bench/run-bench.mjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { STATE_KEY, storageEntries } from './storage-entries.mjs';

export { STATE_KEY };
const OPEN_KEY = 'outage-kit:open';
const ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-gpu'];
const VIEWPORT = { width: 1440, height: 1000 };

export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (value, digits = 1) => (value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function launchBrowser(executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium') {
  return chromium.launch({ executablePath, args: ARGS });
}

/**
 * A fresh profile (empty cache; the service worker is blocked so it never precaches in the background while we
 * time things) whose localStorage holds `raw` and whose tab opens `open` ({ incident, postmortem } ids).
 */
async function openWithState(browser, base, path, { raw, open = {}, init = [], contextOptions = {} }) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: VIEWPORT, locale: 'en-US', timezoneId: 'Europe/Berlin', ...contextOptions });
  for (const script of init) await context.addInitScript(script);
  const page = await context.newPage();
  // Seed storage from a static file of the same origin, so the app never starts with empty storage first.
  await page.goto(new URL('robots.txt', base).href);
  await page.evaluate(
    ([entries, openKey, openIds]) => {
      localStorage.clear();
      for (const [key, text] of Object.entries(entries)) localStorage.setItem(key, text);
      sessionStorage.setItem(openKey, JSON.stringify(openIds));
    },
    [storageEntries(raw), OPEN_KEY, open],
  );
  await page.goto(new URL(path, base).href);
  return { context, page };
}

/** Fails when the app showed a saving/loading notice (e.g. "Some saved data was not valid"). */
async function assertRestoredCleanly(page, what) {
  await page.waitForTimeout(200);
  const banner = page.getByRole('region', { name: 'Saving and loading' });
  if ((await banner.count()) > 0) throw new Error(`${what}: the app reported a storage problem: ${await banner.innerText()}`);
}

async function openLargePostmortem(browser, base, large, init = [], contextOptions = {}) {
  const { context, page } = await openWithState(browser, base, 'postmortem/', { raw: large.raw, open: { postmortem: large.id }, init, contextOptions });
  await page.getByRole('heading', { level: 1, name: large.title }).waitFor({ timeout: 60_000 });
  await page.getByRole('region', { name: 'Document preview' }).getByRole('heading', { name: large.title }).waitFor({ timeout: 60_000 });
  await assertRestoredCleanly(page, 'large postmortem');
  return { context, page };
}

/** Pages of a PDF: pdfinfo when installed, else the page objects in the file. */
function countPdfPages(path) {
  try {
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const match = /^Pages:\s+(\d+)/m.exec(info);
    if (match) return Number(match[1]);
  } catch {
    // No pdfinfo: count below.
  }
  return (readFileSync(path, 'latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * PDF export of the large postmortem: per run a fresh profile, so the first export loads jsPDF and both fonts
 * (from the local server); the second export on the same page loads nothing. Times the click until the download.
 */
export async function benchPdf(browser, base, large, { runs = 5, log = () => {} } = {}) {
  const first = [];
  const second = [];
  let pages = null;
  let bytes = null;
  for (let i = 0; i < runs; i++) {
    const { context, page } = await openLargePostmortem(browser, base, large, [], { acceptDownloads: true });
    try {
      // The button is found before the clock starts, and by text rather than by role: on this page a role query
      // walks the accessibility of some 30,000 elements, which took Playwright about 14 s.
      const button = page.locator('.pm-export button', { hasText: 'Download PDF' });
      const exportOnce = async () => {
        await button.waitFor();
        const handle = await button.elementHandle();
        const start = Date.now();
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), handle.click()]);
        const elapsed = Date.now() - start;
        const path = await download.path();
        return { elapsed, path };
      };
      const cold = await exportOnce();
      const warm = await exportOnce();
      first.push(cold.elapsed);
      second.push(warm.elapsed);
      pages = countPdfPages(warm.path);
      bytes = readFileSync(warm.path).length;
      log(`pdf run ${i + 1}: first export ${cold.elapsed} ms, second ${warm.elapsed} ms, ${pages} pages`);
    } finally {
      await context.close();
    }
  }
  return { runs, firstExportMs: first, secondExportMs: second, firstMedianMs: median(first), secondMedianMs: median(second), pages, bytes };
}

/**
 * Instrumentation for typing: keydown times, the preview's commit marks (wrapping `performance.mark`, so the time of
 * the frame after each commit is known too), long tasks, and every localStorage write with its size and duration.
 */
export function installTypingProbes() {
  const bench = { keys: [], commits: [], longtasks: [], writes: [] };
  Object.defineProperty(window, '__bench', { value: bench });
  addEventListener('keydown', (event) => bench.keys.push({ t: event.timeStamp, wall: Date.now(), key: event.key }), true);
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (name === 'outage-kit:preview-commit') {
      const record = { t: entry.startTime, doc: options?.detail ?? null, frame: null };
      bench.commits.push(record);
      // The end of the frame that paints this commit: a message posted from its animation-frame callback.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          record.frame = performance.now();
        };
        channel.port2.postMessage(0);
      });
    }
    return entry;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longtasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function benchSetItem(key, value) {
    const start = performance.now();
    try {
      return setItem.call(this, key, value);
    } finally {
      bench.writes.push({ key: String(key), value: String(value), t: start, ms: performance.now() - start });
    }
  };
}

/** Types `text` one key at a time with `gapMs` between keys; returns the in-page time window of the typing. */
async function typeSlowly(page, text, gapMs) {
  const start = await page.evaluate(() => performance.now());
  for (const char of text) {
    await page.keyboard.type(char);
    await sleep(gapMs);
  }
  const end = await page.evaluate(() => performance.now());
  return { start, end };
}

/** Keystroke → first preview commit holding it (its doc `updatedAt` is not older than the keystroke). */
function matchKeystrokes(keys, commits) {
  return keys.map((key) => {
    const commit = commits.find((c) => c.t >= key.t && c.doc !== null && c.doc >= key.wall);
    return commit ? { commitMs: commit.t - key.t, frameMs: commit.frame === null ? null : commit.frame - key.t } : { commitMs: null, frameMs: null };
  });
}

async function readProbes(page, { from, to }) {
  return page.evaluate(
    ([start, end]) => {
      const bench = window.__bench;
      const encoder = new TextEncoder();
      const inWindow = (t) => t >= start && t <= end;
      return {
        keys: bench.keys.filter((k) => inWindow(k.t) && k.key.length === 1),
        commits: bench.commits.filter((c) => c.t >= start),
        longtasks: bench.longtasks.filter((l) => inWindow(l.start)),
        writes: bench.writes
          .filter((w) => inWindow(w.t))
          .map((w) => ({ key: w.key, chars: w.value.length, bytes: encoder.encode(w.value).length, t: w.t, ms: w.ms })),
      };
    },
    [from, to],
  );
}

function summariseTyping(probes, window, gapMs) {
  const matched = matchKeystrokes(probes.keys, probes.commits);
  const commit = matched.map((m) => m.commitMs).filter((v) => v !== null);
  const frame = matched.map((m) => m.frameMs).filter((v) => v !== null);
  const intervals = probes.keys.slice(1).map((k, i) => k.t - probes.keys[i].t);
  const longtasks = probes.longtasks.map((l) => l.duration);
  // One save writes the keys that changed (an item's key, the main key) in one go: count saves, not keys.
  const stateWrites = [];
  for (const w of probes.writes.filter((write) => write.key === STATE_KEY || write.key.startsWith(`${STATE_KEY}:`))) {
    const last = stateWrites.at(-1);
    if (last && w.t - last.t < 50) Object.assign(last, { bytes: last.bytes + w.bytes, ms: last.ms + w.ms, keys: [...last.keys, w.key] });
    else stateWrites.push({ t: w.t, bytes: w.bytes, ms: w.ms, keys: [w.key] });
  }
  return {
    keystrokes: probes.keys.length,
    gapMs,
    medianIntervalMs: round(median(intervals)),
    matched: commit.length,
    commitMedianMs: round(median(commit)),
    commitP95Ms: round(percentile(commit, 95)),
    commitMaxMs: round(Math.max(...commit)),
    frameMedianMs: round(median(frame)),
    frameP95Ms: round(percentile(frame, 95)),
    previewCommits: probes.commits.length,
    longTasksOver50ms: longtasks.length,
    longestTaskMs: longtasks.length ? round(Math.max(...longtasks)) : 0,
    longTasksMs: longtasks.map((d) => round(d)),
    stateWrites: stateWrites.length,
    stateWriteBytes: stateWrites.map((w) => w.bytes),
    stateWriteMs: stateWrites.map((w) => round(w.ms, 2)),
    stateWriteKeys: stateWrites.map((w) => w.keys.length),
    bytesPerKeystroke: probes.keys.length ? Math.round(stateWrites.reduce((sum, w) => sum + w.bytes, 0) / probes.keys.length) : null,
    firstWriteAfterLastKeyMs: stateWrites.length && probes.keys.length ? round(stateWrites.at(-1).t - probes.keys.at(-1).t) : null,
    windowMs: round(window.end - window.start),
  };
}

const TYPED = ' The rollback finished at 15:01 and error rates returned to their usual level within four minutes.';

/**
 * Typing in the large postmortem at a steady pace: in the Summary (prose) and in a timeline row (a cell of the
 * 1,000-row table), then slowly in the Summary to see what each save writes. Keystroke-to-preview is measured
 * from the keydown to the preview's commit mark, and to the end of the frame after it.
 */
export async function benchTyping(browser, base, large, { keys = 100, gapMs = 100, slowKeys = 8, slowGapMs = 400, log = () => {} } = {}) {
  const { context, page } = await openLargePostmortem(browser, base, large, [installTypingProbes]);
  try {
    const results = {};
    // By id: a role query walks the accessibility of every element, which on this page takes Playwright many seconds.
    const targets = [
      ['summary', page.locator('#pm-field-section-summary'), keys],
      ['timelineRow', page.locator('#pm-field-timeline-row-500'), Math.round(keys / 2)],
    ];
    for (const [name, box, count] of targets) {
      await box.scrollIntoViewIfNeeded();
      await box.click();
      await page.keyboard.press('Control+End');
      await sleep(1500);
      const window = await typeSlowly(page, TYPED.repeat(3).slice(0, count), gapMs);
      await sleep(1500);
      const probes = await readProbes(page, { from: window.start, to: window.end + 1500 });
      results[name] = summariseTyping(probes, window, gapMs);
      log(`typing in ${name}: ${JSON.stringify({ ...results[name], longTasksMs: undefined, stateWriteBytes: undefined, stateWriteMs: undefined })}`);
    }
    // Slow typing: each keystroke outlives the save delay, so each one is saved on its own.
    const box = page.locator('#pm-field-section-summary');
    await box.click();
    await page.keyboard.press('Control+End');
    await sleep(1000);
    const window = await typeSlowly(page, ' Next.'.slice(0, slowKeys).padEnd(slowKeys, '.'), slowGapMs);
    await sleep(1000);
    results.slow = summariseTyping(await readProbes(page, { from: window.start, to: window.end + 1000 }), window, slowGapMs);
    log(`slow typing: ${JSON.stringify({ ...results.slow, longTasksMs: undefined })}`);
    return results;
  } finally {
    await context.close();
  }
}

/**
 * What a tick re-renders: a stand-in for the React DevTools hook (React calls it in production builds too) lists
 * the components that rendered in each commit, and a MutationObserver lists the elements whose DOM changed.
 */
export function installRenderProbes() {
  const bench = { tracking: false, commits: 0, commitLog: [], renders: {}, mutations: {}, mutationCount: 0, mutationLog: [] };
  Object.defineProperty(window, '__bench', { value: bench });
  let previous = new WeakSet();
  const describeElement = (el) => {
    if (!el || el.nodeType !== 1) return '(none)';
    const role = el.getAttribute('role');
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}${role ? `[role=${role}]` : ''}`;
  };
  const hostOf = (fiber) => {
    for (let f = fiber.child; f; f = f.child) if (f.tag === 5) return describeElement(f.stateNode);
    for (let f = fiber.return; f; f = f.return) if (f.tag === 5) return `${describeElement(f.stateNode)} (renders no element)`;
    return '(root)';
  };
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) {
      const id = this.renderers.size + 1;
      this.renderers.set(id, renderer);
      return id;
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    setStrictMode() {},
    onCommitFiberRoot(_id, root) {
      const seen = new WeakSet();
      const commitRenders = [];
      const stack = [root.current];
      while (stack.length) {
        const fiber = stack.pop();
        seen.add(fiber);
        // A fiber object reused from the last commit was not visited; a visited one rendered if it did work.
        if (bench.tracking && COMPONENT_TAGS.has(fiber.tag) && !previous.has(fiber) && (fiber.alternate === null || (fiber.flags & 1) === 1)) {
          const type = fiber.type?.type ?? fiber.type;
          const name = `${type?.displayName || type?.name || 'anonymous'} → ${hostOf(fiber)}`;
          bench.renders[name] = (bench.renders[name] ?? 0) + 1;
          commitRenders.push(name);
        }
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
      previous = seen;
      if (bench.tracking) {
        bench.commits += 1;
        bench.commitLog.push({ at: Date.now(), renders: commitRenders });
      }
    },
  };
  new MutationObserver((records) => {
    if (!bench.tracking) return;
    for (const record of records) {
      const el = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      const key = describeElement(el);
      bench.mutations[key] = (bench.mutations[key] ?? 0) + 1;
      bench.mutationCount += 1;
      bench.mutationLog.push({ at: Date.now(), key });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/**
 * The clock's own figures, by the element they render: the timers, the update countdowns, the live cost, the
 * response metrics, the phase countdown and the tab title. Components that render no element directly inside the
 * incident view are the tab title and the update reminders (live-figures.tsx), which subscribe to the clock too.
 */
const CLOCK_ELEMENT = /\[role=timer\]|^output\.|metric__value|incident-figure|update-countdown|phase-timebox|^title|^div\.incident-view \(renders no element\)/;
export const isClockFigure = (name) => CLOCK_ELEMENT.test(name.split(' → ')[1] ?? '');
/** The status composer refreshes its suggested text when the minute turns (by design): changes then are counted apart. */
const nearMinute = (at) => at % 60_000 < 1_500;

/**
 * What a save costs when the browser holds 50 incidents and 50 postmortems: typing slowly (each keystroke outlives
 * the save delay) in the Summary of one ordinary postmortem: what each save writes and what it costs.
 */
export async function benchSavesWithFiftyFifty(browser, base, state, { keys = 6, gapMs = 400, log = () => {} } = {}) {
  const { context, page } = await openWithState(browser, base, 'postmortem/', { raw: state.raw, open: { postmortem: state.openId }, init: [installTypingProbes] });
  try {
    const box = page.locator('#pm-field-section-summary');
    await box.waitFor({ timeout: 60_000 });
    await assertRestoredCleanly(page, '50 incidents and 50 postmortems');
    await box.click();
    await page.keyboard.press('Control+End');
    await sleep(1500);
    const window = await typeSlowly(page, ' Noted.'.slice(0, keys), gapMs);
    await sleep(1000);
    const result = summariseTyping(await readProbes(page, { from: window.start, to: window.end + 1000 }), window, gapMs);
    log(`saves with 50+50: ${JSON.stringify({ ...result, longTasksMs: undefined })}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * The running incident's ticker: script, layout and style time per second from CDP Performance metrics over
 * `seconds`, for the incident with 1,000 entries and for the same incident with only the app's own entries, measured
 * over a bare DevTools connection (clock-cdp.mjs; Playwright's instrumentation makes title writes expensive). Then,
 * in a Playwright page, which components and elements a tick changes.
 */
export async function benchClock(browser, base, running, { seconds = 10, log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'outage-kit-bench-'));
  const inputPath = join(dir, 'clock.json');
  writeFileSync(
    inputPath,
    JSON.stringify({
      base,
      seconds,
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium',
      fixtures: [
        { name: 'large', ...running.large },
        { name: 'small', ...running.small },
      ],
    }),
  );
  // Node 20 has WebSocket behind a flag; later versions have it on by default.
  const flags = typeof WebSocket === 'undefined' ? ['--experimental-websocket', '--no-warnings'] : [];
  const output = execFileSync(process.execPath, [...flags, fileURLToPath(new URL('./clock-cdp.mjs', import.meta.url)), inputPath], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 300_000,
  });
  rmSync(dir, { recursive: true, force: true });
  const result = JSON.parse(output);
  for (const name of ['large', 'small']) {
    result[name].ticksPerSecond = 1; // use-clock.ts: TICK_MS = 1000
    log(`clock (${name}): ${JSON.stringify(result[name])}`);
  }
  const { context, page } = await openWithState(browser, base, 'incident/', { raw: running.large.raw, open: { incident: running.large.id }, init: [installRenderProbes] });
  try {
    await page.locator('[role=timer]').first().waitFor({ timeout: 60_000 });
    await sleep(2000);
    await page.evaluate(() => {
      window.__bench.tracking = true;
    });
    const watchSeconds = 10;
    await sleep(watchSeconds * 1000);
    const seen = await page.evaluate(() => {
      window.__bench.tracking = false;
      const { commits, commitLog, renders, mutations, mutationCount, mutationLog } = window.__bench;
      return { commits, commitLog, renders, mutations, mutationCount, mutationLog };
    });
    const tally = (items) => items.reduce((counts, key) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 }), {});
    const tickCommits = seen.commitLog.filter((c) => !nearMinute(c.at));
    const tickMutations = seen.mutationLog.filter((m) => !nearMinute(m.at));
    result.renders = {
      seconds: watchSeconds,
      commits: seen.commits,
      commitsOnlyClock: tickCommits.filter((c) => c.renders.every(isClockFigure)).length,
      tickCommits: tickCommits.length,
      componentRenders: seen.renders,
      domMutations: seen.mutations,
      domMutationCount: seen.mutationCount,
      rendersOutsideClock: tally(tickCommits.flatMap((c) => c.renders.filter((name) => !isClockFigure(name)))),
      mutationsOutsideClock: tally(tickMutations.map((m) => m.key).filter((key) => !CLOCK_ELEMENT.test(key))),
      atMinuteTurn: {
        renders: tally(seen.commitLog.filter((c) => nearMinute(c.at)).flatMap((c) => c.renders)),
        mutations: tally(seen.mutationLog.filter((m) => nearMinute(m.at)).map((m) => m.key)),
      },
    };
    log(`clock renders: ${JSON.stringify(result.renders)}`);
  } finally {
    await context.close();
  }
  return result;
}

/**
 * Restoring 50 incidents and 50 postmortems: per run a fresh profile opens the postmortem list. Reads the store's
 * own measure (read, parse, validate, merge) and when the list shows all 50, then reloads (warm cache). The same
 * with empty storage, for comparison. Also opens the incident page once to check nothing was dropped there either.
 */
export async function benchRestore(browser, base, state, { runs = 5, log = () => {} } = {}) {
  const readTimes = (page, count) =>
    page.evaluate(async (expected) => {
      const items = () => document.querySelectorAll('.pm-list__item').length;
      // Poll on animation frames: the time of the first frame after the list rendered.
      let listMs = null;
      const deadline = performance.now() + 30_000;
      while (listMs === null && performance.now() < deadline) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (items() >= expected) listMs = performance.now();
      }
      // Start-up restore (calculator, settings) plus each tool's section, restored when its route loads.
      const measures = performance
        .getEntriesByType('measure')
        .filter((m) => m.name === 'outage-kit:state-restored' || m.name.startsWith('outage-kit:section-restored:'));
      return {
        restoreMs: measures.length ? measures.reduce((sum, m) => sum + m.duration, 0) : null,
        restoredAtMs: measures.length ? Math.max(...measures.map((m) => m.startTime + m.duration)) : null,
        listShownAtMs: listMs,
        items: items(),
      };
    }, count);
  const series = {};
  for (const [name, raw, count] of [['fiftyFifty', state.raw, 50], ['empty', null, 0]]) {
    const cold = [];
    const warm = [];
    for (let i = 0; i < runs; i++) {
      const { context, page } = await openWithState(browser, base, 'postmortem/', { raw });
      try {
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
        cold.push(await readTimes(page, count));
        await assertRestoredCleanly(page, `${name} state`);
        if (cold.at(-1).items !== count) throw new Error(`${name}: expected ${count} postmortems in the list, found ${cold.at(-1).items}`);
        await page.reload();
        warm.push(await readTimes(page, count));
        if (name === 'fiftyFifty' && i === 0) {
          await page.goto(new URL('incident/', base).href);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await assertRestoredCleanly(page, 'incident page with 50 incidents');
        }
      } finally {
        await context.close();
      }
    }
    const pick = (list, key) => list.map((r) => r[key]);
    series[name] = {
      runs,
      restoreMedianMs: round(median(pick(cold, 'restoreMs').concat(pick(warm, 'restoreMs')))),
      restoreMs: pick(cold, 'restoreMs').concat(pick(warm, 'restoreMs')).map((v) => round(v)),
      coldRestoredAtMedianMs: round(median(pick(cold, 'restoredAtMs'))),
      warmRestoredAtMedianMs: round(median(pick(warm, 'restoredAtMs'))),
      coldListShownAtMedianMs: round(median(pick(cold, 'listShownAtMs'))),
      warmListShownAtMedianMs: round(median(pick(warm, 'listShownAtMs'))),
    };
    log(`restore (${name}): ${JSON.stringify(series[name])}`);
  }
  return { stateBytes: Buffer.byteLength(state.raw), ...series };
}
