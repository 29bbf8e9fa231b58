// One definition of each severity, so the declare form, status updates and the postmortem say the same thing.
import type { Severity } from './incident-types';

export interface SeverityLevel {
  value: Severity;
  /** The short name: 'Critical'. */
  name: string;
  /** Value and name: 'SEV1 – Critical'. */
  label: string;
  /** One line: what this severity means. */
  definition: string;
  /** The same, for leadership: the effect on the business. */
  businessEffect: string;
}

const CRITICAL: SeverityLevel = {
  value: 'SEV1',
  name: 'Critical',
  label: 'SEV1 – Critical',
  definition: 'Customers are badly affected (the service is down or unusable) and you need a public notice.',
  businessEffect: 'Customers are badly affected and a public notice is needed.',
};

/** The severities from most to least severe. */
export const SEVERITY_LEVELS: readonly SeverityLevel[] = [
  CRITICAL,
  {
    value: 'SEV2',
    name: 'Major',
    label: 'SEV2 – Major',
    definition: 'An important feature is broken or very slow for many customers.',
    businessEffect: 'An important feature is broken or very slow for many customers.',
  },
  {
    value: 'SEV3',
    name: 'Moderate',
    label: 'SEV3 – Moderate',
    definition: 'Some customers see a partial problem, and a workaround exists.',
    businessEffect: 'Some customers see a partial problem; a workaround exists.',
  },
  {
    value: 'SEV4',
    name: 'Minor',
    label: 'SEV4 – Minor',
    definition: 'No customer impact yet: an internal problem or a warning sign to fix soon.',
    businessEffect: 'No customer impact so far.',
  },
];

/** Shown beside the severity choice. */
export const SEVERITY_HINT = 'If you are unsure, pick the higher severity. You can lower it later.';

/** The level for a severity value. */
export function findSeverityLevel(severity: Severity): SeverityLevel {
  return SEVERITY_LEVELS.find((level) => level.value === severity) ?? CRITICAL;
}
