// One sentence as the blameless checker sees it: folded text with people masked, tokens, clauses, subjects, scopes.
import {
  ACTION_NOUNS,
  CLAUSE_STARTERS,
  MACHINE_ROLE_HEADS,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  ROLE_NOUNS,
  SYSTEM_NOUNS,
  TEAM_NOUNS,
  VERBISH,
} from './blameless-lexicon';
import { tokenize, type Span, type Token } from './blameless-text';

/**
 * A letter that stands for every character of a person's name or handle in the masked text, so patterns can say
 * "a person" (`ꝑ+`) and offsets stay those of the original text. It is a letter (\p{L}), so a name stays one word.
 */
export const PERSON_MARK = 'ꝑ';

/** What the subject (or the agent of a passive) of a clause is. */
export type SubjectKind = 'person' | 'pronoun' | 'role' | 'team' | 'we' | 'system' | 'action' | 'unknown' | 'none';

export interface Subject {
  kind: SubjectKind;
  /** The noun phrase, as a span of the original text (empty when there is none). */
  span: Span;
  /** A person owns the head: "Kenji's refactoring", "her change". */
  possessor: boolean;
}

/** A person, a handle, a pronoun standing for people, a role or a team. */
export function isHuman(kind: SubjectKind): boolean {
  return kind === 'person' || kind === 'pronoun' || kind === 'role' || kind === 'team';
}

const PUNCT_BOUNDARY = /^[,;:—–()[\]"“”«»!?.…]$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'its', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'my', 'your', 'some', 'any', 'every', 'each', 'no']);
const NOT_VERBS = new Set(['red', 'bed', 'shed', 'seed', 'need', 'feed', 'speed', 'embed', 'hundred', 'bred', 'weed', 'reed', 'ted', 'fred', 'ed', 'led', 'sled']);
const NEGATORS = new Set(['not', 'never', 'no', 'nobody', 'none', 'neither', 'nor', 'without', 'nothing']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'my', 'your']);

export class Sentence {
  readonly tokens: Token[];

  /**
   * @param text the original text of the whole field
   * @param masked the folded text of the whole field with people replaced by PERSON_MARK
   * @param span this sentence
   * @param quotes quoted spans of the whole field
   */
  constructor(
    readonly text: string,
    readonly masked: string,
    readonly span: Span,
    readonly quotes: readonly Span[],
  ) {
    this.tokens = tokenize(masked.slice(span.start, span.end), span.start);
  }

  private human: boolean | undefined;

  /** Whether any word names a person, role, team or stands for people ("he", "someone"): detectors about people need one. */
  hasHumanWord(): boolean {
    this.human ??= this.tokens.some((t) => {
      const w = t.text.replace(/'s?$/, '');
      return isPersonWord(w) || ROLE_NOUNS.has(w) || TEAM_NOUNS.has(w) || PERSON_PRONOUNS.has(w) || w.startsWith('on-call') || w === 'shift' || w === 'rota';
    });
    return this.human;
  }

  /** The masked text of the sentence (patterns run on it; add `span.start` to their offsets). */
  get body(): string {
    return this.masked.slice(this.span.start, this.span.end);
  }

  /** Index of the first token starting at or after `pos`. */
  tokenIndexAt(pos: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokens[mid] as Token).start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  inQuote(pos: number): boolean {
    return this.quotes.some((q) => q.start <= pos && pos < q.end);
  }

  /** True when a token is a boundary between clauses. */
  private isBoundary(token: Token): boolean {
    return PUNCT_BOUNDARY.test(token.text) || (CLAUSE_STARTERS.has(token.text) && !this.isOnceAgain(token));
  }

  /** "once again" and "at once" are adverbs ("the team once again pushed …"), not "once" starting a clause. */
  private isOnceAgain(token: Token): boolean {
    if (token.text !== 'once') return false;
    const index = this.tokenIndexAt(token.start);
    return this.tokens[index + 1]?.text === 'again' || this.tokens[index - 1]?.text === 'at';
  }

  private isVerbish(index: number): boolean {
    const token = this.tokens[index] as Token;
    const word = token.text;
    if (VERBISH.has(word) || this.isOnceAgain(token)) return true;
    if (word.length > 3 && word.endsWith('ed') && !NOT_VERBS.has(word) && !ROLE_NOUNS.has(word) && !SYSTEM_NOUNS.has(word)) {
      // "the failed disk", "a scheduled job": after a determiner it is an adjective.
      const before = this.tokens[index - 1]?.text;
      return !(before && DETERMINERS.has(before));
    }
    return false;
  }

  /**
   * The subject of the clause that contains `pos`: the words from the clause's start up to its first verb.
   * A clause opened by "who" is about a person; one opened by "which" about a thing. When a clause has no words
   * before its verb (a second verb after "and", an aside between commas), the subject is the previous clause's.
   */
  subjectAt(pos: number): Subject {
    let end = this.tokenIndexAt(pos);
    for (let guard = 0; guard < 4; guard += 1) {
      let start = end - 1;
      while (start >= 0 && !this.isBoundary(this.tokens[start] as Token)) start -= 1;
      const boundary = start >= 0 ? (this.tokens[start] as Token).text : null;
      // The subject ends at the first verb of the clause.
      let verb = start + 1;
      while (verb < end && !this.isVerbish(verb)) verb += 1;
      let from = start + 1;
      // "Once again the release team rushed …": discourse adverbs before the subject are not its verb.
      while (from < end && verb === from && /^(?:once|again|yet|also|then|still)$/.test((this.tokens[from] as Token).text)) {
        from += 1;
        verb = from;
        while (verb < end && !this.isVerbish(verb)) verb += 1;
      }
      if (verb > from) return this.classify(from, verb);
      if (boundary === 'who' || boundary === 'whom' || boundary === 'whose') return this.make('role', from, from, false);
      if (boundary === 'which') return this.make('system', from, from, false);
      if (boundary === null) return this.make('none', 0, 0, false);
      if (!(boundary === 'and' || boundary === 'or' || boundary === 'then' || boundary === ',' || boundary === 'but' || boundary === '—' || boundary === '–')) {
        return this.make('none', from, from, false);
      }
      end = start;
    }
    return this.make('none', 0, 0, false);
  }

  /** The noun phrase that starts at `pos` (e.g. after "by"), up to the next verb, boundary or preposition. */
  phraseAfter(pos: number): Subject {
    const from = this.tokenIndexAt(pos);
    let to = from;
    while (to < this.tokens.length && !this.isBoundary(this.tokens[to] as Token) && !(to > from && (this.isVerbish(to) || /ing$/.test((this.tokens[to] as Token).text)))) to += 1;
    return this.classify(from, to);
  }

  private make(kind: SubjectKind, from: number, to: number, possessor: boolean): Subject {
    const first = this.tokens[from];
    const last = this.tokens[to - 1];
    const span = first && last && to > from ? { start: first.start, end: last.end } : { start: first?.start ?? this.span.start, end: first?.start ?? this.span.start };
    return { kind, span, possessor };
  }

  /** Classifies tokens [from, to) as a noun phrase: its head is the last word before the first preposition. */
  classify(from: number, to: number): Subject {
    let headEnd = from;
    while (headEnd < to && !(headEnd > from && PREPOSITIONS.has((this.tokens[headEnd] as Token).text))) headEnd += 1;
    if (headEnd === from) return this.make('none', from, to, false);
    const words = this.tokens.slice(from, headEnd).map((t) => t.text);
    const last = words.at(-1) as string;
    const possessor = words.slice(0, -1).some((w) => isPersonWord(w) && /'s?$/.test(w)) || words.slice(0, -1).some((w) => POSSESSIVE_PRONOUNS.has(w));
    let kind: SubjectKind;
    const bare = last.replace(/'s?$/, '');
    if (words.length >= 2 && words.at(-2) === 'no' && bare === 'one') kind = 'pronoun';
    else if (isPersonWord(bare)) kind = 'person';
    else if (bare === 'we' || bare === 'us' || bare === 'ourselves') kind = 'we';
    else if (PERSON_PRONOUNS.has(bare)) kind = 'pronoun';
    else if (MACHINE_ROLE_HEADS.has(bare) && words.length >= 2 && SYSTEM_NOUNS.has(words.at(-2) as string) && !['release', 'incident', 'engineering', 'team'].includes(words.at(-2) as string)) kind = 'system';
    else if (ROLE_NOUNS.has(bare) || (bare.startsWith('on-call') && bare.length <= 9)) kind = 'role';
    // "the on-call rotation", "the night shift": the people on it, not a schedule.
    else if ((bare === 'rotation' || bare === 'shift' || bare === 'rota') && words.length >= 2 && /^(?:on-?call|oncall|night|day|weekend|support|pager|ops|morning|late|early|evening)$/.test(words.at(-2) as string)) kind = 'team';
    else if (TEAM_NOUNS.has(bare) && !(bare === 'group' && words.length >= 2 && /^(?:security|resource|auto|autoscaling|scaling|instance|node|target|log|consumer|placement|replication|parameter|subnet|user)$/.test(words.at(-2) as string))) kind = 'team';
    else if (ACTION_NOUNS.has(bare)) kind = 'action';
    else if (SYSTEM_NOUNS.has(bare)) kind = 'system';
    else if (words.some((w) => isPersonWord(w.replace(/'s?$/, '')))) kind = 'person';
    else kind = 'unknown';
    return this.make(kind, from, to, possessor);
  }

  /**
   * True when a negation ("not", "never", "no one", "without", "n't") or a turn away from blame ("rather than",
   * "instead of", "avoid", "easy to say") comes within six words before `pos` in the same clause or sentence
   * frame: "nobody is at fault", "we do not blame", "rather than ask who forgot".
   */
  negatedBefore(pos: number): boolean {
    const at = this.tokenIndexAt(pos);
    for (let i = at - 1, seen = 0; i >= 0 && seen < 6; i -= 1, seen += 1) {
      const word = (this.tokens[i] as Token).text;
      if (PUNCT_BOUNDARY.test(word) && word !== ',' ) break;
      if (NEGATORS.has(word) || word.endsWith("n't")) return true;
      if (word === 'rather' || word === 'instead' || /^avoid/.test(word) || word === 'refrain') return true;
    }
    return false;
  }
}

/** A token made of the person mark (a name or handle), with or without "'s". */
export function isPersonWord(word: string): boolean {
  return word.length > 0 && word.replace(/'s?$/, '').split('').every((c) => c === PERSON_MARK);
}
