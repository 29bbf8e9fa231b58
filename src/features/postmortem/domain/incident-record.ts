// What a postmortem keeps of an incident's record besides its timeline: the response metrics and the status updates posted.
import type { Incident } from '../../incident/domain/incident-types';
import { calculateIncidentMetrics } from '../../incident/domain/metrics';
import { formatDurationWords } from '../../../lib/format-duration';
import { describeUpdateAudience, describeUpdateStatus } from '../../incident/domain/update-labels';
import { METRIC_NOT_RECORDED, RESPONSE_METRICS, type PostmortemMetrics, type PostmortemSection, type ResponseMetricInfo } from './postmortem-types';
import { formatDateInTimeZone, formatTimeInTimeZone, formatUtcOffset, getTimeZoneOffsetMinutes, resolveTimeZone } from './zoned-time';

/** The Messaging section's guidance (PagerDuty's template has the section; others get it when updates were posted). */
export const MESSAGING_TITLE = 'Messaging';
export const MESSAGING_PROMPT = 'The internal and external messages sent or still to send: status page, customer email, internal announcement.';

/**
 * The response metrics from the incident's milestones at `now`. A metric still counting (its milestone not reached)
 * is null, as is one whose milestone was never recorded: the postmortem states what was measured, not a running clock.
 */
export function calculatePostmortemMetrics(incident: Pick<Incident, 'startedAt' | 'milestones'>, now: number): PostmortemMetrics {
  const metrics: PostmortemMetrics = { timeToDetect: null, timeToAcknowledge: null, timeToMitigate: null, timeToResolve: null };
  for (const metric of calculateIncidentMetrics(incident, now)) {
    metrics[metric.key] = metric.running || metric.ms === null || !Number.isFinite(metric.ms) ? null : Math.max(0, metric.ms);
  }
  return metrics;
}

/** A metric's value for display: '12 min', '45 s', or 'Not recorded' (never NaN, never a zero clock for a missing one). */
export function formatPostmortemMetric(ms: number | null | undefined): string {
  return ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0 ? METRIC_NOT_RECORDED : formatDurationWords(ms);
}

/** 'Time to detect: impact start → detected'. */
export function describeResponseMetric(info: ResponseMetricInfo): string {
  return `${info.label}: ${info.span}`;
}

/** The metrics as rows of abbreviation, value and definition, in the order they happen. */
export function listPostmortemMetricRows(metrics: PostmortemMetrics): { key: ResponseMetricInfo['key']; metric: string; value: string; definition: string }[] {
  return RESPONSE_METRICS.map((info) => ({
    key: info.key,
    metric: info.abbreviation,
    value: formatPostmortemMetric(metrics[info.key]),
    definition: describeResponseMetric(info),
  }));
}

/**
 * The Messaging section's text from the incident's posted updates, oldest first: a line stating the time zone,
 * then one bullet per update — "- 14:05 · Customers · Investigating: We are looking into it." (the date too when it
 * is not the day impact began). The update's own line breaks become spaces, so each update stays one line.
 * '' when nothing was posted.
 */
export function describePostedUpdates(incident: Pick<Incident, 'startedAt' | 'updates'>, timeZone: string): string {
  if (incident.updates.length === 0) return '';
  const zone = resolveTimeZone(timeZone);
  const startDay = formatDateInTimeZone(incident.startedAt, zone);
  const updates = [...incident.updates].sort((a, b) => a.at - b.at);
  const offset = formatUtcOffset(getTimeZoneOffsetMinutes(updates[0]?.at ?? incident.startedAt, zone));
  const count = updates.length;
  const lines = updates.map((update) => {
    const day = formatDateInTimeZone(update.at, zone);
    const time = formatTimeInTimeZone(update.at, zone);
    const when = day === startDay ? time : `${day} ${time}`;
    const text = update.text.replace(/\s+/g, ' ').trim() || '(no text)';
    return `- ${when} · ${describeUpdateAudience(update.audience)} · ${describeUpdateStatus(update.status)}: ${text}`;
  });
  return [`${count} status ${count === 1 ? 'update was' : 'updates were'} posted (times in ${zone}, ${offset}):`, ...lines].join('\n');
}

/**
 * Puts the posted updates into the first Messaging section (after what it already says), or adds one after the
 * Timeline section (else at the end) when the template has none. Returns new sections; nothing changes without updates.
 */
export function placePostedUpdates(sections: readonly PostmortemSection[], incident: Pick<Incident, 'startedAt' | 'updates'>, timeZone: string): PostmortemSection[] {
  const text = describePostedUpdates(incident, timeZone);
  const result = sections.map((section) => ({ ...section }));
  if (text === '') return result;
  const target = result.find((section) => section.kind === 'messaging');
  if (target) {
    target.body = target.body.trim() === '' ? text : `${target.body}\n\n${text}`;
    return result;
  }
  const ids = new Set(result.map((section) => section.id));
  let id = 'messaging';
  for (let n = 2; ids.has(id); n++) id = `messaging-${n}`;
  const added: PostmortemSection = { id, kind: 'messaging', title: MESSAGING_TITLE, prompt: MESSAGING_PROMPT, hidden: false, body: text };
  const timelineAt = result.findIndex((section) => section.kind === 'timeline');
  result.splice(timelineAt === -1 ? result.length : timelineAt + 1, 0, added);
  return result;
}

/**
 * The role handover log: "Command handovers (times in Europe/Berlin, +01:00):" then one bullet per change of
 * command, oldest first — "- 14:05 · Alice → Bob · read-back: Checkout 500s · SEV1 · 47 min · IC Alice · 3 open steps".
 * '' when command never changed hands.
 */
export function describeHandovers(incident: Pick<Incident, 'startedAt' | 'handovers'>, timeZone: string): string {
  const handovers = [...(incident.handovers ?? [])].sort((a, b) => a.at - b.at);
  if (handovers.length === 0) return '';
  const zone = resolveTimeZone(timeZone);
  const startDay = formatDateInTimeZone(incident.startedAt, zone);
  const offset = formatUtcOffset(getTimeZoneOffsetMinutes(handovers[0]?.at ?? incident.startedAt, zone));
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  const rows = handovers.map((handover) => {
    const day = formatDateInTimeZone(handover.at, zone);
    const time = formatTimeInTimeZone(handover.at, zone);
    const when = day === startDay ? time : `${day} ${time}`;
    return `- ${when} · ${line(handover.from) || 'No commander'} → ${line(handover.to)} · read-back: ${line(handover.readBack) || '(none)'}`;
  });
  return [`Command handovers (times in ${zone}, ${offset}):`, ...rows].join('\n');
}
