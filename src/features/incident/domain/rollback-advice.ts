// "Roll back or fix forward?" as a small, explicit rule: roll back unless there is a clear reason not to.
import type { RollbackAnswers } from './incident-types';

export type RollbackRecommendation = 'roll-back' | 'fix-forward';

export interface RollbackAdvice {
  recommendation: RollbackRecommendation;
  headline: string;
  /** One plain sentence per reason, in the order they matter. */
  reasons: string[];
}

export interface RollbackQuestion {
  id: keyof RollbackAnswers;
  question: string;
  hint: string;
}

/** The questions behind the advice; each answer is yes, no, or not sure (null). */
export const ROLLBACK_QUESTIONS: readonly RollbackQuestion[] = [
  {
    id: 'changeWentOut',
    question: 'Did a change go out shortly before this started?',
    hint: 'A deploy, a config or feature-flag change, a migration, or an infrastructure change.',
  },
  {
    id: 'dataChanged',
    question: 'Has the change already altered data in a way a rollback cannot undo?',
    hint: 'For example a migration that dropped or rewrote columns, or records written in a format the old version cannot read.',
  },
  {
    id: 'fixSmallAndUnderstood',
    question: 'Is the fix small, and do you understand the cause?',
    hint: 'A change you can make, ship and check in minutes, not a guess.',
  },
];

export const EMPTY_ROLLBACK_ANSWERS: RollbackAnswers = {
  changeWentOut: null,
  dataChanged: null,
  fixSmallAndUnderstood: null,
};

/**
 * Recommends rolling back by default. Fix forward only when no change went out (nothing to roll back),
 * or when data already changed in a way a rollback cannot undo and the fix is small and understood.
 * "Not sure" never unlocks fixing forward.
 */
export function recommendRollbackOrFixForward(answers: RollbackAnswers): RollbackAdvice {
  const { changeWentOut, dataChanged, fixSmallAndUnderstood } = answers;

  if (changeWentOut === false) {
    return {
      recommendation: 'fix-forward',
      headline: 'Fix forward',
      reasons: [
        'No change went out before this started, so there is nothing to roll back.',
        'Restore service another way first if you can: fail over, restart a stuck component, or shed load.',
      ],
    };
  }

  const reasons: string[] = [];
  if (changeWentOut === null) {
    reasons.push('You are not sure whether a change went out: check the deploy and config history, and treat the most recent change as the suspect until you know.');
  } else {
    reasons.push('A change went out shortly before this started, and that change is the most likely cause.');
  }

  if (dataChanged === true && fixSmallAndUnderstood === true) {
    return {
      recommendation: 'fix-forward',
      headline: 'Fix forward',
      reasons: [
        ...reasons.slice(0, 1),
        'The change has already altered data in a way a rollback cannot undo, so rolling back could make things worse.',
        'The fix is small and you understand the cause, so shipping it is the quickest safe way back.',
      ],
    };
  }

  reasons.push('Rolling back returns to a version known to work, which is usually the fastest way to restore service.');
  if (dataChanged === true) {
    reasons.push('Data has already changed, so check that the old version can read it (or restore it) before you roll back.');
    reasons.push(
      fixSmallAndUnderstood === false
        ? 'The fix is not small or not yet understood, and a rushed fix under pressure can cause a second outage.'
        : 'You are not sure the fix is small and understood; until you are, a fix is a guess.',
    );
  } else if (dataChanged === null) {
    reasons.push('You are not sure whether data changed: check quickly that the old version can read today\u2019s data.');
  } else {
    reasons.push('No data changed that a rollback cannot undo, so rolling back is safe.');
  }
  if (dataChanged !== true && fixSmallAndUnderstood === true) {
    reasons.push('Even with a small, understood fix, roll back first and ship the fix calmly afterwards.');
  }

  return { recommendation: 'roll-back', headline: 'Roll back the last change', reasons };
}

/** Words for an answer, for the timeline. */
export function describeRollbackAnswer(answer: boolean | null): string {
  return answer === true ? 'yes' : answer === false ? 'no' : 'not sure';
}
