import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRewrite, checkBlamelessText } from '../../features/postmortem/domain/check-blameless';
import { BLAMELESS_CORPUS } from './corpus';
import { CORPUS_PEOPLE } from './corpus-types';

// Rewrites, checked on the development set only (never on a held-out set): what a user relies on when they press
// Apply — only the flagged sentence changes, the phrase is gone afterwards, and the original comes back intact.
const blameful = BLAMELESS_CORPUS.filter((s) => s.set === 'dev' && s.blameful && !s.noPeople).map((s) => s.text);
const blameless = BLAMELESS_CORPUS.filter((s) => s.set === 'dev' && !s.blameful && s.kind === 'published').map((s) => s.text);
const people = { people: CORPUS_PEOPLE };

describe('the rewrite of a finding', () => {
  it('changes only the flagged sentence, whatever sentences and spacing surround it, and never repeats the flagged phrase', () => {
    const spacing = fc.constantFrom(' ', '  ', '\n', '\n\n', ' \n');
    fc.assert(
      fc.property(fc.constantFrom(...blameless), fc.constantFrom(...blameful), fc.constantFrom(...blameless), spacing, spacing, (before, bad, after, gap1, gap2) => {
        const text = `${before}${gap1}${bad}${gap2}${after}`;
        const findings = checkBlamelessText(text, people);
        const at = before.length + gap1.length;
        for (const f of findings.filter((x) => x.start >= at && x.end <= at + bad.length)) {
          const applied = applyRewrite(text, f);
          // Everything outside the flagged sentence is kept byte for byte.
          expect(f.rewrite.start).toBeGreaterThanOrEqual(at);
          expect(f.rewrite.end).toBeLessThanOrEqual(at + bad.length);
          expect(applied.slice(0, f.rewrite.start)).toBe(text.slice(0, f.rewrite.start));
          expect(applied.slice(f.rewrite.start + f.rewrite.text.length)).toBe(text.slice(f.rewrite.end));
          expect(f.rewrite.text).not.toBe(text.slice(f.rewrite.start, f.rewrite.end));
          // Undo puts back exactly what was there (the editor keeps the text before applying; this is the inverse).
          expect(applied.slice(0, f.rewrite.start) + text.slice(f.rewrite.start, f.rewrite.end) + applied.slice(f.rewrite.start + f.rewrite.text.length)).toBe(text);
          // The rewrite does not repeat the flagged words.
          expect(f.rewrite.text.toLowerCase().includes(f.match.toLowerCase())).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no finding in the sentence it rewrote', () => {
    const left: string[] = [];
    for (const text of blameful) {
      for (const f of checkBlamelessText(text, people)) {
        const applied = applyRewrite(text, f);
        const end = f.rewrite.start + f.rewrite.text.length;
        const again = checkBlamelessText(applied, people).filter((g) => g.start < end && g.end > f.rewrite.start && g.ruleId === f.ruleId);
        if (again.length > 0) left.push(`${text} → ${f.rewrite.text}`);
      }
    }
    expect(left).toEqual([]);
  });

  it('gives one finding per flagged phrase: no two findings overlap', () => {
    for (const text of blameful) {
      const findings = checkBlamelessText(text, people);
      for (let i = 1; i < findings.length; i += 1) expect(findings[i]!.start, text).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    }
  });
});
