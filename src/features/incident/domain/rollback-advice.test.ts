import { describe, expect, it } from 'vitest';
import type { RollbackAnswers } from './incident-types';
import { ROLLBACK_QUESTIONS, recommendRollbackOrFixForward } from './rollback-advice';

const VALUES = [true, false, null] as const;

describe('recommendRollbackOrFixForward', () => {
  const table: [RollbackAnswers, 'roll-back' | 'fix-forward'][] = [];
  for (const changeWentOut of VALUES)
    for (const dataChanged of VALUES)
      for (const fixSmallAndUnderstood of VALUES) {
        const fixForward = changeWentOut === false || (dataChanged === true && fixSmallAndUnderstood === true);
        table.push([{ changeWentOut, dataChanged, fixSmallAndUnderstood }, fixForward ? 'fix-forward' : 'roll-back']);
      }

  it.each(table)('%j → %s', (answers, expected) => {
    const advice = recommendRollbackOrFixForward(answers);
    expect(advice.recommendation).toBe(expected);
    expect(advice.headline).toBe(expected === 'roll-back' ? 'Roll back the last change' : 'Fix forward');
    expect(advice.reasons.length).toBeGreaterThan(0);
    for (const reason of advice.reasons) expect(reason).toMatch(/^[A-Z][^\n]*\.$/);
  });

  it('rolls back when nothing is answered yet', () => {
    expect(recommendRollbackOrFixForward({ changeWentOut: null, dataChanged: null, fixSmallAndUnderstood: null }).recommendation).toBe('roll-back');
  });

  it('explains that there is nothing to roll back when no change went out', () => {
    const advice = recommendRollbackOrFixForward({ changeWentOut: false, dataChanged: null, fixSmallAndUnderstood: null });
    expect(advice.reasons[0]).toMatch(/nothing to roll back/);
  });

  it('warns about data when rolling back after data changed', () => {
    const advice = recommendRollbackOrFixForward({ changeWentOut: true, dataChanged: true, fixSmallAndUnderstood: false });
    expect(advice.reasons.join(' ')).toMatch(/old version can read it/);
  });
});

describe('ROLLBACK_QUESTIONS', () => {
  it('asks one question per answer, with a hint', () => {
    expect(ROLLBACK_QUESTIONS.map((q) => q.id)).toEqual(['changeWentOut', 'dataChanged', 'fixSmallAndUnderstood']);
    for (const q of ROLLBACK_QUESTIONS) {
      expect(q.question).toMatch(/\?$/);
      expect(q.hint.length).toBeGreaterThan(0);
    }
  });
});
