import { describe, expect, it } from 'vitest';
import { createPostmortem } from '../../postmortem/domain/templates';
import { listContributingFactors, normalizeFactor } from './contributing-factors';

function docWith(body: string, hidden = false, because = '') {
  const doc = createPostmortem({ template: 'google-sre', now: 0, timeZone: 'UTC', id: 'pm' });
  return {
    ...doc,
    sections: doc.sections.map((s) => (s.kind === 'contributing-factors' ? { ...s, body, hidden } : s)),
    fiveWhys: because ? [{ id: 'w', why: 'Why?', because }] : [],
  };
}

describe('listContributingFactors', () => {
  it('takes each list item of the Contributing factors section and the last five-whys answer, once each', () => {
    const factors = listContributingFactors(docWith('- No canary deploy.\n- Alert threshold too high\n* no canary  deploy', false, 'Retry storm'));
    expect(factors.map((f) => f.label)).toEqual(['No canary deploy.', 'Alert threshold too high', 'Retry storm']);
  });

  it('reads lines when there is no list, and skips hidden sections', () => {
    expect(listContributingFactors(docWith('Old runbook\nLate alert')).map((f) => f.key)).toEqual(['old runbook', 'late alert']);
    expect(listContributingFactors(docWith('- Hidden', true))).toEqual([]);
  });

  it('shortens prose to a label', () => {
    const [factor] = listContributingFactors(docWith(`- ${'word '.repeat(60)}`));
    expect(factor?.label.length).toBeLessThanOrEqual(120);
  });
});

describe('normalizeFactor', () => {
  it('ignores case, spacing and trailing punctuation', () => {
    expect(normalizeFactor('  No   Canary deploy.; ')).toBe('no canary deploy');
  });
});
