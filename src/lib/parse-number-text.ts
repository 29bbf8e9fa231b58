// Reads a number the way the reader writes it: in their locale's separators (learnt from Intl), plus the
// forms of other conventions that can only mean one thing. Where a text could mean two numbers ("1.500"),
// it is read the locale's way and the result says so, so the UI can show how it was read: never a silent guess.

export type ParsedNumber =
  | {
      kind: 'number';
      value: number;
      /** Set when the text could also mean `otherValue` in another convention: show the reader how it was read. */
      ambiguous?: { otherValue: number };
    }
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: NumberProblem };

/** Why a text is not a number: `chars` (letters, units), `marks` (decimal marks mixed up), `groups` (digit groups of the wrong size). */
export type NumberProblem = 'chars' | 'marks' | 'groups';

export interface NumberSeparators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, NumberSeparators>();

/** The group and decimal separators of a locale (the runtime's when undefined), as Intl formats them. */
export function getNumberSeparators(locale?: string): NumberSeparators {
  const key = locale ?? '';
  const cached = separatorCache.get(key);
  if (cached) return cached;
  let formatter: Intl.NumberFormat;
  try {
    formatter = new Intl.NumberFormat(locale);
  } catch {
    formatter = new Intl.NumberFormat();
  }
  // 12,345,678.9 has a group in every locale, even those that skip grouping for four digits (es-ES).
  const parts = formatter.formatToParts(12345678.9);
  const separators = {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
  separatorCache.set(key, separators);
  return separators;
}

// Spaces (plain, no-break U+00A0, narrow no-break U+202F, thin U+2009), apostrophes and underscores only
// ever group digits, in any convention.
const SPACE_GROUPS = /[\s\u00a0\u202f\u2009'\u2019_]/g;

function isDotOrComma(ch: string): boolean {
  return ch === '.' || ch === ',';
}

/** True when the integer parts split at group marks form Western (3-3-3) or Indian (2-2-3) grouping. */
function isValidGrouping(parts: string[]): boolean {
  if (!parts.every((p) => /^\d+$/.test(p))) return false;
  if (parts.length === 1) return true;
  const [first = '', ...rest] = parts;
  const last = rest[rest.length - 1] ?? '';
  if (last.length !== 3) return false;
  const middle = rest.slice(0, -1);
  const western = first.length <= 3 && middle.every((p) => p.length === 3);
  const indian = first.length <= 2 && middle.length > 0 && middle.every((p) => p.length === 2);
  return western || indian;
}

/**
 * Parses typed text into a number, in `locale` (default: the runtime's, the same one figures are shown in).
 * Accepts the locale's own group and decimal separators, spaces/apostrophes as groups in any locale, Indian
 * lakh grouping, and "1.500,50" / "1,500.50" whichever the locale (both marks: the last one is the decimal).
 */
export function parseNumberText(text: string, locale?: string): ParsedNumber {
  let body = text.trim();
  if (body === '') return { kind: 'empty' };
  let sign = 1;
  if (/^[+\-\u2212]/.test(body)) {
    sign = /^[-\u2212]/.test(body) ? -1 : 1;
    body = body.slice(1).trimStart();
  }
  // Plain scientific notation ("1e6") stays accepted; it has no separators to interpret.
  if (/^(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(body)) return finish(sign * Number(body));

  const hadSpaceGroups = SPACE_GROUPS.test(body);
  SPACE_GROUPS.lastIndex = 0;
  const compact = body.replace(SPACE_GROUPS, (m, offset: number) => {
    // A group mark must sit between digits ("1 500"), never at an end or beside another mark.
    const before = body[offset - 1] ?? '';
    const after = body[offset + m.length] ?? '';
    return /\d/.test(before) && /\d/.test(after) ? '|' : '#';
  });
  if (compact.includes('#') && !/^[\d.,|]+$/.test(compact.replace(/#/g, ''))) return invalid('chars');
  if (compact.includes('#')) return invalid('groups');
  if (!/^[\d.,|]*$/.test(compact) || !/\d/.test(compact)) return invalid('chars');

  const { group, decimal } = getNumberSeparators(locale);
  const marks = [...compact].filter(isDotOrComma);
  const kinds = new Set(marks);
  let decimalMark: string | null = null;
  let ambiguousOther: number | undefined;

  if (kinds.size === 2) {
    // "1.500,50" or "1,500.50": the last mark is the decimal, and it may appear only once.
    decimalMark = marks[marks.length - 1] ?? null;
    if (marks.filter((m) => m === decimalMark).length > 1) return invalid('marks');
  } else if (kinds.size === 1) {
    const mark = marks[0] ?? '.';
    if (marks.length > 1) {
      decimalMark = null; // a mark used twice can only be grouping: "1.500.000"
    } else {
      const [intPart, fracPart] = splitOnce(compact, mark);
      const couldBeGroup = fracPart.length === 3 && isValidGrouping([...intPart.split('|'), fracPart]) && intPart !== '' && !/^0+$/.test(intPart);
      const localeReadsAsDecimal = mark === decimal || (mark !== group && mark === '.');
      if (hadSpaceGroups) {
        // "1 500,5" / "1 500.5": spaces already group the digits, so this mark is the decimal.
        decimalMark = mark;
      } else if (!couldBeGroup) {
        decimalMark = mark;
      } else if (localeReadsAsDecimal) {
        decimalMark = mark;
        ambiguousOther = Number(intPart.replace(/\|/g, '') + fracPart);
      } else {
        decimalMark = null;
        ambiguousOther = Number(`${intPart.replace(/\|/g, '')}.${fracPart}`);
      }
    }
  }

  const groupMark = kinds.size === 2 ? marks.find((m) => m !== decimalMark) ?? null : decimalMark === null ? marks[0] ?? null : null;
  const [intRaw, fracRaw = ''] = decimalMark === null ? [compact, ''] : splitOnce(compact, decimalMark);
  if (decimalMark !== null && /[.,|]/.test(fracRaw)) return invalid(/\|/.test(fracRaw) ? 'groups' : 'marks');
  const intNormalised = groupMark === null ? intRaw : intRaw.split(groupMark).join('|');
  if (/[.,]/.test(intNormalised)) return invalid('marks');
  const groups = intNormalised.split('|');
  if (intNormalised === '' ? fracRaw === '' : !isValidGrouping(groups) && !(groups.length === 1)) return invalid('groups');
  if (intNormalised !== '' && groups.length > 1 && !isValidGrouping(groups)) return invalid('groups');
  const digits = `${groups.join('') || '0'}${fracRaw === '' ? '' : `.${fracRaw}`}`;
  const value = Number(digits);
  const result = finish(sign * value);
  if (result.kind === 'number' && ambiguousOther !== undefined && Number.isFinite(ambiguousOther) && ambiguousOther !== value) {
    return { ...result, ambiguous: { otherValue: sign * ambiguousOther } };
  }
  return result;
}

function splitOnce(text: string, mark: string): [string, string] {
  const at = text.indexOf(mark);
  return [text.slice(0, at), text.slice(at + 1)];
}

function finish(value: number): ParsedNumber {
  return Number.isFinite(value) ? { kind: 'number', value: Object.is(value, -0) ? 0 : value } : invalid('chars');
}

function invalid(reason: NumberProblem): ParsedNumber {
  return { kind: 'invalid', reason };
}

/** Formats a number for "read as" feedback: the locale's decimal mark, no grouping, so it cannot be misread. */
export function formatReadAs(value: number, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
  } catch {
    return String(value);
  }
}

/** The "read as" note for an ambiguous reading, e.g. "Read as 1500, not 1,5", in the locale; '' when clear. */
export function describeReading(parsed: ParsedNumber, locale?: string): string {
  if (parsed.kind !== 'number' || !parsed.ambiguous) return '';
  return `Read as ${formatReadAs(parsed.value, locale)}, not ${formatReadAs(parsed.ambiguous.otherValue, locale)}`;
}

/** A specific message for text that is not a number, with examples written in the locale. */
export function describeNumberProblem(reason: NumberProblem, locale?: string): string {
  const { group, decimal } = getNumberSeparators(locale);
  const shownGroup = group === '\u202f' || group === '\u00a0' ? ' ' : group;
  const example = `1${shownGroup}500${decimal}5`;
  if (reason === 'marks') return `use ${decimal} once, for the decimals only, like ${example}`;
  if (reason === 'groups') return `group digits in threes, like 1${shownGroup}500${shownGroup}000, or leave them out`;
  return `use digits only, like ${example}`;
}
