// Text shared by the follow-up exports (tracker links, CSV, calendar): how an action item and its postmortem are named.
import {
  ACTION_ITEM_STATUS_LABELS,
  ACTION_ITEM_TYPE_LABELS,
  type ActionItem,
  type PostmortemDoc,
} from '../domain/postmortem-types';
import { sanitizeLink } from '../../../lib/sanitize-link';

/** The parts of a postmortem the follow-up exports read. */
export type FollowUpDoc = Pick<PostmortemDoc, 'id' | 'title' | 'incidentId' | 'date'>;

/**
 * The text with every lone surrogate replaced by U+FFFD, as `String.prototype.toWellFormed` does (ES2024, not in our
 * TS lib). URLs, UTF-8 files and calendars cannot carry a lone surrogate: `encodeURIComponent` throws on one and a
 * UTF-8 encoder writes U+FFFD anyway, so doing it first keeps what we build equal to what arrives.
 */
export function toWellFormedText(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Cuts `text` to at most `max` code points (never inside a surrogate pair), ending with "…" when it was cut. */
export function truncateCodePoints(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * A one-line title for an action item: its description's first non-blank line, trimmed, at most `max` code points
 * (GitHub and Jira cap titles/summaries at 255–256 characters). "Untitled action item" when the description is blank.
 */
export function describeActionItemTitle(item: Pick<ActionItem, 'description'>, max = 255): string {
  const line = toWellFormedText(item.description)
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.trim())
    .find((l) => l !== '');
  return truncateCodePoints(line ?? 'Untitled action item', max);
}

/** The postmortem's name for people: its title, or "Untitled postmortem". */
export function describePostmortemName(doc: Pick<FollowUpDoc, 'title'>): string {
  const title = toWellFormedText(doc.title).trim();
  return title === '' ? 'Untitled postmortem' : title;
}

/**
 * The link-back line every exported item carries: 'From the postmortem "DB failover" (INC-2026-014, 2026-11-27)'.
 * The app has no server address for a document (it lives in the browser), so it names the postmortem rather than
 * linking to it; `postmortemUrl`, when the team publishes postmortems somewhere, is appended.
 */
export function describePostmortemReference(doc: FollowUpDoc, postmortemUrl?: string): string {
  const details = [toWellFormedText(doc.incidentId).trim(), doc.date].filter((part) => part !== '');
  const base = `From the postmortem "${describePostmortemName(doc)}"${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
  return postmortemUrl ? `${base}: ${postmortemUrl}` : base;
}

/**
 * The item's ticket: its link when it is a safe http(s)/mailto address, else its text as typed (an id such as
 * OPS-101 or acme/api#42), '' when blank.
 */
export function describeTicket(item: Pick<ActionItem, 'link'>): string {
  const text = toWellFormedText(item.link).trim();
  return text === '' ? '' : (sanitizeLink(text) ?? text);
}

/**
 * The item's facts as "Name: value" lines: owner, priority, type, status, due date, and its ticket when it has one.
 */
export function describeActionItemFacts(item: ActionItem): string[] {
  const owner = toWellFormedText(item.owner).trim();
  const ticket = describeTicket(item);
  return [
    `Owner: ${owner === '' ? 'not assigned' : owner}`,
    `Priority: ${item.priority}`,
    `Type: ${ACTION_ITEM_TYPE_LABELS[item.type]}`,
    `Status: ${ACTION_ITEM_STATUS_LABELS[item.status]}`,
    `Due: ${item.due === '' ? 'no date' : item.due}`,
    ...(ticket === '' ? [] : [`Ticket: ${ticket}`]),
  ];
}
