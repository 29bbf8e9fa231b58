// The blameless-language checker: finds blame and hindsight phrases in text and across a whole postmortem. It never blocks anything.
import { BLAMELESS_RULES, compileBlamelessRules, type BlamelessRuleId, type CompiledRule } from './blameless-rules';
import type { PostmortemDoc } from './postmortem-types';

/** One flagged phrase in a text, with the rule's explanation. */
export interface Finding {
  ruleId: BlamelessRuleId;
  /** UTF-16 offsets into the checked text: `text.slice(start, end) === match`. */
  start: number;
  end: number;
  match: string;
  message: string;
  why: string;
  suggestion: string;
  /**
   * Stable across edits elsewhere in the text: `${ruleId}:${normalised match}:${n}` where n counts earlier findings
   * of the same rule and words. `checkPostmortem` prefixes it with the field id.
   */
  key: string;
}

/** What the checker needs to know beyond the text. */
export interface BlamelessContext {
  /** Responders, authors, handles: a name as the subject of causing the outage is flagged. */
  people: readonly string[];
}

const cache = new Map<string, CompiledRule[]>();

function getCompiledRules(people: readonly string[]): CompiledRule[] {
  const cacheKey = JSON.stringify([...people].sort());
  let compiled = cache.get(cacheKey);
  if (!compiled) {
    compiled = compileBlamelessRules(people, BLAMELESS_RULES);
    if (cache.size >= 8) cache.clear();
    cache.set(cacheKey, compiled);
  }
  return compiled;
}

/** Lower case, whitespace collapsed, curly apostrophes straightened: how a finding's words are keyed. */
function normalizeMatch(match: string): string {
  return match.toLocaleLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
}

/**
 * Finds blame and hindsight language in `text`. Overlapping matches of one rule are merged into the first, and a
 * finding lying wholly inside a longer finding of another rule is dropped ("Alice's mistake" is one finding, not
 * two). Sorted by position.
 */
export function checkBlamelessText(text: string, context: BlamelessContext = { people: [] }): Finding[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const kept = text.length < PARAGRAPH_SPLIT_FROM ? findSpans(text, context.people) : findSpansByParagraph(text, context.people);
  const counts = new Map<string, number>();
  return kept.map((f) => {
    const base = `${f.ruleId}:${normalizeMatch(f.match)}`;
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    return { ...f, key: `${base}:${n}` };
  });
}

/** From this length a text is checked paragraph by paragraph, reusing the paragraphs that did not change. */
const PARAGRAPH_SPLIT_FROM = 2_000;

/** Findings (without keys) of paragraphs already checked, by people and paragraph text. */
const paragraphCache = new Map<string, Omit<Finding, 'key'>[]>();

/**
 * A long text (a section of a large postmortem) checked one paragraph (blank-line-separated block) at a time:
 * typing in it re-checks only the edited paragraph, not the whole section, on each keystroke. A phrase never
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
      for (const span of spans) found.push({ ...span, start: span.start + start, end: span.end + start });
    }
    if (!next) break;
    start = next.index + next[0].length;
  }
  return found;
}

/** The findings of one text, sorted by position, without their keys. */
function findSpans(text: string, people: readonly string[]): Omit<Finding, 'key'>[] {
  const raw: (Omit<Finding, 'key'> & { order: number })[] = [];
  getCompiledRules(people).forEach(({ rule, regexes }, order) => {
    const matches: { start: number; end: number }[] = [];
    for (const regex of regexes) {
      regex.lastIndex = 0;
      for (const match of text.matchAll(regex)) {
        if (match[0].length > 0) matches.push({ start: match.index, end: match.index + match[0].length });
      }
    }
    // Overlapping matches of one rule become one finding.
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    const spans: { start: number; end: number }[] = [];
    for (const m of matches) {
      const last = spans.at(-1);
      if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
      else spans.push({ ...m });
    }
    for (const span of spans) {
      raw.push({
        ruleId: rule.id,
        start: span.start,
        end: span.end,
        match: text.slice(span.start, span.end),
        message: rule.message,
        why: rule.why,
        suggestion: rule.suggestion,
        order,
      });
    }
  });
  // Sorted by start, longest first, then rule order: a finding is dropped when an earlier one reaches as far,
  // which means it lies inside a longer finding (or has the same span and a later rule).
  raw.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: Omit<Finding, 'key'>[] = [];
  let reach = -1;
  for (const { order: _order, ...finding } of raw) {
    if (finding.end <= reach) continue;
    reach = finding.end;
    kept.push(finding);
  }
  return kept;
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

/** A text field the checker reads: its id (for dismissals and focusing), label, section and text. */
export interface CheckedField {
  fieldId: string;
  fieldLabel: string;
  sectionId?: string;
  text: string;
}

/** Every checked text field of the document, in document order. Hidden sections and what they hold are skipped. */
export function listCheckedFields(doc: PostmortemDoc): CheckedField[] {
  const fields: CheckedField[] = [{ fieldId: 'title', fieldLabel: 'Title', text: doc.title }];
  const seenKinds = new Set<string>();
  const fiveWhysHost = findFiveWhysSection(doc);
  for (const section of doc.sections) {
    if (section.hidden) continue;
    const title = section.title.trim() || 'Untitled section';
    fields.push({ fieldId: `section:${section.id}`, fieldLabel: title, sectionId: section.id, text: section.body });
    const first = !seenKinds.has(section.kind);
    seenKinds.add(section.kind);
    if (!first) continue;
    if (section.kind === 'impact') {
      fields.push({ fieldId: 'impact-notes', fieldLabel: `${title}: notes`, sectionId: section.id, text: doc.impact.notes });
    }
    if (section.kind === 'timeline') {
      doc.timeline.forEach((row, index) => {
        fields.push({ fieldId: `timeline:${row.id}`, fieldLabel: `${title}, row ${index + 1}`, sectionId: section.id, text: row.text });
      });
    }
    if (section.kind === 'action-items') {
      doc.actionItems.forEach((item, index) => {
        fields.push({ fieldId: `action:${item.id}`, fieldLabel: `Action item ${index + 1}`, sectionId: section.id, text: item.description });
      });
    }
    if (fiveWhysHost && section.id === fiveWhysHost.id) {
      doc.fiveWhys.forEach((why, index) => {
        fields.push({ fieldId: `why:${why.id}:why`, fieldLabel: `Why ${index + 1} (question)`, sectionId: section.id, text: why.why });
        fields.push({ fieldId: `why:${why.id}:because`, fieldLabel: `Why ${index + 1} (answer)`, sectionId: section.id, text: why.because });
      });
    }
  }
  return fields;
}

/**
 * The section that shows the five whys: the first Root causes section, else the first Contributing factors
 * section; null when neither exists or the one found is hidden.
 */
export function findFiveWhysSection(doc: Pick<PostmortemDoc, 'sections'>): PostmortemDoc['sections'][number] | null {
  const host = doc.sections.find((s) => s.kind === 'root-causes') ?? doc.sections.find((s) => s.kind === 'contributing-factors');
  return host && !host.hidden ? host : null;
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
