// Report data for the Reports e2e spec and its benchmark: N incidents (some drills, two currencies, missing
// milestones) and postmortems with contributing factors and action items, built with the domain's own constructors
// so the app restores them as its own data. The same count and time give the same bytes. No app import: the
// Playwright spec imports it in Node, where the app's store cannot start.
import { DEFAULT_COST_INPUTS, type CostInputs } from '../features/calculator/domain/cost-inputs';
import { DEFAULT_RUNBOOK } from '../features/incident/domain/default-runbook';
import { declareIncident } from '../features/incident/domain/incident-actions';
import type { Incident, Severity } from '../features/incident/domain/incident-types';
import type { ActionItem, PostmortemDoc } from '../features/postmortem/domain/postmortem-types';
import { createPostmortem } from '../features/postmortem/domain/templates';
import { formatDateInTimeZone } from '../features/postmortem/domain/zoned-time';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SERVICES = ['checkout', 'payments-api', 'search', 'auth', 'email-worker', 'catalog'];
const FACTORS = ['No canary deploy', 'Alert threshold too high', 'Runbook out of date', 'Single database primary', 'Retry storm', 'Config change without review'];
const SEVERITIES: Severity[] = ['SEV1', 'SEV2', 'SEV2', 'SEV3', 'SEV3', 'SEV4'];

/** Time zone the fixture's postmortem dates are written in (the e2e and bench browsers use it too). */
export const REPORT_FIXTURE_ZONE = 'Europe/Berlin';

function createRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ReportFixtureOptions {
  count: number;
  now: number;
  /** Prefix of every id (an archive made with another prefix does not overlap). */
  idPrefix?: string;
  seed?: number;
  /** Days back the incidents spread over. */
  spanDays?: number;
  currency?: string;
}

/** `count` resolved incidents (every 7th a drill) and a postmortem for three in four of them. */
export function createReportFixtures({ count, now, idPrefix = 'report', seed = 7, spanDays = 360, currency = 'EUR' }: ReportFixtureOptions): { incidents: Incident[]; docs: PostmortemDoc[] } {
  const next = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const costInputs: CostInputs = { ...DEFAULT_COST_INPUTS, currency, revenue: 1_500_000, revenuePeriod: 'month' };
  const incidents: Incident[] = [];
  const docs: PostmortemDoc[] = [];
  for (let i = 0; i < count; i++) {
    const startedAt = Math.floor((now - (1 + next() * spanDays) * DAY) / MINUTE) * MINUTE;
    const declaredAt = startedAt + Math.floor(2 + next() * 20) * MINUTE;
    const id = `${idPrefix}-incident-${String(i + 1).padStart(3, '0')}`;
    const base = declareIncident(
      { id, number: `INC-${i + 1}`, title: `Incident ${i + 1}`, severity: pick(SEVERITIES), service: pick(SERVICES), startedAt, roles: { commander: 'Alex', deputy: '', scribe: '', communications: '' }, runbook: DEFAULT_RUNBOOK, costInputs },
      declaredAt,
    );
    const mitigated = next() < 0.9 ? declaredAt + Math.floor(10 + next() * 150) * MINUTE : undefined;
    const resolved = (mitigated ?? declaredAt + 60 * MINUTE) + Math.floor(next() * 120) * MINUTE;
    const acknowledged = next() < 0.85 ? declaredAt + Math.floor(next() * 10) * MINUTE : undefined;
    const incident: Incident = {
      ...base,
      status: 'resolved',
      milestones: { ...base.milestones, ...(acknowledged !== undefined ? { acknowledged } : {}), ...(mitigated !== undefined ? { mitigated } : {}), resolved },
      ...(i % 7 === 6 ? { drill: true } : {}),
      updatedAt: resolved,
    };
    incidents.push(incident);
    if (i % 4 === 3) continue;
    const createdAt = resolved + DAY;
    const doc = createPostmortem({ template: 'google-sre', now: Math.min(createdAt, now), timeZone: REPORT_FIXTURE_ZONE, id: `${id}-postmortem` });
    const factors = FACTORS.filter(() => next() < 0.35);
    const items: ActionItem[] = Array.from({ length: Math.floor(next() * 5) }, (_, k) => {
      const r = next();
      return {
        id: `${id}-action-${k + 1}`,
        description: `Follow-up ${k + 1} of incident ${i + 1}`,
        owner: 'Team',
        type: 'prevent',
        priority: 'P2',
        due: formatDateInTimeZone(createdAt + Math.floor(next() * 60) * DAY, REPORT_FIXTURE_ZONE),
        link: '',
        status: r < 0.5 ? 'done' : r < 0.8 ? 'open' : 'in-progress',
      };
    });
    docs.push({
      ...doc,
      title: `Postmortem: incident ${i + 1}`,
      incidentId: incident.number ?? '',
      sourceIncidentId: incident.id,
      severity: incident.severity,
      services: [incident.service],
      date: formatDateInTimeZone(startedAt, REPORT_FIXTURE_ZONE),
      sections: doc.sections.map((s) => (s.kind === 'contributing-factors' ? { ...s, body: factors.map((f) => `- ${f}`).join('\n') } : s)),
      fiveWhys: next() < 0.5 ? [{ id: `${id}-why-1`, why: 'Why did it fail?', because: pick(FACTORS) }] : [],
      actionItems: items,
    });
  }
  return { incidents, docs };
}
