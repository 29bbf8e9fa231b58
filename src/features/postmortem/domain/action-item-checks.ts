// Warnings that help make an action item owned, dated, concrete and bounded. Advice only: nothing is blocked.
import { sanitizeLink } from '../../../lib/sanitize-link';
import type { ActionItem } from './postmortem-types';
import { formatDateInTimeZone, isIsoDate, resolveTimeZone } from './zoned-time';

export type ActionItemField = 'description' | 'owner' | 'due' | 'link';

export interface ActionItemWarning {
  field: ActionItemField;
  message: string;
}

export interface ActionItemCheckOptions {
  /** Epoch ms or Date; needed to spot overdue items. Without it, due dates are not compared. */
  now?: number | Date;
  /** The zone whose calendar says what "today" is (default 'UTC'). */
  timeZone?: string;
}

interface VaguePhrase {
  pattern: RegExp;
  message: string;
}

/** Phrases that rely on people trying harder or have no finish line. First match per phrase wins; order is display order. */
const VAGUE_PHRASES: readonly VaguePhrase[] = [
  {
    pattern: /\bbe\s+(?:more\s+)?(?:careful|vigilant|attentive|diligent|cautious)\b|\bpay\s+(?:more\s+|closer\s+)?attention\b/i,
    message: "Rewrite as a concrete change: 'be more careful' relies on people trying harder, not on the system",
  },
  { pattern: /\bmake\s+sure\b/i, message: "Rewrite as a concrete change: 'make sure' relies on people remembering" },
  { pattern: /\btry\s+(?:to|and)\b/i, message: "Rewrite as a commitment: 'try to' has no finish line" },
  {
    pattern: /\bensure\s+(?:that\s+)?(?:people|everyone|everybody|engineers|developers|devs|the\s+team|teams|staff|we|on-?call)\b/i,
    message: "Rewrite as a concrete change: 'ensure that people…' relies on people remembering; name the check or automation",
  },
  {
    pattern: /\b(?:remember\s+to|don['’]?t\s+forget|do\s+not\s+forget|double[\s-]check)\b/i,
    message: 'Rewrite as a concrete change: memory is not a control; add a check, a default or automation',
  },
  {
    pattern: /\b(?:be\s+aware|raise\s+awareness|increase\s+awareness|awareness\s+of|remind\s+(?:people|everyone|the\s+team|engineers))\b/i,
    message: 'Awareness fades: change a default, a check or a runbook instead',
  },
  {
    pattern: /\b(?:asap|as\s+soon\s+as\s+possible|when\s+possible|if\s+time\s+permits|eventually|someday|at\s+some\s+point)\b/i,
    message: "Give it an end: set a due date instead of 'as soon as possible'",
  },
];

/** Generic objects that do not say what will change: "improve monitoring", "better alerting". */
const GENERIC_OBJECT =
  /^(?:(?:the|our)\s+)?(?:things?|stuff|it|this|that|everything|monitoring|alerting|alerts|observability|process(?:es)?|communication|testing|tests|documentation|docs|reliability|stability|performance|quality|visibility|resilience|tooling|response|on-?call)[.!]?$/i;

/** Words that name a deliverable for an investigation to end in. */
const DELIVERABLE =
  /\b(?:write|document|propose|proposal|decide|decision|report|file|share|present|recommend|recommendation|rfc|doc|design|plan|ticket|summary|findings|write-?up|by\s+\d{4}-\d{2}-\d{2})\b/i;

const countWords = (text: string): number => text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Today's date, 'YYYY-MM-DD', in the zone. */
function today(options: ActionItemCheckOptions): string | null {
  if (options.now === undefined) return null;
  const ms = typeof options.now === 'number' ? options.now : options.now.getTime();
  return Number.isFinite(ms) ? formatDateInTimeZone(ms, resolveTimeZone(options.timeZone ?? 'UTC')) : null;
}

/**
 * Checks one action item and returns plain advice, in field order: no owner, no due date (or an unreadable one),
 * overdue while not done (needs `now`), a tracking link that is not http(s), and a description that is missing,
 * too short (under 4 words) or not actionable ("be more careful", "make sure", "try to", "ensure that people",
 * "remember to", "be aware", "improve" without a specific object, "investigate" without a deliverable, "ASAP").
 */
export function checkActionItem(item: ActionItem, options: ActionItemCheckOptions = {}): ActionItemWarning[] {
  const warnings: ActionItemWarning[] = [];
  const description = item.description.trim();

  if (description === '') {
    warnings.push({ field: 'description', message: 'Describe the change to make' });
  } else {
    if (countWords(description) < 4) {
      warnings.push({ field: 'description', message: 'Say what will change, where, and how you will know it is done (at least 4 words)' });
    }
    for (const phrase of VAGUE_PHRASES) {
      if (phrase.pattern.test(description)) warnings.push({ field: 'description', message: phrase.message });
    }
    const improve = /^(?:improve|better|enhance|more|increase|strengthen|fix|review|revisit|look\s+at)(?:\s+(.*))?$/i.exec(description);
    if (improve && (improve[1] === undefined || improve[1].trim() === '' || GENERIC_OBJECT.test(improve[1].trim()))) {
      warnings.push({ field: 'description', message: 'Say exactly what to change and how you will measure it: this names an area, not a change' });
    }
    if (/^(?:investigate|look\s+into|explore|research|dig\s+into|understand|analy[sz]e)\b/i.test(description) && !DELIVERABLE.test(description)) {
      warnings.push({ field: 'description', message: 'Give the investigation an end: say what it will deliver (a decision, a document, a ticket)' });
    }
  }

  if (item.owner.trim() === '') warnings.push({ field: 'owner', message: 'Give this action item an owner' });

  if (item.due.trim() === '') {
    warnings.push({ field: 'due', message: 'Set a due date' });
  } else if (!isIsoDate(item.due)) {
    warnings.push({ field: 'due', message: 'Enter the due date as a date written YYYY-MM-DD' });
  } else {
    const now = today(options);
    if (now !== null && item.status !== 'done' && item.due < now) {
      warnings.push({ field: 'due', message: 'This item is past its due date: move the date or update its status' });
    }
  }

  if (item.link.trim() !== '' && sanitizeLink(item.link) === null) {
    warnings.push({ field: 'link', message: 'Use a full link to the ticket, starting with https://' });
  }
  return warnings;
}

/** Checks every item; the result maps item id to its warnings (items without warnings are absent). */
export function checkActionItems(items: readonly ActionItem[], options: ActionItemCheckOptions = {}): Record<string, ActionItemWarning[]> {
  const result: Record<string, ActionItemWarning[]> = {};
  for (const item of items) {
    const warnings = checkActionItem(item, options);
    if (warnings.length > 0) result[item.id] = warnings;
  }
  return result;
}
