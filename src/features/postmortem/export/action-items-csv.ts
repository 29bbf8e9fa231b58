// The action items as an RFC 4180 CSV that Jira's CSV importer and Linear's CSV importer (Jira format) both read.
import type { ActionItem, ActionItemPriority, ActionItemStatus } from '../domain/postmortem-types';
import {
  describeActionItemTitle,
  describePostmortemReference,
  describeTicket,
  toWellFormedText,
  type FollowUpDoc,
} from './follow-up-text';
import { neutraliseCsvCell, renderCsv, restoreCsvCell } from '../../../lib/csv';

// The cell guard and quoting moved to src/lib/csv.ts (the incident's timeline CSV uses them too); re-exported for existing callers.
export { neutraliseCsvCell, restoreCsvCell };

/**
 * One header set for both importers, in Jira's own field names: Jira's importer maps a column to a field by its
 * header ("Summary" is required; headers without punctuation), and Linear's CSV import reads Jira CSV exports
 * (linear.app/docs/jira-to-linear: Summary → Title, Description, Assignee, Priority, Due date, Label, Status).
 * "Labels" appears twice because Jira's CSV format gives a multi-value field one column per value.
 * docs/FOLLOW-UP.md has the mapping and the importer settings to choose.
 */
export const ACTION_ITEM_CSV_HEADERS = [
  'Summary',
  'Description',
  'Issue Type',
  'Priority',
  'Status',
  'Assignee',
  'Due Date',
  'Labels',
  'Labels',
] as const;

/** Jira's default priority names, which Linear's Jira import maps to Urgent, High, Medium and Low. */
export const CSV_PRIORITY_NAMES: Record<ActionItemPriority, string> = { P0: 'Highest', P1: 'High', P2: 'Medium', P3: 'Low' };

/** Jira's default workflow status names (Linear matches statuses by name, best effort). */
export const CSV_STATUS_NAMES: Record<ActionItemStatus, string> = { open: 'To Do', 'in-progress': 'In Progress', done: 'Done' };

/** The label every exported item carries, so a team can find them; the second label is the item's type. */
export const CSV_POSTMORTEM_LABEL = 'postmortem';

/** The cells of one item's row, before neutralising and quoting, in `ACTION_ITEM_CSV_HEADERS` order. */
export function listActionItemCsvCells(doc: FollowUpDoc, item: ActionItem): string[] {
  const description = toWellFormedText(item.description).trim();
  const ticket = describeTicket(item);
  const body = [description, ticket === '' ? '' : `Ticket: ${ticket}`, describePostmortemReference(doc)].filter((part) => part !== '').join('\n\n');
  return [
    describeActionItemTitle(item),
    body,
    'Task',
    CSV_PRIORITY_NAMES[item.priority],
    CSV_STATUS_NAMES[item.status],
    toWellFormedText(item.owner).trim(),
    item.due,
    CSV_POSTMORTEM_LABEL,
    item.type,
  ];
}

/**
 * The document's action items as CSV text: a header row, then one row per item in document order. CRLF line
 * ends (RFC 4180), every field quoted, formula-like cells neutralised, no byte-order mark (Jira would read it as
 * part of the first header, "Summary"). Due dates stay 'YYYY-MM-DD'; tell Jira's importer the format `yyyy-MM-dd`.
 */
export function renderActionItemsCsv(doc: FollowUpDoc, items: readonly ActionItem[]): string {
  const rows = [ACTION_ITEM_CSV_HEADERS.slice(), ...items.map((item) => listActionItemCsvCells(doc, item))];
  return renderCsv(rows);
}
