// The one lazily loaded module behind both share-out disclosures (share-out-parts.tsx): one chunk, one load.
import type { Incident, UpdateAudience } from '../domain/incident-types';
import { TimelineExportMenu } from './timeline-export-menu';
import { UpdateExportMenu } from './update-export-menu';

export type ShareOutMenuProps =
  | { kind: 'timeline'; incident: Incident }
  | { kind: 'update'; incident: Incident; text: string; audience: UpdateAudience };

export function ShareOutMenu(props: ShareOutMenuProps) {
  return props.kind === 'timeline' ? (
    <TimelineExportMenu incident={props.incident} />
  ) : (
    <UpdateExportMenu incident={props.incident} text={props.text} audience={props.audience} />
  );
}
