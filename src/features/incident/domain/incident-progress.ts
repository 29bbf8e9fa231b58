// Where the responders are in the runbook and what the page should say about it: the current phase, step
// progress, the suggested update status, reminder counts and the browser tab's title. Pure, so the UI only renders.
import type { Incident, RunbookPhase, UpdateStatus } from './incident-types';
import type { UpdateDue } from './cadence';

/** True when the step is checked now (unchecked again counts as not done). */
export function isStepDone(incident: Pick<Incident, 'stepStates'>, stepId: string): boolean {
  return Object.hasOwn(incident.stepStates, stepId) ? incident.stepStates[stepId]?.done === true : false;
}

export interface PhaseProgress {
  done: number;
  total: number;
  complete: boolean;
}

/** How many of a phase's steps are checked. A phase without steps counts as complete. */
export function calculatePhaseProgress(incident: Pick<Incident, 'stepStates'>, phase: RunbookPhase): PhaseProgress {
  const done = phase.steps.filter((step) => isStepDone(incident, step.id)).length;
  return { done, total: phase.steps.length, complete: done === phase.steps.length };
}

/** Steps checked and steps in the whole runbook. */
export function calculateRunbookProgress(incident: Pick<Incident, 'stepStates' | 'runbook'>): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const phase of incident.runbook.phases) {
    const progress = calculatePhaseProgress(incident, phase);
    done += progress.done;
    total += progress.total;
  }
  return { done, total };
}

/**
 * The phase to work on: the first one with a step not yet checked, in runbook order, so a skipped step
 * keeps its phase current until someone decides about it. Null when every step is checked.
 */
export function findCurrentPhase(incident: Pick<Incident, 'stepStates' | 'runbook'>): RunbookPhase | null {
  return incident.runbook.phases.find((phase) => !calculatePhaseProgress(incident, phase).complete) ?? null;
}

/**
 * The status a new update most likely has: Resolved once resolved, Monitoring once service is restored,
 * otherwise the last status posted (people rarely go back), else Investigating.
 */
export function suggestUpdateStatus(incident: Pick<Incident, 'status' | 'milestones' | 'updates'>): UpdateStatus {
  if (incident.status === 'resolved') return 'resolved';
  if (incident.milestones.mitigated !== undefined) return 'monitoring';
  const last = incident.updates.reduce<Incident['updates'][number] | undefined>(
    (latest, update) => (latest === undefined || update.at >= latest.at ? update : latest),
    undefined,
  );
  if (last && last.status !== 'resolved') return last.status;
  return 'investigating';
}

/** How often an overdue reminder repeats (sound, notification, announcement) while nobody posts. */
export const REMINDER_REPEAT_MS = 5 * 60_000;

/**
 * Which reminder is due: 0 while the update is not overdue, 1 as soon as it is, then one more every
 * `repeatMs` while it stays overdue. The UI reminds once each time this number goes up.
 */
export function calculateReminderCount(due: Pick<UpdateDue, 'overdue' | 'overdueMs'>, repeatMs: number = REMINDER_REPEAT_MS): number {
  if (!due.overdue) return 0;
  const step = Number.isFinite(repeatMs) && repeatMs > 0 ? repeatMs : REMINDER_REPEAT_MS;
  return 1 + Math.floor(Math.max(0, due.overdueMs) / step);
}

export interface TabTitleInput {
  title: string;
  elapsedMs: number;
  /** The update countdown; null when there is none (resolved). */
  due: Pick<UpdateDue, 'overdue' | 'overdueMs' | 'remainingMs'> | null;
  /** A drill's title starts "DRILL · ", so no tab of a game day is taken for a real outage. */
  drill?: boolean;
}

/** Minutes for the tab title: "<1 min", "47 min", "2 h 05 min". */
function formatTabMinutes(ms: number): string {
  const minutes = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 60_000) : 0;
  if (minutes < 1) return '<1 min';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * The browser tab's title while an incident runs, readable in a crowded tab bar: the elapsed time and
 * the update countdown first, the incident's title last. Overdue comes first of all, so it shows even in
 * a narrow tab. In minutes, not seconds: the page itself shows the seconds; a title that changes every
 * second is noise in the tab bar, costs the browser a title update each time (about 1.4 ms of script a
 * second in Chromium, as much as everything else on the page), and cannot be kept in a background tab,
 * whose timers the browser slows to once a minute.
 */
export function buildIncidentTabTitle(input: TabTitleInput): string {
  const text = buildTabTitleText(input);
  return input.drill === true ? `DRILL · ${text}` : text;
}

function buildTabTitleText({ title, elapsedMs, due }: TabTitleInput): string {
  const elapsed = formatTabMinutes(elapsedMs);
  const name = title.trim() || 'Incident';
  if (!due) return `${elapsed} · ${name}`;
  if (due.overdue) {
    return due.overdueMs < 60_000 ? `⚠ Update overdue · ${elapsed} · ${name}` : `⚠ Update overdue ${formatTabMinutes(due.overdueMs)} · ${elapsed} · ${name}`;
  }
  // Rounded up, so it reads "update in 1 min" until the update is due, never "in 0 min".
  const remaining = Math.max(1, Math.ceil(Math.max(0, due.remainingMs) / 60_000));
  return `${elapsed} · update in ${remaining} min · ${name}`;
}

/** The placeholder runbook commands use for the affected service. */
export const SERVICE_PLACEHOLDER = '<service>';

// Characters a shell reads literally; anything else is quoted, so a service name never runs as code.
const SHELL_SAFE = /^[A-Za-z0-9@%+=:,./_-]+$/;

/** Quotes a word for a POSIX shell when it needs it: `api` stays `api`, `my api` becomes `'my api'`. */
export function quoteShellWord(word: string): string {
  if (SHELL_SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * Fills `<service>` in a copy-ready command with the incident's service, shell-quoted when needed.
 * Without a service the placeholder stays, so the command is visibly incomplete rather than wrong.
 */
export function fillServicePlaceholder(command: string, service: string): string {
  const name = service.trim();
  if (!name) return command;
  return command.split(SERVICE_PLACEHOLDER).join(quoteShellWord(name));
}
