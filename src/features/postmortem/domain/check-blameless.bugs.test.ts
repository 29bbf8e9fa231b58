// Issue 17's bugs, one test each. Each failed against the checker before the rewrite (see the commit message).
import { describe, expect, it } from 'vitest';
import { checkBlamelessText } from './check-blameless';

const ruleIds = (text: string, people: readonly string[] = []) => checkBlamelessText(text, { people }).map((f) => f.ruleId);

describe('checkBlamelessText: the bugs of issue 17', () => {
  it('flags an @handle as the root cause when no authors or responders are entered', () => {
    expect(ruleIds('The root cause was @dave.')).toContain('root-cause-person');
    expect(ruleIds('Root cause: @mkowalski pushing to main.')).toContain('root-cause-person');
  });

  it('matches names that start with Turkish İ, in any case', () => {
    const people = ['İlker Yılmaz'];
    expect(ruleIds('İlker broke the build.', people).length).toBeGreaterThan(0);
    expect(ruleIds('ILKER YILMAZ broke the build.', people).length).toBeGreaterThan(0);
    expect(ruleIds('ilker yılmaz broke the build.', people).length).toBeGreaterThan(0);
  });

  it('matches names in another script whatever their case, Greek final sigma included', () => {
    expect(ruleIds('ΝΙΚΟΣ broke the build.', ['Νίκος Παππάς']).length).toBeGreaterThan(0);
    expect(ruleIds('Παππάς broke the build.', ['ΝΙΚΟΣ ΠΑΠΠΑΣ']).length).toBeGreaterThan(0);
    expect(ruleIds('андрей broke the build.', ['Андрей Петров']).length).toBeGreaterThan(0);
  });

  it('matches a multi-word given name and a bare surname, not only the full name or its first word', () => {
    const people = ['Mary Ann Lopez'];
    expect(ruleIds('Mary Ann broke checkout.', people).length).toBeGreaterThan(0);
    expect(ruleIds('Lopez broke checkout.', people).length).toBeGreaterThan(0);
  });

  it('gives the same result whatever the adverb order around "should have"', () => {
    for (const text of ['The engineer should have checked the logs.', 'The engineer should really have checked the logs.', 'The engineer really should have checked the logs.', 'The engineer should have really checked the logs.']) {
      expect(ruleIds(text), text).toEqual(['counterfactual']);
    }
  });

  it('gives the same result for "root cause was X" and "root cause of this incident was X"', () => {
    const people = ['Alice Chen'];
    expect(ruleIds('The root cause was Alice.', people)).toEqual(['root-cause-person']);
    expect(ruleIds('The root cause of this incident was Alice.', people)).toEqual(['root-cause-person']);
  });

  it('does not flag "failed to" with a system as its subject', () => {
    expect(ruleIds('The alerting pipeline failed to escalate the page.')).toEqual([]);
    expect(ruleIds('The health check failed to notice the partial outage.')).toEqual([]);
  });

  it('does not flag "mistake" in a neutral technical use', () => {
    expect(ruleIds('The parser reports common spelling mistakes in the manifest.')).toEqual([]);
  });

  it('does not flag "should have" about a system, whatever the verb', () => {
    expect(ruleIds('The replica should have caught up within a minute.')).toEqual([]);
    expect(ruleIds('The deploy pipeline should have paused the rollout.')).toEqual([]);
  });

  it('does not flag sentences that reject or quote blame language, for any rule', () => {
    expect(ruleIds('We never write “human error” in a postmortem.')).toEqual([]);
    expect(ruleIds('Nobody was careless: the dashboard showed a healthy service.')).toEqual([]);
    expect(ruleIds('No one should have to remember this step.')).toEqual([]);
  });

  it('does not flag technical senses of flagged words', () => {
    expect(ruleIds('Run git blame on the file to see the last change.')).toEqual([]);
    expect(ruleIds('The forgot-password page was slow during the incident.')).toEqual([]);
    expect(ruleIds('Steps to reproduce: just restart the pod while a write is in flight.')).toEqual([]);
  });

  it('does not flag code blocks or log lines pasted into the text, and still checks the prose around them', () => {
    const people = ['Alice Chen'];
    expect(ruleIds('2025-03-10T14:05:01Z ERROR auth: Alice failed to renew the token', people)).toEqual([]);
    expect(ruleIds('[WARN] operator error: job aborted by alice', people)).toEqual([]);
    expect(ruleIds('level=error msg="human error suspected" user=alice', people)).toEqual([]);
    const withFence = 'The deploy log showed:\n\n```\nAlice forgot to set DB_POOL\n\nhuman error: retry\n```\n\nThe pool kept its default of 5.';
    expect(ruleIds(withFence, people)).toEqual([]);
    expect(ruleIds(`${withFence} Alice forgot to set it.`, people)).toEqual(['forgot']);
    expect(ruleIds('    Alice forgot to set DB_POOL', people)).toEqual([]);
    expect(ruleIds('14:05 Alice ignored the page.', people)).not.toEqual([]);
  });

  it('gives one finding per phrase when rules overlap', () => {
    expect(checkBlamelessText('We should have just restarted it.', { people: [] })).toHaveLength(1);
  });
});
