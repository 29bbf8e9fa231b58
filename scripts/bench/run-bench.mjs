// `npm run bench`: the benchmarks of issue #7, against a fresh production build. Node benchmarks of the domain code,
// then Chromium benchmarks against `vite preview`; writes docs/benchmarks.json and the generated table in
// docs/PERFORMANCE.md ("Benchmarks"). Figures, not pass/fail: the command fails only if a benchmark cannot run.
//
// Options: --skip-build (reuse dist/), --only=node,pdf,typing,clock,restore, --runs=N (PDF and restore runs, default 5),
// --no-write (print only), --max-load=L (before each part, wait up to 10 minutes for the 1-minute load average to
// fall below L; on a shared machine other jobs change every figure). Environment: BENCH_PORT (default 4573),
// PLAYWRIGHT_CHROMIUM_PATH (default /usr/bin/chromium).
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { benchClock, benchPdf, benchRestore, benchSavesWithFiftyFifty, benchTyping, isClockFigure, launchBrowser, median } from './browser-bench.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const only = new Set(option('only', 'node,pdf,typing,clock,restore').split(','));
const runs = Number(option('runs', '5'));
const port = Number(process.env.BENCH_PORT ?? 4573);
const base = `http://127.0.0.1:${port}/`;
const log = (line) => console.log(`[bench] ${line}`);

function describeMachine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const meminfo = readFileSync('/proc/meminfo', 'utf8');
  const version = (pkg) => JSON.parse(readFileSync(new URL(`../../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: Math.round((Number(/^MemTotal:\s+(\d+)/m.exec(meminfo)?.[1] ?? 0) / 1024 / 1024) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    vite: version('vite'),
    react: version('react'),
    jspdf: version('jspdf'),
    chromium: null,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    loadAverageAtEnd: null,
  };
}

async function waitForServer(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The preview server did not answer at ${url}`);
}

const maxLoad = Number(option('max-load', 'Infinity'));
const loadAtStart = {};
/** Notes the load average as a part starts, after waiting for it to settle if --max-load asks. */
async function startPart(name) {
  const deadline = Date.now() + 10 * 60_000;
  while (os.loadavg()[0] >= maxLoad && Date.now() < deadline) {
    log(`load average ${os.loadavg()[0].toFixed(2)} ≥ ${maxLoad}: waiting before ${name}…`);
    await new Promise((resolve) => setTimeout(resolve, 20_000));
  }
  loadAtStart[name] = Math.round(os.loadavg()[0] * 100) / 100;
}

const loadTs = async (path) => (await runnerImport(new URL(path, import.meta.url).pathname, { configFile: false, root, logLevel: 'error' })).module;

const machine = describeMachine();
const started = Date.now();
if (!flag('skip-build')) {
  log('building (npm run build)…');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const output = { generatedAt: new Date().toISOString(), command: 'npm run bench', machine, fixtures: {}, node: null, chromium: {} };

if (only.has('node')) {
  await startPart('node');
  log('Node benchmarks of the domain code…');
  const { runDomainBenchmarks } = await loadTs('./domain-bench.ts');
  const domain = runDomainBenchmarks(log);
  output.fixtures = domain.fixtures;
  output.node = domain.results;
}

const browserParts = ['pdf', 'typing', 'clock', 'restore'].filter((part) => only.has(part));
if (browserParts.length > 0) {
  const fixtures = await loadTs('../../src/testing/bench-fixtures.ts');
  // Browser fixtures are dated from now, so the clock, the countdowns and `updatedAt` stamps behave as in real use.
  const now = Date.now();
  const largeDoc = fixtures.createLargePostmortem(now - 3_600_000);
  const large = { id: largeDoc.id, title: largeDoc.title, raw: JSON.stringify(fixtures.createSavedState([], [largeDoc])) };
  const runningLarge = fixtures.createRunningIncident(now);
  const runningSmall = fixtures.createRunningIncident(now, 0);
  const running = {
    large: { id: runningLarge.id, raw: JSON.stringify(fixtures.createSavedState([runningLarge], [])) },
    small: { id: runningSmall.id, raw: JSON.stringify(fixtures.createSavedState([runningSmall], [])) },
  };
  const fiftyFiftyState = fixtures.createFiftyFiftyState(now);
  const fiftyFifty = { raw: JSON.stringify(fiftyFiftyState), openId: fiftyFiftyState.state.postmortem.docs[0].id };
  output.fixtures.largeStateBytes = Buffer.byteLength(large.raw);
  output.fixtures.runningIncidentEntries = runningLarge.timeline.length;
  output.fixtures.smallIncidentEntries = runningSmall.timeline.length;

  log(`starting vite preview on ${base}…`);
  const server = spawn(new URL('../../node_modules/.bin/vite', import.meta.url).pathname, ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let browser;
  try {
    await waitForServer(base);
    browser = await launchBrowser();
    machine.chromium = browser.version();
    if (only.has('pdf')) {
      await startPart('pdf');
      log(`PDF export of the large postmortem, ${runs} runs…`);
      output.chromium.pdf = await benchPdf(browser, base, large, { runs, log });
    }
    if (only.has('typing')) {
      await startPart('typing');
      log('typing in the large postmortem…');
      output.chromium.typing = await benchTyping(browser, base, large, { log });
      output.chromium.typing.fiftyFifty = await benchSavesWithFiftyFifty(browser, base, fiftyFifty, { log });
    }
    if (only.has('clock')) {
      await startPart('clock');
      log('the running incident’s clock…');
      output.chromium.clock = await benchClock(browser, base, running, { log });
    }
    if (only.has('restore')) {
      await startPart('restore');
      log(`restoring 50 incidents and 50 postmortems, ${runs} runs…`);
      output.chromium.restore = await benchRestore(browser, base, fiftyFifty, { runs, log });
    }
  } finally {
    await browser?.close();
    server.kill();
  }
}

machine.loadAverageAtEnd = os.loadavg().map((l) => Math.round(l * 100) / 100);
machine.loadAverageAtStartOfEachPart = loadAtStart;
output.durationSeconds = Math.round((Date.now() - started) / 1000);
output.summary = summarise(output);

console.log('');
console.log(renderTable(output.summary));
if (!flag('no-write') && only.size === 5) {
  writeFileSync(new URL('../../docs/benchmarks.json', import.meta.url), `${JSON.stringify(output, null, 2)}\n`);
  updatePerformanceDoc(output);
  log('wrote docs/benchmarks.json and the Benchmarks table in docs/PERFORMANCE.md');
} else if (!flag('no-write')) {
  log('only some benchmarks ran: docs/ left as they are');
}

/** One row per figure: what it is, the number, the target when the issue sets one. */
function summarise({ node, chromium }) {
  const rows = [];
  const ms = (v, digits = 1) => (v === null || v === undefined ? 'n/a' : `${v.toLocaleString('en-US', { maximumFractionDigits: digits })} ms`);
  const stat = (name) => node?.find((r) => r.name === name);
  const add = (benchmark, figure, target = '', met = null) => rows.push({ benchmark, figure, target, met });
  if (node) {
    const model = stat('cost-model.evaluate');
    add('Cost model, one evaluation (Node)', `${Math.round(model.opsPerSecond).toLocaleString('en-US')} evaluations/s (median ${ms(model.medianMs * 1000, 2).replace(' ms', ' µs')})`);
    const keystroke = stat('calculator.keystroke');
    add('Calculator keystroke: parse + cost + curve + nines + error budget + annual view (Node)', `median ${ms(keystroke.medianMs, 3)}, p95 ${ms(keystroke.p95Ms, 3)}`);
    add('Cost curve alone / nines table + error budget alone (Node)', `median ${ms(stat('calculator.cost-curve').medianMs, 3)} / ${ms(stat('calculator.nines-table').medianMs, 3)}`);
    const md = stat('postmortem.markdown');
    add('Large postmortem: Markdown render (Node)', `median ${ms(md.medianMs)}, p95 ${ms(md.p95Ms)}`, '≤ 25 ms', md.medianMs <= 25);
    const json = stat('postmortem.json-round-trip');
    add('Large postmortem: JSON round trip, serialise + parse + validate (Node)', `median ${ms(json.medianMs)} (serialise ${ms(stat('postmortem.json-serialize').medianMs)}, parse + validate ${ms(stat('postmortem.json-parse-validate').medianMs)})`);
    const check = stat('postmortem.blameless-check');
    add('Large postmortem: blameless check of the whole document (Node)', `median ${ms(check.medianMs)}, p95 ${ms(check.p95Ms)}`);
    const recheck = stat('postmortem.blameless-recheck');
    if (recheck) add('Large postmortem: blameless check after a one-field edit (Node)', `median ${ms(recheck.medianMs, 2)}, p95 ${ms(recheck.p95Ms, 2)}`);
    add('Large postmortem: preview outline, whole / after a one-field edit (Node)', `median ${ms(stat('postmortem.preview-outline').medianMs)} / ${ms(stat('postmortem.preview-outline-after-edit').medianMs)}`);
    add('50 incidents + 50 postmortems: parse + validate + restore (Node)', `median ${ms(stat('storage.restore-50-50').medianMs)}`);
  }
  const { pdf, typing, clock, restore } = chromium;
  if (pdf) {
    add(`Large postmortem: PDF, first export incl. loading jsPDF and fonts (Chromium, median of ${pdf.runs})`, `${ms(pdf.firstMedianMs, 0)} (${pdf.firstExportMs.join(', ')} ms)`, '≤ 1,500 ms', pdf.firstMedianMs <= 1500);
    add(`Large postmortem: PDF, second export on the same page (Chromium, median of ${pdf.runs})`, `${ms(pdf.secondMedianMs, 0)} (${pdf.secondExportMs.join(', ')} ms)`, '≤ 1,500 ms', pdf.secondMedianMs <= 1500);
    add('Large postmortem: PDF pages and size', `${pdf.pages} pages, ${Math.round(pdf.bytes / 1024)} KB`);
  }
  if (typing) {
    for (const [key, label] of [['summary', 'the Summary (prose)'], ['timelineRow', 'timeline row 500']]) {
      const t = typing[key];
      add(`Keystroke → preview commit, typing in ${label} every ${t.gapMs} ms (Chromium, ${t.matched} keys)`, `median ${ms(t.commitMedianMs)}, p95 ${ms(t.commitP95Ms)}`, 'median ≤ 16 ms, p95 ≤ 50 ms', t.commitMedianMs <= 16 && t.commitP95Ms <= 50);
      add(`Keystroke → end of the frame after the commit, ${label}`, `median ${ms(t.frameMedianMs)}, p95 ${ms(t.frameP95Ms)}`);
      add(`Long tasks over 50 ms while typing in ${label} (incl. the save after the last key)`, t.longTasksOver50ms === 0 ? 'none' : `${t.longTasksOver50ms} (longest ${ms(t.longestTaskMs)})`, 'none', t.longTasksOver50ms === 0);
    }
    const s = typing.summary;
    add(`Saves while typing every ${s.gapMs} ms (debounce 250 ms)`, `${s.stateWrites} write${s.stateWrites === 1 ? '' : 's'} for ${s.keystrokes} keystrokes, ${Math.round(s.firstWriteAfterLastKeyMs)} ms after the last key; ${s.bytesPerKeystroke.toLocaleString('en-US')} bytes per keystroke`);
    const slow = typing.slow;
    const perWrite = slow.stateWriteBytes.length ? Math.round(median(slow.stateWriteBytes) / 1024) : 0;
    add(`Saves while typing every ${slow.gapMs} ms (slower than the debounce)`, `${slow.stateWrites} writes for ${slow.keystrokes} keystrokes, ${perWrite} KB each in ${median(slow.stateWriteKeys)} key(s) (the edited postmortem's; the main key only when its list changes); ${slow.bytesPerKeystroke.toLocaleString('en-US')} bytes per keystroke; setItem per save median ${ms(median(slow.stateWriteMs), 2)}`);
    const ff = typing.fiftyFifty;
    if (ff) {
      add(
        `Same, in an ordinary postmortem when the browser holds 50 incidents + 50 postmortems`,
        `${ff.stateWrites} writes for ${ff.keystrokes} keystrokes, ${Math.round(median(ff.stateWriteBytes) / 1024)} KB each in ${median(ff.stateWriteKeys)} key(s); setItem per save median ${ms(median(ff.stateWriteMs), 1)}; long tasks over 50 ms: ${ff.longTasksOver50ms === 0 ? 'none' : `${ff.longTasksOver50ms} (longest ${ms(ff.longestTaskMs)})`}; keystroke → preview median ${ms(ff.commitMedianMs)}`,
        'no long task',
        ff.longTasksOver50ms === 0,
      );
    }
  }
  if (clock) {
    const { large, small } = clock;
    add(
      `Running incident, ${large.entries} timeline entries: script per 1 Hz clock tick (Chromium over bare CDP, ScriptDuration over ${large.seconds} s; the ticker wakes ${large.ticksPerSecond === 1 ? 'once' : `${large.ticksPerSecond}×`} a second)`,
      large.ticksPerSecond === 1
        ? `${ms(large.scriptMsPerSecond, 2)} per tick`
        : `${ms(large.scriptMsPerSecond, 2)} per second (${ms(large.scriptMsPerSecond / large.ticksPerSecond, 2)} per wake-up)`,
      '< 2 ms per tick',
      large.scriptMsPerSecond < 2,
    );
    add('Same: layout + style per second', `${ms(large.layoutMsPerSecond, 2)} + ${ms(large.styleMsPerSecond, 2)}`);
    add(`Same incident with ${small.entries} entries: script / layout per second`, `${ms(small.scriptMsPerSecond, 2)} / ${ms(small.layoutMsPerSecond, 2)}`);
    const r = clock.renders;
    const outsideRenders = Object.keys(r.rendersOutsideClock);
    const outsideMutations = Object.keys(r.mutationsOutsideClock);
    const minuteRenders = Object.keys(r.atMinuteTurn.renders).filter((name) => !isClockFigure(name));
    add(
      `What a tick re-renders (${r.seconds} s, ${r.commits} commits; React's commit hook and a MutationObserver)`,
      `${r.tickCommits === 0 ? 'no React commit on a tick (the ticker writes the figures’ text into their elements)' : `${r.commitsOnlyClock} of ${r.tickCommits} commits render only clock figures (${Object.keys(r.componentRenders).filter(isClockFigure).length} components: timers, countdowns, cost, metrics, tab title)`}; other renders: ${outsideRenders.length ? outsideRenders.join('; ') : 'none'}; DOM changes outside them: ${outsideMutations.length ? outsideMutations.join('; ') : 'none'}${minuteRenders.length ? `. When the minute turned, also: ${minuteRenders.join('; ')}` : ''}`,
      'only the clock',
      outsideRenders.length === 0 && outsideMutations.length === 0,
    );
  }
  if (restore) {
    const f = restore.fiftyFifty;
    add(`50 incidents + 50 postmortems (${Math.round(restore.stateBytes / 1024)} KB): restore from localStorage (Chromium, store's measure, ${f.runs * 2} loads)`, `median ${ms(f.restoreMedianMs)} (empty storage: ${ms(restore.empty.restoreMedianMs)})`, '≤ 100 ms', f.restoreMedianMs <= 100);
    add('Same: navigation start → state restored / → list of 50 shown (cold cache; warm cache)', `${ms(f.coldRestoredAtMedianMs, 0)} / ${ms(f.coldListShownAtMedianMs, 0)}; ${ms(f.warmRestoredAtMedianMs, 0)} / ${ms(f.warmListShownAtMedianMs, 0)} (empty storage, warm: ${ms(restore.empty.warmRestoredAtMedianMs, 0)} / ${ms(restore.empty.warmListShownAtMedianMs, 0)})`);
  }
  return rows;
}

function renderTable(rows) {
  const cell = (text) => String(text).replace(/\|/g, '\\|');
  const lines = ['| Benchmark | Figure | Target | Met |', '| --- | --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${cell(row.benchmark)} | ${cell(row.figure)} | ${cell(row.target)} | ${row.met === null ? '' : row.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

/** Replaces the generated part of the "Benchmarks" section of docs/PERFORMANCE.md (between its two markers). */
function updatePerformanceDoc(result) {
  const path = new URL('../../docs/PERFORMANCE.md', import.meta.url);
  const doc = readFileSync(path, 'utf8');
  const start = '<!-- bench:start (generated by npm run bench) -->';
  const end = '<!-- bench:end -->';
  const m = result.machine;
  const generated = [
    start,
    '',
    `Last run: ${result.generatedAt.slice(0, 16).replace('T', ' ')} UTC, \`${result.command}\`, ${result.durationSeconds} s. Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB,`,
    `${m.os}; Node ${m.node}; Chromium ${m.chromium}; Vite ${m.vite}, React ${m.react}, jsPDF ${m.jspdf}. Load average ${m.loadAverageAtStart.join(' / ')} at the start and`,
    `${m.loadAverageAtEnd.join(' / ')} at the end (1 / 5 / 15 min); 1-minute load as each part started: ${Object.entries(m.loadAverageAtStartOfEachPart).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    'The machine is shared, so figures vary with what else runs.',
    '',
    renderTable(result.summary),
    '',
    end,
  ].join('\n');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 || to === -1) throw new Error('docs/PERFORMANCE.md has no bench markers');
  writeFileSync(path, doc.slice(0, from) + generated + doc.slice(to + end.length));
}
