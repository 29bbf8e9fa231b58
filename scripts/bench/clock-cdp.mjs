// The running incident's clock cost, measured over a bare DevTools-protocol connection instead of Playwright:
// Playwright's instrumentation makes every document.title write cost 2-50 ms, and the incident page rewrites the
// tab title each second, so under Playwright the harness, not the app, would dominate the figure. Launches Chromium
// itself, opens the incident page with the given saved state, and reads CDP Performance metrics over N seconds.
//
// Usage (from run-bench.mjs): node [--experimental-websocket] scripts/bench/clock-cdp.mjs <input.json>
// where input.json is { base, seconds, executablePath, fixtures: [{ name, id, raw }] }; prints a JSON result.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storageEntries } from './storage-entries.mjs';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function connect(url) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let id = 0;
  const pending = new Map();
  socket.onmessage = (message) => {
    const data = JSON.parse(message.data);
    const callback = pending.get(data.id);
    if (!callback) return;
    pending.delete(data.id);
    if (data.error) callback.reject(new Error(`${data.error.message} (${data.error.code})`));
    else callback.resolve(data.result);
  };
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const next = ++id;
      pending.set(next, { resolve, reject });
      socket.send(JSON.stringify({ id: next, method, params }));
    });
  return { send, close: () => socket.close() };
}

async function measure(fixture) {
  const profile = mkdtempSync(join(tmpdir(), 'outage-kit-clock-'));
  const chromium = spawn(
    input.executablePath,
    [
      '--headless=new',
      '--no-sandbox',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-gpu',
      '--window-size=1440,1000',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    let port = null;
    for (let i = 0; i < 100 && port === null; i++) {
      await sleep(200);
      try {
        port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      } catch {
        // Not written yet.
      }
    }
    if (port === null) throw new Error('Chromium did not open its DevTools port');
    const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    const page = await connect(targets.find((t) => t.type === 'page').webSocketDebuggerUrl);
    const evaluate = async (expression) => (await page.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })).result.value;
    const waitFor = async (expression, timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (await evaluate(expression)) return;
        await sleep(200);
      }
      throw new Error(`Timed out waiting for ${expression}`);
    };
    await page.send('Page.navigate', { url: new URL('robots.txt', input.base).href });
    await waitFor(`location.pathname === '/robots.txt' && document.readyState === 'complete'`);
    await evaluate(
      `localStorage.clear(); for (const [k, v] of Object.entries(${JSON.stringify(storageEntries(fixture.raw))})) localStorage.setItem(k, v); sessionStorage.setItem('outage-kit:open', ${JSON.stringify(JSON.stringify({ incident: fixture.id }))}); true`,
    );
    await page.send('Page.navigate', { url: new URL('incident/', input.base).href });
    await waitFor(`document.querySelector('[role=timer]') !== null`);
    const banner = await evaluate(`document.querySelector('.banners')?.innerText ?? ''`);
    if (banner) throw new Error(`The app reported a storage problem: ${banner}`);
    const entries = await evaluate(`document.querySelectorAll('.timeline__list > li').length`);
    await sleep(3000);
    await page.send('Performance.enable', { timeDomain: 'timeTicks' });
    const read = async () => Object.fromEntries((await page.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await read();
    await sleep(input.seconds * 1000);
    const after = await read();
    page.close();
    const elapsed = after.Timestamp - before.Timestamp;
    const perSecond = (name) => round(((after[name] - before[name]) * 1000) / elapsed);
    return {
      entries,
      seconds: round(elapsed),
      scriptMsPerSecond: perSecond('ScriptDuration'),
      taskMsPerSecond: perSecond('TaskDuration'),
      layoutMsPerSecond: perSecond('LayoutDuration'),
      styleMsPerSecond: perSecond('RecalcStyleDuration'),
    };
  } finally {
    chromium.kill();
    await sleep(500);
    rmSync(profile, { recursive: true, force: true });
  }
}

const result = {};
for (const fixture of input.fixtures) result[fixture.name] = await measure(fixture);
process.stdout.write(`${JSON.stringify(result)}\n`);
