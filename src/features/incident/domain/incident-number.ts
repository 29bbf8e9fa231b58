// Human incident numbers ("INC-2026-014"): a prefix, the year of declaration and a per-year sequence that never goes back.
import type { Incident } from './incident-types';

/** The prefix new incidents get until the user sets another. */
export const DEFAULT_NUMBER_PREFIX = 'INC';

/** The longest prefix accepted. */
export const NUMBER_PREFIX_MAX = 10;

/** The highest sequence number issued so far, per year of declaration ("2026" → 14). Kept so a deleted incident's number is never issued again. */
export type IssuedNumbers = Readonly<Record<string, number>>;

const NUMBER_PATTERN = /^([A-Z0-9]{1,10})-(\d{4})-(\d{3,6})$/;
const PREFIX_PATTERN = /^[A-Z0-9]{1,10}$/;

/**
 * The prefix as stored: trimmed and upper-cased; null unless it is 1 to 10 letters or digits (A–Z, 0–9), so a number
 * stays one word in a chat message, a ticket title or a file name.
 */
export function normalizeNumberPrefix(raw: string): string | null {
  const prefix = raw.trim().toUpperCase();
  return PREFIX_PATTERN.test(prefix) ? prefix : null;
}

/** The message for a prefix `normalizeNumberPrefix` refuses. */
export const NUMBER_PREFIX_ERROR = `Enter a prefix of 1 to ${NUMBER_PREFIX_MAX} letters (A to Z) or digits, for example INC`;

/** "INC-2026-014": at least three digits of sequence. */
export function formatIncidentNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(3, '0')}`;
}

/** The parts of a number this app wrote, or null for anything else. */
export function parseIncidentNumber(value: string): { prefix: string; year: number; sequence: number } | null {
  const match = NUMBER_PATTERN.exec(value);
  if (!match) return null;
  return { prefix: match[1] ?? '', year: Number(match[2]), sequence: Number(match[3]) };
}

/** The year of declaration, in the user's own calendar (an incident declared at 00:30 on 1 January is that year's). */
export function numberYear(declaredAt: number): number {
  return new Date(declaredAt).getFullYear();
}

/** The highest sequence used in a year, by the incidents given or by the issued record (deleted incidents included). */
function highestSequence(incidents: readonly Pick<Incident, 'number'>[], issued: IssuedNumbers, year: number): number {
  let highest = issued[String(year)] ?? 0;
  for (const incident of incidents) {
    const parsed = incident.number === undefined ? null : parseIncidentNumber(incident.number);
    if (parsed && parsed.year === year) highest = Math.max(highest, parsed.sequence);
  }
  return highest;
}

/**
 * The number for an incident declared at `declaredAt`: the year's next sequence after every number in storage and
 * every number issued before (so deleting the latest incident never frees its number), with the record updated.
 * The sequence is per year, whatever the prefix, so changing the prefix never repeats a year and sequence.
 */
export function issueIncidentNumber(
  incidents: readonly Pick<Incident, 'number'>[],
  issued: IssuedNumbers,
  declaredAt: number,
  prefix: string,
): { number: string; issued: IssuedNumbers } {
  const year = numberYear(declaredAt);
  const sequence = highestSequence(incidents, issued, year) + 1;
  return { number: formatIncidentNumber(prefix, year, sequence), issued: { ...issued, [String(year)]: sequence } };
}

/**
 * Migration: gives every incident without a number one, in declaration order (ties by id, so every tab agrees),
 * after the numbers already used in its year. Incidents that have a number keep it. Returns the same array when
 * nothing was missing.
 */
export function assignMissingIncidentNumbers<T extends Pick<Incident, 'id' | 'number' | 'declaredAt'>>(
  incidents: readonly T[],
  issued: IssuedNumbers,
  prefix: string,
): { incidents: readonly T[]; issued: IssuedNumbers } {
  const missing = incidents
    .filter((incident) => incident.number === undefined)
    .sort((a, b) => a.declaredAt - b.declaredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (missing.length === 0) return { incidents, issued };
  let record = { ...issued };
  // Numbers already in storage count for every year, so the record covers them too.
  for (const incident of incidents) {
    const parsed = incident.number === undefined ? null : parseIncidentNumber(incident.number);
    if (parsed) record[String(parsed.year)] = Math.max(record[String(parsed.year)] ?? 0, parsed.sequence);
  }
  const assigned = new Map<string, string>();
  for (const incident of missing) {
    const next = issueIncidentNumber([], record, incident.declaredAt, prefix);
    assigned.set(incident.id, next.number);
    record = { ...next.issued };
  }
  return {
    incidents: incidents.map((incident) => {
      const number = assigned.get(incident.id);
      return number === undefined ? incident : { ...incident, number };
    }),
    issued: record,
  };
}

/** Merges two issued records (two tabs): per year the higher sequence, so neither tab issues a number the other did. */
export function mergeIssuedNumbers(a: IssuedNumbers, b: IssuedNumbers): IssuedNumbers {
  const merged: Record<string, number> = { ...a };
  for (const [year, sequence] of Object.entries(b)) merged[year] = Math.max(merged[year] ?? 0, sequence);
  return merged;
}

/** A saved issued record, keeping only years (four digits) with a whole, positive sequence. Never throws. */
export function restoreIssuedNumbers(value: unknown): IssuedNumbers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const record: Record<string, number> = {};
  for (const [year, sequence] of Object.entries(value as Record<string, unknown>)) {
    if (/^\d{4}$/.test(year) && typeof sequence === 'number' && Number.isInteger(sequence) && sequence > 0 && sequence < 1e6) record[year] = sequence;
  }
  return record;
}

/** How people refer to an incident: its number, or (for an incident that has none yet) its title. */
export function describeIncidentReference(incident: Pick<Incident, 'number' | 'title'>): string {
  return incident.number ?? incident.title;
}
