// Test support: precision, recall and false-alarm rate of a checker on the labelled corpus, with Wilson intervals.
import { CORPUS_PEOPLE, type SentenceKind } from './corpus-types';
import type { SplitSentence } from './corpus';

/** A checker under test: how many findings it reports in `text` with these people entered. */
export type CountFindings = (text: string, people: readonly string[]) => number;

/** A proportion with its 95 % Wilson score interval. */
export interface Proportion {
  value: number;
  low: number;
  high: number;
  /** Successes and trials: `value = hits / of`. */
  hits: number;
  of: number;
}

export interface CorpusScore {
  total: number;
  blameful: number;
  blameless: number;
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
  precision: Proportion;
  recall: Proportion;
  /** Share of blameless sentences in published-postmortem style that get any finding. */
  publishedFalseAlarms: Proportion;
  /** Share of all blameless sentences that get any finding. */
  falseAlarms: Proportion;
  /** Per kind: how many sentences of the kind the checker gets right. */
  byKind: Partial<Record<SentenceKind, { right: number; of: number }>>;
  missed: SplitSentence[];
  wronglyFlagged: SplitSentence[];
}

/** The 95 % Wilson score interval of `hits` out of `of` (z = 1.96); [0, 1] when there are no trials. */
export function calculateWilsonInterval(hits: number, of: number): Proportion {
  if (of === 0) return { value: 0, low: 0, high: 1, hits, of };
  const z = 1.959964;
  const p = hits / of;
  const denominator = 1 + (z * z) / of;
  const centre = (p + (z * z) / (2 * of)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / of + (z * z) / (4 * of * of))) / denominator;
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), hits, of };
}

/** Scores `count` on `sentences`, checked with `people` entered (a sentence counts as flagged when it gets at least one finding). */
export function scoreCorpus(
  sentences: readonly SplitSentence[],
  count: CountFindings,
  people: readonly string[] = CORPUS_PEOPLE,
): CorpusScore {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  let publishedFlagged = 0;
  let published = 0;
  const byKind: CorpusScore['byKind'] = {};
  const missed: SplitSentence[] = [];
  const wronglyFlagged: SplitSentence[] = [];
  for (const sentence of sentences) {
    const flagged = count(sentence.text, sentence.noPeople ? [] : people) > 0;
    const right = flagged === sentence.blameful;
    const kind = (byKind[sentence.kind] ??= { right: 0, of: 0 });
    kind.of += 1;
    if (right) kind.right += 1;
    if (sentence.blameful) {
      if (flagged) tp += 1;
      else {
        fn += 1;
        missed.push(sentence);
      }
    } else {
      if (flagged) {
        fp += 1;
        wronglyFlagged.push(sentence);
      } else tn += 1;
      if (sentence.kind === 'published') {
        published += 1;
        if (flagged) publishedFlagged += 1;
      }
    }
  }
  return {
    total: sentences.length,
    blameful: tp + fn,
    blameless: fp + tn,
    truePositives: tp,
    falseNegatives: fn,
    falsePositives: fp,
    trueNegatives: tn,
    precision: calculateWilsonInterval(tp, tp + fp),
    recall: calculateWilsonInterval(tp, tp + fn),
    publishedFalseAlarms: calculateWilsonInterval(publishedFlagged, published),
    falseAlarms: calculateWilsonInterval(fp, fp + tn),
    byKind,
    missed,
    wronglyFlagged,
  };
}

/** "0.912 (95 % CI 0.871–0.941)". */
export function formatProportion(p: Proportion, digits = 3): string {
  return `${p.value.toFixed(digits)} (95 % CI ${p.low.toFixed(digits)}–${p.high.toFixed(digits)})`;
}
