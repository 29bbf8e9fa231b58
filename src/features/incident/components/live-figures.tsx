// The numbers that move. Their per-second text is written by the ticker into its element (ClockText), with
// no React render; what changes rarely (a countdown turning "soon" or "overdue", a reminder) is a leaf that
// re-renders only itself when it changes. Nothing here is announced every second (timers are not live regions).
import { useEffect, useRef } from 'react';
import { formatMoney } from '../../../lib/format';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import { calculateUpdateDue, formatCountdown } from '../domain/cadence';
import { calculateCostSoFar } from '../domain/cost-so-far';
import { describeImpactSpan } from '../domain/impact-span';
import type { Incident } from '../domain/incident-types';
import { buildIncidentTabTitle, calculateReminderCount } from '../domain/incident-progress';
import { calculateElapsedMs, calculateIncidentMetrics, type MetricKey } from '../domain/metrics';
import { formatClock } from '../../../lib/format-duration';
import { announce } from './announcer';
import { ClockText } from './clock-text';
import { playReminderSound, showReminderNotification } from './reminder-alerts';
import { alignClock, useClockValue } from './use-clock';
import './live-figures.css';

type ElapsedSource = Pick<Incident, 'startedAt' | 'milestones'>;
type DueSource = Pick<Incident, 'declaredAt' | 'updates' | 'cadenceMinutes' | 'status'>;

/** hh:mm:ss since impact started, frozen at resolution. Named by the element `labelledBy` points to. */
export function ElapsedClock({ incident, labelledBy, className }: { incident: ElapsedSource; labelledBy: string; className?: string }) {
  // The ticker ticks as this clock's second turns, so the main figure is never late.
  useEffect(() => alignClock(incident.startedAt), [incident.startedAt]);
  return (
    <ClockText
      className={className}
      role="timer"
      aria-labelledby={labelledBy}
      select={(now) => formatClock(calculateElapsedMs(incident, now))}
    />
  );
}

type UpdateState = 'due' | 'soon' | 'overdue';

/** "Heads up" starts two minutes before an update is due. */
const SOON_MS = 2 * 60_000;

function readUpdateState(incident: DueSource, now: number): UpdateState {
  const due = calculateUpdateDue(incident, now);
  if (due.overdue) return 'overdue';
  return due.remainingMs <= SOON_MS ? 'soon' : 'due';
}

function readUpdateCountdown(incident: DueSource, now: number): string {
  const due = calculateUpdateDue(incident, now);
  return formatCountdown(due.overdue ? due.overdueMs : due.remainingMs);
}

/** The update countdown as a figure: label, mm:ss, and when it is due. Turns red only once overdue. */
export function UpdateCountdownFigure({ incident, dueText }: { incident: DueSource; dueText: string }) {
  const state = useClockValue((now) => readUpdateState(incident, now));
  return (
    <div className={`incident-figure incident-figure--update is-${state}`}>
      <span className="incident-figure__label" id="update-countdown-label">
        {state === 'overdue' ? 'Status update overdue by' : 'Next status update due in'}
      </span>
      <ClockText
        className="incident-figure__value"
        role="timer"
        aria-labelledby="update-countdown-label"
        select={(now) => readUpdateCountdown(incident, now)}
      />
      <span className="incident-figure__sub">
        {state === 'overdue' ? 'Was due' : 'Due'} by {dueText}
      </span>
    </div>
  );
}

/** The countdown inside the status update panel (smaller; same numbers). */
export function UpdateCountdownLine({ incident }: { incident: DueSource }) {
  const state = useClockValue((now) => readUpdateState(incident, now));
  return (
    <p className={`update-countdown is-${state}`}>
      <span id="composer-countdown-label">{state === 'overdue' ? 'Overdue by' : 'Next update due in'}</span>{' '}
      <ClockText
        className="update-countdown__value"
        role="timer"
        aria-labelledby="composer-countdown-label"
        select={(now) => readUpdateCountdown(incident, now)}
      />
    </p>
  );
}

/** The calm-but-unmissable overdue banner; renders nothing until the update is overdue. */
export function OverdueBanner({ incident, onWriteUpdate }: { incident: DueSource; onWriteUpdate: () => void }) {
  const overdue = useClockValue((now) => calculateUpdateDue(incident, now).overdue);
  if (!overdue) return null;
  return (
    <section className="incident-overdue" aria-labelledby="overdue-title">
      <div className="incident-overdue__text">
        <h2 id="overdue-title" className="incident-overdue__title">
          Status update overdue by <ClockText className="tabular" select={(now) => readUpdateCountdown(incident, now)} />
        </h2>
        <p>People are waiting to hear from you. Post a short update now, even if nothing has changed yet.</p>
      </div>
      <button type="button" className="button button--primary" onClick={onWriteUpdate}>
        Write the update
      </button>
    </section>
  );
}

/** Cost over the impact span (impact start → service restored, or → now): the calculator's own model. Not a live region. */
export function CostSoFar({ incident, costInputs, labelledBy }: { incident: ElapsedSource; costInputs: CostInputs; labelledBy: string }) {
  return (
    <ClockText
      as="output"
      className="incident-figure__value"
      aria-live="off"
      aria-labelledby={labelledBy}
      select={(now) =>
        formatMoney(calculateCostSoFar(costInputs, describeImpactSpan(incident, now).ms).total, costInputs.currency, undefined, {
          maximumFractionDigits: 0,
        })
      }
    />
  );
}

/** A response metric that may still be counting. */
export function MetricValue({ incident, metric }: { incident: Pick<Incident, 'startedAt' | 'milestones'>; metric: MetricKey }) {
  return (
    <ClockText
      className="metric__value"
      select={(now) => {
        const value = calculateIncidentMetrics(incident, now).find((m) => m.key === metric);
        return value?.ms === null || value === undefined ? '—' : formatClock(value.ms);
      }}
    />
  );
}

/** Keeps the browser tab's title on the elapsed time and the update countdown while the incident runs. */
export function IncidentTabTitle({ incident }: { incident: ElapsedSource & DueSource & Pick<Incident, 'title' | 'drill'> }) {
  const title = useClockValue((now) =>
    buildIncidentTabTitle({
      drill: incident.drill === true,
      title: incident.title,
      elapsedMs: calculateElapsedMs(incident, now),
      due: incident.status === 'active' ? calculateUpdateDue(incident, now) : null,
    }),
  );
  const baseTitle = useRef<string | null>(null);
  useEffect(() => {
    // A microtask runs after the app shell's own title effect in the same commit, so ours wins.
    queueMicrotask(() => {
      if (baseTitle.current === null) baseTitle.current = document.title;
      document.title = title;
    });
  }, [title]);
  useEffect(
    () => () => {
      if (baseTitle.current !== null) document.title = baseTitle.current;
    },
    [],
  );
  return null;
}

export interface ReminderPreferences {
  sound: boolean;
  notifications: boolean;
}

/**
 * Reminds when the update becomes overdue and every five minutes after: a polite announcement always,
 * a tone and a desktop notification only if switched on. Not on first render, so a reload does not beep.
 */
export function UpdateReminders({ incident, preferences }: { incident: DueSource & Pick<Incident, 'id' | 'title'>; preferences: ReminderPreferences }) {
  const count = useClockValue((now) => calculateReminderCount(calculateUpdateDue(incident, now)));
  const last = useRef(count);
  useEffect(() => {
    const previous = last.current;
    last.current = count;
    if (count <= previous || count === 0) return;
    const message =
      count === 1
        ? `Status update overdue for “${incident.title}”. Post an update now, even if nothing has changed.`
        : `The status update for “${incident.title}” is still overdue. Post an update now.`;
    announce(message);
    if (preferences.sound) playReminderSound();
    if (preferences.notifications) showReminderNotification('Status update overdue', message, `outage-kit-${incident.id}`);
  }, [count, incident.id, incident.title, preferences.sound, preferences.notifications]);
  return null;
}
