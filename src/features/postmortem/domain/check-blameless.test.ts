import { describe, expect, it } from 'vitest';
import { BLAMELESS_CORPUS, CORPUS_PEOPLE } from './blameless-corpus';
import { checkBlamelessText } from './check-blameless';

describe('checkBlamelessText corpus (scratch)', () => {
  it('scores', () => {
    const rows = BLAMELESS_CORPUS.map((s) => ({ s, f: checkBlamelessText(s.text, { people: CORPUS_PEOPLE }) }));
    for (const { s, f } of rows) {
      const flagged = f.length > 0;
      if (flagged !== s.blameful) console.log(s.blameful ? 'MISS' : 'FP  ', s.text, f.map((x) => `${x.ruleId}:${x.match}`).join(', '));
    }
    expect(rows.length).toBeGreaterThan(0);
  });
});
