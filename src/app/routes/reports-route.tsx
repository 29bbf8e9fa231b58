// The Reports tool's route: reads the incidents and postmortems from the app store (installing both sections, so
// the saved ones are loaded) and hands them to the page; the archive parsers load on the first import.
import { useStore } from 'zustand';
import type { Incident } from '../../features/incident/domain/incident-types';
import type { PostmortemDoc } from '../../features/postmortem/domain/postmortem-types';
import type { ArchiveReader } from '../../features/reports/components/archive-import';
import ReportsPage from '../../features/reports/components/reports-page';
import { ALL_DATA_FILE } from '../data-export';
import { incidentSection } from '../sections/incident-section';
import { postmortemSection } from '../sections/postmortem-section';
import { appStore } from '../store/app-store';

appStore.installSection(incidentSection);
appStore.installSection(postmortemSection);

const NO_INCIDENTS: Incident[] = [];
const NO_DOCS: PostmortemDoc[] = [];

const archiveReader: ArchiveReader = {
  // The largest accepted file ("Export all data", 20 MB); incident and postmortem files keep their own limits.
  maxBytes: ALL_DATA_FILE.maxBytes,
  parse: async (text) => (await import('../report-archive')).parseArchiveFile(text),
};

export default function ReportsRoute() {
  const costInputs = useStore(appStore, (s) => s.calculator.inputs);
  const incidents = useStore(appStore, (s) => s.incident?.incidents ?? NO_INCIDENTS);
  const postmortems = useStore(appStore, (s) => s.postmortem?.docs ?? NO_DOCS);
  return <ReportsPage incidents={incidents} postmortems={postmortems} fallbackCostInputs={costInputs} archiveReader={archiveReader} />;
}
