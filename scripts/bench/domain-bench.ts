// Node benchmarks of the pure domain code (issue #7): the cost model, what the calculator recomputes per keystroke,
// and Markdown, JSON, the preview's outline and the blameless check over the large postmortem. Figures, not pass/fail.
// Run through `npm run bench` (scripts/bench/run-bench.mjs), which loads this file with Vite's module runner.
import { calculateAnnualView } from '../../src/features/calculator/domain/annual-view';
import { calculateDowntimeCost } from '../../src/features/calculator/domain/calculate-downtime-cost';
import { calculateCostCurve } from '../../src/features/calculator/domain/cost-curve';
import { parseCostFormValues, toCostFormValues } from '../../src/features/calculator/domain/cost-form';
import { DEFAULT_COST_INPUTS, type CostInputs } from '../../src/features/calculator/domain/cost-inputs';
import { calculateErrorBudget, calculateNinesTable } from '../../src/features/calculator/domain/nines';
import { COST_PRESETS, applyCostPreset } from '../../src/features/calculator/domain/presets';
import { restoreIncidentState } from '../../src/features/incident/store/incident-slice';
import { buildPostmortemOutline } from '../../src/features/postmortem/domain/build-postmortem-outline';
import { checkPostmortem } from '../../src/features/postmortem/domain/check-blameless';
import { updateSectionBody } from '../../src/features/postmortem/domain/edit-postmortem';
import { parsePostmortemJson, serializePostmortem } from '../../src/features/postmortem/export/postmortem-json';
import type { PostmortemDoc } from '../../src/features/postmortem/domain/postmortem-types';
import { renderPostmortemMarkdown } from '../../src/features/postmortem/export/render-postmortem-markdown';
import { restorePostmortemState } from '../../src/features/postmortem/store/postmortem-slice';
import { createFiftyFiftyState, createLargePostmortem, measureProseBytes, utf8Bytes } from '../../src/testing/bench-fixtures';

/** Timing statistics of one benchmark, per operation. */
export interface BenchStats {
  name: string;
  /** Milliseconds per operation. */
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  minMs: number;
  /** Operations per second, from the mean. */
  opsPerSecond: number;
  /** Samples taken; each sample times `batch` operations. */
  samples: number;
  batch: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

// Results go here so the engine cannot drop a call whose result is unused.
let _sink: unknown;

/**
 * Times `fn`: warms it up, then batches calls so that one sample lasts at least ~2 ms (timer resolution), and takes
 * samples until `minTimeMs` has passed and at least `minSamples` were taken.
 */
export function measure(name: string, fn: () => unknown, { minTimeMs = 1500, minSamples = 15, maxSamples = 5000 } = {}): BenchStats {
  const warmUntil = performance.now() + Math.min(500, minTimeMs / 3);
  let warmRuns = 0;
  while (performance.now() < warmUntil || warmRuns < 3) {
    _sink = fn();
    warmRuns++;
  }
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) _sink = fn();
    if (performance.now() - start >= 2 || batch >= 1 << 20) break;
    batch *= 2;
  }
  const perOp: number[] = [];
  const until = performance.now() + minTimeMs;
  while ((performance.now() < until || perOp.length < minSamples) && perOp.length < maxSamples) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) _sink = fn();
    perOp.push((performance.now() - start) / batch);
  }
  const sorted = perOp.slice().sort((a, b) => a - b);
  const mean = perOp.reduce((a, b) => a + b, 0) / perOp.length;
  return {
    name,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    meanMs: mean,
    minMs: sorted[0] ?? Number.NaN,
    opsPerSecond: 1000 / mean,
    samples: perOp.length,
    batch,
  };
}

/** A spread of realistic inputs: every preset at several outage lengths, in both calendars. */
function createCostInputSet(): CostInputs[] {
  const inputs: CostInputs[] = [];
  for (const preset of COST_PRESETS) {
    for (const minutes of [5, 47, 240, 1440]) {
      for (const calendar of ['gregorian', '30day'] as const) inputs.push({ ...applyCostPreset(DEFAULT_COST_INPUTS, preset), minutes, calendar });
    }
  }
  return inputs;
}

export interface DomainBenchResult {
  fixtures: Record<string, number>;
  results: BenchStats[];
}

/** Runs every Node benchmark; `log` gets one line per benchmark as it finishes. */
export function runDomainBenchmarks(log: (line: string) => void = () => {}): DomainBenchResult {
  const results: BenchStats[] = [];
  const run = (name: string, fn: () => unknown, options?: Parameters<typeof measure>[2]) => {
    const stats = measure(name, fn, options);
    results.push(stats);
    log(`${name}: median ${stats.medianMs.toPrecision(3)} ms, p95 ${stats.p95Ms.toPrecision(3)} ms, ${Math.round(stats.opsPerSecond).toLocaleString('en-US')}/s`);
  };

  // Cost model: one evaluation of the calculator's model, cycling through varied inputs.
  const inputSet = createCostInputSet();
  let next = 0;
  run('cost-model.evaluate', () => calculateDowntimeCost(inputSet[next++ % inputSet.length] as CostInputs));

  // One keystroke in the calculator: the form text is parsed, and every result view recomputes from the new
  // inputs (summary, cost curve, nines table and error budget, annual view). Alternate two values as typing does.
  const formA = toCostFormValues(DEFAULT_COST_INPUTS);
  const formB = { ...formA, employees: `${formA.employees}5` };
  let flip = false;
  run('calculator.keystroke', () => {
    flip = !flip;
    const parsed = parseCostFormValues(flip ? formA : formB);
    const inputs = parsed.inputs ?? DEFAULT_COST_INPUTS;
    return [
      calculateDowntimeCost(inputs),
      calculateCostCurve(inputs),
      calculateNinesTable(inputs.slaTarget, inputs.calendar),
      calculateErrorBudget(inputs),
      calculateAnnualView(inputs),
    ];
  });
  run('calculator.cost-curve', () => calculateCostCurve(inputSet[next++ % inputSet.length] as CostInputs));
  run('calculator.nines-table', () => {
    const inputs = inputSet[next++ % inputSet.length] as CostInputs;
    return [calculateNinesTable(inputs.slaTarget, inputs.calendar), calculateErrorBudget(inputs)];
  });

  // The large postmortem.
  const doc = createLargePostmortem();
  const json = serializePostmortem(doc);
  const markdown = renderPostmortemMarkdown(doc);
  const parsed = parsePostmortemJson(json);
  if (!parsed.ok) throw new Error(`The large postmortem does not round-trip: ${parsed.errors.join(' ')}`);
  const heavy = { minTimeMs: 3000, minSamples: 15 };
  // The outline keeps the last timeline and action-item tables it built, for the same arrays; alternating two
  // copies of the document makes every render a full one, as for an export.
  const copies = [doc, structuredClone(doc)];
  let copy = 0;
  run('postmortem.markdown', () => renderPostmortemMarkdown(copies[copy++ % 2] as PostmortemDoc), heavy);
  run('postmortem.json-round-trip', () => parsePostmortemJson(serializePostmortem(doc)), heavy);
  run('postmortem.json-serialize', () => serializePostmortem(doc), heavy);
  run('postmortem.json-parse-validate', () => parsePostmortemJson(json), heavy);
  // The checker keeps the findings of its last run per text; alternating the people (part of its key) makes every
  // run a full check, as when a document is opened. The re-check is what the editor does per keystroke.
  const docs = [doc, { ...doc, responders: [...doc.responders, 'Kim Lee'] }];
  let turn = 0;
  run('postmortem.blameless-check', () => checkPostmortem(docs[turn++ % 2] as PostmortemDoc), heavy);
  const summary = doc.sections.find((s) => s.kind === 'summary');
  const edits = [doc, updateSectionBody(doc, summary?.id ?? 'summary', `${summary?.body ?? ''} One more word.`)];
  run('postmortem.blameless-recheck', () => checkPostmortem(edits[turn++ % 2] as PostmortemDoc), heavy);
  run('postmortem.preview-outline', () => buildPostmortemOutline(copies[copy++ % 2] as PostmortemDoc, { locale: 'en-US' }), heavy);
  run('postmortem.preview-outline-after-edit', () => buildPostmortemOutline(edits[turn++ % 2] as PostmortemDoc, { locale: 'en-US' }), heavy);

  // Restoring 50 incidents and 50 postmortems: what the store does with the saved text on start-up.
  const saved = createFiftyFiftyState();
  const savedText = JSON.stringify(saved);
  run('storage.restore-50-50', () => {
    const envelope = JSON.parse(savedText) as typeof saved;
    return [restoreIncidentState(envelope.state.incident), restorePostmortemState(envelope.state.postmortem)];
  }, heavy);

  return {
    fixtures: {
      largeTimelineRows: doc.timeline.length,
      largeActionItems: doc.actionItems.length,
      largeProseBytes: measureProseBytes(doc),
      largeJsonBytes: utf8Bytes(json),
      largeMarkdownBytes: utf8Bytes(markdown),
      costInputSet: inputSet.length,
      fiftyFiftyStateBytes: utf8Bytes(savedText),
    },
    results,
  };
}
