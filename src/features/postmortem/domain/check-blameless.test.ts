import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLAMELESS_CORPUS } from '../../../testing/blameless-corpus/corpus';
import { BLAMELESS_RULES } from './blameless-rules';
import { applyRewrite, checkBlamelessText, checkPostmortem } from './check-blameless';
import { addActionItem, addFiveWhy, addTimelineRow, setSectionHidden, updateSectionBody } from './edit-postmortem';
import { createPostmortem } from './templates';

const people = ['Alice Chen', '@bob', 'Zofia Wiśniewska', 'Ελένη Παπαδοπούλου', 'J'];
const rules = (text: string) => checkBlamelessText(text, { people }).map((f) => `${f.ruleId}:${f.match}`);

describe('checkBlamelessText', () => {
  it('flags each required phrase', () => {
    expect(rules('It was human error.')).toEqual(['human-error:human error']);
    expect(rules('We should have waited. They could have caught it. Someone should’ve checked.')).toEqual([
      'counterfactual:We should have waited',
      'counterfactual:They could have caught',
      'counterfactual:Someone should’ve checked',
    ]);
    expect(rules('The reviewer failed to notice the change.')).toEqual(['failed-to:The reviewer failed to notice']);
    expect(rules('They forgot to drain the node.')).toEqual(['forgot:They forgot']);
    expect(rules('The config was changed carelessly.')).toEqual(['careless:carelessly']);
    expect(rules('That was negligent.')).toEqual(['negligence:negligent']);
    expect(rules('Who is to blame? The culprit was a config push. He was at fault.')).toEqual([
      'blame:blame',
      'blame:culprit',
      'blame:at fault',
    ]);
    expect(rules("She didn't bother to check.")).toEqual(["motive:didn't bother"]);
    expect(rules('Obviously the pool was small.')).toEqual(['hindsight:Obviously']);
    expect(rules('The root cause was Alice.')).toEqual(['root-cause-person:root cause was Alice']);
    expect(rules('We screwed up and messed up the DNS.')).toEqual(['mistake:screwed up', 'mistake:messed up']);
  });

  it('flags a responder named as the cause, by name, first name or handle, in any script', () => {
    expect(rules('Alice broke checkout.')).toEqual(['person-as-cause:Alice broke']);
    expect(rules('alice chen caused the outage.')).toEqual(['person-as-cause:alice chen caused']);
    expect(rules("It was @bob's mistake.")).toEqual(["mistake:@bob's mistake"]);
    expect(rules('bob broke it')).toEqual(['person-as-cause:bob broke']);
    expect(rules('The deploy failed because Ελένη skipped the canary.')).toEqual(['person-as-cause:Ελένη skipped']);
    expect(rules('@someone-else took down prod')).toEqual(['person-as-cause:@someone-else took down']);
  });

  it('flags people the authors did not enter, but not products, services or code names acting the same way', () => {
    const unlisted = (text: string) => checkBlamelessText(text, { people: [] }).length;
    expect(unlisted('Ms. Alvarez never escalated, even after the third page.')).toBeGreaterThan(0);
    expect(unlisted('Ngozi Adeyemi was nowhere to be found when the pager went off.')).toBeGreaterThan(0);
    expect(unlisted('Raj ignored the disk-space alert for two hours.')).toBeGreaterThan(0);
    expect(unlisted('Carlos took his time answering the page.')).toBeGreaterThan(0);
    expect(unlisted("Lena's change took the API gateway offline.")).toBeGreaterThan(0);
    expect(unlisted('田中 skipped the pre-deploy checklist again.')).toBeGreaterThan(0);
    expect(unlisted('The root cause was Dmitri.')).toBeGreaterThan(0);
    expect(unlisted('Postgres ignored the statement timeout because the query was holding a lock.')).toBe(0);
    expect(unlisted('Cloudflare took the origin offline after health checks failed in three regions.')).toBe(0);
    expect(unlisted('Phoenix took the primary offline when the disk health check failed.')).toBe(0);
    expect(unlisted('Sidecar ignored the new certificate until its pods were recycled.')).toBe(0);
    expect(unlisted('Raj noticed the disk-space alert and opened an incident.')).toBe(0);
  });

  it('flags sanctions and verdicts about people or teams, not ownership or routine work', () => {
    const none = (text: string) => checkBlamelessText(text, { people: [] }).length;
    expect(none('Sam has been moved off on-call until further notice.')).toBeGreaterThan(0);
    expect(none("Alice's deploy rights have been taken away.")).toBeGreaterThan(0);
    expect(none('Bob needs retraining on the deploy tooling.')).toBeGreaterThan(0);
    expect(none('The networking team will be held to account at the quarterly review.')).toBeGreaterThan(0);
    expect(none('Root cause analysis points squarely at the release manager.')).toBeGreaterThan(0);
    expect(none('QA let the broken build through to release.')).toBeGreaterThan(0);
    expect(none('The platform team owns the follow-up for the alert thresholds.')).toBe(0);
    expect(none('The on-call engineer pulled the unhealthy host out of the rotation.')).toBe(0);
    expect(none('The ML team retrained the fraud model on the corrected data.')).toBe(0);
    expect(none('The incident was declared by Marta at 16:40.')).toBe(0);
    expect(none('The release squad delayed the change until after the sale.')).toBe(0);
  });

  it('rewrites the sentence it flags: a question about that sentence, or the sentence without the words', () => {
    const rewrite = (text: string) => checkBlamelessText(text, { people }).map((f) => f.rewrite.text);
    expect(rewrite('Zofia skipped the migration step.')).toEqual(['What made the migration step easy to skip?']);
    expect(rewrite('Alice should have checked the dashboard before deploying.')).toEqual(['What made checking the dashboard before deploying seem unnecessary at the time?']);
    expect(rewrite('Obviously, the retry limit was too high.')).toEqual(['The retry limit was too high.']);
    expect(rewrite('The config was changed carelessly.')).toEqual(['The config was changed.']);
    expect(rewrite('Alice broke checkout.')).toEqual(['What in the system let checkout break?']);
    expect(rewrite('This should have been caught in code review.')).toEqual(['What kept this from being caught in code review at the time?']);
    const text = 'The pool was resized. Zofia skipped the migration step. Latency recovered.';
    const [finding] = checkBlamelessText(text, { people });
    expect(finding && applyRewrite(text, finding)).toBe('The pool was resized. What made the migration step easy to skip? Latency recovered.');
  });

  it('does not flag neutral uses', () => {
    for (const text of [
      'We adjusted the pool and use just-in-time access.',
      'This is a blameless review; nobody is to blame.',
      'Alice rolled back the deploy at 14:07 and Zofia Wiśniewska led the response.',
      'The deploy failed to complete because the registry timed out.',
      'Fault injection found a hardware fault in the disk controller.',
      'Requests just above the limit were retried.',
      'It was not obvious from the logs which service was slow.',
      'Lazy loading delayed the first response.',
      'J broke nothing: a one-letter name is too short to match.',
    ]) {
      expect(rules(text), text).toEqual([]);
    }
  });

  it('reports positions, the rule texts and stable keys', () => {
    const text = 'Obviously it broke. Obviously again.';
    const findings = checkBlamelessText(text, { people: [] });
    expect(findings.map((f) => [f.start, f.end, text.slice(f.start, f.end), f.key])).toEqual([
      [0, 9, 'Obviously', 'hindsight:obviously:0'],
      [20, 29, 'Obviously', 'hindsight:obviously:1'],
    ]);
    const rule = BLAMELESS_RULES.find((r) => r.id === 'hindsight');
    expect(findings[0]).toMatchObject({ label: rule?.label, message: rule?.message, why: rule?.why });
    const edited = checkBlamelessText(`Summary first. ${text}`, { people: [] });
    expect(edited.map((f) => f.key)).toEqual(findings.map((f) => f.key));
  });

  it('merges overlapping findings into the most specific one', () => {
    expect(rules("Alice Chen's mistake broke checkout.")).toEqual(["person-as-cause:Alice Chen's mistake broke"]);
  });

  it('gives every rule a label, a message and a reason, and flags its examples', () => {
    for (const rule of BLAMELESS_RULES) {
      expect(rule.label && rule.message && rule.why, rule.id).toBeTruthy();
      expect(rule.why.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1).length, rule.id).toBeLessThanOrEqual(3);
      for (const example of rule.examples) expect(rules(example).length, `${rule.id}: ${example}`).toBeGreaterThan(0);
    }
  });

  it('handles long text', () => {
    const long = 'The pool was resized after review. '.repeat(3000) + 'It was human error.';
    expect(checkBlamelessText(long, { people }).map((f) => f.ruleId)).toEqual(['human-error']);
  });
});

describe('checkPostmortem', () => {
  function draft() {
    let doc = createPostmortem({ template: 'google-sre', now: 0, timeZone: 'UTC', id: 'pm-1' });
    doc = { ...doc, title: 'Obviously a bad day', responders: ['Alice Chen'] };
    doc = updateSectionBody(doc, 'summary', 'Alice broke checkout. It was human error.');
    doc = updateSectionBody(doc, 'lessons', 'We should have tested.');
    doc = addTimelineRow(doc, { at: 1, text: 'Alice forgot to drain the node' });
    doc = addActionItem(doc, { description: 'Be more careful with configs' });
    doc = addFiveWhy(doc, { why: 'Why?', because: 'Because of human error' });
    return { ...doc, impact: { ...doc.impact, notes: 'Negligent change' } };
  }

  it('checks every text field and counts findings per section', () => {
    const result = checkPostmortem(draft());
    expect(result.fields.map((f) => [f.fieldId, f.fieldLabel, f.sectionId, f.findings.length])).toEqual([
      ['title', 'Title', undefined, 1],
      ['section:summary', 'Summary', 'summary', 2],
      ['impact-notes', 'Impact: notes', 'impact', 1],
      ['timeline:row-1', 'Timeline, row 1', 'timeline', 1],
      ['why:why-1:because', 'Why 1 (answer)', 'root-causes', 1],
      ['action:action-1', 'Action item 1', 'action-items', 1],
      ['section:lessons', 'Lessons learned', 'lessons', 1],
    ]);
    expect(result.countsBySection).toEqual({ summary: 2, impact: 1, timeline: 1, 'root-causes': 1, 'action-items': 1, lessons: 1 });
    expect(result.total).toBe(8);
    expect(result.fields[1]?.findings[0]?.key).toBe('section:summary|person-as-cause:alice broke:0');
  });

  it('gives the same findings after edits as a fresh check, though it re-reads only the texts that changed', () => {
    const before = draft();
    checkPostmortem(before);
    const edited = updateSectionBody(before, 'summary', 'Checkout failed after a config change.');
    expect(checkPostmortem(edited).countsBySection.summary).toBeUndefined();
    const back = updateSectionBody(edited, 'summary', before.sections[0]?.body ?? '');
    expect(checkPostmortem(back)).toEqual(checkPostmortem(before));
    // Names are part of the check: a new responder's name is flagged in text that was checked before. (Typed in lower
    // case, so that only the people list can say it is a person: a capitalised full name before a verb is found as an
    // unlisted name on its own.)
    const named = updateSectionBody(before, 'lessons', 'bob stone broke the deploy.');
    expect(checkPostmortem(named).countsBySection.lessons).toBeUndefined();
    expect(checkPostmortem({ ...named, responders: ['Alice Chen', 'Bob Stone'] }).countsBySection.lessons).toBe(1);
  });

  it('leaves out dismissed findings and hidden sections', () => {
    const doc = draft();
    const key = checkPostmortem(doc).fields[1]?.findings[0]?.key ?? '';
    const result = checkPostmortem({ ...setSectionHidden(doc, 'timeline', true), dismissedFindings: [key] });
    expect(result.fields.find((f) => f.fieldId === 'section:summary')?.findings).toHaveLength(1);
    expect(result.fields.some((f) => f.fieldId.startsWith('timeline:'))).toBe(false);
    expect(result.dismissedCount).toBe(1);
    expect(result.total).toBe(6);
  });
});

describe('checkBlamelessText on long texts (checked paragraph by paragraph)', () => {
  it('finds exactly what it finds in the same paragraphs as a short text: offsets, matches and keys', () => {
    const flagged = BLAMELESS_CORPUS.filter((entry) => entry.blameful && entry.set === 'dev').map((entry) => entry.text);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...flagged, 'The cache warmed up again.', 'Alice Chen paged the database team.'), { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const short = paragraphs.join('\n\n');
        fc.pre(short.length < 2_000);
        // A neutral last paragraph makes the text long enough to be checked paragraph by paragraph.
        const long = `${short}\n\n${'The queue drained and latency returned to normal. '.repeat(60)}`;
        expect(checkBlamelessText(long, { people })).toEqual(checkBlamelessText(short, { people }));
      }),
      { numRuns: 100 },
    );
  });

  it('re-checks only what changed: an edit in one paragraph keeps the findings of the others', () => {
    const paragraph = 'Alice Chen should have checked the dashboard before deploying.';
    const filler = 'The rollout continued across regions without further errors. '.repeat(40);
    const before = checkBlamelessText(`${paragraph}\n\n${filler}`, { people });
    const after = checkBlamelessText(`${paragraph}\n\n${filler}More.`, { people });
    expect(after).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });
});
