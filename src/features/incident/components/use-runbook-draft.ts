// The runbook editor's state apart from its markup: the draft, undo of the last removal, the status line and
// validation, so the phase and step editors only render and report edits.
import { useState } from 'react';
import { useFocusAfterRender } from '../../../components/ui/use-focus-after-render';
import { DEFAULT_RUNBOOK } from '../domain/default-runbook';
import type { Runbook, RunbookPhase, RunbookStep } from '../domain/incident-types';
import { removeRunbookPhase, removeRunbookStep, validateRunbook } from '../domain/runbook';
import { useIncidentStore } from '../store/incident-store-context';
import { announce } from './announcer';

export type RunbookStatus = { kind: 'saved' | 'imported' | 'reset' | 'removed' | 'info'; message: string } | null;

/** The id of the error summary, focused when problems are shown. */
export const RUNBOOK_ERRORS_ID = 'runbook-errors';

function sameRunbook(a: Runbook, b: Runbook): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function titled(item: { title: string }): string {
  return item.title.trim() ? `“${item.title.trim()}”` : 'without a title';
}

/** Draft state of the default runbook: edits, whole replacements, save, undo of a removal and the problems shown. */
export function useRunbookDraft() {
  const saved = useIncidentStore((s) => s.incident.runbook);
  const setDefaultRunbook = useIncidentStore((s) => s.setDefaultRunbook);
  const resetDefaultRunbook = useIncidentStore((s) => s.resetDefaultRunbook);
  const [draft, setDraft] = useState<Runbook>(saved);
  // Bumped when the whole draft is replaced (import, reset, discard), so per-field text state starts over.
  const [generation, setGeneration] = useState(0);
  const [errors, setErrors] = useState<string[]>([]);
  const [showErrors, setShowErrors] = useState(false);
  const [status, setStatus] = useState<RunbookStatus>(null);
  const [undo, setUndo] = useState<Runbook | null>(null);
  const focusAfterRender = useFocusAfterRender();

  /** Applies one edit; when problems are on screen they are checked again as the user fixes them. */
  const edit = (next: Runbook, focusId?: string) => {
    setDraft(next);
    if (focusId) focusAfterRender(focusId);
    if (status?.kind !== 'removed') setStatus(null);
    if (showErrors) {
      const result = validateRunbook(next);
      setErrors(result.ok ? [] : result.errors);
    }
  };

  /** Replaces the whole draft (import, reset, discard) and says so. */
  const replaceDraft = (next: Runbook, nextStatus: RunbookStatus) => {
    setDraft(next);
    setGeneration((value) => value + 1);
    setErrors([]);
    setShowErrors(false);
    setUndo(null);
    setStatus(nextStatus);
    if (nextStatus) announce(nextStatus.message);
  };

  const showProblems = (problems: string[]) => {
    setErrors(problems);
    setShowErrors(true);
    focusAfterRender(RUNBOOK_ERRORS_ID);
  };

  /** The draft if it is valid; otherwise shows its problems and gives null. */
  const validDraft = (): Runbook | null => {
    const result = validateRunbook(draft);
    if (result.ok) return result.runbook;
    showProblems(result.errors);
    return null;
  };

  const save = () => {
    const runbook = validDraft();
    if (!runbook) return;
    setDefaultRunbook(runbook);
    setDraft(runbook);
    setErrors([]);
    setShowErrors(false);
    setUndo(null);
    const message = 'Saved as your default runbook. The next incident you declare will use it.';
    setStatus({ kind: 'saved', message });
    announce(message);
  };

  const removeWithUndo = (next: Runbook, message: string) => {
    setUndo(draft);
    edit(next, 'runbook-undo');
    setStatus({ kind: 'removed', message });
    announce(message);
  };

  return {
    draft,
    generation,
    errors,
    showErrors,
    status,
    setStatus,
    undo,
    dirty: !sameRunbook(draft, saved),
    isBuiltIn: sameRunbook(saved, DEFAULT_RUNBOOK),
    edit,
    replaceDraft,
    showProblems,
    validDraft,
    save,
    discard: () => replaceDraft(saved, { kind: 'info', message: 'Your changes were discarded.' }),
    reset: () => {
      resetDefaultRunbook();
      replaceDraft(DEFAULT_RUNBOOK, { kind: 'reset', message: 'The built-in runbook is your default again.' });
    },
    removePhase: (phase: RunbookPhase) => removeWithUndo(removeRunbookPhase(draft, phase.id), `Removed the phase ${titled(phase)}.`),
    removeStep: (phase: RunbookPhase, step: RunbookStep) =>
      removeWithUndo(removeRunbookStep(draft, phase.id, step.id), `Removed the step ${titled(step)}.`),
    undoRemoval: () => {
      if (!undo) return;
      edit(undo);
      setUndo(null);
      setStatus({ kind: 'info', message: 'Brought it back.' });
      announce('Brought it back.');
    },
  };
}
