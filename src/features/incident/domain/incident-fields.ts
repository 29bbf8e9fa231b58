// The incident's own fields as separate registers, so a merge takes each field from whoever changed it last
// instead of the whole set of details from one copy.
import type { Incident, IncidentField, IncidentRoles, Severity } from './incident-types';
import { parseCostInputs, type CostInputs } from '../../calculator/domain/cost-inputs';
import { validateRunbook } from './runbook';
import { formatDateTime } from './local-time';

/** One field: how to read it from an incident, write it back, check a value from a file, and say it. */
export interface FieldDef {
  label: string;
  get: (incident: Incident) => unknown;
  set: (incident: Incident, value: unknown) => Incident;
  isValid: (value: unknown) => boolean;
  describe: (value: unknown) => string;
}

const SEVERITIES: readonly Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];
const isText = (max: number) => (value: unknown) => typeof value === 'string' && value.length <= max;
const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 8.64e15;
const quote = (value: unknown) => `“${String(value)}”`;

function roleField(key: keyof IncidentRoles, label: string): FieldDef {
  return {
    label,
    get: (incident) => incident.roles[key],
    set: (incident, value) => ({ ...incident, roles: { ...incident.roles, [key]: value as string } }),
    isValid: isText(200),
    describe: (value) => (value === '' ? 'nobody' : quote(value)),
  };
}

/** Every field merged on its own, in the order a conflict notice lists them. */
export const INCIDENT_FIELDS: Readonly<Record<IncidentField, FieldDef>> = {
  title: {
    label: 'title',
    get: (incident) => incident.title,
    set: (incident, value) => ({ ...incident, title: value as string }),
    isValid: (value) => isText(200)(value) && (value as string).trim() !== '',
    describe: quote,
  },
  severity: {
    label: 'severity',
    get: (incident) => incident.severity,
    set: (incident, value) => ({ ...incident, severity: value as Severity }),
    isValid: (value) => SEVERITIES.includes(value as Severity),
    describe: String,
  },
  service: {
    label: 'service',
    get: (incident) => incident.service,
    set: (incident, value) => ({ ...incident, service: value as string }),
    isValid: isText(200),
    describe: (value) => (value === '' ? 'none' : quote(value)),
  },
  publicName: {
    label: 'public component name',
    get: (incident) => incident.publicName ?? '',
    set: (incident, value) => {
      const { publicName: _publicName, ...rest } = incident;
      return value === '' ? rest : { ...rest, publicName: value as string };
    },
    isValid: isText(200),
    describe: (value) => (value === '' ? 'none' : quote(value)),
  },
  startedAt: {
    label: 'impact start',
    get: (incident) => incident.startedAt,
    set: (incident, value) => ({ ...incident, startedAt: value as number }),
    isValid: isTime,
    describe: (value) => formatDateTime(value as number),
  },
  'roles.commander': roleField('commander', 'incident commander'),
  'roles.deputy': roleField('deputy', 'deputy'),
  'roles.scribe': roleField('scribe', 'scribe'),
  'roles.communications': roleField('communications', 'communications role'),
  cadenceMinutes: {
    label: 'update cadence',
    get: (incident) => incident.cadenceMinutes,
    set: (incident, value) => ({ ...incident, cadenceMinutes: value as number }),
    isValid: (value) => typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= 1440,
    describe: (value) => `every ${String(value)} minutes`,
  },
  // The status and the resolved milestone are one value: reopening removes the milestone, so taking them apart
  // would let a stale copy re-resolve a reopened incident. null: active; a time: resolved then.
  status: {
    label: 'status',
    get: (incident) => (incident.status === 'resolved' ? (incident.milestones.resolved ?? incident.updatedAt) : null),
    set: (incident, value) => {
      const { resolved: _resolved, ...milestones } = incident.milestones;
      return typeof value === 'number'
        ? { ...incident, status: 'resolved', milestones: { ...milestones, resolved: value } }
        : { ...incident, status: 'active', milestones };
    },
    isValid: (value) => value === null || isTime(value),
    describe: (value) => (value === null ? 'active' : `resolved at ${formatDateTime(value as number)}`),
  },
  // null: no snapshot yet (an incident saved before snapshots); any snapshot beats none.
  costInputs: {
    label: 'cost inputs',
    get: (incident) => incident.costInputs ?? null,
    set: (incident, value) => {
      const { costInputs: _costInputs, ...rest } = incident;
      return value === null ? rest : { ...rest, costInputs: value as CostInputs };
    },
    isValid: (value) => value === null || parseCostInputs(value).ok,
    describe: (value) => (value === null ? 'none' : 'another set of cost inputs'),
  },
  drill: {
    label: 'drill mark',
    get: (incident) => incident.drill === true,
    set: (incident, value) => {
      const { drill: _drill, ...rest } = incident;
      return value === true ? { ...rest, drill: true } : rest;
    },
    isValid: (value) => typeof value === 'boolean',
    describe: (value) => (value === true ? 'a drill' : 'a real incident'),
  },
  runbook: {
    label: 'runbook',
    get: (incident) => incident.runbook,
    set: (incident, value) => ({ ...incident, runbook: value as Incident['runbook'] }),
    isValid: (value) => validateRunbook(value).ok,
    describe: (value) => `the runbook “${(value as Incident['runbook']).name}”`,
  },
};

export const INCIDENT_FIELD_KEYS = Object.keys(INCIDENT_FIELDS) as IncidentField[];
