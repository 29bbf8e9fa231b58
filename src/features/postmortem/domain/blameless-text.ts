// Text handling for the blameless checker: case folding that keeps offsets, sentences, tokens and quotations.

/**
 * Folds one character for a case-insensitive match without changing the text's length, so offsets into the folded
 * text are offsets into the original. Turkish dotted and dotless I (İ, I, ı) all fold to "i" — a name typed
 * "ILKER" or "ilker" matches "İlker" — Greek final sigma to σ, and accented letters to their base letter. `toLocaleLowerCase` is not used: "İ" lowercases
 * to two code units ("i̇"), which shifted every later offset and made names starting with "İ" never match.
 */
function foldChar(ch: string): string {
  switch (ch) {
    case 'İ':
    case 'I':
    case 'ı':
      return 'i';
    case 'ς':
      return 'σ';
    case '’':
    case '‘':
    case 'ʼ':
      return "'";
    default: {
      const lower = ch.toLowerCase();
      if (lower.length !== ch.length) return ch;
      // Accents go too, when the letter without them is one code unit: Greek capitals drop the tonos ("ΝΙΚΟΣ" is
      // "Νίκος"), and a name typed without its accents ("Wisniewska") is still the same person.
      const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
      return base.length === 1 ? base : lower;
    }
  }
}

/** The text folded for matching: same length as `text`, lower case, Turkish I merged, curly apostrophes straight. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // ASCII fast path: most text is plain English.
    if (code < 128) out += code >= 65 && code <= 90 ? (code === 73 ? 'i' : String.fromCharCode(code + 32)) : text[i];
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair (emoji, rare scripts) stays as it is: no letter we match is outside the BMP.
      out += text.slice(i, i + 2);
      i += 1;
    } else out += foldChar(text[i] as string);
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'no', 'fig', 'mr', 'mrs', 'ms', 'dr', 'st', 'ca', 'cf']);

/**
 * Sentences of a text: ended by . ! ? … (not inside "e.g." or "1.5") followed by white space, or by a line break.
 * Leading and trailing white space is left out of each span.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s += 1;
    while (e > s && /\s/.test(text[e - 1] as string)) e -= 1;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < text.length && /[.!?…"”’')\]]/.test(text[j] as string)) j += 1;
    if (j < text.length && !/\s/.test(text[j] as string)) continue;
    if (ch === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, i - 8), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word)) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return spans;
}

export interface Token extends Span {
  /** The folded text of the token. */
  text: string;
}

const TOKEN = /@[\p{L}\p{N}_][\p{L}\p{N}_.-]*[\p{L}\p{N}_]|@[\p{L}\p{N}_]|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_]|['-](?=[\p{L}\p{N}]))*|\S/gu;

/** Words (with inner apostrophes and hyphens), @handles and single punctuation marks of folded text. */
export function tokenize(folded: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) tokens.push({ start: m.index + offset, end: m.index + offset + m[0].length, text: m[0] });
  return tokens;
}

const OPENERS: Record<string, string> = { '“': '”', '„': '“', '«': '»', '‹': '›', '"': '"', '`': '`', '‘': '’', "'": "'" };

/**
 * Spans inside quotation marks (“…”, "…", «…», `…`, and ‘…’ / '…' when they open at a word start), including the
 * marks: words quoted are mentioned, not used ("we avoid ‘human error’"), so findings inside them are dropped.
 */
export function findQuotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    const close = OPENERS[ch];
    if (!close) continue;
    if ((ch === "'" || ch === '‘') && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1] as string)) continue;
    let j = i + 1;
    for (; j < text.length; j += 1) {
      const c = text[j] as string;
      if (c === '\n') break;
      if (c === close && !((close === "'" || close === '’') && /[\p{L}]/u.test(text[j + 1] ?? ''))) break;
    }
    if (j >= text.length || text[j] !== close) continue;
    if (j - i > 1) spans.push({ start: i, end: j + 1 });
    i = j;
  }
  return spans;
}

/** A fenced code block: ``` or ~~~ to the matching fence (or the end of the text). */
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*(?:\n[\s\S]*?(?:\n[ \t]{0,3}\1[ \t]*(?=\n|$)|$(?![\s\S]))|$(?![\s\S]))/gm;
/** An indented code line (four spaces or a tab), as Markdown renders it. */
const INDENTED_CODE = /^(?: {4}|\t)[^\n]*\S[^\n]*$/gm;
/**
 * A log line pasted into the text: it starts with a timestamp with seconds ("2025-03-10T14:05:01Z", "14:05:01.123"),
 * a log level in capitals ("ERROR", "[WARN]"), a glog prefix ("E1203 14:05:01") or structured fields ("level=error",
 * `{"level":`). Prose that starts with "14:05 Alice …" is not a log line: a timeline entry is checked.
 */
const LOG_LINE =
  /^[ \t]*(?:\[?(?:\d{4}-\d{2}-\d{2}[T ])?\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?(?=[\s,|\]])|\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRIT|CRITICAL|PANIC)\]?(?=[\s:\]])|[IWEF]\d{4} \d{2}:\d{2}|(?:level|lvl|severity)=\w|\{\s*"(?:level|msg|message|ts|time|timestamp|severity)")[^\n]*$/gm;

/**
 * Spans of code and machine output in a text — fenced and indented code blocks and pasted log lines — where words
 * are quoted from a program, not written about people, so no finding is made inside them.
 */
export function findCodeAndLogSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [FENCE, INDENTED_CODE, LOG_LINE]) {
    for (const m of text.matchAll(re)) if (m[0].length > 0) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}
