// What counts as a contributing factor across postmortems, decided once (docs/REPORTS.md "Contributing factors").
import type { PostmortemDoc } from '../../postmortem/domain/postmortem-types';
import { parseSectionBody } from '../../postmortem/domain/section-body';

/** Longer entries are prose, not a factor to tally; they are still counted, under their first words. */
const MAX_FACTOR_CHARS = 120;

/**
 * The key two spellings of one factor share: Unicode-normalised, lower case, inner whitespace collapsed, and
 * trailing punctuation dropped ("No canary deploy." and "no canary  deploy" are one factor).
 */
export function normalizeFactor(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,!]+$/u, '')
    .trim();
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_FACTOR_CHARS ? `${flat.slice(0, MAX_FACTOR_CHARS - 1).trimEnd()}…` : flat;
}

/**
 * The factors one postmortem names, each once: every list item (or, without a list, every line) of its visible
 * "Contributing factors" sections, and the last answer of its five whys (the deepest "because", where the
 * five-whys method stops at a cause). Hidden sections are left out, as every export leaves them out.
 */
export function listContributingFactors(doc: Pick<PostmortemDoc, 'sections' | 'fiveWhys'>): { key: string; label: string }[] {
  const texts: string[] = [];
  for (const section of doc.sections) {
    if (section.hidden || section.kind !== 'contributing-factors') continue;
    for (const block of parseSectionBody(section.body)) texts.push(...(block.type === 'list' ? block.items : block.lines));
  }
  const lastWhy = [...doc.fiveWhys].reverse().find((why) => why.because.trim() !== '');
  if (lastWhy) texts.push(lastWhy.because);
  const seen = new Map<string, string>();
  for (const text of texts) {
    const label = shorten(text);
    const key = normalizeFactor(label);
    if (key !== '' && !seen.has(key)) seen.set(key, label);
  }
  return [...seen].map(([key, label]) => ({ key, label }));
}
