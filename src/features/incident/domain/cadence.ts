// When the next status update is due and how long a phase's time box has left, from stored timestamps only.
import type { Incident, RunbookPhase } from './incident-types';

/** The cadences offered as one-click choices, in minutes. */
export const UPDATE_CADENCE_PRESETS = [15, 20, 30, 60] as const;

/** Minutes between status updates when the user has not chosen. */
export const DEFAULT_CADENCE_MINUTES = 30;

export interface UpdateDue {
  /** Epoch ms when the next update is due. */
  dueAt: number;
  /** Time left until `dueAt`; 0 once due. */
  remainingMs: number;
  /** True from 1 ms after `dueAt`, while the incident is active. Never true once resolved. */
  overdue: boolean;
  /** How late the update is; 0 unless overdue. */
  overdueMs: number;
}

function cadenceMs(cadenceMinutes: number): number {
  const minutes = Number.isFinite(cadenceMinutes) && cadenceMinutes > 0 ? cadenceMinutes : DEFAULT_CADENCE_MINUTES;
  return minutes * 60_000;
}

/** When the next update should go out if one is posted at `now`: the countdown restarts on every post. */
export function calculateNextUpdateAt(cadenceMinutes: number, now: number): number {
  return now + cadenceMs(cadenceMinutes);
}

/**
 * The next update is due one cadence after the last posted update (or after the declaration, before any
 * update). Exactly at `dueAt` it is due but not overdue; 1 ms later it is overdue. A resolved incident
 * has no reminder: `overdue` is false.
 */
export function calculateUpdateDue(
  incident: Pick<Incident, 'declaredAt' | 'updates' | 'cadenceMinutes' | 'status'>,
  now: number,
): UpdateDue {
  const lastPostedAt = incident.updates.reduce((latest, update) => Math.max(latest, update.at), incident.declaredAt);
  const dueAt = lastPostedAt + cadenceMs(incident.cadenceMinutes);
  const overdue = incident.status !== 'resolved' && now > dueAt;
  return {
    dueAt,
    remainingMs: Math.max(0, dueAt - now),
    overdue,
    overdueMs: overdue ? now - dueAt : 0,
  };
}

export interface PhaseCountdown {
  endsAt: number;
  remainingMs: number;
  /** True once the time box has run out (at `endsAt` exactly, when the countdown reads 00:00). */
  expired: boolean;
}

/** The countdown of a time-boxed phase, counted from the declaration; null when the phase has no time box. */
export function calculatePhaseCountdown(
  incident: Pick<Incident, 'declaredAt'>,
  phase: Pick<RunbookPhase, 'timeboxMinutes'>,
  now: number,
): PhaseCountdown | null {
  const minutes = phase.timeboxMinutes;
  if (minutes === undefined || !Number.isFinite(minutes) || minutes <= 0) return null;
  const endsAt = incident.declaredAt + minutes * 60_000;
  return { endsAt, remainingMs: Math.max(0, endsAt - now), expired: now >= endsAt };
}

function pad2(value: number): string {
  return value.toString().padStart(2, '0');
}

/**
 * Formats time left as 'mm:ss', or 'h:mm:ss' from one hour. Rounds up to the whole second, so it reads
 * 00:00 only when the time is really up; negative → '00:00'.
 */
export function formatCountdown(ms: number): string {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return hours > 0 ? `${hours}:${pad2(minutes)}:${pad2(seconds)}` : `${pad2(minutes)}:${pad2(seconds)}`;
}
