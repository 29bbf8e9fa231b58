// The incident's forms as plain data: what each field holds as text, and the GOV.UK-style messages that say
// how to fix it. The components only render these; the rules live here, where they are tested.
import type { IncidentRoles, Severity, TimelineKind } from './incident-types';
import { INCIDENT_LIMITS } from './incident-schema';
import { parseDateTimeLocalValue } from './local-time';
import { sanitizeLink } from '../../../lib/sanitize-link';

/** The declare form (and the "edit details" form) as the inputs hold it. */
export interface IncidentFormValues {
  title: string;
  /** '' until the user chooses. */
  severity: Severity | '';
  service: string;
  /** The public component name for customer updates; optional in older saved drafts. */
  publicName?: string;
  /** 'now' stamps impact start at submission; 'earlier' reads `startedAt`. */
  startMode: 'now' | 'earlier';
  /** A `datetime-local` value. */
  startedAt: string;
  commander: string;
  deputy: string;
  scribe: string;
  communications: string;
  /** The declare form's "This is a drill (game day)"; absent (older drafts, the edit form) means a real incident. */
  drill?: boolean;
  /** The runbook a drill follows: the drill runbook (briefing and debrief around the user's own) or the user's own as it is. */
  runbookChoice?: 'drill' | 'standard';
}

export type IncidentFormField = 'title' | 'severity' | 'service' | 'publicName' | 'startedAt' | keyof IncidentRoles;
export type IncidentFormErrors = Partial<Record<IncidentFormField, string>>;

export interface IncidentFormResult {
  title: string;
  severity: Severity;
  service: string;
  /** '' when none. */
  publicName: string;
  /** Undefined means "now". */
  startedAt?: number;
  roles: IncidentRoles;
  /** Declared as a drill (game day); absent for a real incident, and always from the edit form, which cannot change it. */
  drill?: true;
  /** The runbook a drill follows (see `chooseDeclareRunbook`); absent for a real incident. */
  runbookChoice?: 'drill' | 'standard';
}

/** How far back impact can start on a new incident. */
export const MAX_IMPACT_LOOKBACK_MS = 30 * 24 * 60 * 60_000;

/** A little slack for clocks and typing: a time up to a minute ahead counts as now. */
const FUTURE_SLACK_MS = 60_000;

const SEVERITIES: readonly Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];

const ROLE_NAMES: Readonly<Record<keyof IncidentRoles, string>> = {
  commander: 'incident commander',
  deputy: 'deputy',
  scribe: 'scribe',
  communications: 'communications lead',
};

export interface IncidentFormOptions {
  /** The earliest impact start accepted; defaults to 30 days before `now`. */
  earliest?: number;
  /** Further checks on an impact start (an edited incident: not after a reached milestone); a message or null. */
  checkStartedAt?: (startedAt: number) => string | null;
}

/**
 * Checks the declare or edit-details form. The title and severity are required, everything else is
 * optional so nobody is slowed down while production is down. An earlier impact start must be a real
 * date and time, not in the future, and not before `earliest`.
 */
export function validateIncidentForm(
  values: IncidentFormValues,
  now: number,
  options: IncidentFormOptions = {},
): { ok: true; value: IncidentFormResult } | { ok: false; errors: IncidentFormErrors } {
  const errors: IncidentFormErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter a title that says what is wrong, for example “Checkout fails with an error”';
  else if (title.length > INCIDENT_LIMITS.title) errors.title = `Shorten the title to ${INCIDENT_LIMITS.title} characters or fewer`;

  const severity = SEVERITIES.find((level) => level === values.severity);
  if (!severity) errors.severity = 'Choose a severity. If you are unsure, choose the higher one';

  const service = values.service.trim();
  if (service.length > INCIDENT_LIMITS.service) errors.service = `Shorten the service name to ${INCIDENT_LIMITS.service} characters or fewer`;

  const publicName = (values.publicName ?? '').trim();
  if (publicName.length > INCIDENT_LIMITS.service) errors.publicName = `Shorten the public name to ${INCIDENT_LIMITS.service} characters or fewer`;

  let startedAt: number | undefined;
  if (values.startMode === 'earlier') {
    const parsed = parseDateTimeLocalValue(values.startedAt);
    const earliest = options.earliest ?? now - MAX_IMPACT_LOOKBACK_MS;
    if (parsed === null) errors.startedAt = 'Enter the date and time impact started, for example 10 March 2025, 14:05';
    else if (parsed > now + FUTURE_SLACK_MS) errors.startedAt = 'Enter a time that is not in the future';
    else if (parsed < earliest) errors.startedAt = 'Enter a time in the last 30 days';
    else {
      const orderError = options.checkStartedAt?.(Math.min(parsed, now)) ?? null;
      if (orderError) errors.startedAt = orderError;
      else startedAt = Math.min(parsed, now);
    }
  }

  const roles = {} as IncidentRoles;
  for (const key of Object.keys(ROLE_NAMES) as (keyof IncidentRoles)[]) {
    const value = values[key].trim();
    if (value.length > INCIDENT_LIMITS.role) errors[key] = `Shorten the ${ROLE_NAMES[key]} to ${INCIDENT_LIMITS.role} characters or fewer`;
    roles[key] = value;
  }

  if (Object.keys(errors).length > 0 || !severity) return { ok: false, errors };
  const value: IncidentFormResult = { title, severity, service, publicName, roles };
  if (values.drill === true) {
    value.drill = true;
    value.runbookChoice = values.runbookChoice === 'standard' ? 'standard' : 'drill';
  }
  if (startedAt !== undefined) value.startedAt = startedAt;
  return { ok: true, value };
}

/** A timeline note or an entry being edited, as the inputs hold it. */
export interface TimelineEntryFormValues {
  text: string;
  kind: TimelineKind;
  link: string;
  /** A `datetime-local` value; '' means "now" for a new note. */
  at: string;
}

const FORM_KINDS: readonly string[] = ['action', 'observation', 'decision', 'communication', 'milestone'] satisfies TimelineKind[];

/** Whether a value read back from a saved draft is a note form's values (an older build or a hand edit may differ). */
export function isTimelineEntryFormValues(value: unknown): value is TimelineEntryFormValues {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.text === 'string' && typeof v.link === 'string' && typeof v.at === 'string' && FORM_KINDS.includes(v.kind as string);
}

/** A note form with nothing typed in it (the kind alone is not worth keeping). */
export function isEmptyTimelineEntryForm(values: TimelineEntryFormValues): boolean {
  return values.text === '' && values.link === '' && values.at === '';
}

export type TimelineEntryFormErrors = Partial<Record<'text' | 'link' | 'at', string>>;

export interface TimelineEntryFormResult {
  text: string;
  kind: TimelineKind;
  /** A safe, normalised link, or null for none. */
  link: string | null;
  /** Undefined when the time was left empty (use now). */
  at?: number;
}

/**
 * Checks a note or an edited entry: some text, a link that is safe to open (http, https or mailto), and
 * a real time that is not in the future. An empty time is allowed only when `timeRequired` is false.
 */
export function validateTimelineEntryForm(
  values: TimelineEntryFormValues,
  now: number,
  options: { timeRequired?: boolean } = {},
): { ok: true; value: TimelineEntryFormResult } | { ok: false; errors: TimelineEntryFormErrors } {
  const errors: TimelineEntryFormErrors = {};
  const text = values.text.trim();
  if (!text) errors.text = 'Enter what happened';
  else if (text.length > INCIDENT_LIMITS.text) errors.text = `Shorten the text to ${INCIDENT_LIMITS.text} characters or fewer`;

  let link: string | null = null;
  const rawLink = values.link.trim();
  if (rawLink) {
    link = sanitizeLink(rawLink);
    if (!link) errors.link = 'Enter a full link that starts with https://, http:// or mailto:';
  }

  let at: number | undefined;
  const rawTime = values.at.trim();
  if (rawTime || options.timeRequired) {
    const parsed = parseDateTimeLocalValue(rawTime);
    if (parsed === null) errors.at = 'Enter the date and time it happened';
    else if (parsed > now + FUTURE_SLACK_MS) errors.at = 'Enter a time that is not in the future';
    else at = Math.min(parsed, now);
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const value: TimelineEntryFormResult = { text, kind: values.kind, link };
  if (at !== undefined) value.at = at;
  return { ok: true, value };
}
