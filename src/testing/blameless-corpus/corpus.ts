// Test data: the whole labelled corpus, each sentence with a stable id, split once into dev and held-out sets.
import { BLAMEFUL } from './blameful';
import { PUBLISHED_BLAMELESS } from './blameless-published';
import { TRICKY_BLAMELESS } from './blameless-tricky';
import type { CorpusSentence } from './corpus-types';
import { DEV_EXTRA } from './dev-extra';
import { DEV_EXTRA_2 } from './dev-extra-2';
import { DEV_EXTRA_3 } from './dev-extra-3';

/** A corpus sentence with its id (a hash of its text) and the set it belongs to. */
export interface SplitSentence extends CorpusSentence {
  id: string;
  set: 'dev' | 'held-out';
}

/**
 * The split, made once on 2026-12-03: each sentence goes to the held-out set when a hash of the seed and its text
 * falls below 0.4, so the assignment is random but fixed, and a sentence added later does not move the others.
 * The held-out ids at the split are recorded in `held-out-ids.txt`; the test fails if they change. Rules are tuned
 * on the dev set only.
 */
export const CORPUS_SPLIT = { date: '2026-12-03', seed: 20261203, heldOutShare: 0.4 } as const;

/** FNV-1a, 32 bits, over UTF-16 code units: short stable ids. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The id of a sentence: 8 hex digits of the hash of its text. */
export function identifySentence(text: string): string {
  return hashText(text).toString(16).padStart(8, '0');
}

/** Mixes the seed into the hash (a murmur3 finaliser), giving a uniform number in [0, 1). */
function drawForSentence(text: string, seed: number): number {
  let h = (hashText(text) ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/** Development sentences added after the split: always in the dev set, never drawn. */
export const ALWAYS_DEV: readonly CorpusSentence[] = [...DEV_EXTRA, ...DEV_EXTRA_2, ...DEV_EXTRA_3];

/**
 * Every labelled sentence, with its id and set. The sentences of `dev-extra.ts`, `dev-extra-2.ts` and `dev-extra-3.ts` (added 2026-12-04, after the split)
 * are development sentences by construction: they are never drawn, so the recorded held-out set stays as it was.
 */
export const BLAMELESS_CORPUS: readonly SplitSentence[] = [
  ...[...PUBLISHED_BLAMELESS, ...TRICKY_BLAMELESS, ...BLAMEFUL].map((sentence): SplitSentence => ({
    ...sentence,
    id: identifySentence(sentence.text),
    set: drawForSentence(sentence.text, CORPUS_SPLIT.seed) < CORPUS_SPLIT.heldOutShare ? 'held-out' : 'dev',
  })),
  ...ALWAYS_DEV.map((sentence): SplitSentence => ({ ...sentence, id: identifySentence(sentence.text), set: 'dev' })),
];
