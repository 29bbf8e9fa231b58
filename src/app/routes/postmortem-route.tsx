// The postmortem tool's route: installs its part of the store (and the incidents it starts from), then
// shows the page. Loaded on first visit.
import { useStore } from 'zustand';
import type { Incident } from '../../features/incident/domain/incident-types';
import PostmortemPage from '../../features/postmortem/components/postmortem-page';
import { PostmortemStoreContext } from '../../features/postmortem/store/postmortem-store-context';
import { incidentSection } from '../sections/incident-section';
import { asPostmortemStore, postmortemSection } from '../sections/postmortem-section';
import { appStore } from '../store/app-store';

appStore.installSection(incidentSection);
appStore.installSection(postmortemSection);
const postmortemStore = asPostmortemStore(appStore);
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
