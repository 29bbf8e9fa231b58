// What a handover says aloud and what "I have command" records: the one-line read-back both sides check, and the
// change of command (a handover record, the commander role, a starred timeline entry) the receiver makes.
import type { HandoverRecord, Incident } from '../domain/incident-types';
import { calculateElapsedMs } from '../domain/metrics';
import { calculateRunbookProgress } from '../domain/incident-progress';
import { createTimelineEntry, sortTimeline } from '../domain/timeline';
import { INCIDENT_LIMITS } from '../domain/incident-schema';
import { formatDurationWords } from '../../../lib/format-duration';
import { createId } from '../../../lib/create-id';

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * "Checkout 500s · SEV1 · 47 min · IC Alice · 3 open steps": what it is, how bad, how long (at `at`, frozen once
 * resolved), who leads and what is left, computed from the incident itself so the receiver checks what arrived.
 */
export function describeHandoverReadBack(incident: Incident, at: number): string {
  const { done, total } = calculateRunbookProgress(incident);
  const open = total - done;
  const commander = oneLine(incident.roles.commander);
  const parts = [
    oneLine(incident.title) || 'Untitled incident',
    incident.severity,
    formatDurationWords(calculateElapsedMs(incident, at)),
    commander ? `IC ${commander}` : 'no commander',
    `${open} open ${open === 1 ? 'step' : 'steps'}`,
  ];
  if (incident.status === 'resolved') parts.push('resolved');
  if (incident.drill === true) parts.push('drill');
  return parts.join(' · ');
}

/** The message when the name taking command is unusable; null when it is fine. */
export function checkCommanderName(name: string): string | null {
  const trimmed = oneLine(name);
  if (trimmed === '') return 'Enter your name, as the team calls you.';
  if (trimmed.length > INCIDENT_LIMITS.role) return `Shorten your name to ${INCIDENT_LIMITS.role} characters or fewer.`;
  return null;
}

/**
 * "I have command": records who handed over to whom and the read-back acknowledged, makes `to` the commander and
 * adds a starred timeline entry (so the postmortem's timeline keeps it). The next handover carries the history.
 */
export function takeCommand(incident: Incident, input: { to: string; readBack: string }, now: number): Incident {
  const to = oneLine(input.to).slice(0, INCIDENT_LIMITS.role);
  const from = oneLine(incident.roles.commander).slice(0, INCIDENT_LIMITS.role);
  const readBack = input.readBack.slice(0, INCIDENT_LIMITS.text);
  const record: HandoverRecord = { id: createId('handover'), at: now, from, to, readBack };
  const text = from
    ? `Command handed over from ${from} to ${to}; read-back acknowledged: “${readBack}”`
    : `${to} took command; read-back acknowledged: “${readBack}”`;
  const entry = createTimelineEntry({ at: now, text: text.slice(0, INCIDENT_LIMITS.text), kind: 'decision', source: 'auto', starred: true, author: to }, now);
  return {
    ...incident,
    roles: { ...incident.roles, commander: to },
    handovers: [...(incident.handovers ?? []), record],
    timeline: sortTimeline([...incident.timeline, entry]),
    updatedAt: Math.max(now, incident.updatedAt + 1),
  };
}

/** "Alice → Bob at 03:12": the handovers, oldest first, for a log. */
export function listHandovers(incident: Pick<Incident, 'handovers'>): HandoverRecord[] {
  return [...(incident.handovers ?? [])].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}
