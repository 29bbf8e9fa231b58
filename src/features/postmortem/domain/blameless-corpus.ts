// Test data: labelled incident-writing sentences for measuring the blameless checker's precision and recall.
import { checkBlamelessText, type Finding } from './check-blameless';

export interface CorpusSentence {
  text: string;
  /** True when a reviewer would ask the author to rewrite it as blameless. */
  blameful: boolean;
  /** What makes it blameful, or what makes a blameless one tricky. */
  note: string;
}

/** The people named in the corpus: the checker gets them as responders. */
export const CORPUS_PEOPLE: readonly string[] = [
  'Alice Chen',
  '@bob',
  'Zofia Wiśniewska',
  'Андрей Петров',
  'Ελένη Παπαδοπούλου',
  'Sam Okafor',
  'Will Turner',
  'Priya',
];

const blameful = (text: string, note: string): CorpusSentence => ({ text, blameful: true, note });
const blameless = (text: string, note: string): CorpusSentence => ({ text, blameful: false, note });

/**
 * Written to read like real postmortem drafts, not like the rules: some blameful sentences use phrasing no rule
 * targets, and some blameless ones mention people, "fault", "failed to", "just" and "should have" neutrally.
 */
export const BLAMELESS_CORPUS: readonly CorpusSentence[] = [
  // Blameful
  blameful('The outage was caused by human error during the deploy.', 'human error'),
  blameful('Alice should have checked the dashboard before pushing the change.', 'counterfactual about a person'),
  blameful('The on-call engineer failed to notice the rising error rate.', 'failed to, person'),
  blameful('Bob forgot to update the runbook after the migration.', 'forgot'),
  blameful('The config was changed carelessly, without a second look.', 'careless'),
  blameful('This was pure negligence on the part of the database team.', 'negligence'),
  blameful('Ultimately, Sam is to blame for the outage.', 'blame'),
  blameful('The culprit was the engineer who merged the pull request.', 'culprit'),
  blameful("He didn't bother to run the migration in staging first.", "didn't bother"),
  blameful('Obviously, the retry limit was far too high.', 'hindsight'),
  blameful('They could have just restarted the service and avoided the whole thing.', 'counterfactual + minimiser'),
  blameful('The root cause was Андрей running the script against production.', 'person as root cause'),
  blameful('Zofia broke the checkout flow with her config change.', 'person as cause'),
  blameful("It was @bob's mistake that took down the payments API.", 'handle + mistake'),
  blameful('The deploy failed because Ελένη skipped the canary stage.', 'because <name>'),
  blameful('We screwed up the database failover.', 'screwed up'),
  blameful('Someone messed up the DNS records on Friday.', 'messed up'),
  blameful("The engineer should've waited for the canary results.", "should've"),
  blameful('It was simply a matter of reading the alert.', 'hindsight: simply'),
  blameful('All they had to do was roll back the release.', 'hindsight'),
  blameful('Will Turner caused the outage by disabling the rate limiter.', 'person as cause'),
  blameful('The team failed to follow the change management process.', 'failed to follow'),
  blameful("Priya didn't check whether the migration was reversible.", 'omission by a named person'),
  blameful('This incident was entirely avoidable.', 'hindsight: avoidable'),
  blameful('A careless typo in the YAML file brought down the cluster.', 'careless'),
  blameful('The operator error went unnoticed for twenty minutes.', 'operator error'),
  blameful('Sam was at fault for approving the change without tests.', 'at fault'),
  blameful('Clearly, the monitoring thresholds were wrong.', 'hindsight: clearly'),
  blameful('If only someone had looked at the logs, this would have been caught sooner.', 'if only'),
  blameful('The developer made a silly mistake in the connection string.', 'mistake'),
  blameful('Alice Chen ignored the alerts for the first ten minutes.', 'ignored'),
  blameful('The reviewer was not paying attention when approving the pull request.', 'attention'),
  blameful('He fat-fingered the hostname in the migration script.', 'fat-fingered'),
  blameful('The root cause was human error.', 'root cause human error'),
  blameful('We need engineers to be more careful with production configs.', 'be more careful'),
  blameful('The intern deleted the production table.', 'role as cause'),
  blameful('Because of Zofia, the payments service was down for an hour.', 'because of <name>'),
  blameful('Андрей Петров forgot to renew the TLS certificate.', 'forgot, Cyrillic name'),
  blameful('The SRE on call could have prevented this by checking the capacity dashboard.', 'counterfactual, role'),
  blameful('Whose fault was it that the backups were never tested?', 'whose fault'),
  blameful('The deploy was botched by the release manager.', 'botched'),
  blameful("Ελένη's bad config push caused the 502 errors.", 'possessive, Greek name'),
  blameful('Engineers dropped the ball on capacity planning.', 'dropped the ball'),
  blameful('It should have been obvious that the disk would fill up.', 'counterfactual + hindsight'),
  blameful('@bob pushed a bad config to all regions at once.', 'handle + bad push'),
  blameful('The responders failed to escalate to the database team in time.', 'failed to escalate'),
  blameful('The alert was ignored because everyone assumed it was noise.', 'ignored'),
  blameful("Sam's negligence allowed the certificate to expire.", 'negligence, possessive'),
  blameful('A more experienced engineer would have caught this before it shipped.', 'counterfactual, role'),
  blameful('Bob pushed the change without testing it first.', 'judgement without a keyword'),
  blameful('The engineer who deployed at 5 pm on a Friday caused this.', 'long subject clause'),
  blameful('Frankly, nobody on the team was watching the dashboards.', 'judgement without a keyword'),
  blameful("Priya's change was careless and untested.", 'careless'),
  blameful('Someone on the platform team should be held accountable.', 'accountability demand without a keyword'),
  blameful('The incident happened because Sam rushed the release.', 'because <name>'),
  blameful('The engineers were sloppy with the rollout.', 'sloppy'),
  blameful("Will Turner didn't test the rollback path.", 'omission by a named person'),
  blameful('Obviously nobody read the runbook.', 'hindsight'),
  blameful('Андрей made an error when editing the config.', 'person made an error'),

  // Blameless
  blameless('The deploy failed to complete because the image registry timed out.', 'a system failing'),
  blameless('The health check failed to detect the partial outage.', 'a system failing'),
  blameless('Alice Chen rolled back deploy 4812 at 14:07.', 'a name as an actor'),
  blameless('Zofia Wiśniewska coordinated the response as incident commander.', 'a name as an actor'),
  blameless('We use just-in-time access for production databases.', 'just-in-time'),
  blameless('This is a blameless postmortem: we look at systems and conditions, not individuals.', 'blameless'),
  blameless('The connection pool limit was adjusted from 50 to 10 by config change 4812.', 'adjusted'),
  blameless('Андрей Петров paged the database team at 14:12.', 'Cyrillic name as an actor'),
  blameless('The alert threshold of 5% errors was higher than the error rate during the first 20 minutes.', 'factual'),
  blameless('In hindsight, the runbook did not mention the pool size setting.', 'in hindsight, about a document'),
  blameless('The canary stage was skipped because the pipeline treats config changes as low risk.', 'skipped, by a system'),
  blameless('Ελένη Παπαδοπούλου noticed the spike in 502 responses on the checkout dashboard.', 'Greek name as an actor'),
  blameless('Requests just above the timeout threshold were retried three times.', 'just = slightly'),
  blameless('The migration job failed to acquire a lock and exited.', 'a system failing'),
  blameless('No one is to blame for this incident; the system allowed an unsafe value.', 'negated blame'),
  blameless('The service returned errors for 38 minutes until the pool size was restored.', 'factual'),
  blameless('Priya suggested raising the pool size, which restored service within two minutes.', 'a name as an actor'),
  blameless('The dashboard did not show connection pool saturation, so the cause took 25 minutes to find.', 'condition'),
  blameless('@bob posted the first status update at 14:15.', 'handle as an actor'),
  blameless('Will Turner reviewed the change; the diff showed the new value but not the old one.', 'name + condition'),
  blameless('Config validation accepts any positive integer for the pool size.', 'condition'),
  blameless('The on-call engineer was paged at 14:05 and acknowledged at 14:07.', 'role as an actor'),
  blameless('Without the circuit breaker, we would have lost all traffic to the checkout service.', 'where we got lucky'),
  blameless('The load balancer should have failed over to the second region within 30 seconds.', 'expected system behaviour'),
  blameless('The rollback took 11 minutes because the deploy pipeline rebuilds images.', 'condition'),
  blameless('The error budget for November was fully consumed by this incident.', 'factual'),
  blameless('Sam Okafor wrote the first draft of this postmortem.', 'name as an actor'),
  blameless('The change was approved by two reviewers, as the process requires.', 'process'),
  blameless('Cache entries expired at the same time, which sent all traffic to the database.', 'condition'),
  blameless('A fault in the storage controller caused the disk latency spike.', 'fault = hardware'),
  blameless('Fault injection tests now cover the connection pool.', 'fault injection'),
  blameless('We were lucky that the incident happened outside peak hours.', 'luck'),
  blameless('The runbook step to drain the node was not automated.', 'condition'),
  blameless('The TLS certificate expired because renewal depends on a manual calendar reminder.', 'condition'),
  blameless('Lazy loading of the pricing module delayed the first response by 300 ms.', 'lazy loading'),
  blameless('The page was not acknowledged because the on-call phone had no signal.', 'condition'),
  blameless('The retry policy had no jitter, so clients retried in lockstep.', 'condition'),
  blameless('Adjusting the autoscaler limits restored capacity at 15:02.', 'adjusting'),
  blameless('The new alert fires when pool utilisation stays above 90% for five minutes.', 'factual'),
  blameless('It was not obvious from the logs which service was timing out.', 'not obvious'),
  blameless('Ελένη restarted the pods, which cleared the stuck connections.', 'Greek first name as an actor'),
  blameless('Андрей found the config diff in the deploy history at 14:31.', 'Cyrillic first name as an actor'),
  blameless('Customers saw HTTP 503 errors when they tried to pay.', 'they = customers'),
  blameless('The process did not require a load test for config-only changes.', 'condition'),
  blameless('Zofia asked Priya to join the call because she knew the pool settings.', 'because she (positive)'),
  blameless('The deploy tool applies config to all regions at once, with no staged rollout.', 'condition'),
  blameless('Errors stopped at 15:10, 68 minutes after impact began.', 'factual'),
  blameless("Thanks to Alice's quick rollback, the second wave lasted only four minutes.", 'possessive, positive'),
  blameless('The team agreed to add a maximum value for the pool size in the config schema.', 'team as an actor'),
  blameless('Monitoring showed the database CPU at 35%, so the database looked healthy.', 'condition'),
  blameless('We do not blame individuals for following the documented process.', 'negated blame'),
  blameless('The alert should have fired at 14:03, but its query excluded the new region.', 'expected system behaviour'),
  blameless('Simply put, the pool was too small for peak traffic.', 'simply put'),
  blameless('The job was retried until it exceeded its error budget.', 'error budget'),
  blameless('The postmortem review is on Thursday; everyone involved is invited.', 'everyone'),
  blameless('The on-call handbook says to page the database team for any pool alert.', 'role words'),
  blameless('We could have seen a much larger impact if the incident had started at noon.', 'where we got lucky'),
  blameless("Alice's change added a second connection pool for the reporting job.", 'possessive, neutral'),
  blameless("The vendor's API returned malformed JSON, which our parser rejected.", 'third party'),
  blameless('Nobody was paged because the alert routed to a retired escalation policy.', 'nobody, condition'),
  blameless('The error in the config file was a missing unit: 10 was read as seconds, not minutes.', 'error = defect'),
  blameless('The human-readable error message named the wrong service.', 'human-readable'),
  blameless('Bob said he was unsure whether the flag applied to all regions.', 'a name, uncertainty'),
  blameless('The responders decided to roll back instead of fixing forward.', 'role as an actor'),
];

export interface CorpusScore {
  total: number;
  blameful: number;
  blameless: number;
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Blameful sentences the checker did not flag. */
  missed: CorpusSentence[];
  /** Blameless sentences it flagged, with what it flagged. */
  falseAlarms: { sentence: CorpusSentence; findings: Finding[] }[];
  /** Sentences flagged per rule (a sentence can count for several rules). */
  flaggedByRule: Record<string, number>;
}

/** Runs the checker on every corpus sentence (with the corpus people as responders) and scores it per sentence. */
export function scoreBlamelessCorpus(corpus: readonly CorpusSentence[] = BLAMELESS_CORPUS, people: readonly string[] = CORPUS_PEOPLE): CorpusScore {
  const missed: CorpusSentence[] = [];
  const falseAlarms: CorpusScore['falseAlarms'] = [];
  const flaggedByRule: Record<string, number> = {};
  let truePositives = 0;
  let trueNegatives = 0;
  for (const sentence of corpus) {
    const findings = checkBlamelessText(sentence.text, { people });
    for (const ruleId of new Set(findings.map((f) => f.ruleId))) flaggedByRule[ruleId] = (flaggedByRule[ruleId] ?? 0) + 1;
    const flagged = findings.length > 0;
    if (sentence.blameful && flagged) truePositives += 1;
    else if (sentence.blameful) missed.push(sentence);
    else if (flagged) falseAlarms.push({ sentence, findings });
    else trueNegatives += 1;
  }
  const falsePositives = falseAlarms.length;
  const falseNegatives = missed.length;
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  return {
    total: corpus.length,
    blameful: truePositives + falseNegatives,
    blameless: trueNegatives + falsePositives,
    truePositives,
    falseNegatives,
    falsePositives,
    trueNegatives,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    missed,
    falseAlarms,
    flaggedByRule,
  };
}
