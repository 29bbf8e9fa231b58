// Display names of a status update's status and audience, shared by the composer, the timeline and the postmortem.
import type { UpdateAudience, UpdateStatus } from './incident-types';

const STATUS_LABELS: Readonly<Record<UpdateStatus, string>> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

const AUDIENCE_LABELS: Readonly<Record<UpdateAudience, string>> = {
  internal: 'Internal',
  customers: 'Customers',
  executives: 'Executives',
};

/** The label of a status: 'Investigating'. */
export function describeUpdateStatus(status: UpdateStatus): string {
  return STATUS_LABELS[status];
}

/** The label of an audience: 'Customers'. */
export function describeUpdateAudience(audience: UpdateAudience): string {
  return AUDIENCE_LABELS[audience];
}
