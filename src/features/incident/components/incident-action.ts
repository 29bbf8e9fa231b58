import type { Incident } from '../domain/incident-types';

/** Runs a pure domain action on the shown incident, stamped with the current time. */
export type ApplyIncidentAction = (action: (incident: Incident, now: number) => Incident) => void;

/** Element ids other parts of the page (and the keyboard shortcuts) jump to. */
export const INCIDENT_TARGETS = {
  note: 'incident-note',
  updateText: 'status-update-text',
  title: 'incident-title',
  timeline: 'timeline-title',
} as const;

/** Moves focus to an element and brings it into view (a jump from a shortcut or a step's button). */
export function focusTarget(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'center', behavior: 'auto' });
}
