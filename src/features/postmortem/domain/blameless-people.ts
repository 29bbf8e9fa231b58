// Finds the people a postmortem names — responders, authors and any @handle — in any script and case.
import { foldText, type Span } from './blameless-text';

/** Given names that are also everyday English words: they count as a name only when written with a capital. */
const COMMON_WORD_NAMES = new Set([
  'will', 'may', 'mark', 'grace', 'bill', 'rob', 'pat', 'sue', 'art', 'chase', 'hope', 'joy', 'faith', 'june', 'april', 'rose', 'stone',
  'dawn', 'sky', 'summer', 'max', 'frank', 'gene', 'hunter', 'drew', 'jack', 'guy', 'carol', 'sandy', 'lee', 'long', 'young', 'white',
  'brown', 'black', 'green', 'bell', 'king', 'page', 'price', 'hill', 'wood', 'fox', 'cook', 'rich', 'wells', 'banks', 'lane', 'short',
  'little', 'case', 'miles', 'bishop', 'baker', 'cash', 'reed', 'storm', 'ward', 'west', 'north', 'love', 'noble', 'doe', 'ray', 'ash',
]);

interface NameVariant {
  folded: string;
  /** Must start with a capital letter in the text (a common word used as a name). */
  capitalised: boolean;
}

/**
 * The ways a person can be named: the full name, the given names ("Mary Ann" of "Mary Ann Lopez"), the first name,
 * the surname, and for a handle the handle with or without "@". Shorter than two characters is ignored.
 */
export function listNameVariants(people: readonly string[]): NameVariant[] {
  const variants = new Map<string, NameVariant>();
  const add = (name: string) => {
    const trimmed = name.trim();
    if ([...trimmed].length < 2) return;
    const folded = foldText(trimmed);
    const capitalised = COMMON_WORD_NAMES.has(folded);
    const existing = variants.get(folded);
    variants.set(folded, { folded, capitalised: existing ? existing.capitalised && capitalised : capitalised });
  };
  for (const raw of people) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name.startsWith('@')) {
      add(name.replace(/^@+/, ''));
      continue;
    }
    const parts = name.split(' ');
    add(name);
    if (parts.length >= 2) {
      add(parts[0] as string);
      add(parts.at(-1) as string);
    }
    if (parts.length >= 3) add(parts.slice(0, -1).join(' '));
  }
  return [...variants.values()].sort((a, b) => b.folded.length - a.folded.length || (a.folded < b.folded ? -1 : 1));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const HANDLE = /(?<![\p{L}\p{N}_.@-])@[\p{L}\p{N}_][\p{L}\p{N}_.-]*(?<![.-])/gu;

/** Finds people in a text: spans of their names (with a leading "@" if there is one) and of any @handle. */
export interface PeopleMatcher {
  find(text: string, folded: string): Span[];
}

/** Compiles a matcher for these people. Matching is on folded text, so case and the Turkish I do not matter. */
export function compilePeopleMatcher(people: readonly string[]): PeopleMatcher {
  const variants = listNameVariants(people);
  const byFolded = new Map(variants.map((v) => [v.folded, v]));
  const names =
    variants.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}_@])@?(?:${variants.map((v) => escapeRegExp(v.folded).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}_]|-(?![\\p{L}]))`, 'gu')
      : null;
  return {
    find(text, folded) {
      const spans: Span[] = [];
      if (names) {
        for (const m of folded.matchAll(names)) {
          const bare = m[0].replace(/^@/, '').replace(/\s+/g, ' ');
          const variant = byFolded.get(bare);
          const first = text[m.index + (m[0].startsWith('@') ? 1 : 0)] ?? '';
          if (variant?.capitalised && first === first.toLowerCase()) continue;
          spans.push({ start: m.index, end: m.index + m[0].length });
        }
      }
      for (const m of folded.matchAll(HANDLE)) {
        if (!spans.some((s) => s.start <= m.index && m.index < s.end)) spans.push({ start: m.index, end: m.index + m[0].length });
      }
      return spans.sort((a, b) => a.start - b.start);
    },
  };
}
