// Test data: a third fresh held-out set for the blameless checker, 338 sentences (140 blameful, 198 blameless), written
// on 2026-12-04 by a helper who never saw the checker (nothing under src/features/postmortem/ was opened, no test or
// script was run on these sentences, and docs/BLAMELESS.md was not read). Of the other corpus files only
// corpus-types.ts and the opening of fresh-held-out.ts were read, for their format: its first 60 lines, 20 more than
// the brief allowed, by a slip; those 20 are published-style sentences (storage capacity removal, a firewall-rule
// regex, a database-directory deletion), and two sentences drafted here were reworded afterwards so as not to echo
// them. Nobody tunes on this set: it is scored once, after the current round of checker work, and its failures are
// not to be listed for tuning.
//
// Why a third set: the first two have been looked at while rules were written or reviewed. This one uses names the
// rules were never written against (FRESH_3_PEOPLE): a Turkish name with İ and ı, a Greek name with final sigma, a
// Cyrillic name, a two-word given name, a Vietnamese name whose given name comes last, surname-only references
// ("Quintero", "Brandt", "Смирнова", …) and two @handles. Sentences marked noPeople are checked with nobody entered and
// rely on handles, roles and pronouns.
//
// Sources read for the patterns (paraphrased, never copied): the danluu/post-mortems list (its summaries of the AWS,
// Google Cloud, Cloudflare, GitLab, GoCardless, Razorpay, PagerDuty, rust-lang/crates.io and Travis CI reports); the
// AWS S3 us-east-1 summary of 2017 and the GitLab database outage postmortem of 2017 as quoted by news and study
// pages; excerpts of Google SRE book ch. 15 and its "Bad Apple Theory" passage (as quoted on public pages); pull quotes
// from Etsy's "Blameless PostMortems and a Just Culture" and Daniel Schauenberg's "Practical Postmortems at Etsy";
// PagerDuty's postmortem-guide posts (the J. Paul Reed AMA, Julie Gunderson's talk summary); notes on hindsight bias
// after Fischhoff and Dekker; a consultancy's list of banned phrases ("engineer forgot", "fat-fingered"); and a
// five-whys tutorial. Blameless sentences follow how published reports describe people, roles and systems; blameful
// ones follow the drafts those guides ask authors to rewrite. Hard cases were labelled by judgement and kept.
import type { CorpusSentence, SentenceKind, SourceTag } from './corpus-types';

/** The date this set was written and frozen. */
export const FRESH_3_DATE = '2026-12-04';

/** The responders and authors this set is checked with (names the rules were never written against). */
export const FRESH_3_PEOPLE: readonly string[] = [
  'İsmail Kılıç',
  'Σπύρος Μαυρίδης',
  'Ольга Смирнова',
  'Anne Marie Dubois',
  'Rafael Quintero',
  'Siobhán Byrne',
  'Nguyễn Thị Lan',
  'Kwame Mensah',
  'Hannelore Brandt',
  '@rlindqvist',
  '@bex-ops',
];

// Unlike the first set's helpers, `fine` takes noPeople too: some neutral sentences here are checked with nobody entered.
const pub = (text: string, source: SourceTag, noPeople?: true): CorpusSentence =>
  noPeople ? { text, blameful: false, kind: 'published', source, noPeople } : { text, blameful: false, kind: 'published', source };
const fine = (kind: SentenceKind, text: string, source: SourceTag, noPeople?: true): CorpusSentence =>
  noPeople ? { text, blameful: false, kind, source, noPeople } : { text, blameful: false, kind, source };
const bad = (kind: SentenceKind, text: string, source: SourceTag, noPeople?: true): CorpusSentence =>
  noPeople ? { text, blameful: true, kind, source, noPeople } : { text, blameful: true, kind, source };

export const FRESH_HELD_OUT_3: readonly CorpusSentence[] = [
  // ───────────── Blameless ─────────────
  // Published: timeline entries
  pub('09:14 UTC — Kwame Mensah acknowledged the page and opened the incident channel.', 'pm:timeline'),
  pub('09:21 — Siobhán declared a SEV-2 and took the incident commander role.', 'pm:timeline'),
  pub('09:26 Ольга Смирнова began drafting the first status-page update.', 'pm:timeline'),
  pub('09:31: Rafael Quintero rolled the ingest service back to the previous release.', 'pm:timeline'),
  pub('09:40 — Error rates on the checkout API returned to baseline.', 'pm:timeline'),
  pub('09:52 @bex-ops confirmed that the replication lag had stopped growing.', 'pm:timeline'),
  pub('10:03 — İsmail Kılıç asked the storage team to join the bridge.', 'pm:timeline'),
  pub('10:15 — Σπύρος Μαυρίδης drained traffic from the eu-west-2 load balancers.', 'pm:timeline'),
  pub('10:22 — Anne Marie Dubois posted the customer-facing update on the status page.', 'pm:timeline'),
  pub('10:48 — Brandt restarted the second consumer group after the lag cleared.', 'pm:timeline'),
  pub('11:02 Lan reran the reconciliation job against the restored snapshot.', 'pm:timeline'),
  pub('11:30 — The incident was downgraded to SEV-3 and the bridge was closed.', 'pm:timeline'),
  pub('13:07 — The on-call engineer received a latency alert for the search cluster.', 'pm:timeline', true),
  pub('13:12 — The on-call engineer escalated to the secondary after the runbook steps did not bring latency down.', 'pm:timeline', true),
  pub('02:40 — @rlindqvist saw the certificate expiry warning on the dashboard and opened a ticket.', 'pm:timeline'),
  pub('02:58 Hannelore Brandt extended the maintenance window by thirty minutes.', 'pm:timeline'),
  pub('03:10 — Quintero paused the deploy pipeline for all services.', 'pm:timeline'),
  pub('16:44 — Alerting fired for elevated 5xx responses from the edge.', 'pm:timeline'),
  pub('16:47 — Mensah and Kılıç split the investigation: one took the edge logs, the other the origin.', 'pm:timeline'),
  pub('17:05 — Ольга confirmed with the payments partner that the settlement files were intact.', 'pm:timeline'),
  pub('Day 2, 08:00 — Siobhán Byrne handed the incident over to the EMEA on-call.', 'pm:timeline'),
  pub('21:19 — A config push reached 100% of the fleet; the canary stage had reported no errors.', 'pm:timeline'),
  pub('21:33 — Σπύρος reverted the config push from the deployment console.', 'pm:timeline'),
  pub('21:34 — Traffic began recovering in every region within two minutes of the revert.', 'pm:timeline'),
  pub('At 11:05 Anne Marie asked whether anyone had changed DNS in the last day; @bex-ops checked the audit log and found the record update.', 'pm:timeline'),
  pub('Kwame flagged at 09:50 that the second region was showing the same symptoms, which changed our understanding of the scope.', 'pm:timeline'),
  pub('Σπύρος rotated the credentials at 08:30 and confirmed that the old keys had been revoked.', 'pm:timeline'),
  pub('@rlindqvist was the primary on-call; @bex-ops was secondary and joined at 02:55.', 'pm:timeline'),
  pub('At 02:10 the on-call acknowledged the alert and, following the runbook’s note that this alert usually clears by itself, chose to watch it; by 03:05 the queue held three hundred thousand messages and partners were phoning support.', 'pm:timeline', true),

  // Published: CDN and network providers
  pub('At 14:02 UTC a change to the rate-limiting configuration was deployed to all edge locations, and requests began to fail shortly afterwards.', 'pm:cdn-blog'),
  pub('The regular expression in the new rule backtracked badly on long headers, and CPU on every edge server climbed to its limit.', 'pm:cdn-blog'),
  pub('Our release tests did not measure how much CPU a new rule consumes, so the release passed every check we had.', 'pm:cdn-blog'),
  pub('The configuration file produced by the feature pipeline was larger than the proxy expected, and the proxy crashed while loading it.', 'pm:cdn-blog'),
  pub('The file was regenerated every five minutes, which is why the network recovered and failed several times before the pattern was clear.', 'pm:cdn-blog'),
  pub('During planned backbone maintenance, a router change in one city advertised routes that pulled in far more traffic than that site could carry.', 'pm:cdn-blog'),
  pub('The engineer making the change followed the approved change plan; the plan had no step to validate the resulting routes before committing them.', 'pm:cdn-blog', true),
  pub('We built the tooling that made this possible, and we are changing it.', 'pm:cdn-blog', true),
  pub('Siobhán noticed that the 530 errors were confined to one cache tier and narrowed the search from there.', 'pm:cdn-blog'),

  // Published: cloud providers' summaries
  pub('An engineer on the storage team ran a capacity-removal command with a parameter that selected more servers than intended.', 'pm:cloud-summary', true),
  pub('We have changed the capacity tool so that it removes servers gradually and refuses any request that would take a subsystem below its minimum.', 'pm:cloud-summary'),
  pub('Between 22:05 and 23:40 PST, a subset of customers were unable to launch new instances in one Availability Zone.', 'pm:cloud-summary'),
  pub('The issue was caused by a faulty update to the control plane’s metadata service, which returned stale results under load.', 'pm:cloud-summary'),
  pub('Engineering teams were engaged within five minutes and identified the update as the likely trigger at 22:31.', 'pm:cloud-summary', true),
  pub('Recovery took longer than expected because the subsystem had not been fully restarted in several years.', 'pm:cloud-summary'),
  pub('We are making several changes as a result of this event, starting with limits on how quickly capacity can be taken out of service.', 'pm:cloud-summary'),
  pub('Preliminary analysis indicates that the issue was triggered by a new infrastructure feature rolled out to the front-end load balancers.', 'pm:cloud-summary'),
  pub('Our engineers were alerted by automated monitoring at 06:41 US/Pacific and began mitigation at 06:58.', 'pm:cloud-summary', true),
  pub('A simultaneous failure of redundant cooling units in one data hall led to thermal shutdowns of storage servers.', 'pm:cloud-summary'),
  pub('How are we making incidents like this less likely? We are adding automated validation of every configuration change before it is deployed.', 'pm:cloud-summary'),
  pub('Customers in the Frankfurt region experienced elevated error rates for API calls between 10:12 and 11:47 UTC.', 'pm:cloud-summary'),
  pub('A load test two months earlier had passed, but it did not run the generator under the sustained load seen during the storm.', 'pm:cloud-summary'),
  pub('The upgrade was scheduled through the normal change process and approved by the platform team on 27 November.', 'pm:cloud-summary', true),

  // Published: code hosts and developer tools
  pub('While investigating replication lag, Rafael ran a directory removal on the primary database host instead of the secondary; the two shells looked identical.', 'pm:devtools-blog'),
  pub('Every backup path we relied on turned out to be broken when we went to restore, each for a different reason.', 'pm:devtools-blog', true),
  pub('A network partition lasting under a minute caused the orchestration layer to promote a replica in the other region.', 'pm:devtools-blog'),
  pub('Because writes had landed in both regions during the partition, the team chose data integrity over a fast recovery.', 'pm:devtools-blog', true),
  pub('The deploy changed how download URLs were built, and for thirteen minutes crate downloads returned errors.', 'pm:devtools-blog'),
  pub('Our integration tests did not catch the bug because they stubbed out the storage URL generation.', 'pm:devtools-blog'),
  pub('The outage began when a scheduled cleanup removed the stable base images along with the stale ones it was meant to delete.', 'pm:devtools-blog'),
  pub('An environment variable pointed the test runner at the production database, and a fixture truncated several tables.', 'pm:devtools-blog'),
  pub('We have since separated test and production credentials, so a test run cannot reach production at all.', 'pm:devtools-blog'),
  pub('İsmail’s pull request passed code review, the linters and the full test suite before it was merged.', 'pm:devtools-blog'),
  pub('The behaviour that caused the outage was not covered by any test, and the reviewers had no signal that it had changed.', 'pm:devtools-blog'),
  pub('We had assumed the feature-flag service would fail open, but in this failure it returned an empty rule set, which switched every flag off.', 'pm:devtools-blog'),
  pub('Kwame Mensah, İsmail Kılıç and Nguyễn Thị Lan rebuilt the search index shard by shard, checking each against the primary store before returning it to the pool, which is why recovery took six hours.', 'pm:devtools-blog'),

  // Published: SaaS status pages
  pub('Kwame made the call to keep the webhooks paused until the queue could be replayed in order.', 'pm:status-page'),
  pub('The incident was detected by our synthetic monitoring eleven minutes before the first customer report.', 'pm:status-page'),
  pub('We deployed a DNS configuration change that contained a defect our test environment did not reveal.', 'pm:status-page'),
  pub('The defect surfaced only under production load, when the resolver pods restarted at the same moment.', 'pm:status-page'),
  pub('Anne Marie Dubois, who led the response, decided at 10:40 to stop all deploys until the cause was understood.', 'pm:status-page'),
  pub('We are sorry for the disruption, and we know many of you rely on us for your own on-call.', 'pm:status-page', true),
  pub('Hannelore and @rlindqvist worked through the night to rebuild the index from the object store.', 'pm:status-page'),
  pub('Mensah opened a case with the cloud provider’s support team at 04:15 and shared the packet captures.', 'pm:status-page'),
  pub('This report was prepared by the infrastructure team with input from everyone who took part in the response.', 'pm:status-page', true),
  pub('The fix was deployed to all regions by 19:40, and we have seen no recurrence since.', 'pm:status-page'),
  pub('The change was rolled back at 12:18 by Ольга, who had deployed it, once the error-budget alert fired.', 'pm:status-page'),
  pub('Several engineers, including Nguyễn Thị Lan and Rafael Quintero, verified the mitigation from different networks.', 'pm:status-page'),
  pub('The certificate for the internal API expired at 00:00 UTC; the renewal job had been failing silently since October.', 'pm:status-page'),
  pub('We did not have an alert on the renewal job’s exit status, and we have added one.', 'pm:status-page'),
  pub('Between 14:00 and 14:35 UTC, some users received notifications twice; no notifications were lost.', 'pm:status-page'),
  pub('The duplicates came from a retry policy that resent messages when acknowledgements were slow rather than missing.', 'pm:status-page'),
  pub('Siobhán Byrne and Σπύρος Μαυρίδης paired on the fix, which makes the retry check for an existing delivery first.', 'pm:status-page'),
  pub('The incident commander, Anne Marie Dubois, kept customer updates on a 30-minute cadence throughout.', 'pm:status-page'),

  // Published: payments and banking
  pub('Approximately 3.1% of card authorisation requests were declined in error during the impact window.', 'pm:fintech-blog'),
  pub('A migration took a lock on the payments table and queued behind a long-running analytics query, blocking writes for 19 seconds.', 'pm:fintech-blog'),
  pub('The migration had been reviewed and tested on a staging dataset, where the table was a fraction of its production size.', 'pm:fintech-blog'),
  pub('Hannelore had followed the documented failover procedure; the procedure itself had not been updated since the cluster moved to the new storage class.', 'pm:fintech-blog'),
  pub('The primary failed over as designed, but a setting on the replica meant recent transactions had not been flushed to disk.', 'pm:fintech-blog'),
  pub('We owe particular thanks to Lan, who spotted the mismatch in the ledger totals during routine reconciliation.', 'pm:fintech-blog'),
  pub('Customer support was told at 10:20 and began sending a prepared message to affected merchants.', 'pm:fintech-blog', true),
  pub('No customer data was lost, and all delayed payouts were completed by 18:00 the same day.', 'pm:fintech-blog'),
  pub('We kept the API read-only for an extra hour while Brandt verified that the restored data was consistent.', 'pm:fintech-blog'),
  pub('Ольга Смирнова ran the restore drill in staging the following week; it completed in 38 minutes.', 'pm:fintech-blog'),

  // Published: the SRE book's example postmortem and workbook (sections, action items, five whys)
  pub('The alert that would have shown disk exhaustion was routed to a channel archived during a reorganisation.', 'pm:sre-example'),
  pub('Root cause: a latent bug in the cache invalidation path, triggered by a sudden rise in key cardinality.', 'pm:sre-example'),
  pub('Trigger: a new feature flag doubled the number of distinct cache keys per request.', 'pm:sre-example'),
  pub('What went well: the rollback completed in four minutes, and the runbook for the cache tier was accurate.', 'pm:sre-example'),
  pub('Where we got lucky: the spike arrived during a quiet hour in the largest region.', 'pm:sre-example'),
  pub('What went wrong: the cache dashboards showed averages, which hid the tail latency for nearly an hour.', 'pm:sre-example'),
  pub('Action item: add a per-shard p99 latency panel to the cache dashboard (owner: Lan, P2).', 'pm:sre-example'),
  pub('Action item: make the deploy tool show the target environment in red when it is production. Owner: İsmail.', 'pm:sre-example'),
  pub('Action item: require a second approval for config changes that reach more than one region. Owner: @bex-ops.', 'pm:sre-example'),
  pub('Action item: Quintero to add a dry-run mode to the capacity-removal tool, due 2027-01-15.', 'pm:sre-example'),
  pub('Why did the job delete the wrong files? Because the path filter matched a prefix that both directories shared.', 'pm:sre-example'),
  pub('Why did the prefix match both? The snapshot naming convention changed in March, after the filter was written.', 'pm:sre-example'),
  pub('Why was the alert missed overnight? Paging for this service was set to low urgency, which only sends email.', 'pm:sre-example'),
  pub('Why did the rollback take forty minutes? The previous artefact had been garbage-collected from the registry and had to be rebuilt.', 'pm:sre-example'),
  pub('Σπύρος Μαυρίδης wrote the first draft of this review; Ольга Смирнова and Kwame Mensah reviewed it.', 'pm:sre-example'),
  pub('The on-call engineer was handling two unrelated pages when the third alert arrived.', 'pm:sre-example', true),
  pub('Kılıç had joined the rotation two weeks earlier and was on his first solo shift; the runbook assumed familiarity with the legacy cluster.', 'pm:sre-example'),
  pub('Nobody on the bridge knew the old queue still received traffic, because it was missing from the service catalogue.', 'pm:sre-example', true),
  pub('At the time, the dashboard showed the queue as healthy because the metric measured enqueue rate, not the age of the oldest message.', 'pm:sre-example'),
  pub('The decision to fail over by hand was reasonable given what responders could see: every health check was green.', 'pm:sre-example', true),
  pub('Contributing factors include a recent reorganisation that left ownership of the job unclear.', 'pm:sre-example'),
  pub('Brandt’s team owned the scheduler but had no access to the dashboards of the service that consumed it.', 'pm:sre-example'),
  pub('The responders made a series of reasonable decisions with the data available, and each step narrowed the search.', 'pm:sre-example', true),

  // Neutral: people named as actors, in several scripts, doing ordinary things
  fine('neutral-person', 'Kwame Mensah paged the database team at 14:05.', 'pm:timeline'),
  fine('neutral-person', 'İsmail Kılıç restarted the scheduler and watched the backlog drain.', 'pm:timeline'),
  fine('neutral-person', 'Σπύρος opened a ticket with the DNS provider.', 'pm:timeline'),
  fine('neutral-person', 'Ольга joined the call from the Berlin office at 07:50.', 'pm:timeline'),
  fine('neutral-person', 'Anne Marie updated the status page every twenty minutes.', 'pm:status-page'),
  fine('neutral-person', 'Rafael Quintero pushed the change at 15:10, after it passed review and the staging soak.', 'pm:timeline'),
  fine('neutral-person', 'Siobhán kept notes in the incident document while the others debugged.', 'pm:timeline'),
  fine('neutral-person', 'Lan wrote the query that identified the 412 affected accounts.', 'pm:fintech-blog'),
  fine('neutral-person', 'Hannelore Brandt approved the emergency change at 03:02.', 'pm:timeline'),
  fine('neutral-person', 'Brandt and Quintero agreed to fail back to the primary region on Monday morning.', 'pm:status-page'),
  fine('neutral-person', '@bex-ops took over as incident commander at the shift change.', 'pm:timeline'),
  fine('neutral-person', '@rlindqvist shared a graph of connection counts in the channel.', 'pm:timeline'),
  fine('neutral-person', 'Kılıç’s query showed that only the EU tenants were affected.', 'pm:timeline'),
  fine('neutral-person', 'Σπύρος Μαυρίδης’s runbook for the broker was used for the first time during this incident.', 'pm:sre-example'),
  fine('neutral-person', 'Смирнова confirmed the fix in production at 18:22.', 'pm:timeline'),
  fine('neutral-person', 'Mensah was the incident commander; Byrne handled communications.', 'pm:status-page'),
  fine('neutral-person', 'At 10:10 Nguyễn Thị Lan began comparing the ledger against the bank’s statement file.', 'pm:fintech-blog'),
  fine('neutral-person', 'Anne Marie Dubois asked the vendor for their own timeline of the event.', 'pm:status-page'),
  fine('neutral-person', 'Incident commander: İsmail Kılıç. Scribe: Nguyễn Thị Lan. Communications: Siobhán Byrne.', 'pm:timeline'),
  fine('neutral-person', 'Quintero left the bridge at 04:00 to rest, and Hannelore took over the investigation.', 'pm:timeline'),
  fine('neutral-person', 'Siobhán Byrne deployed the fix at 11:45, and Kwame watched the error graphs for the next hour.', 'pm:timeline'),
  fine('neutral-person', 'Σπύρος and Ольга rebuilt the replica from the 06:00 snapshot.', 'pm:timeline'),
  fine('neutral-person', 'Dubois will present this review at the engineering all-hands on Thursday.', 'pm:sre-example'),
  fine('neutral-person', '@tkruger restarted the cache nodes at 05:20 and posted the new hit rate.', 'pm:timeline', true),
  fine('neutral-person', 'He rolled back at 10:31, and errors dropped to zero within a minute.', 'pm:timeline', true),
  fine('neutral-person', 'She asked the on-call DBA to confirm the replica was in sync before the failover.', 'pm:timeline', true),

  // Should-have / counterfactual about a system
  fine('system-should', 'The deploy pipeline should have blocked a config change that touched every region at once.', 'pm:sre-example'),
  fine('system-should', 'The health check should have failed when the disk went read-only, but it only tested that the process was running.', 'pm:sre-example'),
  fine('system-should', 'In hindsight, the alert threshold should have been set on queue age rather than queue depth.', 'pm:sre-example'),
  fine('system-should', 'The load balancer ought to have drained the unhealthy nodes within thirty seconds; it took nine minutes.', 'tech:cloud-docs'),
  fine('system-should', 'The backup job should have reported an error when the upload returned a 403.', 'pm:devtools-blog'),
  fine('system-should', 'The runbook should have said that the legacy cluster needs a manual restart of its coordinator.', 'pm:sre-example'),
  fine('system-should', 'The feature-flag service should fail closed for payment routes, and after this change it will.', 'pm:fintech-blog'),
  fine('system-should', 'The migration tool could have warned that the table was too large for an online schema change.', 'pm:devtools-blog'),
  fine('system-should', 'The renewal job would have caught the expiry if its failures had raised an alert.', 'pm:status-page'),
  fine('system-should', 'Had the canary stage run for longer than five minutes, the memory leak would have shown up before the global rollout.', 'pm:sre-example'),

  // "Failed to" with a system subject
  fine('system-failed', 'The replica failed to catch up after the network partition healed.', 'pm:cloud-summary'),
  fine('system-failed', 'The autoscaler failed to add capacity because the instance quota had been reached.', 'tech:cloud-docs'),
  fine('system-failed', 'The pager integration failed to deliver the 02:14 alert because its API token had expired.', 'pm:status-page'),
  fine('system-failed', 'Our status page failed to update automatically, so updates were posted by hand.', 'pm:status-page'),
  fine('system-failed', 'The DNS resolver failed to fall back to the secondary zone when the primary timed out.', 'pm:cdn-blog'),
  fine('system-failed', 'The ingest workers failed their health checks and were restarted in a loop by the orchestrator.', 'tech:cloud-docs'),
  fine('system-failed', 'Kwame’s rollback command ran, but the deploy tool failed to restore the previous config map.', 'pm:devtools-blog'),
  fine('system-failed', 'The backup verification script failed silently for six weeks.', 'pm:devtools-blog'),
  fine('system-failed', 'The circuit breaker failed open, so every request still reached the overloaded database.', 'pm:sre-example'),

  // A flagged word's technical sense
  fine('technical-sense', 'Run git blame on config/limits.yaml to see which commit introduced the new ceiling.', 'tech:git'),
  fine('technical-sense', 'The error tracker grouped the events under a single culprit, the serializer in billing/export.py.', 'tech:error-tracking'),
  fine('technical-sense', 'The suspect-commits panel pointed at a dependency bump, not a code change.', 'tech:error-tracking'),
  fine('technical-sense', 'Page faults on the database hosts rose sharply once the working set exceeded memory.', 'tech:os'),
  fine('technical-sense', 'The fault domain for this rack includes both top-of-rack switches, so they cannot be treated as independent.', 'tech:os'),
  fine('technical-sense', 'The interface counters showed dropped packets on the bond, which pointed to a failing NIC.', 'tech:os'),
  fine('technical-sense', 'Pods in the ingest deployment reported failed readiness probes for about four minutes.', 'tech:cloud-docs'),
  fine('technical-sense', 'The .dockerignore file excluded the migrations folder, so the image shipped without them.', 'tech:git'),
  fine('technical-sense', 'Steps to reproduce: 1. Disable the cache. 2. Send 500 concurrent requests. 3. Watch the worker crash.', 'tech:repro'),
  fine('technical-sense', 'Expected: the job retries three times. Actual: it gives up after the first timeout and marks the batch as failed.', 'tech:repro'),
  fine('technical-sense', 'The --ignore-errors flag makes the cleanup command carry on past files it cannot delete.', 'tech:cloud-docs'),

  // "Mistake" / "error" in a neutral technical use
  fine('technical-mistake', 'An error in the rounding function meant fees were calculated on the gross rather than the net amount.', 'pm:fintech-blog'),
  fine('technical-mistake', 'A mistake in the regular expression let the rule match every request path.', 'pm:cdn-blog'),
  fine('technical-mistake', 'The parser treats an empty string as an error, which is why the sync halted.', 'pm:devtools-blog'),
  fine('technical-mistake', 'An off-by-one error in the pagination code skipped the last record of every page.', 'pm:devtools-blog'),
  fine('technical-mistake', 'The configuration had a mistake in its unit: the timeout was read as milliseconds, not seconds.', 'pm:sre-example'),
  fine('technical-mistake', 'HTTP 500 errors peaked at 41% of requests at 16:52.', 'pm:status-page'),
  fine('technical-mistake', 'The migration script had a mistake in its WHERE clause that applied it to all tenants instead of one.', 'pm:devtools-blog'),

  // Rejects or quotes blame language
  fine('rejects-blame', 'This review does not look for a person to blame; it asks why the change looked safe to everyone involved.', 'guide:etsy'),
  fine('rejects-blame', 'We avoid the phrase "human error" here, because it ends the inquiry where it should begin.', 'guide:dekker', true),
  fine('rejects-blame', 'Calling this "operator error" would hide the fact that the tool offered no confirmation step.', 'guide:dekker', true),
  fine('rejects-blame', 'Nobody was careless: Quintero followed the runbook exactly as it was written.', 'guide:pagerduty'),
  fine('rejects-blame', 'The question is not who pushed the button but why one button could take down three regions.', 'guide:atlassian'),
  fine('rejects-blame', 'Saying that Siobhán "should have known" relies on information she did not have at 03:00.', 'guide:lfi'),

  // More blameless sentences, written after a first count showed the blameful side was heavier than the brief asked.
  pub('The incident commander asked the on-call to hold all deploys until the database team had joined the call.', 'pm:timeline', true),
  pub('14:20 — Hannelore Brandt noticed that the new pods were pulling an old image tag and posted the digest in the channel.', 'pm:timeline'),
  pub('The engineer who ran the command had used the same playbook dozens of times without incident.', 'pm:cloud-summary', true),
  pub('Ольга Смирнова decided to drop the stale cache entirely, accepting a cold-start latency spike in exchange for correct prices.', 'pm:fintech-blog'),
  pub('Rafael Quintero’s change was the trigger; the conditions that let a single change reach every region were already in place.', 'pm:sre-example'),
  pub('Nguyễn Thị Lan was the first to see that the totals did not match, about forty minutes before the automated check would have run.', 'pm:fintech-blog'),
  fine('neutral-person', 'Siobhán’s summary in the channel at 10:05 was the one the support team forwarded to customers.', 'pm:status-page'),
  fine('neutral-person', 'Kwame and @rlindqvist compared the two config versions line by line.', 'pm:timeline'),
  fine('rejects-blame', 'Blaming Mensah for the typo would not prevent the next one; a confirmation prompt will.', 'guide:google-sre'),
  fine('system-should', 'The staging environment should have mirrored production’s connection limits, and from next sprint it will.', 'pm:sre-example'),
  fine('technical-mistake', 'Kılıç found the mistake in the retry logic by replaying the captured traffic against a local build.', 'pm:devtools-blog'),
  fine('system-failed', 'The failover script failed to update the DNS record, so clients kept connecting to the old primary.', 'pm:cloud-summary'),
  pub('Anne Marie Dubois was working the third replication alarm of the evening when she restarted the primary rather than the replica; the two hosts had swapped names in a maintenance change that afternoon, and the console gave no sign of it.', 'pm:devtools-blog'),

  // ───────────── Blameful ─────────────
  // No listed trigger word: a person, handle or role + a harmful action, inaction or slowness
  bad('no-trigger', 'Rafael Quintero pushed the change straight to production on a Friday evening without telling anyone.', 'guide:google-sre'),
  bad('no-trigger', 'The on-call sat on the page for forty minutes before doing anything.', 'guide:pagerduty', true),
  bad('no-trigger', 'Kwame saw the disk alert and went back to his lunch.', 'guide:etsy'),
  bad('no-trigger', 'İsmail ran the delete against production without checking which terminal he was in.', 'guide:google-sre'),
  bad('no-trigger', '@bex-ops merged her own PR at 2 a.m. and went to bed.', 'guide:atlassian'),
  bad('no-trigger', 'Ольга let the certificate lapse even though the reminder had been in her inbox for a month.', 'guide:pagerduty'),
  bad('no-trigger', 'Σπύρος took over an hour to answer the escalation.', 'guide:pagerduty'),
  bad('no-trigger', 'Brandt rolled the schema change out to all shards at once and skipped the canary.', 'guide:google-sre'),
  bad('no-trigger', 'Siobhán closed the alert as noise and moved on.', 'guide:etsy'),
  bad('no-trigger', 'The DBA dropped the wrong table and then spent twenty minutes not telling anyone.', 'guide:dekker', true),
  bad('no-trigger', 'Lan sat on the reconciliation discrepancy for two days before raising it.', 'guide:pagerduty'),
  bad('no-trigger', 'Anne Marie kept tinkering with the load balancer instead of rolling back.', 'guide:dekker'),
  bad('no-trigger', 'Mensah went home with the migration still half-applied.', 'guide:etsy'),
  bad('no-trigger', '@rlindqvist switched the alert off so it would stop waking him, and the outage went unnoticed until morning.', 'guide:pagerduty'),
  bad('no-trigger', 'The release manager waved the change through without reading the diff.', 'guide:atlassian', true),
  bad('no-trigger', 'Quintero deployed an untested build to the payment path.', 'guide:google-sre'),
  bad('no-trigger', 'The contractor pasted production credentials into a public gist.', 'guide:atlassian', true),
  bad('no-trigger', 'Kılıç only looked at the dashboard after customers started complaining on social media.', 'guide:pagerduty'),
  bad('no-trigger', 'Hannelore Brandt left the feature flag on in production after the demo.', 'guide:google-sre'),
  bad('no-trigger', 'The on-call engineer slept through three pages.', 'guide:pagerduty', true),
  bad('no-trigger', 'Σπύρος Μαυρίδης waited until the error rate hit 60% before he started the rollback.', 'guide:pagerduty'),
  bad('no-trigger', 'Ольга Смирнова shipped the migration and logged off for the weekend.', 'guide:etsy'),
  bad('no-trigger', 'He pushed to main without running the tests, again.', 'guide:google-sre', true),
  bad('no-trigger', '@mhallberg shipped the hotfix with half the test suite commented out.', 'guide:google-sre', true),
  bad('no-trigger', 'When the replication alarm fired for the third time that evening, Hannelore Brandt restarted the primary instead of the replica, told the channel it was handled, and left the morning shift to find the damage she had done.', 'guide:etsy'),
  bad('no-trigger', 'After the first alert at 02:10 the on-call acknowledged it, muted the channel and did not look again until 03:05, by which time the queue held three hundred thousand messages.', 'guide:pagerduty', true),

  // Near misses: the idea of a listed phrase, phrased differently; idioms of incompetence
  bad('near-miss', 'Brandt never bothered to test the restore.', 'guide:google-sre'),
  bad('near-miss', 'Quintero dropped the ball on the handover.', 'guide:pagerduty'),
  bad('near-miss', 'Kwame was asleep at the wheel during the most important hour of the incident.', 'guide:pagerduty'),
  bad('near-miss', 'Frankly, İsmail was out of his depth on the database cluster.', 'guide:dekker'),
  bad('near-miss', 'Anne Marie botched the region name in the failover command.', 'guide:atlassian'),
  bad('near-miss', 'The outage happened because @bex-ops could not be trusted with production access.', 'guide:dekker'),
  bad('near-miss', 'Lan simply didn’t pay attention to the warning banner.', 'guide:etsy'),
  bad('near-miss', 'This is what happens when Siobhán cuts corners on the checklist.', 'guide:google-sre'),
  bad('near-miss', 'Σπύρος was clearly not up to the job of running the bridge.', 'guide:dekker'),
  bad('near-miss', 'Ольга glossed over the warning in the deploy output.', 'guide:etsy'),
  bad('near-miss', 'Mensah has a habit of winging it on production changes.', 'guide:google-sre'),
  bad('near-miss', 'The new hire made a mess of the rollback.', 'guide:atlassian', true),
  bad('near-miss', 'Kılıç’s sloppiness with the config file took down checkout.', 'guide:etsy'),
  bad('near-miss', 'Quintero had no business touching the load balancer that night.', 'guide:dekker'),
  bad('near-miss', 'The on-call was half asleep and made a hash of the failover.', 'guide:pagerduty', true),
  bad('near-miss', 'Hannelore was asleep on the job when the disk filled up.', 'guide:pagerduty'),

  // A team or department as the blamed subject
  bad('team-subject', 'The database team broke replication and left everyone else to clean up.', 'guide:atlassian', true),
  bad('team-subject', 'QA let this regression through again.', 'guide:google-sre', true),
  bad('team-subject', 'The networking team pushed a bad route and never told anyone.', 'guide:atlassian', true),
  bad('team-subject', 'Mobile shipped a release that hammered the API with retries, as usual.', 'guide:atlassian', true),
  bad('team-subject', 'This outage is on the platform team, who sat on our capacity requests for a whole quarter.', 'guide:atlassian', true),
  bad('team-subject', 'Brandt’s team didn’t do their homework before the migration.', 'guide:google-sre'),
  bad('team-subject', 'Security rotated the keys without warning and took the integrations down.', 'guide:atlassian', true),
  bad('team-subject', 'The vendor’s support desk dragged this out for six hours.', 'guide:pagerduty', true),
  bad('team-subject', 'Ops was too slow to react, so customers noticed before we did.', 'guide:pagerduty', true),
  bad('team-subject', 'Kwame’s squad keeps shipping changes that nobody else can operate.', 'guide:atlassian'),
  bad('team-subject', 'The data engineering team owns this failure outright.', 'guide:atlassian', true),

  // Sarcasm
  bad('sarcasm', 'Great job, Quintero — deleting the backups really sped up the restore.', 'guide:etsy'),
  bad('sarcasm', 'Apparently reading the runbook was optional for @bex-ops.', 'guide:etsy'),
  bad('sarcasm', 'Nice of the on-call to join us eventually, fifty minutes in.', 'guide:pagerduty', true),
  bad('sarcasm', 'Another flawless deploy from İsmail: the third rollback this month.', 'guide:google-sre'),
  bad('sarcasm', 'Who needs code review when Σπύρος is this confident?', 'guide:etsy'),
  bad('sarcasm', 'Clearly Ольга thought the staging environment was just there for decoration.', 'guide:google-sre'),
  bad('sarcasm', 'Lan’s "quick fix" was certainly quick: it took billing down in under a minute.', 'guide:etsy'),
  bad('sarcasm', 'Thanks, Mensah, for testing the failover in production for all of us.', 'guide:pagerduty'),
  bad('sarcasm', 'Brandt, our resident expert, somehow managed to fail over to the region that was already down.', 'guide:etsy'),

  // Imputed motives
  bad('motive', 'Kwame skipped the canary because he wanted to leave early on Friday.', 'guide:dekker'),
  bad('motive', 'Anne Marie rushed the change out to hit her quarterly goal.', 'guide:dekker'),
  bad('motive', 'İsmail didn’t escalate because he wanted to look like he could handle it alone.', 'guide:dekker'),
  bad('motive', '@rlindqvist muted the alerts to keep his on-call numbers looking good.', 'guide:pagerduty'),
  bad('motive', 'Siobhán pushed the fix without review so she could be the hero of the incident.', 'guide:etsy'),
  bad('motive', 'Quintero didn’t care about the customers in the smaller regions.', 'guide:dekker'),
  bad('motive', 'The on-call hid the first failure so it wouldn’t show up in the weekly report.', 'guide:etsy', true),
  bad('motive', 'Σπύρος took the risky path because he was tired of waiting for approvals.', 'guide:dekker'),
  bad('motive', 'Lan was more interested in getting to the demo than in checking the output.', 'guide:dekker'),

  // "<bad outcome> <verb>ed by <person>"
  bad('passive-agent', 'The production database was wiped by Quintero during routine maintenance.', 'guide:google-sre'),
  bad('passive-agent', 'The outage was caused by Kwame Mensah’s change to the firewall rules.', 'guide:google-sre'),
  bad('passive-agent', 'Customer payouts were held up by Lan’s decision to pause the batch.', 'guide:pagerduty'),
  bad('passive-agent', 'The cluster was brought down by @bex-ops at 02:13.', 'guide:atlassian'),
  bad('passive-agent', 'Replication was broken by Ольга when she resized the volume.', 'guide:google-sre'),
  bad('passive-agent', 'The bad route was pushed by Σπύρος Μαυρίδης without a peer check.', 'guide:atlassian'),
  bad('passive-agent', 'The incident was set off by Hannelore running the cleanup script in the wrong account.', 'guide:google-sre'),
  bad('passive-agent', 'The alert was silenced by the on-call, and nobody noticed the queue backing up.', 'guide:pagerduty', true),
  bad('passive-agent', 'Three hours of downtime were caused by Anne Marie Dubois.', 'guide:atlassian'),
  bad('passive-agent', 'The TLS certificate was allowed to expire by İsmail Kılıç.', 'guide:pagerduty'),

  // Punishment and accountability language
  bad('accountability', 'Quintero will be held accountable for the lost revenue.', 'guide:etsy'),
  bad('accountability', 'We recommend that Kwame lose production access until he completes retraining.', 'guide:etsy'),
  bad('accountability', 'A written warning has been added to İsmail’s file.', 'guide:etsy'),
  bad('accountability', 'From now on, whoever breaks the build buys the team lunch and takes the next three pages.', 'guide:atlassian', true),
  bad('accountability', 'Anne Marie needs to explain to leadership why this happened on her watch.', 'guide:etsy'),
  bad('accountability', 'Action item: remove Σπύρος from the on-call rotation.', 'guide:google-sre'),
  bad('accountability', 'As a consequence, @bex-ops must personally sign off every deploy for the next quarter.', 'guide:atlassian'),
  bad('accountability', 'Her performance review will reflect the impact of this outage.', 'guide:etsy', true),
  bad('accountability', 'Ольга owes the support team an apology for the flood of tickets.', 'guide:pagerduty'),

  // "Had X done …"
  bad('counterfactual-inverted', 'Had Kwame checked the replica lag, none of this would have happened.', 'guide:dekker'),
  bad('counterfactual-inverted', 'Had the on-call read the runbook, the outage would have lasted ten minutes.', 'guide:dekker', true),
  bad('counterfactual-inverted', 'If only Siobhán had waited for the second approval, we would not be writing this.', 'guide:lfi'),
  bad('counterfactual-inverted', 'Had Quintero not pushed on a Friday, customers would never have noticed.', 'guide:dekker'),
  bad('counterfactual-inverted', 'Had Lan escalated at 09:10, the payouts would have gone out on time.', 'guide:lfi'),
  bad('counterfactual-inverted', 'Had @rlindqvist looked at the dashboard even once, he would have seen the disk filling.', 'guide:dekker'),
  bad('counterfactual-inverted', 'Had Ольга double-checked the region, the failover would have landed on a healthy site.', 'guide:dekker'),

  // Modal (+ adverbs) + perfect
  bad('counterfactual-modal', 'İsmail should really have asked for a second pair of eyes.', 'guide:dekker'),
  bad('counterfactual-modal', 'Anne Marie could easily have rolled back at the first alert.', 'guide:lfi'),
  bad('counterfactual-modal', 'Brandt ought to have known the job was still running.', 'guide:dekker'),
  bad('counterfactual-modal', 'Σπύρος must have seen the warning and carried on anyway.', 'guide:dekker'),
  bad('counterfactual-modal', 'The on-call should definitely have paged the database team sooner.', 'guide:lfi', true),
  bad('counterfactual-modal', 'Mensah would have spotted this if he had just read the diff.', 'guide:dekker'),
  bad('counterfactual-modal', '@bex-ops might at least have warned the channel before restarting the broker.', 'guide:lfi'),
  bad('counterfactual-modal', 'Kılıç needed to have verified the backup before starting the migration.', 'guide:dekker'),

  // "Should have been caught"
  bad('counterfactual-passive', 'This bad config should have been spotted by Quintero before it went out.', 'guide:google-sre'),
  bad('counterfactual-passive', 'The expired token ought to have been noticed during Lan’s review.', 'guide:dekker'),
  bad('counterfactual-passive', 'Something this basic should have been picked up in İsmail’s testing.', 'guide:google-sre'),
  bad('counterfactual-passive', 'The warning should have been read before the release manager approved the deploy.', 'guide:dekker', true),
  bad('counterfactual-passive', 'The failing health check should have been escalated by the on-call within five minutes.', 'guide:pagerduty', true),
  bad('counterfactual-passive', 'A change like this needed to be flagged by Anne Marie during planning.', 'guide:dekker'),
  bad('counterfactual-passive', 'An error this obvious should have been noticed long before a customer reported it.', 'guide:lfi', true),

  // "Anyone would have …"
  bad('counterfactual-anyone', 'Anyone with basic Kubernetes experience would have drained the node first.', 'guide:dekker', true),
  bad('counterfactual-anyone', 'Any competent engineer would have checked which database they were connected to.', 'guide:dekker', true),
  bad('counterfactual-anyone', 'Most people on the team would have seen straight away that Brandt had the wrong region.', 'guide:lfi'),
  bad('counterfactual-anyone', 'A more experienced operator would have stopped after the first error.', 'guide:dekker', true),
  bad('counterfactual-anyone', 'Nobody else on the rotation would have restarted the primary in the middle of peak traffic.', 'guide:lfi', true),
  bad('counterfactual-anyone', 'Any of us would have rolled back at once; Quintero chose to keep debugging.', 'guide:dekker'),

  // Hindsight minimisers
  bad('hindsight', 'It was obvious from the graphs that the disk was filling; Kwame just had to look.', 'guide:lfi'),
  bad('hindsight', 'All Siobhán had to do was flip the flag back.', 'guide:lfi'),
  bad('hindsight', 'The fix was trivial — Ольга only needed to revert one line.', 'guide:lfi'),
  bad('hindsight', 'The warning in the logs told @bex-ops exactly what was wrong, plain as day.', 'guide:dekker'),
  bad('hindsight', 'Σπύρος simply needed to check the lag before promoting the replica.', 'guide:dekker'),
  bad('hindsight', 'Looking back, Lan’s choice to retry the batch was plainly the wrong one.', 'guide:lfi'),
  bad('hindsight', 'It should have been evident to the on-call that this was a DNS problem.', 'guide:lfi', true),
  bad('hindsight', 'Brandt merely had to read the error message, which spelled out the problem.', 'guide:dekker'),

  // A person as the root cause
  bad('root-cause-person', 'Root cause: Quintero, plain and simple.', 'guide:google-sre'),
  bad('root-cause-person', 'Root cause: the on-call engineer did not follow the escalation policy.', 'guide:google-sre', true),
  bad('root-cause-person', 'The root cause of this incident was Kwame Mensah running the migration during peak hours.', 'guide:google-sre'),
  bad('root-cause-person', 'Why did the cluster go down? Because İsmail restarted all three nodes at once.', 'guide:google-sre'),
  bad('root-cause-person', 'Primary cause: @bex-ops approving a change she hadn’t read.', 'guide:atlassian'),
  bad('root-cause-person', 'Contributing factor #1: Anne Marie Dubois.', 'guide:google-sre'),
  bad('root-cause-person', 'Fifth why, and the final answer: because Σπύρος didn’t check.', 'guide:google-sre'),
  bad('root-cause-person', "The underlying cause was Ольга's inexperience with the storage layer.", 'guide:dekker'),

  // The classic phrases
  bad('trigger-word', 'The outage was due to human error on Lan’s part.', 'guide:dekker'),
  bad('trigger-word', 'Quintero forgot to renew the certificate.', 'guide:pagerduty'),
  bad('trigger-word', 'Brandt was careless with the production credentials.', 'guide:etsy'),
  bad('trigger-word', 'The on-call engineer was negligent in handling the page.', 'guide:pagerduty', true),
  bad('trigger-word', 'Kılıç is at fault for the data loss.', 'guide:etsy'),
  bad('trigger-word', 'Siobhán made a stupid mistake in the config.', 'guide:etsy'),
];
