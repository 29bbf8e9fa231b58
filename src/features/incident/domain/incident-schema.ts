// Validation for saved and imported incidents, so one damaged record never takes the user's other incidents with it.
import { z } from 'zod/mini';
import type { Incident, IncidentConflict, IncidentField, MilestoneKey, TimelineKind, UpdateAudience, UpdateStatus } from './incident-types';
import { INCIDENT_FIELD_KEYS, INCIDENT_FIELDS } from './incident-fields';
import { stableStringify } from '../../../lib/stable-stringify';
import { mergeIncident } from './merge-incidents';
import { compileAccept } from '../../../lib/fast-accept';
import { serializeFile, type FileFormat } from '../../../lib/file-envelope';
import { describeIssues, FORBIDDEN_KEYS, parseFile, toErrorList } from '../../../lib/parse-json-envelope';
import { runbookSchema } from './runbook';
import { choiceField, ID_PATTERN, idField, listField, textField, timestampField } from '../../../lib/schema-fields';
import { sanitizeLink } from '../../../lib/sanitize-link';
import { parseCostInputs, type CostInputs } from '../../calculator/domain/cost-inputs';

export const INCIDENT_LIMITS = {
  title: 200,
  number: 40,
  service: 200,
  role: 200,
  text: 5000,
  link: 2000,
  timeline: 5000,
  updates: 1000,
  handovers: 500,
  conflicts: 500,
  cadenceMinutes: 1440,
  /** The largest incident file accepted on import, in bytes. */
  fileBytes: 2 * 1024 * 1024,
} as const;

export const INCIDENT_FORMAT = 'outage-kit/incident';
export const INCIDENT_VERSION = 1;

const TIMELINE_KINDS = ['action', 'observation', 'decision', 'communication', 'milestone'] as const satisfies readonly TimelineKind[];
const UPDATE_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const satisfies readonly UpdateStatus[];
const UPDATE_AUDIENCES = ['internal', 'customers', 'executives'] as const satisfies readonly UpdateAudience[];

const timelineEntrySchema = z.object({
  id: idField('entry'),
  at: timestampField('time'),
  text: textField('text', { max: INCIDENT_LIMITS.text }),
  kind: choiceField('kind', TIMELINE_KINDS),
  link: z.optional(textField('link', { max: INCIDENT_LIMITS.link })),
  source: choiceField('source', ['auto', 'manual'] as const),
  deleted: z.optional(z.boolean({ error: 'the deleted mark must be true or false' })),
  // Optional: entries saved before stars existed have none.
  starred: z.optional(z.boolean({ error: 'the star must be true or false' })),
  updatedAt: timestampField('time of the last edit'),
  // Optional: entries saved before authors existed, and automatic entries, have none.
  author: z.optional(textField('author', { max: INCIDENT_LIMITS.role })),
  // Optional: the version an edit was made on, and who edited (entries saved before merging kept them have none).
  base: z.optional(timestampField('time of the edited version')),
  editedBy: z.optional(textField('editor', { max: INCIDENT_LIMITS.role })),
});

const fieldStampSchema = z.object({
  at: timestampField('time of the field change'),
  base: z.optional(timestampField('time of the changed version')),
  by: z.optional(textField('author of the change', { max: INCIDENT_LIMITS.role })),
});

const fieldClocksSchema = z.object(
  Object.fromEntries(INCIDENT_FIELD_KEYS.map((field) => [field, z.optional(fieldStampSchema)])) as Record<
    IncidentField,
    z.ZodMiniOptional<typeof fieldStampSchema>
  >,
  { error: 'the field clocks must be an object' },
);

const CONFLICT_KEYS = new Set(['field', 'at', 'base', 'by', 'value', 'entry']);
const isStamp = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 8.64e15;

/**
 * A version a merge kept: a known field with a value that field accepts exactly (no extra keys), or a valid
 * timeline entry whose clock is the conflict's.
 */
function isValidConflict(value: unknown): value is IncidentConflict {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const c = value as Record<string, unknown>;
  if (!Object.keys(c).every((key) => CONFLICT_KEYS.has(key)) || !isStamp(c.at)) return false;
  if (c.base !== undefined && !isStamp(c.base)) return false;
  if (c.by !== undefined && (typeof c.by !== 'string' || c.by.length > INCIDENT_LIMITS.role)) return false;
  if (c.field === 'entry') {
    if (c.value !== undefined) return false;
    const parsed = timelineEntrySchema.safeParse(c.entry);
    return parsed.success && parsed.data.updatedAt === c.at && stableStringify(parsed.data) === stableStringify(c.entry);
  }
  if (typeof c.field !== 'string' || !Object.hasOwn(INCIDENT_FIELDS, c.field) || c.entry !== undefined || c.value === undefined) return false;
  const def = INCIDENT_FIELDS[c.field as IncidentField];
  if (!def.isValid(c.value)) return false;
  if (c.field === 'runbook') {
    const parsed = runbookSchema.safeParse(c.value);
    return parsed.success && stableStringify(parsed.data) === stableStringify(c.value);
  }
  if (c.field === 'costInputs' && c.value !== null) {
    const parsed = parseCostInputs(c.value);
    return parsed.ok && stableStringify(parsed.value) === stableStringify(c.value);
  }
  return true;
}

const handoverSchema = z.object({
  id: idField('handover'),
  at: timestampField('handover time'),
  from: textField('commander handing over', { max: INCIDENT_LIMITS.role }),
  to: textField('commander taking over', { max: INCIDENT_LIMITS.role }),
  readBack: textField('read-back', { max: INCIDENT_LIMITS.text }),
});

const postedUpdateSchema = z.object({
  id: idField('update'),
  at: timestampField('time'),
  status: choiceField('status', UPDATE_STATUSES),
  audience: choiceField('audience', UPDATE_AUDIENCES),
  text: textField('text', { max: INCIDENT_LIMITS.text }),
});

const milestoneTime = (key: MilestoneKey) => z.optional(timestampField(`${key} time`));

const stepIdKey = z
  .string()
  .check(
    z.regex(ID_PATTERN, 'use a step id of 1 to 64 letters, digits, "-" or "_"'),
    z.refine((key: string) => !FORBIDDEN_KEYS.has(key), 'use another step id; that name is reserved'),
  );

/** A saved or imported incident. Text fields are at most 5000 characters; the timeline at most 5000 entries. */
export const incidentSchema = z.object(
  {
    id: idField('incident'),
    // Optional: incidents saved before numbers existed have none (the app numbers them on load).
    number: z.optional(textField('incident number', { max: INCIDENT_LIMITS.number })),
    title: textField('title', { max: INCIDENT_LIMITS.title, required: true }),
    severity: choiceField('severity', ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const),
    service: textField('service', { max: INCIDENT_LIMITS.service }),
    // Optional: incidents saved before public names existed have none.
    publicName: z.optional(textField('public component name', { max: INCIDENT_LIMITS.service })),
    startedAt: timestampField('impact start time'),
    declaredAt: timestampField('declaration time'),
    roles: z.object(
      {
        commander: textField('incident commander', { max: INCIDENT_LIMITS.role }),
        deputy: textField('deputy', { max: INCIDENT_LIMITS.role }),
        scribe: textField('scribe', { max: INCIDENT_LIMITS.role }),
        communications: textField('communications role', { max: INCIDENT_LIMITS.role }),
      },
      { error: 'add the roles (commander, deputy, scribe, communications)' },
    ),
    runbook: runbookSchema,
    stepStates: z.record(
      stepIdKey,
      z.object(
        { done: z.boolean({ error: 'the step state must say done or not' }), at: timestampField('time') },
        { error: 'each step state needs done and a time' },
      ),
      { error: 'the step states must be an object' },
    ),
    milestones: z.object(
      {
        detected: milestoneTime('detected'),
        acknowledged: milestoneTime('acknowledged'),
        mitigated: milestoneTime('mitigated'),
        resolved: milestoneTime('resolved'),
      },
      { error: 'the milestones must be an object' },
    ),
    cadenceMinutes: z
      .number({ error: 'set the update cadence in minutes' })
      .check(
        z.minimum(1, 'set the update cadence to at least 1 minute'),
        z.maximum(INCIDENT_LIMITS.cadenceMinutes, `set the update cadence to ${INCIDENT_LIMITS.cadenceMinutes} minutes or fewer`),
      ),
    updates: listField(postedUpdateSchema, 'status updates', INCIDENT_LIMITS.updates, `keep it to ${INCIDENT_LIMITS.updates} status updates or fewer`),
    timeline: listField(timelineEntrySchema, 'timeline', INCIDENT_LIMITS.timeline, `keep the timeline to ${INCIDENT_LIMITS.timeline} entries or fewer`),
    status: choiceField('status', ['active', 'resolved'] as const),
    // Optional: incidents saved before cost snapshots have none (the app fills it in on restore).
    costInputs: z.optional(
      z.custom<CostInputs>((value) => parseCostInputs(value).ok, { error: 'the cost inputs are not valid calculator inputs' }),
    ),
    // Optional: absent means a real incident (and in incidents saved before drills existed).
    drill: z.optional(z.boolean({ error: 'the drill mark must be true or false' })),
    // Optional: absent until the first handover.
    handovers: z.optional(
      listField(handoverSchema, 'handovers', INCIDENT_LIMITS.handovers, `keep it to ${INCIDENT_LIMITS.handovers} handovers or fewer`),
    ),
    // Optional: incidents saved before per-field merging have none (each field counts as changed at `updatedAt`).
    fieldClocks: z.optional(fieldClocksSchema),
    conflicts: z.optional(
      listField(
        z.custom<IncidentConflict>(isValidConflict, { error: 'a kept conflicting version is not valid' }),
        'conflicts',
        INCIDENT_LIMITS.conflicts,
        `keep it to ${INCIDENT_LIMITS.conflicts} conflicting versions or fewer`,
      ),
    ),
    updatedAt: timestampField('time of the last change'),
  },
  { error: (issue) => (issue.input === undefined ? 'add the incident' : 'the incident must be an object') },
);

// The schema's output must stay assignable to the data model.
type SchemaMatchesModel<T extends Incident> = T;
export type ValidatedIncident = SchemaMatchesModel<z.infer<typeof incidentSchema>>;

/**
 * Makes a valid incident safe and consistent: unsafe links dropped, and the resolved status and
 * resolved milestone made to agree (the status wins).
 */
function normalizeIncident(incident: Incident): Incident {
  let changed = false;
  const timeline = incident.timeline.map((entry) => {
    if (entry.link === undefined) return entry;
    const safe = sanitizeLink(entry.link);
    if (safe === entry.link) return entry;
    changed = true;
    if (safe) return { ...entry, link: safe };
    const { link: _link, ...rest } = entry;
    return rest;
  });
  const resolvedAgrees = incident.status === 'resolved' ? incident.milestones.resolved !== undefined : !('resolved' in incident.milestones);
  // Already consistent (the usual case): the same object, so saving it again knows it is unchanged.
  if (!changed && resolvedAgrees) return incident;
  const milestones = { ...incident.milestones };
  if (incident.status === 'resolved' && milestones.resolved === undefined) milestones.resolved = incident.updatedAt;
  if (incident.status === 'active') delete milestones.resolved;
  return { ...incident, timeline, milestones };
}

/** Validates one incident; returns messages a user can act on ("Timeline entry 4: enter a text."). */
export function validateIncident(value: unknown): { ok: true; incident: Incident } | { ok: false; errors: string[] } {
  try {
    const result = incidentSchema.safeParse(value);
    if (result.success) return { ok: true, incident: normalizeIncident(result.data) };
    return { ok: false, errors: describeIssues(result.error.issues) };
  } catch {
    return { ok: false, errors: ['This incident could not be checked. Export it again and import the new file.'] };
  }
}

// Saved incidents are nearly always valid: this plain check of the same schema skips zod's copy for them.
const isExactlyValidIncident = compileAccept(incidentSchema);

/**
 * Restores saved incidents: keeps every valid one, drops (and counts) the invalid ones, merges
 * duplicates by id. Accepts a list or a single incident. Never throws.
 */
export function restoreIncidents(value: unknown): { incidents: Incident[]; dropped: number } {
  if (value === undefined || value === null) return { incidents: [], dropped: 0 };
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const byId = new Map<string, Incident>();
  let dropped = 0;
  for (const item of items) {
    try {
      let valid: Incident;
      if (isExactlyValidIncident?.(item)) {
        valid = item as Incident;
      } else {
        const result = incidentSchema.safeParse(item);
        if (!result.success) {
          dropped++;
          continue;
        }
        valid = result.data;
      }
      const incident = normalizeIncident(valid);
      const existing = byId.get(incident.id);
      byId.set(incident.id, existing ? mergeIncident(existing, incident) : incident);
    } catch {
      dropped++;
    }
  }
  return { incidents: [...byId.values()], dropped };
}

/** The incident file: `{ format: 'outage-kit/incident', version: 1, incident }`, at most 2 MB. */
export const INCIDENT_FILE: FileFormat<Incident> = {
  kind: INCIDENT_FORMAT,
  version: INCIDENT_VERSION,
  payloadKey: 'incident',
  noun: 'an incident',
  maxBytes: INCIDENT_LIMITS.fileBytes,
  check: (payload) => {
    const result = validateIncident(payload);
    return result.ok ? { ok: true, value: result.incident } : result;
  },
};

/** The incident as a pretty-printed JSON file with its format stamp. Pure: downloading is the caller's job. */
export function serializeIncident(incident: Incident): string {
  return serializeFile(INCIDENT_FILE, incident);
}

/**
 * Reads an incident file exported by `serializeIncident`: at most 2 MB, valid JSON, the right format
 * stamp, no prototype keys, a valid incident. Never throws.
 */
export function parseIncidentJson(text: string): { ok: true; incident: Incident } | { ok: false; errors: string[] } {
  const result = toErrorList(parseFile(INCIDENT_FILE, text));
  return result.ok ? { ok: true, incident: result.value } : result;
}
