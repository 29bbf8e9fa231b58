// The blameless-language checker: finds blame and hindsight in text and across a whole postmortem, with a rewrite
// of each sentence it flags. It never blocks anything. Loaded lazily with the postmortem editor.
import { compilePeopleMatcher, findUnlistedNames, type PeopleMatcher } from './blameless-people';
import { BLAMELESS_RULES, listDetectors, type BlamelessRuleId, type Detection, type RewritePlan } from './blameless-rules';
import { PERSON_MARK, Sentence } from './blameless-sentence';
import { findCodeAndLogSpans, findQuotedSpans, foldText, splitSentences, type Span } from './blameless-text';
import { listCheckedFields } from './checked-fields';
import type { PostmortemDoc } from './postmortem-types';

/** One flagged phrase in a text, with the rule's explanation and a rewrite of the sentence it is in. */
export interface Finding {
  ruleId: BlamelessRuleId;
  /** UTF-16 offsets into the checked text: `text.slice(start, end) === match`. */
  start: number;
  end: number;
  match: string;
  /** The rule's short name ("Human error"). */
  label: string;
  message: string;
  why: string;
  /** The user's sentence rewritten: replace `text.slice(start, end)` (the whole sentence) with `text`. */
  rewrite: { start: number; end: number; text: string };
  /**
   * Stable across edits elsewhere in the text: `${ruleId}:${normalised match}:${n}` where n counts earlier findings
   * of the same rule and words. `checkPostmortem` prefixes it with the field id.
   */
  key: string;
}

/** What the checker needs to know beyond the text. */
export interface BlamelessContext {
  /** Responders, authors, handles: named people. Any @handle counts as a person even when it is not listed. */
  people: readonly string[];
}

const matchers = new Map<string, PeopleMatcher>();

function getMatcher(people: readonly string[]): PeopleMatcher {
  const key = JSON.stringify([...people].sort());
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = compilePeopleMatcher(people);
    if (matchers.size >= 8) matchers.clear();
    matchers.set(key, matcher);
  }
  return matcher;
}

/** Lower case, whitespace collapsed, curly apostrophes straightened: how a finding's words are keyed. */
function normalizeMatch(match: string): string {
  return foldText(match).replace(/\s+/g, ' ');
}

/** Whole sentences that talk about blame language rather than use it ("Blaming the reviewer would not …"). */
const META_SENTENCE =
  /^(?:blaming|holding|punishing|naming|asking|saying|calling|writing|labell?ing|disciplining)\b|\b(?:would\s+be\s+easy\s+to\s+(?:say|blame|write|conclude)|(?:is|was|it's)\s+tempting\s+to\s+(?:say|write|blame|conclude)|words\s+like|phrases?\s+like|the\s+question\s+(?:is|was)\s+(?:not|never)|not\s+looking\s+for\s+(?:someone|somebody|a\s+culprit)|we\s+do\s+not\s+(?:consider|blame|ask)|we\s+don't\s+(?:consider|blame|ask)|avoid(?:ed)?\s+(?:asking|writing|saying|the\s+words?))/;

const RULE_ORDER = new Map(BLAMELESS_RULES.map((rule, index) => [rule.id, index]));

/** The detections of one sentence, before overlapping ones are merged. */
function detectSentence(sentence: Sentence): Detection[] {
  const body = sentence.body;
  if (META_SENTENCE.test(body)) return [];
  const found: Detection[] = [];
  for (const detector of listDetectors()) {
    if (detector.needsHuman && !sentence.hasHumanWord()) continue;
    if (detector.gate && !detector.gate.test(body)) continue;
    detector.re.lastIndex = 0;
    for (let m = detector.re.exec(body); m !== null; m = detector.re.exec(body)) {
      if (m[0].length === 0) {
        detector.re.lastIndex += 1;
        continue;
      }
      const start = sentence.span.start + m.index;
      const end = start + m[0].trimEnd().length;
      if (sentence.inQuote(start)) continue;
      if (!detector.ownNegation && sentence.negatedBefore(start)) continue;
      const verdict = detector.accept ? detector.accept({ s: sentence, m, start, end }) : true;
      if (verdict === false) continue;
      const extra = verdict === true ? {} : verdict;
      found.push({ ruleId: detector.rule, start, end, plan: { kind: 'question', text: 'What made this look reasonable at the time?' }, ...extra });
    }
  }
  return found;
}

/** One finding per phrase: of overlapping detections the first rule (then the earliest, longest) is kept. */
function mergeDetections(found: Detection[]): Detection[] {
  const ranked = [...found].sort(
    (a, b) => (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0) || a.start - b.start || b.end - a.end,
  );
  const kept: Detection[] = [];
  for (const d of ranked) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}

/** Capital first letter, single spaces, no space before punctuation, a full stop or question mark at the end. */
function tidySentence(text: string, original: string): string {
  let out = text.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:!?])/g, '$1').replace(/^[\s,;:—–-]+/, '').trim();
  out = out.replace(/,\s*([.!?])$/, '$1');
  if (out.length === 0) return out;
  out = out[0]!.toUpperCase() + out.slice(1);
  if (!/[.!?…]$/.test(out) && /[.!?…]$/.test(original.trim())) out += original.trim().at(-1);
  return out;
}

/** The sentence rewritten by a plan. */
function applyPlan(text: string, sentence: Span, plan: RewritePlan): string {
  const original = text.slice(sentence.start, sentence.end);
  if (plan.kind === 'question') return plan.text;
  const from = plan.span.start - sentence.start;
  const to = plan.span.end - sentence.start;
  const replaced = original.slice(0, from) + (plan.kind === 'replace' ? plan.with : '') + original.slice(to);
  // A sentence that started with the removed words starts with a capital again ("Obviously, the pool …" → "The pool …").
  return tidySentence(replaced, original);
}

/** The text with every person (listed name or @handle) replaced by the person mark, same length. */
function maskPeople(text: string, folded: string, people: readonly string[]): string {
  const listed = getMatcher(people).find(text, folded);
  const unlisted = findUnlistedNames(text).filter((u) => !listed.some((l) => u.start < l.end && l.start < u.end));
  const spans = unlisted.length === 0 ? listed : [...listed, ...unlisted].sort((a, b) => a.start - b.start);
  if (spans.length === 0) return folded;
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += folded.slice(at, span.start) + PERSON_MARK.repeat(span.end - span.start);
    at = span.end;
  }
  return out + folded.slice(at);
}

/** The findings of one text, sorted by position, without their keys. */
function findSpans(text: string, people: readonly string[]): Omit<Finding, 'key'>[] {
  const folded = foldText(text);
  const masked = maskPeople(text, folded, people);
  const quotes = findQuotedSpans(text);
  const out: Omit<Finding, 'key'>[] = [];
  for (const span of splitSentences(text)) {
    const sentence = new Sentence(text, masked, span, quotes);
    for (const d of mergeDetections(detectSentence(sentence))) {
      const rule = BLAMELESS_RULES[RULE_ORDER.get(d.ruleId) ?? 0]!;
      out.push({
        ruleId: d.ruleId,
        start: d.start,
        end: d.end,
        match: text.slice(d.start, d.end),
        label: rule.label,
        message: rule.message,
        why: rule.why,
        rewrite: { start: span.start, end: span.end, text: applyPlan(text, span, d.plan) },
      });
    }
  }
  return out;
}

/**
 * Finds blame and hindsight language in `text`, sentence by sentence: who or what each clause is about (a person,
 * handle, role, team or pronoun — or a system), counterfactual grammar, passives with a person as agent, and the
 * scopes that cancel a finding (quotation marks, a negation before it, a sentence that discusses blame language).
 * One finding per phrase, sorted by position; each with a rewrite of its sentence.
 */
export function checkBlamelessText(text: string, context: BlamelessContext = { people: [] }): Finding[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const found = text.length < PARAGRAPH_SPLIT_FROM ? findSpans(text, context.people) : findSpansByParagraph(text, context.people);
  // Code blocks and pasted log lines are a program's words, not the authors' (checked on the whole text, so a fence
  // with blank lines inside holds in the paragraph-by-paragraph mode too).
  const code = found.length > 0 ? findCodeAndLogSpans(text) : [];
  const kept = code.length === 0 ? found : found.filter((f) => !code.some((c) => c.start <= f.start && f.start < c.end));
  const counts = new Map<string, number>();
  return kept.map((f) => {
    const base = `${f.ruleId}:${normalizeMatch(f.match)}`;
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    return { ...f, key: `${base}:${n}` };
  });
}

/** The text with a finding's rewrite applied. */
export function applyRewrite(text: string, finding: Pick<Finding, 'rewrite'>): string {
  return text.slice(0, finding.rewrite.start) + finding.rewrite.text + text.slice(finding.rewrite.end);
}

/** From this length a text is checked paragraph by paragraph, reusing the paragraphs that did not change. */
const PARAGRAPH_SPLIT_FROM = 2_000;

/** Findings (without keys) of paragraphs already checked, by people and paragraph text. */
const paragraphCache = new Map<string, Omit<Finding, 'key'>[]>();

/**
 * A long text (a section of a large postmortem) checked one paragraph (blank-line-separated block) at a time:
 * typing in it re-checks only the edited paragraph, not the whole section, on each keystroke. A sentence never
 * spans a blank line, so the findings are those of checking the whole text.
 */
function findSpansByParagraph(text: string, people: readonly string[]): Omit<Finding, 'key'>[] {
  const peopleKey = JSON.stringify([...people].sort());
  const found: Omit<Finding, 'key'>[] = [];
  const separator = /\n[ \t]*\n/g;
  let start = 0;
  for (;;) {
    const next = separator.exec(text);
    const end = next ? next.index : text.length;
    const paragraph = text.slice(start, end);
    if (paragraph.trim() !== '') {
      const cacheKey = `${peopleKey}\u0000${paragraph}`;
      let spans = paragraphCache.get(cacheKey);
      if (spans === undefined) {
        spans = findSpans(paragraph, people);
        if (paragraphCache.size >= 5_000) paragraphCache.clear();
        paragraphCache.set(cacheKey, spans);
      }
      for (const span of spans) {
        found.push({ ...span, start: span.start + start, end: span.end + start, rewrite: { ...span.rewrite, start: span.rewrite.start + start, end: span.rewrite.end + start } });
      }
    }
    if (!next) break;
    start = next.index + next[0].length;
  }
  return found;
}

/** The findings in one text field of a postmortem. */
export interface FieldFindings {
  /** 'title', 'section:<id>', 'impact-notes', 'timeline:<rowId>', 'why:<id>:why', 'why:<id>:because', 'action:<id>'. */
  fieldId: string;
  /** For people: 'Title', 'Summary', 'Timeline 14:02', 'Five whys 2 (answer)', 'Action item 3'. */
  fieldLabel: string;
  /** The section the field belongs to (for the per-section count); absent for the title. */
  sectionId?: string;
  /** Not dismissed; each key is prefixed with the field id: `${fieldId}|${key}` — store that in `dismissedFindings`. */
  findings: Finding[];
}

/** The result of checking a whole postmortem. */
export interface PostmortemCheck {
  /** Only fields with at least one finding, in document order. */
  fields: FieldFindings[];
  /** Findings per section id (sections without findings are absent). */
  countsBySection: Record<string, number>;
  total: number;
  /** How many findings were left out because they were dismissed. */
  dismissedCount: number;
}

/**
 * The findings of every text in the last `checkPostmortem` call (for one set of people), so the next check re-reads
 * only the texts that changed: the editor checks the whole document on every keystroke, and a large postmortem has
 * over a thousand fields. Holds the texts of one check only, so it does not grow while someone types.
 */
let lastCheck: { peopleKey: string; findingsByText: Map<string, Finding[]> } | null = null;

/**
 * Checks every text field of a postmortem (title, visible section bodies, impact notes, timeline rows, five whys,
 * action-item descriptions), with the responders and authors as the people. Findings whose key is in `dismissed`
 * (default: the document's own `dismissedFindings`) are left out and counted.
 */
export function checkPostmortem(doc: PostmortemDoc, dismissed: readonly string[] = doc.dismissedFindings): PostmortemCheck {
  const people = [...doc.responders, ...doc.authors];
  const peopleKey = JSON.stringify([...people].sort());
  const previous = lastCheck?.peopleKey === peopleKey ? lastCheck.findingsByText : null;
  const findingsByText = new Map<string, Finding[]>();
  const dismissedSet = new Set(dismissed);
  const fields: FieldFindings[] = [];
  const countsBySection: Record<string, number> = {};
  let total = 0;
  let dismissedCount = 0;
  for (const field of listCheckedFields(doc)) {
    const findings: Finding[] = [];
    let found = findingsByText.get(field.text) ?? previous?.get(field.text);
    if (found === undefined) found = checkBlamelessText(field.text, { people });
    findingsByText.set(field.text, found);
    for (const finding of found) {
      const key = `${field.fieldId}|${finding.key}`;
      if (dismissedSet.has(key)) {
        dismissedCount += 1;
        continue;
      }
      findings.push({ ...finding, key });
    }
    if (findings.length === 0) continue;
    const entry: FieldFindings = { fieldId: field.fieldId, fieldLabel: field.fieldLabel, findings };
    if (field.sectionId !== undefined) {
      entry.sectionId = field.sectionId;
      countsBySection[field.sectionId] = (countsBySection[field.sectionId] ?? 0) + findings.length;
    }
    fields.push(entry);
    total += findings.length;
  }
  lastCheck = { peopleKey, findingsByText };
  return { fields, countsBySection, total, dismissedCount };
}
