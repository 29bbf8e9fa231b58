// The postmortem's validating schema and size limits, with plain-language errors, and restoring saved state.
// The export file around it (envelope, serialise, parse) is in export/postmortem-json.ts.
import { z } from 'zod/mini';
import { COST_COMPONENTS } from '../../calculator/domain/calculate-downtime-cost';
import { createPathDescriber, describeIssues } from '../../../lib/parse-json-envelope';
import { compileAccept } from '../../../lib/fast-accept';
import { idField, listField, textField, timestampField } from '../../../lib/schema-fields';
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  POSTMORTEM_FORMAT_VERSION,
  POSTMORTEM_STATUSES,
  SECTION_KINDS,
  type PostmortemDoc,
} from './postmortem-types';
import { isIsoDate, isValidTimeZone } from './zoned-time';

/** Size limits of a postmortem, checked on import and restore. */
export const POSTMORTEM_LIMITS = {
  /** Prose: section bodies, notes, timeline text, five whys, action-item descriptions. */
  text: 100_000,
  /** Titles, names, owners, ids of incidents, dismissed keys. */
  short: 1_000,
  link: 2_048,
  sections: 100,
  timeline: 5_000,
  actionItems: 1_000,
  fiveWhys: 100,
  people: 200,
  services: 100,
  reviewers: 50,
  dismissedFindings: 10_000,
  /** 5 MB (5 × 1024 × 1024 bytes of UTF-8). */
  fileBytes: 5 * 1024 * 1024,
} as const;

const text = (field: string) => textField(field, { max: POSTMORTEM_LIMITS.text });
const short = (field: string) => textField(field, { max: POSTMORTEM_LIMITS.short });

const isoDate = (what: string) =>
  z.string({ error: `enter ${what} as a date written YYYY-MM-DD` }).check(z.refine((v: string) => isIsoDate(v), `enter ${what} as a real date written YYYY-MM-DD`));

const optionalIsoDate = (what: string) =>
  z.string({ error: `enter ${what} as a date written YYYY-MM-DD, or leave it empty` }).check(
    z.refine((v: string) => v === '' || isIsoDate(v), `enter ${what} as a real date written YYYY-MM-DD, or leave it empty`),
  );

const optionalNumber = (message: string, min: number, max: number) =>
  z.nullable(z.number({ error: message }).check(z.refine((v: number) => Number.isFinite(v) && v >= min && v <= max, message)));

const names = (field: string, max: number) =>
  listField(short(field), `${field}s`, max, `keep the ${field}s to ${max} or fewer`);

const costSchema = z.object(
  Object.fromEntries(
    COST_COMPONENTS.map((key) => [
      key,
      z
        .number({ error: `enter the ${key} cost as an amount of 0 or more` })
        .check(z.refine((v: number) => Number.isFinite(v) && v >= 0 && v <= 1e15, `enter the ${key} cost as an amount of 0 or more`)),
    ]),
  ) as Record<(typeof COST_COMPONENTS)[number], z.ZodMiniNumber<number>>,
  { error: 'give the cost as one amount per component' },
);

const impactSchema = z.object(
  {
    durationMinutes: optionalNumber('enter the duration as a number of minutes (0 or more), or leave it empty', 0, 10_000_000),
    usersAffectedPercent: optionalNumber('enter the users affected as a percentage between 0 and 100, or leave it empty', 0, 100),
    currency: z.string({ error: 'enter a 3-letter currency code such as EUR' }).check(z.regex(/^[A-Z]{3}$/, 'enter a 3-letter currency code such as EUR')),
    cost: costSchema,
    errorBudgetConsumedPercent: optionalNumber('enter the error budget consumed as a percentage of 0 or more, or leave it empty', 0, 1e9),
    notes: text('impact notes'),
  },
  { error: 'add the impact (duration, users affected, cost, error budget, notes)' },
);

// Up to ten years in milliseconds: a metric is a span of one incident.
const metricMs = (name: string) =>
  z.nullable(
    z
      .number({ error: `enter the ${name} in milliseconds (0 or more), or null when it was not recorded` })
      .check(z.refine((v: number) => Number.isFinite(v) && v >= 0 && v <= 10 * 366 * 24 * 3_600_000, `enter the ${name} in milliseconds (0 or more), or null when it was not recorded`)),
  );

const metricsSchema = z.object(
  {
    timeToDetect: metricMs('time to detect'),
    timeToAcknowledge: metricMs('time to acknowledge'),
    timeToMitigate: metricMs('time to mitigate'),
    timeToResolve: metricMs('time to resolve'),
  },
  { error: 'give the response metrics as timeToDetect, timeToAcknowledge, timeToMitigate and timeToResolve' },
);

const sectionSchema = z.object(
  {
    id: idField('section'),
    kind: z.enum(SECTION_KINDS, { error: `choose the section kind from: ${SECTION_KINDS.join(', ')}` }),
    title: short('section title'),
    prompt: short('section hint'),
    hidden: z.boolean({ error: 'say whether the section is hidden (true or false)' }),
    body: text('section text'),
  },
  { error: 'each section must have an id, kind, title, hidden flag and text' },
);

const timelineRowSchema = z.object(
  {
    id: idField('timeline row'),
    at: timestampField('time'),
    text: text('event text'),
    link: z.optional(textField('link', { max: POSTMORTEM_LIMITS.link })),
  },
  { error: 'each timeline row must have an id, a time and text' },
);

const fiveWhySchema = z.object(
  { id: idField('why'), why: text('question'), because: text('answer') },
  { error: 'each of the five whys must have an id, a question and an answer' },
);

const actionItemSchema = z.object(
  {
    id: idField('action item'),
    description: text('description'),
    owner: short('owner'),
    type: z.enum(ACTION_ITEM_TYPES, {
      error: 'choose a type: prevent, detect, mitigate or process',
    }),
    priority: z.enum(ACTION_ITEM_PRIORITIES, { error: 'choose a priority P0–P3' }),
    due: optionalIsoDate('the due date'),
    link: textField('link', { max: POSTMORTEM_LIMITS.link }),
    status: z.enum(ACTION_ITEM_STATUSES, {
      error: 'choose a status: open, in-progress or done',
    }),
  },
  { error: 'each action item must have a description, owner, type, priority, due date, link and status' },
);

const reviewerSchema = z.object(
  {
    id: idField('reviewer'),
    name: short('reviewer name'),
    signedOffAt: z.nullable(timestampField('sign-off time')),
  },
  { error: 'each reviewer must have an id, a name and a sign-off time (or null)' },
);

const MEETING_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const reviewMeetingSchema = z.object(
  {
    date: optionalIsoDate('the meeting date'),
    time: z.string({ error: 'enter the meeting time as HH:MM, like 10:00' }).check(z.regex(MEETING_TIME, 'enter the meeting time as HH:MM, like 10:00')),
    durationMinutes: z
      .number({ error: 'enter the meeting length in minutes, from 5 to 480' })
      .check(z.refine((v: number) => Number.isInteger(v) && v >= 5 && v <= 480, 'enter the meeting length in minutes, from 5 to 480')),
  },
  { error: 'give the review meeting a date (or empty), a time and a length' },
);

function findDuplicateIds(items: readonly { id: string }[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) duplicates.push(index);
    seen.add(item.id);
  });
  return duplicates;
}

/** The whole document, as saved and exported. Ids must be unique within each list. */
export const postmortemSchema = z
  .object(
    {
      id: idField('postmortem'),
      formatVersion: z.literal(POSTMORTEM_FORMAT_VERSION, { error: `this document's format version is not supported (expected ${POSTMORTEM_FORMAT_VERSION})` }),
      title: short('title'),
      incidentId: short('incident id'),
      sourceIncidentId: z.optional(idField('source incident')),
      // Optional: absent means a real incident, as in documents saved before drills existed.
      drill: z.optional(z.boolean({ error: 'the drill mark must be true or false' })),
      date: isoDate('the date'),
      authors: names('author', POSTMORTEM_LIMITS.people),
      severity: z.enum(['SEV1', 'SEV2', 'SEV3', 'SEV4', ''], { error: 'choose a severity SEV1–SEV4, or none' }),
      status: z.enum(POSTMORTEM_STATUSES, {
        error: 'choose a status: draft, in-review, reviewed or closed',
      }),
      reviewDue: optionalIsoDate('the review due date'),
      services: names('service', POSTMORTEM_LIMITS.services),
      // Optional: documents saved before the review card existed have none of the three.
      reviewers: z.optional(
        listField(reviewerSchema, 'reviewers', POSTMORTEM_LIMITS.reviewers, `keep it to ${POSTMORTEM_LIMITS.reviewers} reviewers or fewer`),
      ),
      reviewMeeting: z.optional(reviewMeetingSchema),
      reviewedAt: z.optional(z.nullable(timestampField('review time'))),
      startedAt: z.nullable(timestampField('start time')),
      endedAt: z.nullable(timestampField('end time')),
      responders: names('responder', POSTMORTEM_LIMITS.people),
      impact: impactSchema,
      // Optional: documents saved before metrics existed, and those written from scratch, have none.
      metrics: z.optional(metricsSchema),
      sections: listField(sectionSchema, 'sections', POSTMORTEM_LIMITS.sections, `keep it to ${POSTMORTEM_LIMITS.sections} sections or fewer`),
      timeline: listField(
        timelineRowSchema,
        'timeline',
        POSTMORTEM_LIMITS.timeline,
        `keep the timeline to ${POSTMORTEM_LIMITS.timeline} rows or fewer`,
      ),
      fiveWhys: listField(fiveWhySchema, 'five whys', POSTMORTEM_LIMITS.fiveWhys, `keep it to ${POSTMORTEM_LIMITS.fiveWhys} whys or fewer`),
      actionItems: listField(
        actionItemSchema,
        'action items',
        POSTMORTEM_LIMITS.actionItems,
        `keep it to ${POSTMORTEM_LIMITS.actionItems} action items or fewer`,
      ),
      dismissedFindings: listField(
        textField('dismissed finding', { max: POSTMORTEM_LIMITS.short }),
        'dismissed findings',
        POSTMORTEM_LIMITS.dismissedFindings,
        `keep it to ${POSTMORTEM_LIMITS.dismissedFindings} dismissed findings or fewer`,
      ),
      timeZone: z
        .string({ error: 'enter a time zone such as Europe/Berlin' })
        .check(z.refine((v: string) => isValidTimeZone(v), 'choose a time zone this browser knows, such as Europe/Berlin or UTC')),
      createdAt: timestampField('creation time'),
      updatedAt: timestampField('last change time'),
    },
    { error: (issue) => (issue.input === undefined ? 'add the postmortem' : 'the postmortem must be an object with a title, sections and a timeline') },
  )
  .check(
    z.superRefine((doc, ctx) => {
      const lists = [
        ['sections', doc.sections, 'section'],
        ['timeline', doc.timeline, 'timeline row'],
        ['fiveWhys', doc.fiveWhys, 'why'],
        ['actionItems', doc.actionItems, 'action item'],
        ['reviewers', doc.reviewers ?? [], 'reviewer'],
      ] as const;
      for (const [key, items, noun] of lists) {
        for (const index of findDuplicateIds(items)) {
          ctx.addIssue({
            code: 'custom',
            message: `the id "${items[index]?.id ?? ''}" is used more than once; give each ${noun} its own id`,
            path: [key, index, 'id'],
            input: items[index]?.id,
          });
        }
      }
    }),
  );

// The schema's output must stay assignable to the data model.
type SchemaMatchesModel<T extends PostmortemDoc> = T;
export type ValidatedPostmortem = SchemaMatchesModel<z.infer<typeof postmortemSchema>>;

/** ['actionItems', 2, 'priority'] → "Action item 3"; ['impact', 'cost', 'sla'] → "Impact, cost". Leaf names are left to the message. */
export const describePostmortemPath = createPathDescriber({
  collections: {
    sections: 'Section',
    timeline: 'Timeline row',
    fiveWhys: 'Why',
    actionItems: 'Action item',
    authors: 'Author',
    responders: 'Responder',
    services: 'Service',
    dismissedFindings: 'Dismissed finding',
    reviewers: 'Reviewer',
  },
  sections: { impact: 'Impact', metrics: 'Response metrics', cost: 'cost', reviewMeeting: 'Review meeting' },
});

/** A parsed document, or the problems in words. */
export type PostmortemParseResult = { ok: true; doc: PostmortemDoc } | { ok: false; errors: string[] };

// Saved documents are nearly always valid: this plain check of the same schema skips zod's copy for them.
const isExactlyValidPostmortem = compileAccept(postmortemSchema);

/** Checks a value against the schema; errors say where and what to fix ("Action item 3: choose a priority P0–P3."). */
export function validatePostmortem(value: unknown): PostmortemParseResult {
  try {
    if (isExactlyValidPostmortem?.(value)) return { ok: true, doc: value as PostmortemDoc };
    const result = postmortemSchema.safeParse(value);
    if (result.success) return { ok: true, doc: result.data };
    return { ok: false, errors: describeIssues(result.error.issues, [], describePostmortemPath) };
  } catch {
    return { ok: false, errors: ['This postmortem could not be checked. Export it again and import the new file.'] };
  }
}

/** A saved document that could not be restored. */
export interface DroppedPostmortem {
  /** Position in the saved list. */
  index: number;
  /** The saved id and title when they could be read, for the message to the user. */
  id: string | null;
  title: string | null;
  errors: string[];
}

/** What `restorePostmortems` gives back. */
export interface RestoredPostmortems {
  docs: PostmortemDoc[];
  /** The saved documents that could not be restored, and why (empty when all were restored). */
  dropped: DroppedPostmortem[];
}

/**
 * Restores saved postmortems: keeps every valid document, drops the rest (and later copies of a repeated id) and
 * says which were dropped and why, so the store can report it and keep a backup. A non-array restores nothing.
 */
export function restorePostmortems(value: unknown): RestoredPostmortems {
  if (!Array.isArray(value)) {
    return value === undefined || value === null
      ? { docs: [], dropped: [] }
      : { docs: [], dropped: [{ index: -1, id: null, title: null, errors: ['The saved postmortems are not a list.'] }] };
  }
  const docs: PostmortemDoc[] = [];
  const dropped: DroppedPostmortem[] = [];
  const ids = new Set<string>();
  value.forEach((item: unknown, index) => {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const id = typeof record.id === 'string' ? record.id : null;
    const title = typeof record.title === 'string' ? record.title : null;
    const result = validatePostmortem(item);
    if (!result.ok) {
      dropped.push({ index, id, title, errors: result.errors });
    } else if (ids.has(result.doc.id)) {
      dropped.push({ index, id, title, errors: [`Another saved postmortem already has the id "${result.doc.id}".`] });
    } else {
      ids.add(result.doc.id);
      docs.push(result.doc);
    }
  });
  return { docs, dropped };
}
