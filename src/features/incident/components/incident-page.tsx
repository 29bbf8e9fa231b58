import type { CostInputs } from '../../calculator/domain/cost-inputs';
import type { Incident } from '../domain/incident-types';

export interface IncidentPageProps {
  /** The calculator's current (valid) inputs, for the live cost ticker. */
  costInputs: CostInputs;
  /** "Start postmortem": the app creates the postmortem from this incident and opens it. */
  onStartPostmortem: (incident: Incident) => void;
}

/** The incident checklist timer. */
export default function IncidentPage(_props: IncidentPageProps) {
  return (
    <section className="panel">
      <h1>Incident checklist timer</h1>
    </section>
  );
}
