import type { CostInputs } from '../../calculator/domain/cost-inputs';
import type { Incident } from '../../incident/domain/incident-types';

export interface PostmortemPageProps {
  /** Incidents the user can start a postmortem from (running and resolved), newest first. */
  incidents: Incident[];
  /** The calculator's current inputs, for the impact's cost breakdown. */
  costInputs: CostInputs;
}

/** The blameless postmortem generator. */
export default function PostmortemPage(_props: PostmortemPageProps) {
  return (
    <section className="panel">
      <h1>Blameless postmortem</h1>
    </section>
  );
}
