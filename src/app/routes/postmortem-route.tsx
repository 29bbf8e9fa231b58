// The postmortem tool's route: installs its part of the store (and the incidents it starts from), then
// shows the page. Loaded on first visit.
import { useStore } from 'zustand';
import type { Incident } from '../../features/incident/domain/incident-types';
import PostmortemPage from '../../features/postmortem/components/postmortem-page';
import { PostmortemStoreContext } from '../../features/postmortem/store/postmortem-store-context';
import { linkIncidentNumber } from '../../features/postmortem/domain/edit-postmortem';
import { incidentSection, keepIncidentsNumbered } from '../sections/incident-section';
import { asPostmortemStore, postmortemSection } from '../sections/postmortem-section';
import { appStore } from '../store/app-store';

appStore.installSection(incidentSection);
appStore.installSection(postmortemSection);
keepIncidentsNumbered(appStore);
const postmortemStore = asPostmortemStore(appStore);

/** Migration: postmortems saved before incident numbers showed the incident's internal id; they show its number now. */
function linkIncidentNumbers(): void {
  const incidents = appStore.getState().incident?.incidents ?? [];
  const state = postmortemStore.getState();
  for (const doc of state.postmortem.docs) {
    if (linkIncidentNumber(doc, incidents) !== doc) state.updatePostmortem(doc.id, (current) => linkIncidentNumber(current, incidents), doc.updatedAt);
  }
}
linkIncidentNumbers();
appStore.subscribe(linkIncidentNumbers);
const NO_INCIDENTS: Incident[] = [];

export default function PostmortemRoute() {
  const costInputs = useStore(appStore, (s) => s.calculator.inputs);
  const incidents = useStore(appStore, (s) => s.incident?.incidents ?? NO_INCIDENTS);
  return (
    <PostmortemStoreContext value={postmortemStore}>
      <PostmortemPage incidents={incidents} costInputs={costInputs} />
    </PostmortemStoreContext>
  );
}
