// A realistic, invented example postmortem (a payments outage after a connection-pool config change), written to be blameless.
import type { ActionItem, PostmortemDoc, PostmortemTimelineRow } from './postmortem-types';
import { createTemplateSections } from './templates';
import { addDaysToIsoDate, convertWallTimeToEpoch, formatDateInTimeZone, parseIsoDate } from './zoned-time';

const ZONE = 'Europe/Warsaw';

const BODIES: Record<string, string> = {
  summary: `From 13:47 to 15:04 (Warsaw time), between 9% and 31% of payment attempts at checkout failed with gateway timeouts. A configuration change written for the new reporting worker also lowered the database connection pool of payments-api from 50 to 5 connections, in all three regions at once. Payment requests queued for a connection until the API gateway gave up on them after 5 seconds.

Service recovered partly at 14:47 after payments-api was scaled out, and fully at 15:04 once the configuration change was rolled back. No customer was charged twice.`,
  impact: `About 4,200 payment attempts failed, from roughly 1,150 customers; 38% of those customers completed their purchase later the same day. Support received 86 tickets. Card payments and bank transfers were both affected; refunds and payouts were not.

The monthly error budget of the checkout availability SLO (99.9%) is spent: this incident alone used about 176% of it, so feature releases to checkout pause until the budget recovers.`,
  timeline: `Times come from the incident channel, the deploy history and the gateway logs.`,
  'root-causes': `The trigger was config change 4812, which set db.pool.max to 5. The change was written for the reporting worker, which was moving to its own, smaller pool. The key lives in the shared base configuration file that both services load, so the new value applied to payments-api as well.

Three conditions let that value reach production unnoticed: the configuration schema accepts any positive pool size; the review diff shows the changed line but not which services load the file; and the deploy pipeline classes configuration-only changes as low risk, so they skip the canary stage and reach every region in one step.`,
  'contributing-factors': `- The pool-saturation metric exists, but it is not on the payments dashboard and no alert uses it.
- Database CPU stayed at 35% and active connections were low, so the database looked healthy and the investigation looked elsewhere first.
- A coincidental notice on the payment provider's status page took nine minutes to rule out.
- Rolling back a configuration change needs a full pipeline run, including image builds: about 20 minutes.`,
  detection: `The error-rate alert fired at 13:58, eleven minutes after impact began. It pages when the 5xx rate stays above 5% for 10 minutes, a window chosen two years ago to avoid paging on short spikes. Customer reports reached support at 13:52, six minutes before the page.

Pool saturation reached 100% at 13:48. An alert on that metric would have paged within about two minutes of the deploy.`,
  response: `Андрей Петров acknowledged the page at 14:00 and Zofia Wiśniewska took the incident commander role at 14:03. The first internal update and a status page notice went out at 14:05, and the severity was raised to SEV1 at 14:16 when the error rate reached 31%.

The first half hour went to ruling out the payment provider and the database, the two suspects the dashboards pointed to. At 14:24 Ελένη Παπαδοπούλου found threads waiting to acquire a database connection in the payments-api thread dumps, which led to the deploy history and change 4812 at 14:31.

The team ran two actions in parallel: a rollback of the change, which needed a full pipeline run, and a scale-out from 12 to 36 pods to add connections in the meantime. The scale-out brought errors down to 9% at 14:47; the rollback finished at 15:01 and errors were back at baseline at 15:04.`,
  'went-well': `- Idempotency keys on every payment request meant client retries never charged a customer twice.
- The incident commander split the work early: one person on the rollback, one on the scale-out, one on customer updates.
- Status updates went out every 15 to 20 minutes, and support had an approved answer for customers within 10 minutes of the incident being declared.`,
  'went-wrong': `- The dashboards pointed away from the cause: no panel showed pool saturation, and every database graph looked normal.
- Rolling back a one-line configuration change took 25 minutes because the pipeline rebuilds images for every change.
- The change review had no way to show that the edited file is shared by two services.
- The alert window of 10 minutes meant customers noticed the problem before the on-call engineer was paged.`,
  lucky: `- The marketing campaign planned for 16:00 had not started yet; checkout traffic during the campaign is about three times higher.
- Ελένη had worked on the reporting worker's connection pool the week before and recognised the thread-dump pattern at once.`,
  'action-items': `The items below were agreed in the review meeting. The two P0 items block the next configuration deploy to payments-api.`,
  lessons: `Configuration is code with a blast radius: a one-line value can change capacity in every region at once. Classing configuration changes as low risk made sense when the pipeline was built, before configuration controlled capacity; it no longer holds.

A healthy-looking database can hide a bottleneck between it and the service. When errors rise while the database is idle, check the client-side connection pools early.`,
  supporting: `- Payments dashboard: https://grafana.example.com/d/payments-api
- Config change 4812: https://git.example.com/payments/config/pull/4812
- Incident channel export: https://chat.example.com/archives/inc-2041
- Status page history: https://status.example.com/incidents/2041`,
};

/** [hh:mm, text, link?] in Warsaw time, on the incident day. */
const TIMELINE: readonly (readonly [string, string, string?])[] = [
  ['13:32', 'Config change 4812 (lower db.pool.max from 50 to 5 for the reporting worker) approved and merged.', 'https://git.example.com/payments/config/pull/4812'],
  ['13:44', 'Deploy pipeline applies change 4812 to all three regions in one step; configuration-only changes skip the canary stage.'],
  ['13:47', 'payments-api pods reload their configuration; p99 latency starts to rise. Impact begins.'],
  ['13:49', 'API gateway starts returning 504 for /v1/payments after its 5-second timeout.'],
  ['13:52', 'Support receives the first customer reports of failed checkouts.'],
  ['13:58', 'Alert "payments-api 5xx rate above 5% for 10 min" fires; Андрей Петров is paged.'],
  ['14:00', 'Андрей acknowledges the page. Dashboards show normal CPU and database load.'],
  ['14:03', 'Incident declared as SEV2; Zofia Wiśniewska takes the incident commander role.'],
  ['14:05', 'Priya Raman posts the first internal update and a status page notice: "Some payments are failing".', 'https://status.example.com/incidents/2041'],
  ['14:09', "The payment provider's status page reports degraded performance in another region; the team checks the provider as a possible cause."],
  ['14:14', 'The provider confirms no problem on their side for our account.'],
  ['14:16', 'Severity raised to SEV1: 31% of payment attempts are failing.'],
  ['14:19', 'Ελένη Παπαδοπούλου joins. The database is at 35% CPU with few active connections: not the bottleneck.'],
  ['14:24', 'Thread dumps show payments-api threads waiting to acquire a database connection.'],
  ['14:31', 'Андрей finds change 4812 in the deploy history: db.pool.max is 5 in production.', 'https://deploy.example.com/history/payments-api'],
  ['14:36', 'Decision: roll back change 4812. The pipeline needs a full run of about 20 minutes.'],
  ['14:38', 'Decision: scale payments-api from 12 to 36 pods to add connections while the rollback runs.'],
  ['14:41', 'Scale-out starts.'],
  ['14:47', 'Error rate falls from 31% to 9% as the new pods take traffic.'],
  ['14:52', 'Status page updated: partly recovered, fix in progress.'],
  ['15:01', 'Rollback of change 4812 completes in all regions; db.pool.max is back to 50.'],
  ['15:04', 'Error rate back at its baseline of 0.2%; p99 latency 190 ms. Impact ends.'],
  ['15:10', 'payments-api scaled back to 12 pods.'],
  ['15:25', 'Support confirms no new reports; the reconciliation job finds no duplicate charges.'],
  ['15:40', 'Incident resolved; final status page update posted.', 'https://status.example.com/incidents/2041'],
];

const FIVE_WHYS: readonly (readonly [string, string])[] = [
  ['Why did payments fail?', "Requests waited for a database connection longer than the gateway's 5-second timeout."],
  ['Why were requests waiting for connections?', 'Each payments-api pod had 5 connections instead of 50.'],
  ['Why did the pool shrink?', 'Config change 4812 changed a key in the base file that both payments-api and the reporting worker load.'],
  ['Why did the change reach every region at once?', 'The pipeline skips the canary stage for configuration-only changes.'],
  ['Why does it skip the canary for configuration?', 'Configuration changes were classed as low risk when the pipeline was built, before configuration could change capacity.'],
];

/** [description, owner, type, priority, due in days after the incident, status, ticket]. */
const ACTIONS: readonly (readonly [string, string, ActionItem['type'], ActionItem['priority'], number, ActionItem['status'], string])[] = [
  ['Add lower and upper bounds for db.pool.max to the configuration schema and validate them in CI', 'Андрей Петров', 'prevent', 'P0', 7, 'in-progress', 'https://tracker.example.com/PAY-1201'],
  ['Send configuration-only changes through the canary stage, one region first', 'Tomás Ortega', 'prevent', 'P0', 14, 'open', 'https://tracker.example.com/PLAT-877'],
  ['Split the shared base configuration so payments-api and the reporting worker each own their pool settings', 'Андрей Петров', 'prevent', 'P1', 21, 'open', 'https://tracker.example.com/PAY-1202'],
  ['Add a pool-saturation panel to the payments dashboard and page when saturation stays above 90% for 2 minutes', 'Ελένη Παπαδοπούλου', 'detect', 'P1', 10, 'open', 'https://tracker.example.com/OBS-341'],
  ['Let configuration rollbacks skip image builds, with a target of under 5 minutes end to end', 'Tomás Ortega', 'mitigate', 'P1', 30, 'open', 'https://tracker.example.com/PLAT-878'],
  ['Change the 5xx alert to 10% over 3 minutes and review its pages after two weeks', 'Андрей Петров', 'detect', 'P2', 10, 'open', 'https://tracker.example.com/OBS-342'],
  ['Show in the review diff which services load each changed configuration file', 'Mateus Costa', 'prevent', 'P2', 45, 'open', 'https://tracker.example.com/PLAT-879'],
  ['Add a step "errors high while the database is idle: check client connection pools" to the payments runbook', 'Ελένη Παπαδοπούλου', 'process', 'P2', 5, 'done', 'https://wiki.example.com/runbooks/payments-api'],
  ["Link the provider's account-specific status page from the payments triage checklist", 'Zofia Wiśniewska', 'process', 'P3', 30, 'open', 'https://tracker.example.com/OPS-95'],
];

/**
 * The example postmortem: an invented SEV1 payments outage three days before `now`, in the Google SRE template,
 * every section written, 25 timeline rows, five whys and nine action items. Deterministic for a given `now` and
 * `id` (default 'example-payments-outage'; pass a fresh id to keep several copies).
 */
export function createExamplePostmortem(now: number | Date, options: { id?: string } = {}): PostmortemDoc {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const date = formatDateInTimeZone(nowMs - 3 * 86_400_000, ZONE);
  const day = parseIsoDate(date) ?? { year: 2026, month: 1, day: 1 };
  const at = (hhmm: string): number => {
    const [hour = 0, minute = 0] = hhmm.split(':').map(Number);
    return convertWallTimeToEpoch({ ...day, hour, minute, second: 0, millisecond: 0 }, ZONE);
  };
  const timeline: PostmortemTimelineRow[] = TIMELINE.map(([time, text, link], index) =>
    link ? { id: `row-${index + 1}`, at: at(time), text, link } : { id: `row-${index + 1}`, at: at(time), text },
  );
  const sections = createTemplateSections('google-sre').map((section) => ({ ...section, body: BODIES[section.kind] ?? '' }));

  return {
    id: options.id ?? 'example-payments-outage',
    formatVersion: 1,
    title: 'Checkout payments failed after a connection pool change',
    incidentId: 'INC-2041',
    date,
    authors: ['Zofia Wiśniewska', 'Tomás Ortega'],
    severity: 'SEV1',
    status: 'in-review',
    reviewDue: '',
    services: ['payments-api', 'checkout'],
    startedAt: at('13:47'),
    endedAt: at('15:04'),
    responders: ['Zofia Wiśniewska', 'Андрей Петров', 'Ελένη Παπαδοπούλου', 'Priya Raman', 'Tomás Ortega'],
    impact: {
      durationMinutes: 77,
      usersAffectedPercent: 31,
      currency: 'EUR',
      cost: { revenue: 38_400, productivity: 2_100, response: 1_350, sla: 0, churn: 6_000, other: 500 },
      errorBudgetConsumedPercent: 175.7,
      notes: 'Revenue is the value of failed checkouts that were not completed later the same day. Churn assumes 4 enterprise accounts at the usual monthly churn value.',
    },
    sections,
    timeline,
    fiveWhys: FIVE_WHYS.map(([why, because], index) => ({ id: `why-${index + 1}`, why, because })),
    actionItems: ACTIONS.map(([description, owner, type, priority, days, status, link], index) => ({
      id: `action-${index + 1}`,
      description,
      owner,
      type,
      priority,
      due: addDaysToIsoDate(date, days),
      link,
      status,
    })),
    dismissedFindings: [],
    timeZone: ZONE,
    createdAt: nowMs,
    updatedAt: nowMs,
  };
}
