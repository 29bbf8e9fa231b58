import { describe, expect, it } from 'vitest';
import { checkBlamelessText } from '../../features/postmortem/domain/check-blameless';
import { readGoldenBlock } from '../golden-file';
import { ALWAYS_DEV, BLAMELESS_CORPUS, CORPUS_SPLIT, identifySentence, type SplitSentence } from './corpus';
import { SOURCES, type CorpusSentence } from './corpus-types';
import { FRESH_HELD_OUT, FRESH_HELD_OUT_DATE, FRESH_PEOPLE } from './fresh-held-out';
import { FRESH_3_DATE, FRESH_3_PEOPLE, FRESH_HELD_OUT_3 } from './fresh-held-out-3';
import { FRESH_4_DATE, FRESH_4_PEOPLE, FRESH_HELD_OUT_4 } from './fresh-held-out-4';
import { FRESH_5_DATE, FRESH_5_PEOPLE, FRESH_HELD_OUT_5 } from './fresh-held-out-5';
import { LEGACY_CORPUS, LEGACY_PEOPLE } from './legacy-corpus';
import { SECOND_AUTHOR_PEOPLE, SECOND_AUTHOR_SENTENCES } from './second-author';
import { calculateWilsonInterval, formatProportion, scoreCorpus, type CorpusScore } from './score-corpus';

const countFindings = (text: string, people: readonly string[]) => checkBlamelessText(text, { people }).length;
const dev = BLAMELESS_CORPUS.filter((s) => s.set === 'dev');
const heldOut = BLAMELESS_CORPUS.filter((s) => s.set === 'held-out');
/**
 * The fresh held-out sets: the only figures published as held-out (see fresh-held-out.ts for why). Each was written
 * by an author who never saw the checker and frozen before the checker was run on it; nobody tuning the rules ever
 * reads them or their scores. Set 2 (2026-12-04, 270 sentences) was lost with an unmerged branch after one
 * measurement and is not here.
 */
interface FreshSet {
  name: string;
  /**
   * Ids of the set's sentences that turned out to be word for word in an older set (found by the test below when
   * the set was first loaded, before it was scored): they are not unseen text, so they are not scored.
   */
  overlaps: readonly string[];
  file: string;
  date: string;
  idsFile: string;
  people: readonly string[];
  sentences: SplitSentence[];
}
const asHeldOut = (sentences: readonly CorpusSentence[]): SplitSentence[] =>
  sentences.map((s) => ({ ...s, id: identifySentence(s.text), set: 'held-out' }));
/** The sentences of a set that are scored: all but its overlaps with older sets. */
const scoredOf = (set: FreshSet) => set.sentences.filter((s) => !set.overlaps.includes(s.id));
const FRESH_SETS: readonly FreshSet[] = [
  { name: 'Fresh set 1', overlaps: [], file: 'fresh-held-out.ts', date: FRESH_HELD_OUT_DATE, idsFile: 'fresh-held-out-ids.txt', people: FRESH_PEOPLE, sentences: asHeldOut(FRESH_HELD_OUT) },
  // Set 3: two ordinary sentences (a replica that failed to catch up; an on-call sitting on a page) were already in
  // the older corpus in the same words.
  { name: 'Fresh set 3', overlaps: ['1ff5f9b5', 'bc27d2bc'], file: 'fresh-held-out-3.ts', date: FRESH_3_DATE, idsFile: 'fresh-held-out-3-ids.txt', people: FRESH_3_PEOPLE, sentences: asHeldOut(FRESH_HELD_OUT_3) },
  { name: 'Fresh set 4', overlaps: [], file: 'fresh-held-out-4.ts', date: FRESH_4_DATE, idsFile: 'fresh-held-out-4-ids.txt', people: FRESH_4_PEOPLE, sentences: asHeldOut(FRESH_HELD_OUT_4) },
  { name: 'Fresh set 5', overlaps: [], file: 'fresh-held-out-5.ts', date: FRESH_5_DATE, idsFile: 'fresh-held-out-5-ids.txt', people: FRESH_5_PEOPLE, sentences: asHeldOut(FRESH_HELD_OUT_5) },
];

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

/** The figures block of docs/BLAMELESS.md: figures of the fresh held-out sets only, each and pooled. */
function renderFigures(scores: readonly { set: FreshSet; score: CorpusScore }[], pooled: CorpusScore): string {
  const cell = (p: CorpusScore['precision']) => `**${p.value.toFixed(3)}** (${p.low.toFixed(3)}–${p.high.toFixed(3)}, ${p.hits} / ${p.of})`;
  const rows = [...scores.map(({ set, score }) => ({ label: `${set.name} (\`${set.file}\`, frozen ${set.date})`, score })), { label: 'All fresh sets pooled', score: pooled }];
  const kinds = Object.entries(pooled.byKind)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, v]) => `| \`${kind}\` | ${v?.right} / ${v?.of} |`);
  return [
    `Held-out test sets, each written by an author who never saw the checker and frozen before it was run on them: ${rows
      .slice(0, -1)
      .map(({ label, score }) => `${label}: ${score.total} sentences, ${score.blameful} blameful and ${score.blameless} blameless, ${score.publishedFalseAlarms.of} in published-postmortem style`)
      .join('; ')}. Values with their 95 % Wilson interval and count.`,
    '',
    '| Set | Precision | Recall | False alarms, published-style blameless | False alarms, all blameless |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(({ label, score }) => `| ${label} | ${cell(score.precision)} | ${cell(score.recall)} | ${cell(score.publishedFalseAlarms)} | ${cell(score.falseAlarms)} |`),
    '',
    'Sentences judged right, per kind (all fresh held-out sets pooled):',
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

  for (const [index, set] of FRESH_SETS.entries()) {
    it(`keeps ${set.name} frozen on ${set.date}: its sentences unchanged, none of them in the older sets`, async () => {
      const { readFileSync } = await import('node:fs');
      const recorded = readFileSync(new URL(`./${set.idsFile}`, import.meta.url), 'utf8').trim().split('\n');
      expect(set.sentences.map((s) => s.id).sort()).toEqual(recorded);
      expect(set.sentences.length).toBeGreaterThanOrEqual(150);
      const earlier = FRESH_SETS.slice(0, index).flatMap((other) => other.sentences);
      const older = new Set([...BLAMELESS_CORPUS, ...LEGACY_CORPUS, ...SECOND_AUTHOR_SENTENCES, ...earlier].map((s) => s.text));
      expect(set.sentences.filter((s) => older.has(s.text)).map((s) => s.id).sort()).toEqual([...set.overlaps].sort());
      for (const s of set.sentences) expect(SOURCES[s.source], s.text).toBeTruthy();
    });
  }
});

describe('checkBlamelessText on the corpus', () => {
  const devScore = scoreCorpus(dev, countFindings);
  const firstHeldOutScore = scoreCorpus(heldOut, countFindings);
  const freshScores = FRESH_SETS.map((set) => ({ set, score: scoreCorpus(scoredOf(set), countFindings, set.people) }));
  // Pooled: each sentence checked with its own set's people (none for a `noPeople` sentence, as scoreCorpus does).
  const peopleOf = new Map(FRESH_SETS.flatMap((set) => scoredOf(set).map((s) => [s.text, set.people] as const)));
  const pooledScore = scoreCorpus(
    FRESH_SETS.flatMap(scoredOf),
    (text, people) => countFindings(text, people.length === 0 ? [] : (peopleOf.get(text) ?? [])),
  );
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
      ...freshScores.map(({ set, score }) => describeScore(`${set.name}, frozen ${set.date} (held out: never tuned on; published)`, score)),
      describeScore('fresh sets pooled', pooledScore),
      `first checker's corpus (${LEGACY_CORPUS.length} sentences by another author): ${scoreLabelled(LEGACY_CORPUS, LEGACY_PEOPLE)}`,
      `second-author set (${SECOND_AUTHOR_SENTENCES.length} sentences, written after the rules by the session that wrote them): ${scoreLabelled(SECOND_AUTHOR_SENTENCES, SECOND_AUTHOR_PEOPLE)}`,
    ].join('\n'),
  );

  it('reaches precision ≥ 0.90 and recall ≥ 0.80 on the first held-out set (read while tuning: a regression guard only)', () => {
    expect(firstHeldOutScore.precision.value).toBeGreaterThanOrEqual(0.9);
    expect(firstHeldOutScore.recall.value).toBeGreaterThanOrEqual(0.8);
  });

  // Floors: the figures first measured on each set after the last change to the rules (docs/BLAMELESS.md), so a
  // change can improve them but never quietly make them worse. The target is recall ≥ 0.80 on held-out text.
  const RECALL_FLOORS: Record<string, number> = { 'Fresh set 1': 0.84, 'Fresh set 3': 0.76, 'Fresh set 4': 0.79, 'Fresh set 5': 0.78 };
  for (const { set, score } of freshScores) {
    it(`reaches precision ≥ 0.90 on ${set.name}`, () => {
      expect(score.precision.value).toBeGreaterThanOrEqual(0.9);
    });
    it(`keeps recall on ${set.name} at or above its floor (${RECALL_FLOORS[set.name]})`, () => {
      expect(score.recall.value).toBeGreaterThanOrEqual(RECALL_FLOORS[set.name] ?? 0.8);
    });
    it(`flags at most 5 % of ${set.name}'s blameless sentences written like published postmortems`, () => {
      expect(score.publishedFalseAlarms.value).toBeLessThanOrEqual(0.05);
    });
  }

  it('matches the held-out figures in docs/BLAMELESS.md (UPDATE_GOLDEN=1 rewrites them)', async () => {
    const figures = renderFigures(freshScores, pooledScore);
    const docs = new URL('../../../docs/BLAMELESS.md', import.meta.url);
    expect(await readGoldenBlock(docs, 'figures', figures)).toBe(figures);
  });
});
