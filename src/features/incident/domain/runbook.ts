// Editing, validating and moving runbooks as plain data, so the editor UI never mutates a runbook and a bad import never reaches the store.
import { z } from 'zod/mini';
import type { MilestoneKey, Runbook, RunbookPhase, RunbookStep, StepAction } from './incident-types';
import { createId } from '../../../lib/create-id';
import { serializeFile, type FileFormat } from '../../../lib/file-envelope';
import { moveItem } from '../../../lib/move-item';
import { describeIssues, parseFile, toErrorList } from '../../../lib/parse-json-envelope';
import { choiceField, idField, listField, textField } from '../../../lib/schema-fields';

export const RUNBOOK_LIMITS = {
  phases: 20,
  stepsPerPhase: 40,
  title: 120,
  guidance: 500,
  detail: 2000,
  commands: 10,
  command: 300,
  timeboxMinutes: 1440,
  /** The largest runbook file accepted on import, in bytes. */
  fileBytes: 200 * 1024,
} as const;

export const RUNBOOK_FORMAT = 'outage-kit/runbook';
export const RUNBOOK_VERSION = 1;


function mapPhase(runbook: Runbook, phaseId: string, update: (phase: RunbookPhase) => RunbookPhase): Runbook {
  const index = runbook.phases.findIndex((phase) => phase.id === phaseId);
  const phase = runbook.phases[index];
  if (!phase) return runbook;
  const updated = update(phase);
  if (updated === phase) return runbook;
  const phases = runbook.phases.slice();
  phases[index] = updated;
  return { ...runbook, phases };
}

function mapStep(
  runbook: Runbook,
  phaseId: string,
  stepId: string,
  update: (step: RunbookStep) => RunbookStep,
): Runbook {
  return mapPhase(runbook, phaseId, (phase) => {
    const index = phase.steps.findIndex((step) => step.id === stepId);
    const step = phase.steps[index];
    if (!step) return phase;
    const steps = phase.steps.slice();
    steps[index] = update(step);
    return { ...phase, steps };
  });
}

function insertAt<T>(items: readonly T[], item: T, index?: number): T[] {
  const at = index === undefined ? items.length : Math.min(items.length, Math.max(0, Math.trunc(index)));
  const copy = items.slice();
  copy.splice(at, 0, item);
  return copy;
}

/** Renames the runbook itself. */
export function renameRunbook(runbook: Runbook, name: string): Runbook {
  return { ...runbook, name };
}

/** Renames a phase. Returns the same runbook when the phase is not found (as do all edits here). */
export function renameRunbookPhase(runbook: Runbook, phaseId: string, title: string): Runbook {
  return mapPhase(runbook, phaseId, (phase) => ({ ...phase, title }));
}

/** Changes a phase's title, guidance or time box (`timeboxMinutes: undefined` removes the time box). */
export function updateRunbookPhase(
  runbook: Runbook,
  phaseId: string,
  patch: Partial<Omit<RunbookPhase, 'id' | 'steps'>>,
): Runbook {
  return mapPhase(runbook, phaseId, (phase) => {
    const next: RunbookPhase = { ...phase, ...patch };
    if ('timeboxMinutes' in patch && patch.timeboxMinutes === undefined) delete next.timeboxMinutes;
    return next;
  });
}

/** Renames a step. */
export function renameRunbookStep(runbook: Runbook, phaseId: string, stepId: string, title: string): Runbook {
  return mapStep(runbook, phaseId, stepId, (step) => ({ ...step, title }));
}

/** Changes any of a step's fields but its id; a field patched to `undefined` is removed. */
export function updateRunbookStep(
  runbook: Runbook,
  phaseId: string,
  stepId: string,
  patch: Partial<Omit<RunbookStep, 'id'>>,
): Runbook {
  return mapStep(runbook, phaseId, stepId, (step) => {
    const next: RunbookStep = { ...step, ...patch };
    for (const key of ['detail', 'commands', 'action', 'milestone'] as const) {
      if (key in patch && patch[key] === undefined) delete next[key];
    }
    return next;
  });
}

export interface NewRunbookPhase {
  title: string;
  guidance?: string;
  timeboxMinutes?: number;
  /** Defaults to a new id. */
  id?: string;
}

/** Adds an empty phase at `index` (default: the end). The new phase's id is `input.id` or a fresh one. */
export function addRunbookPhase(runbook: Runbook, input: NewRunbookPhase, index?: number): Runbook {
  const phase: RunbookPhase = {
    id: input.id ?? createId('phase'),
    title: input.title,
    guidance: input.guidance ?? '',
    steps: [],
  };
  if (input.timeboxMinutes !== undefined) phase.timeboxMinutes = input.timeboxMinutes;
  return { ...runbook, phases: insertAt(runbook.phases, phase, index) };
}

export interface NewRunbookStep {
  title: string;
  guidance?: string;
  detail?: string;
  commands?: string[];
  action?: StepAction;
  milestone?: MilestoneKey;
  /** Defaults to a new id. */
  id?: string;
}

/** Adds a step to a phase at `index` (default: the end). */
export function addRunbookStep(runbook: Runbook, phaseId: string, input: NewRunbookStep, index?: number): Runbook {
  const { id, guidance, ...rest } = input;
  const step: RunbookStep = { ...rest, id: id ?? createId('step'), guidance: guidance ?? '' };
  for (const key of ['detail', 'commands', 'action', 'milestone'] as const) {
    if (step[key] === undefined) delete step[key];
  }
  return mapPhase(runbook, phaseId, (phase) => ({ ...phase, steps: insertAt(phase.steps, step, index) }));
}

/** Removes a phase and its steps. */
export function removeRunbookPhase(runbook: Runbook, phaseId: string): Runbook {
  if (!runbook.phases.some((phase) => phase.id === phaseId)) return runbook;
  return { ...runbook, phases: runbook.phases.filter((phase) => phase.id !== phaseId) };
}

/** Removes a step from a phase. */
export function removeRunbookStep(runbook: Runbook, phaseId: string, stepId: string): Runbook {
  return mapPhase(runbook, phaseId, (phase) =>
    phase.steps.some((step) => step.id === stepId)
      ? { ...phase, steps: phase.steps.filter((step) => step.id !== stepId) }
      : phase,
  );
}

/** Moves a phase up (delta −1) or down (+1); clamped at the ends, where it returns the same runbook. */
export function moveRunbookPhase(runbook: Runbook, phaseId: string, delta: number): Runbook {
  const moved = moveItem(
    runbook.phases,
    runbook.phases.findIndex((phase) => phase.id === phaseId),
    delta,
  );
  return moved ? { ...runbook, phases: moved } : runbook;
}

/** Moves a step up or down within its phase; clamped at the ends. */
export function moveRunbookStep(runbook: Runbook, phaseId: string, stepId: string, delta: number): Runbook {
  return mapPhase(runbook, phaseId, (phase) => {
    const moved = moveItem(
      phase.steps,
      phase.steps.findIndex((step) => step.id === stepId),
      delta,
    );
    return moved ? { ...phase, steps: moved } : phase;
  });
}

/** Finds a step and its phase by the step's id. */
export function findRunbookStep(runbook: Runbook, stepId: string): { phase: RunbookPhase; step: RunbookStep } | null {
  for (const phase of runbook.phases) {
    const step = phase.steps.find((candidate) => candidate.id === stepId);
    if (step) return { phase, step };
  }
  return null;
}

const STEP_ACTIONS = ['rollback-helper', 'status-update', 'postmortem'] as const satisfies readonly StepAction[];
const MILESTONE_KEYS = ['detected', 'acknowledged', 'mitigated', 'resolved'] as const satisfies readonly MilestoneKey[];

const stepSchema = z.object({
  id: idField('step'),
  title: textField('title', { max: RUNBOOK_LIMITS.title, required: true }),
  guidance: textField('guidance', { max: RUNBOOK_LIMITS.guidance }),
  detail: z.optional(textField('detail', { max: RUNBOOK_LIMITS.detail })),
  commands: z.optional(
    listField(
      textField('command', { max: RUNBOOK_LIMITS.command, required: true }),
      'commands',
      RUNBOOK_LIMITS.commands,
      `keep it to ${RUNBOOK_LIMITS.commands} commands or fewer`,
    ),
  ),
  action: z.optional(choiceField('action', STEP_ACTIONS)),
  milestone: z.optional(choiceField('milestone', MILESTONE_KEYS)),
});

const phaseSchema = z.object({
  id: idField('phase'),
  title: textField('title', { max: RUNBOOK_LIMITS.title, required: true }),
  guidance: textField('guidance', { max: RUNBOOK_LIMITS.guidance }),
  timeboxMinutes: z.optional(
    z.int({ error: 'set the time box as a whole number of minutes' }).check(
      z.minimum(1, 'set the time box to at least 1 minute'),
      z.maximum(RUNBOOK_LIMITS.timeboxMinutes, `set the time box to ${RUNBOOK_LIMITS.timeboxMinutes} minutes or fewer`),
    ),
  ),
  steps: listField(
    stepSchema,
    'steps',
    RUNBOOK_LIMITS.stepsPerPhase,
    `keep it to ${RUNBOOK_LIMITS.stepsPerPhase} steps or fewer; split it into two phases`,
  ),
});

/**
 * A runbook as saved or imported. Every id (phases and steps together) must be unique, because the
 * incident keys its checkmarks by step id.
 */
export const runbookSchema = z
  .object(
    {
      id: idField('runbook'),
      name: textField('name', { max: RUNBOOK_LIMITS.title, required: true }),
      phases: listField(
        phaseSchema,
        'phases',
        RUNBOOK_LIMITS.phases,
        `keep it to ${RUNBOOK_LIMITS.phases} phases or fewer`,
      ),
    },
    { error: (issue) => (issue.input === undefined ? 'add the runbook' : 'the runbook must be an object with a name and phases') },
  )
  .check(
    z.superRefine((runbook, ctx) => {
      const seen = new Set<string>();
      runbook.phases.forEach((phase, phaseIndex) => {
        if (seen.has(phase.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `the id "${phase.id}" is used more than once; give each phase its own id`,
            path: ['phases', phaseIndex, 'id'],
            input: phase.id,
          });
        }
        seen.add(phase.id);
        phase.steps.forEach((step, stepIndex) => {
          if (seen.has(step.id)) {
            ctx.addIssue({
              code: 'custom',
              message: `the id "${step.id}" is used more than once; give each step its own id`,
              path: ['phases', phaseIndex, 'steps', stepIndex, 'id'],
              input: step.id,
            });
          }
          seen.add(step.id);
        });
      });
    }),
  );

// The schema's output must stay assignable to the data model.
type SchemaMatchesModel<T extends Runbook> = T;
export type ValidatedRunbook = SchemaMatchesModel<z.infer<typeof runbookSchema>>;

/** Checks a runbook against the schema; returns messages a user can act on ("Phase 2, step 3: enter a title."). */
export function validateRunbook(value: unknown): { ok: true; runbook: Runbook } | { ok: false; errors: string[] } {
  try {
    const result = runbookSchema.safeParse(value);
    if (result.success) return { ok: true, runbook: result.data };
    return { ok: false, errors: describeIssues(result.error.issues) };
  } catch {
    return { ok: false, errors: ['This runbook could not be checked. Export it again and import the new file.'] };
  }
}

/** The runbook file: `{ format: 'outage-kit/runbook', version: 1, runbook }`, at most 200 KB. */
export const RUNBOOK_FILE: FileFormat<Runbook> = {
  kind: RUNBOOK_FORMAT,
  version: RUNBOOK_VERSION,
  payloadKey: 'runbook',
  noun: 'a runbook',
  maxBytes: RUNBOOK_LIMITS.fileBytes,
  check: (payload) => {
    const result = validateRunbook(payload);
    return result.ok ? { ok: true, value: result.runbook } : result;
  },
};

/** The runbook as a pretty-printed JSON file with its format stamp. Pure: downloading is the caller's job. */
export function serializeRunbook(runbook: Runbook): string {
  return serializeFile(RUNBOOK_FILE, runbook);
}

/**
 * Reads a runbook file exported by `serializeRunbook`. Rejects oversize files, invalid JSON, a wrong
 * format stamp, prototype keys anywhere and invalid runbooks, with messages that say where and what to
 * fix. Never throws.
 */
export function parseRunbookJson(text: string): { ok: true; runbook: Runbook } | { ok: false; errors: string[] } {
  const result = toErrorList(parseFile(RUNBOOK_FILE, text));
  return result.ok ? { ok: true, runbook: result.value } : result;
}
