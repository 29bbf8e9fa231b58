import { describe, expect, it } from 'vitest';
import { checkBlamelessText } from '../../features/postmortem/domain/check-blameless';
import { readGoldenBlock } from '../golden-file';
import { ALWAYS_DEV, BLAMELESS_CORPUS, CORPUS_SPLIT, identifySentence, type SplitSentence } from './corpus';
import { SOURCES } from './corpus-types';
import { FRESH_HELD_OUT, FRESH_HELD_OUT_DATE, FRESH_PEOPLE } from './fresh-held-out';
import { LEGACY_CORPUS, LEGACY_PEOPLE } from './legacy-corpus';
import { SECOND_AUTHOR_PEOPLE, SECOND_AUTHOR_SENTENCES } from './second-author';
import { calculateWilsonInterval, formatProportion, scoreCorpus, type CorpusScore } from './score-corpus';

const countFindings = (text: string, people: readonly string[]) => checkBlamelessText(text, { people }).length;
const dev = BLAMELESS_CORPUS.filter((s) => s.set === 'dev');
const heldOut = BLAMELESS_CORPUS.filter((s) => s.set === 'held-out');
/** The fresh held-out set: the only figures published as held-out (see fresh-held-out.ts for why). */
const fresh: SplitSentence[] = FRESH_HELD_OUT.map((s) => ({ ...s, id: identifySentence(s.text), set: 'held-out' }));

/** Both sets' figures, as `npm test` prints them. Held-out failures are never listed: nobody tunes on them. */
function describeScore(name: string, score: CorpusScore): string {
  return [
    `${name}: ${score.total} sentences (${score.blameful} blameful, ${score.blameless} blameless)`,
    `  precision ${formatProportion(score.precision)}`,
    `  recall ${formatProportion(score.recall)}`,
    `  false alarms on published-style blameless sentences ${formatProportion(score.publishedFalseAlarms)} (n = ${score.publishedFalseAlarms.of})`,
    `  false alarms on all blameless sentences ${formatProportion(score.falseAlarms)}`,
  ].join('\n');
}

/** The figures block of docs/BLAMELESS.md: figures of the fresh held-out set only. */
function renderFigures(score: CorpusScore): string {
  const row = (label: string, p: CorpusScore['precision']) =>
    `| ${label} | **${p.value.toFixed(3)}** | ${p.low.toFixed(3)}–${p.high.toFixed(3)} | ${p.hits} / ${p.of} |`;
  const kinds = Object.entries(score.byKind)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, v]) => `| \`${kind}\` | ${v?.right} / ${v?.of} |`);
  return [
    `Held-out test set, written and frozen on ${FRESH_HELD_OUT_DATE} before the checker was run on it (\`src/testing/blameless-corpus/fresh-held-out.ts\`): ${score.total} sentences, ${score.blameful} blameful and ${score.blameless} blameless, ${score.publishedFalseAlarms.of} of them in published-postmortem style.`,
    '',
    '| Measure | Value | 95 % Wilson interval | Count |',
    '| --- | --- | --- | --- |',
    row('Precision', score.precision),
    row('Recall', score.recall),
    row('False-alarm rate, published-style blameless sentences', score.publishedFalseAlarms),
    row('False-alarm rate, all blameless sentences', score.falseAlarms),
    '',
    'Sentences judged right, per kind (held-out):',
    '',
    '| Kind | Right |',
    '| --- | --- |',
    ...kinds,
    '',
  ].join('\n');
}

describe('the blameless corpus', () => {
  it('has at least 600 labelled sentences, each with a known source, about half of each label', () => {
    expect(BLAMELESS_CORPUS.length).toBeGreaterThanOrEqual(600);
    const blameful = BLAMELESS_CORPUS.filter((s) => s.blameful).length;
    expect(blameful / BLAMELESS_CORPUS.length).toBeGreaterThan(0.4);
    expect(blameful / BLAMELESS_CORPUS.length).toBeLessThan(0.6);
    expect(BLAMELESS_CORPUS.filter((s) => s.kind === 'published').length).toBeGreaterThanOrEqual(150);
    for (const s of BLAMELESS_CORPUS) expect(SOURCES[s.source], s.text).toBeTruthy();
    expect(new Set(BLAMELESS_CORPUS.map((s) => s.id)).size).toBe(BLAMELESS_CORPUS.length);
  });

  it('keeps the held-out set it was split into on 2026-12-03 (editing or moving a held-out sentence fails here)', async () => {
    const { readFileSync } = await import('node:fs');
    const recorded = readFileSync(new URL('./held-out-ids.txt', import.meta.url), 'utf8').trim().split('\n');
    expect(heldOut.map((s: SplitSentence) => s.id).sort()).toEqual(recorded);
    // The share among the sentences the split drew: always-dev sentences added later do not count.
    expect(heldOut.length / (BLAMELESS_CORPUS.length - ALWAYS_DEV.length)).toBeGreaterThan(0.3);
  });

  it('keeps the fresh held-out set frozen on its date: 199 new sentences, none of them in the older sets', async () => {
    const { readFileSync } = await import('node:fs');
    const recorded = readFileSync(new URL('./fresh-held-out-ids.txt', import.meta.url), 'utf8').trim().split('\n');
    expect(fresh.map((s) => s.id).sort()).toEqual(recorded);
    expect(fresh.length).toBeGreaterThanOrEqual(150);
    const older = new Set([...BLAMELESS_CORPUS, ...LEGACY_CORPUS, ...SECOND_AUTHOR_SENTENCES].map((s) => s.text));
    expect(fresh.filter((s) => older.has(s.text))).toEqual([]);
    for (const s of fresh) expect(SOURCES[s.source], s.text).toBeTruthy();
  });
});

describe('checkBlamelessText on the corpus', () => {
  const devScore = scoreCorpus(dev, countFindings);
  const firstHeldOutScore = scoreCorpus(heldOut, countFindings);
  const freshScore = scoreCorpus(fresh, countFindings, FRESH_PEOPLE);
  // Other authors' sets: second opinions, scored per sentence (figures only).
  const scoreLabelled = (sentences: readonly { text: string; blameful: boolean }[], people: readonly string[]) => {
    const counts = { tp: 0, fp: 0, fn: 0 };
    for (const s of sentences) {
      const flagged = countFindings(s.text, people) > 0;
      if (flagged && s.blameful) counts.tp += 1;
      else if (flagged) counts.fp += 1;
      else if (s.blameful) counts.fn += 1;
    }
    const precision = formatProportion(calculateWilsonInterval(counts.tp, counts.tp + counts.fp));
    const recall = formatProportion(calculateWilsonInterval(counts.tp, counts.tp + counts.fn));
    return `precision ${precision}, recall ${recall}`;
  };
  console.log(
    [
      'Blameless checker',
      describeScore('dev set (tuned on)', devScore),
      describeScore(`first held-out set, split ${CORPUS_SPLIT.date} (read while the rules were tuned: not a held-out figure)`, firstHeldOutScore),
      describeScore(`fresh held-out test set, frozen ${FRESH_HELD_OUT_DATE} (never tuned on; the published figures)`, freshScore),
      `first checker's corpus (${LEGACY_CORPUS.length} sentences by another author): ${scoreLabelled(LEGACY_CORPUS, LEGACY_PEOPLE)}`,
      `second-author set (${SECOND_AUTHOR_SENTENCES.length} sentences, written after the rules by the session that wrote them): ${scoreLabelled(SECOND_AUTHOR_SENTENCES, SECOND_AUTHOR_PEOPLE)}`,
    ].join('\n'),
  );

  it('reaches precision ≥ 0.90 and recall ≥ 0.80 on the first held-out set (read while tuning: a regression guard only)', () => {
    expect(firstHeldOutScore.precision.value).toBeGreaterThanOrEqual(0.9);
    expect(firstHeldOutScore.recall.value).toBeGreaterThanOrEqual(0.8);
  });

  it('reaches precision ≥ 0.90 on the fresh held-out set', () => {
    expect(freshScore.precision.value).toBeGreaterThanOrEqual(0.9);
  });

  // The issue asks for recall ≥ 0.80 here; the checker does not reach it (docs/BLAMELESS.md). This guards the
  // figure first measured on 2026-12-03 (0.70) against getting worse.
  it('keeps recall on the fresh held-out set at or above its first measurement (0.70)', () => {
    expect(freshScore.recall.value).toBeGreaterThanOrEqual(0.7);
  });

  it('flags at most 5 % of the fresh held-out blameless sentences written like published postmortems', () => {
    expect(freshScore.publishedFalseAlarms.value).toBeLessThanOrEqual(0.05);
  });

  it('matches the held-out figures in docs/BLAMELESS.md (UPDATE_GOLDEN=1 rewrites them)', async () => {
    const figures = renderFigures(freshScore);
    const docs = new URL('../../../docs/BLAMELESS.md', import.meta.url);
    expect(await readGoldenBlock(docs, 'figures', figures)).toBe(figures);
  });
});
