// How a drill (game day) is named wherever it shows, so every screen, update and file says it the same way.
// Small on purpose: the incident page's route chunk carries it (the drill runbook is in drill-runbook.ts, loaded with the form).

/** The mark at the start of every text a drill produces (status updates, the tab title's "DRILL · …"). */
export const DRILL_MARK = '[DRILL]';

/** The name people read: "Drill (game day)". */
export const DRILL_LABEL = 'Drill (game day)';

/** The one sentence that says what a drill is, for banners and exported files. */
export const DRILL_NOTE = 'A practice exercise, not a real incident: nothing is really down, and report figures leave it out.';

/** True for a drill; an incident saved before drills existed (no flag) is a real one. */
export function isDrill(incident: { drill?: boolean }): boolean {
  return incident.drill === true;
}

/**
 * Whether an update text still carries the drill mark (any case, brackets optional), so a drill's update that
 * someone edited cannot be posted looking like a real outage.
 */
export function hasDrillMark(text: string): boolean {
  return /\bdrill\b/i.test(text);
}
