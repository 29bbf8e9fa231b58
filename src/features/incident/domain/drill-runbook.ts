// The drill runbook: the user's own runbook, wrapped in a briefing before the first phase and a debrief after the
// last, so a game day rehearses the real sequence and still starts and ends as a drill. Loaded with the declare form.
import type { Runbook, RunbookPhase } from './incident-types';
import { RUNBOOK_LIMITS } from './runbook';

/** The phase every drill runbook starts with. */
export const DRILL_BRIEFING_PHASE: RunbookPhase = {
  id: 'drill-briefing',
  title: 'Drill briefing',
  guidance: 'Before anyone acts: make sure everyone knows this is practice, what is simulated, and how to stop it.',
  steps: [
    {
      id: 'drill-announce',
      title: 'Announce the drill',
      guidance: 'Tell everyone taking part, and anyone who might notice, that this is a drill. Say “this is a drill” at the start of each call and message.',
      detail:
        'People who were not told will treat alarms and messages as real. Tell the on-call rota, support and anyone watching the dashboards before the scenario starts.',
    },
    {
      id: 'drill-scenario',
      title: 'Name the scenario',
      guidance: 'Say what is simulated, which systems are in play and which are off limits.',
      detail: 'A clear scope keeps the drill safe: nobody restarts a real production system because the scenario was unclear.',
    },
    {
      id: 'drill-abort',
      title: 'Set the abort word and criteria',
      guidance: 'Agree a word that stops the drill at once, and when you will stop: real customer impact, a real alert, a time limit.',
      detail:
        'If a real incident starts during the drill, say the abort word, resolve the drill and declare a real incident. A drill stays a drill, so its times and costs never mix with real ones.',
    },
    {
      id: 'drill-no-customers',
      title: 'Confirm nothing customer-facing will be sent',
      guidance: 'Check that the status page, customer emails and social posts stay untouched. Post drill updates only where the drill runs.',
      detail: 'Every update this drill writes starts with [DRILL]. Keep that mark when you edit one, and never post it to customers.',
    },
  ],
};

/** The phase every drill runbook ends with. */
export const DRILL_DEBRIEF_PHASE: RunbookPhase = {
  id: 'drill-debrief',
  title: 'Drill debrief',
  guidance: 'End the drill clearly, then learn from it while it is fresh.',
  steps: [
    {
      id: 'drill-end',
      title: 'Announce that the drill is over',
      guidance: 'Tell everyone you told at the start that the drill has ended and everything is back to normal.',
    },
    {
      id: 'drill-debrief-talk',
      title: 'Hold the debrief',
      guidance: 'Ask what went well, what was hard and what surprised people. Talk about the system and the runbook, not about who did what.',
    },
    {
      id: 'drill-record-changes',
      title: 'Record what to change',
      guidance: 'Note runbook gaps, missing access and alerts that did not fire as action items in the drill’s postmortem.',
      action: 'postmortem',
    },
  ],
};

const DRILL_IDS = new Set([DRILL_BRIEFING_PHASE, DRILL_DEBRIEF_PHASE].flatMap((phase) => [phase.id, ...phase.steps.map((step) => step.id)]));

/**
 * The drill runbook made from `runbook`: "Drill: <name>", the briefing first, every phase of `runbook` as it is,
 * the debrief last. A runbook that already holds the drill phases (its ids) is returned unchanged. Null when the two
 * phases would take it past the runbook limits (it could no longer be saved): declare with the runbook as it is.
 */
export function createDrillRunbook(runbook: Runbook): Runbook | null {
  const ids = runbook.phases.flatMap((phase) => [phase.id, ...phase.steps.map((step) => step.id)]);
  if (ids.some((id) => DRILL_IDS.has(id))) return runbook;
  if (runbook.phases.length + 2 > RUNBOOK_LIMITS.phases) return null;
  const name = `Drill: ${runbook.name}`.slice(0, RUNBOOK_LIMITS.title).trim();
  return { ...runbook, name, phases: [DRILL_BRIEFING_PHASE, ...runbook.phases, DRILL_DEBRIEF_PHASE] };
}

/** Which runbook a declared incident follows: a drill with the drill runbook chosen gets it (when it can be made). */
export function chooseDeclareRunbook(runbook: Runbook, choice: { drill?: boolean; runbookChoice?: 'drill' | 'standard' }): Runbook {
  if (choice.drill !== true || choice.runbookChoice === 'standard') return runbook;
  return createDrillRunbook(runbook) ?? runbook;
}
