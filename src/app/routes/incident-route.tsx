// The incident tool's route: installs its part of the store, then shows the page. Loaded on first visit.
import { useStore } from 'zustand';
import IncidentPage from '../../features/incident/components/incident-page';
import { LazyIncidentForm } from '../../features/incident/components/lazy-parts';
import { fillMissingCostInputs } from '../../features/incident/domain/incident-actions';
import type { Incident } from '../../features/incident/domain/incident-types';
import { IncidentStoreContext } from '../../features/incident/store/incident-store-context';
import { takeHandoverFragment } from '../../features/incident/handover/take-handover-fragment';
import { navigate } from '../router';
import { asIncidentStore, incidentSection, keepIncidentsNumbered } from '../sections/incident-section';
import { appStore, type FullAppState } from '../store/app-store';

// First of all: a handover link's secret leaves the address bar (and so the history) before anything renders.
takeHandoverFragment();
appStore.installSection(incidentSection);
keepIncidentsNumbered(appStore);
const incidentStore = asIncidentStore(appStore);

/**
 * Migration: an incident saved before cost snapshots (or imported from such a file) gets the calculator's inputs
 * of this moment, once; from then on its cost no longer follows the calculator.
 */
function snapshotMissingCostInputs(): void {
  const state = incidentStore.getState();
  const missing = state.incident.incidents.filter((incident) => incident.costInputs === undefined);
  if (missing.length === 0) return;
  const inputs = appStore.getState().calculator.inputs;
  for (const incident of missing) state.updateIncident(incident.id, (current) => fillMissingCostInputs(current, inputs));
}
snapshotMissingCostInputs();
incidentStore.subscribe(snapshotMissingCostInputs);

/**
 * The app composes the tools: a postmortem starts from an incident through the postmortem's pure domain,
 * loaded when the user asks for it.
 */
async function startPostmortem(incident: Incident): Promise<void> {
  const [{ postmortemSection }, { createPostmortemFromIncident }, { findSourceIncident }] = await Promise.all([
    import('../sections/postmortem-section'),
    import('../../features/postmortem/domain/templates'),
    import('../../features/postmortem/domain/edit-postmortem'),
  ]);
  appStore.installSection(postmortemSection);
  const state = appStore.getState() as FullAppState;
  const existing = state.postmortem.docs.find((d) => findSourceIncident(d, [incident]) !== undefined);
  if (existing) {
    state.setActivePostmortem(existing.id);
  } else {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    state.addPostmortem(
      createPostmortemFromIncident(incident, { template: 'google-sre', costInputs: incident.costInputs ?? state.calculator.inputs, now: Date.now(), timeZone }),
    );
  }
  navigate('postmortem');
}

/**
 * What the page's first view needs before the route renders (app.tsx waits for it): with no incident to
 * show, the page opens on the declare form, whose chunk would otherwise arrive after a loading line. The
 * build's prerender waits for it too, so a first-time visitor's page shows the form before any script.
 */
export function firstViewReady(): Promise<unknown> {
  const { incidents, activeId } = incidentStore.getState().incident;
  const shown = incidents.some((incident) => incident.id === activeId || incident.status === 'active');
  return shown ? Promise.resolve() : LazyIncidentForm.preload();
}

export default function IncidentRoute() {
  const costInputs = useStore(appStore, (s) => s.calculator.inputs);
  return (
    <IncidentStoreContext value={incidentStore}>
      <IncidentPage costInputs={costInputs} onStartPostmortem={startPostmortem} />
    </IncidentStoreContext>
  );
}
