// Benchmark data (issue #7): a large postmortem (1,000 timeline rows, 200 action items, 100 KB of prose), a running
// incident with 1,000 timeline entries, and a saved state of 50 incidents and 50 postmortems. Everything is built with
// the domain's own constructors and edits, so the app restores it as its own data; the same seed and time give the
// same bytes.
import type { PersistedState } from '../app/store/app-store';
import { STATE_VERSION } from '../app/store/app-store';
import { DEFAULT_COST_INPUTS } from '../features/calculator/domain/cost-inputs';
import { DEFAULT_RUNBOOK } from '../features/incident/domain/default-runbook';
import { declareIncident, postUpdate, resolveIncident, setStepDone } from '../features/incident/domain/incident-actions';
import type { Incident, Severity, TimelineKind, UpdateAudience, UpdateStatus } from '../features/incident/domain/incident-types';
import { addTimelineEntry } from '../features/incident/domain/timeline';
import { addActionItem, addFiveWhy, addTimelineRows, updateImpact, updateSectionBody, type NewTimelineRow } from '../features/postmortem/domain/edit-postmortem';
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  POSTMORTEM_STATUSES,
  type PostmortemDoc,
} from '../features/postmortem/domain/postmortem-types';
import { createPostmortem } from '../features/postmortem/domain/templates';
import { addDaysToIsoDate, formatDateInTimeZone } from '../features/postmortem/domain/zoned-time';

/** 2026-11-30 12:00 UTC: the fixed "now" of the fixtures that do not need a live clock. */
export const BENCH_NOW = Date.UTC(2026, 10, 30, 12, 0, 0);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Mulberry32: a small, fast, seeded generator, so every fixture is reproducible. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof createRandom>;

// Names and services from several scripts: the Noto Sans font covers Latin, Greek, Cyrillic and Vietnamese.
const PEOPLE = [
  'Zofia Wiśniewska',
  'Андрей Петров',
  'Ελένη Παπαδοπούλου',
  'Priya Raman',
  'Tomás Ortega',
  'Mateus Costa',
  'Jiří Dvořák',
  'Ayşe Yılmaz',
  'Nguyễn Thị Lan',
  'Olusegun Adeyemi',
  'Søren Kjær',
  'Marie Lefèvre',
] as const;
const SERVICES = ['payments-api', 'checkout', 'search-indexer', 'auth-gateway', 'orders-db', 'notification-worker', 'cdn-edge', 'inventory-sync', 'reporting-worker', 'billing-ledger'] as const;
const REGIONS = ['eu-west-1', 'eu-central-1', 'us-east-1', 'ap-southeast-2'] as const;
const DEPENDENCIES = ['the primary database', 'the Redis cache', 'the payment provider', 'the message queue', 'the identity provider', 'the object store'] as const;
const ZONES = ['Europe/Warsaw', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC'] as const;
const CHANGES = ['a connection-pool setting', 'a certificate rotation', 'a schema migration', 'a feature flag', 'a load-balancer rule', 'a dependency upgrade'] as const;

type Fill = (r: Random) => string;
const person: Fill = (r) => r.pick(PEOPLE);
const service: Fill = (r) => r.pick(SERVICES);
const region: Fill = (r) => r.pick(REGIONS);
const dependency: Fill = (r) => r.pick(DEPENDENCIES);
const change: Fill = (r) => r.pick(CHANGES);

/** What responders write in a timeline: observations, actions, decisions, updates; some in Polish, Russian or Greek. */
const TIMELINE_LINES: readonly Fill[] = [
  (r) => `${service(r)} p99 latency at ${r.int(300, 9000)} ms; error rate ${r.int(2, 45)}% in ${region(r)}.`,
  (r) => `${person(r)} restarts ${r.int(2, 24)} ${service(r)} pods in ${region(r)}.`,
  (r) => `Alert "${service(r)} 5xx rate above ${r.int(2, 10)}% for ${r.int(2, 10)} min" fires; ${person(r)} is paged.`,
  (r) => `Decision: roll back deploy ${r.int(1000, 9999)} of ${service(r)} rather than fix forward; the change is small and well understood.`,
  (r) => `${person(r)} posts an internal update: errors are ${r.pick(['rising', 'stable', 'falling'])}, next update in ${r.pick([15, 20, 30])} minutes.`,
  (r) => `Thread dumps show ${service(r)} workers waiting on ${dependency(r)}.`,
  (r) => `Status page updated: ${r.pick(['investigating', 'identified', 'monitoring', 'partly recovered'])}.`,
  (r) => `${person(r)}: «Проверяю пул соединений ${service(r)}, свободных соединений ${r.int(0, 5)} из 50.»`,
  (r) => `${person(r)}: «Ο ρυθμός σφαλμάτων πέφτει στο ${r.int(1, 20)}% μετά την επανεκκίνηση.»`,
  (r) => `${person(r)}: sprawdzam logi bramki — ${r.int(10, 900)} odrzuconych żądań na minutę.`,
  (r) => `Failover of ${dependency(r)} to ${region(r)} completes in ${r.int(20, 300)} s.`,
  (r) => `Support reports ${r.int(3, 120)} new tickets about failed ${r.pick(['checkouts', 'logins', 'searches', 'refunds'])}.`,
  (r) => `Traffic shifted ${r.int(10, 90)}% away from ${region(r)} at the load balancer.`,
  (r) => `${person(r)} confirms ${change(r)} went out ${r.int(2, 55)} minutes before impact began.`,
  (r) => `Cache hit rate drops from ${r.int(85, 99)}% to ${r.int(10, 60)}%; ${dependency(r)} CPU at ${r.int(60, 100)}%.`,
];

/** Phrases the blameless checker flags, mixed in rarely, as in a real first draft. */
const BLAME_LINES: readonly Fill[] = [
  (r) => `${person(r)} forgot to update the runbook after the last change.`,
  () => 'Human error during the manual failover made it worse.',
  () => 'The on-call engineer should have noticed the warning earlier.',
];

/** Prose sentences for the sections, some in Polish, Russian and Greek. */
const PROSE: readonly Fill[] = [
  (r) => `Between ${r.int(10, 23)}:${String(r.int(0, 59)).padStart(2, '0')} and ${r.int(10, 23)}:${String(r.int(0, 59)).padStart(2, '0')}, ${r.int(3, 60)}% of requests to ${service(r)} failed or timed out.`,
  (r) => `The trigger was ${change(r)} to ${service(r)}, rolled out to every region in one step because configuration-only changes skip the canary stage.`,
  (r) => `Requests queued for ${dependency(r)} until the gateway gave up after ${r.int(2, 30)} seconds, so retries from clients added load instead of relieving it.`,
  (r) => `The dashboards showed ${dependency(r)} as healthy, which pointed the investigation elsewhere for the first ${r.int(10, 40)} minutes.`,
  (r) => `About ${r.int(100, 9000).toLocaleString('en-US')} customers were affected and support received ${r.int(10, 400)} tickets.`,
  (r) => `Rolling back needed a full pipeline run of about ${r.int(10, 45)} minutes, including image builds that the rollback did not need.`,
  (r) => `Scaling ${service(r)} from ${r.int(6, 12)} to ${r.int(24, 48)} pods added capacity while the rollback ran and brought errors down to ${r.int(1, 10)}%.`,
  (r) => `The alert window of ${r.int(5, 15)} minutes, chosen to avoid paging on short spikes, meant that customers noticed before the on-call engineer was paged.`,
  () => 'Idempotency keys on every request meant that client retries never charged a customer twice.',
  (r) => `The review diff showed the changed line but not that ${r.int(2, 4)} services load the same file.`,
  (r) => `Zespół wycofał zmianę konfiguracji w ${region(r)}, a liczba błędów spadła w ciągu ${r.int(2, 9)} minut.`,
  (r) => `Команда откатила изменение в ${region(r)}; через ${r.int(2, 9)} минут доля ошибок вернулась к обычному уровню.`,
  (r) => `Η ομάδα αύξησε τη χωρητικότητα του ${service(r)} και τα σφάλματα μειώθηκαν μέσα σε ${r.int(2, 9)} λεπτά.`,
  (r) => `A healthy-looking database can hide a bottleneck between it and the service: when errors rise while ${dependency(r)} is idle, check the client-side pools early.`,
  (r) => `Status updates went out every ${r.pick([15, 20, 30])} minutes, and support had an approved answer within ${r.int(5, 15)} minutes of the incident being declared.`,
];

const ACTION_LINES: readonly Fill[] = [
  (r) => `Add bounds for the ${service(r)} pool size to the configuration schema and validate them in CI`,
  (r) => `Send configuration-only changes to ${service(r)} through the canary stage, one region first`,
  (r) => `Page when ${dependency(r)} saturation stays above ${r.int(80, 95)}% for ${r.int(2, 5)} minutes`,
  (r) => `Let rollbacks of ${service(r)} skip image builds, with a target of under ${r.int(3, 10)} minutes end to end`,
  (r) => `Add a panel for ${dependency(r)} wait time to the ${service(r)} dashboard`,
  (r) => `Add the step "errors high while ${dependency(r)} is idle: check client pools" to the ${service(r)} runbook`,
  (r) => `Load-test ${service(r)} at ${r.int(2, 5)}× peak traffic before the next campaign`,
  (r) => `Document the failover of ${dependency(r)} to ${region(r)} and rehearse it quarterly`,
];

function sentence(r: Random, lines: readonly Fill[], blameRate: number): string {
  return r.chance(blameRate) ? r.pick(BLAME_LINES)(r) : r.pick(lines)(r);
}

const encoder = new TextEncoder();
/** UTF-8 bytes of a string. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** Plain-text prose of at least `bytes` UTF-8 bytes: paragraphs of sentences, now and then a bullet list. */
function writeProse(r: Random, bytes: number): string {
  const blocks: string[] = [];
  let size = 0;
  while (size < bytes) {
    const block = r.chance(0.25)
      ? Array.from({ length: r.int(3, 6) }, () => `- ${sentence(r, PROSE, 0.02)}`).join('\n')
      : Array.from({ length: r.int(3, 7) }, () => sentence(r, PROSE, 0.02)).join(' ');
    blocks.push(block);
    size += utf8Bytes(block) + 2;
  }
  return blocks.join('\n\n');
}

export interface BenchPostmortemOptions {
  id: string;
  seed: number;
  /** Timeline rows. */
  rows: number;
  actionItems: number;
  /** UTF-8 bytes of prose across the sections (the Timeline and Action items sections get one short line each). */
  proseBytes: number;
  /** Epoch ms the document was written; the incident was two days earlier. */
  now?: number;
}

/**
 * A postmortem in the Google SRE template with every section written, `rows` timeline rows (10–90 s apart, about
 * one in seven with a link), five whys and `actionItems` action items, through the domain's own edits.
 */
export function createBenchPostmortem({ id, seed, rows, actionItems, proseBytes, now = BENCH_NOW }: BenchPostmortemOptions): PostmortemDoc {
  const r = createRandom(seed);
  const timeZone = r.pick(ZONES);
  const authors = [person(r), person(r)];
  let doc = createPostmortem({ template: 'google-sre', now, timeZone, id, currency: 'EUR', authors });

  const startedAt = Math.floor((now - 2 * DAY - r.int(0, 12) * HOUR) / MINUTE) * MINUTE;
  const timeline: NewTimelineRow[] = [];
  let at = startedAt - 15 * MINUTE;
  for (let i = 0; i < rows; i++) {
    at += r.int(10, 90) * 1000;
    const text = sentence(r, TIMELINE_LINES, 0.01);
    timeline.push(r.chance(0.15) ? { at, text, link: `https://grafana.example.com/d/${service(r)}?from=${at}` } : { at, text });
  }
  doc = addTimelineRows(doc, timeline);

  const proseSections = doc.sections.filter((s) => s.kind !== 'timeline' && s.kind !== 'action-items');
  for (const section of doc.sections) {
    const body =
      section.kind === 'timeline'
        ? 'Times come from the incident channel, the deploy history and the gateway logs.'
        : section.kind === 'action-items'
          ? 'The items below were agreed in the review meeting. P0 items block the next deploy of the services named.'
          : writeProse(r, Math.ceil(proseBytes / proseSections.length));
    doc = updateSectionBody(doc, section.id, body);
  }

  for (let i = 0; i < 5; i++) {
    doc = addFiveWhy(doc, { why: `Why did ${service(r)} ${r.pick(['fail', 'slow down', 'run out of connections', 'reject requests'])}?`, because: sentence(r, PROSE, 0) });
  }
  for (let i = 0; i < actionItems; i++) {
    doc = addActionItem(doc, {
      description: r.pick(ACTION_LINES)(r),
      owner: person(r),
      type: r.pick(ACTION_ITEM_TYPES),
      priority: r.pick(ACTION_ITEM_PRIORITIES),
      due: r.chance(0.9) ? addDaysToIsoDate(doc.date, r.int(3, 90)) : '',
      link: r.chance(0.8) ? `https://tracker.example.com/${r.pick(['PAY', 'PLAT', 'OBS', 'OPS'])}-${r.int(100, 9999)}` : '',
      status: r.pick(ACTION_ITEM_STATUSES),
    });
  }

  // Notes go on after impact ends, but impact lasts at least 20 minutes.
  const endedAt = Math.max(timeline.at(-1)?.at ?? 0, startedAt + r.int(20, 90) * MINUTE);
  const durationMinutes = Math.round((endedAt - startedAt) / MINUTE);
  doc = updateImpact(doc, {
    durationMinutes,
    usersAffectedPercent: r.int(3, 60),
    cost: { revenue: r.int(1_000, 400_000), productivity: r.int(100, 20_000), response: r.int(100, 15_000), sla: r.int(0, 50_000), churn: r.int(0, 60_000), other: r.int(0, 2_000) },
    errorBudgetConsumedPercent: r.int(10, 400),
    notes: writeProse(r, 600),
  });
  const incidentNumber = r.int(1000, 9999);
  return {
    ...doc,
    title: `${r.pick(['Checkout payments failed', 'Logins timed out', 'Search returned errors', 'Orders were delayed'])} after ${change(r)} (INC-${incidentNumber})`,
    incidentId: `INC-${incidentNumber}`,
    date: formatDateInTimeZone(startedAt, timeZone),
    severity: r.pick(['SEV1', 'SEV2', 'SEV3'] as const),
    status: r.pick(POSTMORTEM_STATUSES),
    services: [service(r), service(r)].filter((s, i, all) => all.indexOf(s) === i),
    startedAt,
    endedAt,
    responders: [...new Set([...authors, person(r), person(r), person(r)])],
  };
}

/** The large postmortem of issue #7: 1,000 timeline rows, 200 action items, 100 KB (102,400 bytes) of prose. */
export function createLargePostmortem(now: number = BENCH_NOW): PostmortemDoc {
  return createBenchPostmortem({ id: 'bench-large', seed: 7, rows: 1000, actionItems: 200, proseBytes: 100 * 1024, now });
}

/** UTF-8 bytes of a postmortem's prose: section bodies, impact notes and the five whys. */
export function measureProseBytes(doc: PostmortemDoc): number {
  const texts = [...doc.sections.map((s) => s.body), doc.impact.notes, ...doc.fiveWhys.flatMap((w) => [w.why, w.because])];
  return texts.reduce((sum, text) => sum + utf8Bytes(text), 0);
}

const ENTRY_KINDS: readonly TimelineKind[] = ['observation', 'observation', 'action', 'action', 'decision', 'communication'];
const UPDATE_STATUSES: readonly UpdateStatus[] = ['investigating', 'identified', 'monitoring'];
const AUDIENCES: readonly UpdateAudience[] = ['internal', 'customers', 'executives'];

export interface BenchIncidentOptions {
  id: string;
  seed: number;
  /** Notes written by responders (the app adds its own entries for steps, updates and milestones). */
  notes: number;
  /** When impact started. */
  startedAt: number;
  /** Time of the last note; also "now" for every action. */
  until: number;
  resolved: boolean;
}

/**
 * An incident declared with the built-in runbook, its first phase checked, a status update every 30 minutes and
 * `notes` timeline notes spread from the start to `until`, resolved at `until` if asked. Ids are made stable
 * (the domain's own are random) so the same options give the same data.
 */
export function createBenchIncident({ id, seed, notes, startedAt, until, resolved }: BenchIncidentOptions): Incident {
  const r = createRandom(seed);
  const declaredAt = startedAt + r.int(2, 12) * MINUTE;
  let incident = declareIncident(
    {
      id,
      title: `${service(r)}: ${r.pick(['5xx errors at checkout', 'login timeouts', 'search returns no results', 'delayed order emails'])}`,
      severity: r.pick(['SEV1', 'SEV2', 'SEV3'] as const satisfies readonly Severity[]),
      service: service(r),
      startedAt,
      roles: { commander: person(r), deputy: person(r), scribe: person(r), communications: person(r) },
      runbook: DEFAULT_RUNBOOK,
      cadenceMinutes: 30,
    },
    declaredAt,
  );
  const firstPhase = DEFAULT_RUNBOOK.phases[0]?.steps ?? [];
  firstPhase.forEach((step, i) => {
    incident = setStepDone(incident, step.id, true, declaredAt + (i + 1) * MINUTE);
  });
  const span = Math.max(1, until - declaredAt);
  for (let n = 1, at = declaredAt + 30 * MINUTE; at < until; at += 30 * MINUTE, n++) {
    incident = postUpdate(incident, { id: `${id}-update-${n}`, at, status: r.pick(UPDATE_STATUSES), audience: r.pick(AUDIENCES), text: sentence(r, PROSE, 0) }, at);
  }
  for (let i = 0; i < notes; i++) {
    const at = declaredAt + Math.floor(((i + 1) * span) / (notes + 1));
    incident = addTimelineEntry(incident, { id: `${id}-note-${i + 1}`, at, text: sentence(r, TIMELINE_LINES, 0.01), kind: r.pick(ENTRY_KINDS), source: 'manual' }, at);
  }
  if (resolved) incident = resolveIncident(incident, until);
  return { ...incident, timeline: incident.timeline.map((entry, i) => (entry.source === 'auto' ? { ...entry, id: `${id}-auto-${i + 1}` } : entry)) };
}

/** A running incident of three hours with 1,000 timeline entries (notes plus the app's own), as of `now`. */
export function createRunningIncident(now: number, entries = 1000): Incident {
  const startedAt = Math.floor((now - 3 * HOUR) / 1000) * 1000;
  // The app's own entries (declared, detected, checked steps, status updates) count towards the total.
  const own = createBenchIncident({ id: 'bench-running', seed: 11, notes: 0, startedAt, until: now - 5_000, resolved: false }).timeline.length;
  return createBenchIncident({ id: 'bench-running', seed: 11, notes: Math.max(0, entries - own), startedAt, until: now - 5_000, resolved: false });
}

/** A saved state holding the given incidents and postmortems, as zustand `persist` writes it. */
export function createSavedState(incidents: Incident[], docs: PostmortemDoc[]): { state: PersistedState; version: number } {
  return {
    state: {
      calculator: { inputs: { ...DEFAULT_COST_INPUTS }, draft: null },
      incident: {
        incidents,
        deletedIds: [],
        runbook: DEFAULT_RUNBOOK,
        preferences: { sound: false, notifications: false, showCost: true, showUtc: false },
      },
      postmortem: { docs, deletedIds: [] },
      settings: { theme: 'system' },
    },
    version: STATE_VERSION,
  };
}

/**
 * 50 incidents (two still running) and 50 postmortems of ordinary size: 20–60 timeline notes per incident;
 * 15–60 rows, 4–15 action items and 6–14 KB of prose per postmortem.
 */
export function createFiftyFiftyState(now: number = BENCH_NOW): { state: PersistedState; version: number } {
  const r = createRandom(50);
  const incidents = Array.from({ length: 50 }, (_, i) => {
    const running = i < 2;
    const startedAt = running ? now - r.int(1, 3) * HOUR : now - (i * 3 + r.int(1, 3)) * DAY;
    const until = running ? now - MINUTE : startedAt + r.int(30, 300) * MINUTE;
    const id = `bench-incident-${String(i + 1).padStart(2, '0')}`;
    return createBenchIncident({ id, seed: 1000 + i, notes: r.int(20, 60), startedAt, until, resolved: !running });
  });
  const docs = Array.from({ length: 50 }, (_, i) =>
    createBenchPostmortem({
      id: `bench-postmortem-${String(i + 1).padStart(2, '0')}`,
      seed: 2000 + i,
      rows: r.int(15, 60),
      actionItems: r.int(4, 15),
      proseBytes: r.int(6, 14) * 1024,
      now: now - i * 3 * DAY,
    }),
  );
  return createSavedState(incidents, docs);
}
