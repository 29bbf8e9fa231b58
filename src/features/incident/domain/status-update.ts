// Prefilled status updates per audience, so nobody writes one from scratch while production is down.
import { describeImpactSpan } from './impact-span';
import type { Incident, UpdateAudience, UpdateStatus } from './incident-types';
import { describeUpdateStatus } from './update-labels';
import { formatDurationWords } from '../../../lib/format-duration';
import { findSeverityLevel } from './severity';
import { DRILL_MARK } from './drill';

export interface UpdateStatusOption {
  value: UpdateStatus;
  label: string;
  /** What the status tells readers, in one line (Statuspage's meaning). */
  meaning: string;
}

/** Statuspage-style statuses, in the order an incident moves through them. */
export const UPDATE_STATUSES: readonly UpdateStatusOption[] = [
  { value: 'investigating', label: 'Investigating', meaning: 'We know something is wrong and are looking into it.' },
  { value: 'identified', label: 'Identified', meaning: 'We have found the cause and are working on a fix.' },
  { value: 'monitoring', label: 'Monitoring', meaning: 'A fix is in place and we are watching the results.' },
  { value: 'resolved', label: 'Resolved', meaning: 'The problem is fixed and the service is working normally.' },
];

export interface UpdateAudienceOption {
  value: UpdateAudience;
  label: string;
  /** How the text is tuned for this audience. */
  description: string;
}

export const UPDATE_AUDIENCES: readonly UpdateAudienceOption[] = [
  { value: 'internal', label: 'Internal', description: 'Your team and colleagues: severity, service, roles.' },
  { value: 'customers', label: 'Customers', description: 'Your status page: plain words, no internal detail.' },
  { value: 'executives', label: 'Executives', description: 'Leadership: impact, business effect and how long so far.' },
];

// The labels live in their own module, so the postmortem can name an update's status and audience without loading the composer.
export { describeUpdateAudience, describeUpdateStatus } from './update-labels';

export interface ComposeStatusUpdateInput {
  incident: Pick<Incident, 'title' | 'severity' | 'service' | 'startedAt' | 'milestones' | 'roles'> & Partial<Pick<Incident, 'number' | 'publicName' | 'drill'>>;
  status: UpdateStatus;
  audience: UpdateAudience;
  now: number;
  /** When the next update is promised (usually `calculateNextUpdateAt(cadence, now)`); ignored when resolved. */
  nextUpdateAt: number | null;
  /** BCP 47 locale for times; the browser's by default. */
  locale?: string;
  /** IANA time zone for "local" times; the browser's by default. */
  timeZone?: string;
  /** What users see, in their words; defaults to the incident title. */
  impact?: string;
  /** Formatted cost so far (e.g. from the cost ticker), added for executives only. */
  costSoFar?: string;
}

interface TimeFormatter {
  /**
   * '02:30 PM (13:30 UTC)', or '13:30 UTC' when local time is UTC; with the date when not on `now`'s day. Local
   * time follows the locale; UTC is always 24-hour, as everywhere in the app, so the two never mix formats.
   */
  localAndUtc(at: number): string;
}

function createTimeFormatter(now: number, locale?: string, timeZone?: string): TimeFormatter {
  const cycle = (zone: string | undefined, h23: boolean) => (h23 ? { hourCycle: 'h23' as const, timeZone: zone } : { timeZone: zone });
  const time = (zone: string | undefined, h23 = false) =>
    new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', ...cycle(zone, h23) });
  const dateTime = (zone: string | undefined, h23 = false) =>
    new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', ...cycle(zone, h23) });
  const day = (zone: string | undefined) =>
    new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone });
  const format = (at: number, zone: string | undefined, h23 = false) => {
    const sameDay = day(zone).format(at) === day(zone).format(now);
    return (sameDay ? time(zone, h23) : dateTime(zone, h23)).format(at);
  };
  return {
    localAndUtc(at) {
      const utc = format(at, 'UTC', true);
      // Local time is UTC when both read the same on a 24-hour clock.
      return format(at, timeZone, true) === utc ? `${utc} UTC` : `${format(at, timeZone)} (${utc} UTC)`;
    },
  };
}

function describeRoles(roles: Incident['roles']): string | null {
  const pairs: [string, string][] = [
    ['Incident commander', roles.commander],
    ['Deputy', roles.deputy],
    ['Scribe', roles.scribe],
    ['Communications', roles.communications],
  ];
  const parts = pairs
    .map(([role, name]) => [role, name.trim()] as const)
    .filter(([, name]) => name !== '')
    .map(([role, name]) => `${role}: ${name}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

function stripFinalStop(text: string): string {
  return text.trim().replace(/[.!?]+$/, '');
}

const CUSTOMER_BODY: Readonly<Record<UpdateStatus, (service: string) => string>> = {
  investigating: (service) => `We are aware of a problem with ${service} and are looking into it.`,
  identified: (service) => `We have found the cause of the problem with ${service} and are working on a fix.`,
  monitoring: (service) => `We have put a fix in place for the problem with ${service} and are watching to make sure it holds.`,
  resolved: (service) => `The problem with ${service} has been fixed and it is working normally again.`,
};

const EXECUTIVE_ACTIVITY: Readonly<Record<UpdateStatus, string>> = {
  investigating: 'The team is finding the cause and working to restore service.',
  identified: 'The cause is known and the team is working on a fix.',
  monitoring: 'A fix is in place and the team is watching that it holds.',
  resolved: 'Service is back to normal. A postmortem will follow.',
};

/**
 * Writes a prefilled status update: scope (service, what users see; severity for internal and
 * executives), the status, and the next update time in local time and UTC ("Next update by 14:30
 * (13:30 UTC)."). Customers get plain words without severity or internal detail; executives get impact,
 * business effect and duration so far; internal readers get severity, service and roles. A resolved
 * update promises no next update.
 */
export function composeStatusUpdate(input: ComposeStatusUpdateInput): string {
  const { incident, status, audience, now, nextUpdateAt, locale, timeZone } = input;
  const times = createTimeFormatter(now, locale, timeZone);
  const service = incident.service.trim() || 'our service';
  // Customers read the public component name, never the internal service name (a host or deployment name).
  const publicService = incident.publicName?.trim() || 'our service';
  const impact = stripFinalStop(input.impact ?? incident.title);
  const severity = findSeverityLevel(incident.severity);
  const label = describeUpdateStatus(status);
  const meaning = UPDATE_STATUSES.find((option) => option.value === status)?.meaning ?? '';
  const resolved = status === 'resolved';
  // Every duration and cost in an update is over the impact span, named: the figures the incident and postmortem show.
  const span = describeImpactSpan(incident, now);
  const running = span.end === 'now';
  const duration = formatDurationWords(span.ms);
  const started = times.localAndUtc(incident.startedAt);
  const nextLine =
    !resolved && nextUpdateAt !== null && Number.isFinite(nextUpdateAt)
      ? `Next update by ${times.localAndUtc(nextUpdateAt)}.`
      : null;

  // The incident's number heads internal and executive updates (people quote it in chat and tickets); customers
  // never see it, as it is an internal reference.
  const reference = incident.number ? `${incident.number} ` : '';
  const lines: (string | null)[] = [];
  if (audience === 'customers') {
    lines.push(
      `${label}: ${incident.publicName?.trim() || 'Our service'}`,
      CUSTOMER_BODY[status](publicService),
      impact && !resolved ? `You may notice: ${impact}.` : null,
      resolved
        ? 'Thank you for your patience, and we are sorry for the disruption.'
        : 'We are sorry for the trouble this causes.',
      nextLine ? nextLine.replace(/^Next update by/, 'We will post another update by') : null,
    );
  } else if (audience === 'executives') {
    lines.push(
      `${reference}${label}: ${service} (${severity.label})`,
      impact ? `Impact: ${impact}.` : null,
      `Business effect: ${severity.businessEffect}`,
      running
        ? `Duration so far (${span.label}): ${duration}, since ${started}.`
        : `Duration (${span.label}): ${duration}, from ${started}.`,
      input.costSoFar ? `${running ? 'Estimated cost so far' : 'Estimated cost'} (${span.label}): ${input.costSoFar}.` : null,
      EXECUTIVE_ACTIVITY[status],
      incident.roles.commander.trim() ? `Leading the response: ${incident.roles.commander.trim()}.` : null,
      nextLine,
    );
  } else {
    lines.push(
      `[${incident.severity}] ${reference}${label}: ${service}`,
      impact ? `What users see: ${impact}.` : null,
      running
        ? `Impact started ${started}, ${duration} ago (${span.label}).`
        : `Impact started ${started} and lasted ${duration} (${span.label}).`,
      `Status: ${label}. ${meaning}`,
      describeRoles(incident.roles),
      nextLine,
    );
  }
  const text = lines.filter((line): line is string => line !== null && line !== '');
  // A drill's update is marked at both ends, for every audience: forwarded, quoted or cut short, it still reads as practice.
  if (incident.drill === true && text.length > 0) {
    text[0] = `${DRILL_MARK} ${text[0]}`;
    text.push(DRILL_ENDING[audience]);
  }
  return text.join('\n');
}

const DRILL_ENDING: Readonly<Record<UpdateAudience, string>> = {
  internal: `${DRILL_MARK} This is a drill (game day), not a real incident.`,
  customers: `${DRILL_MARK} This is a drill: nothing is really affected. Do not publish this update.`,
  executives: `${DRILL_MARK} This is a drill (game day), not a real incident: the figures above are simulated.`,
};
