// The incident page's parts that its first view rarely needs, each in a chunk of its own: the incident
// form (with react-hook-form, ~14 KB) is not needed while an incident runs, the runbook editor and the
// history are tabs, and the shortcuts help is a dialog. See docs/PERFORMANCE.md (route chunks).
import { lazyPart } from '../../../components/ui/lazy-part';
import type { Incident } from '../domain/incident-types';
import type { HandoverReceiveDialogProps } from './handover-receive-dialog';
import type { IncidentFormProps } from './incident-form';
import type { ConflictNoticeProps } from './conflict-notice';
// The lazy parts' own CSS stays in the page's stylesheet: the prerendered page already shows the form, so
// its rules must be there at first paint (from the form's chunk they arrived late and the page shifted).
import './incident-form.css';
import './shortcuts-dialog.css';

/** The line shown in a part's place while its code loads; the form's keeps the layout still. */
function loadingLine(text: string, className = 'lazy-placeholder') {
  return () => (
    <p className={className} aria-busy="true">
      {text}
    </p>
  );
}

export const LazyIncidentForm = lazyPart<IncidentFormProps>(
  () => import('./incident-form').then((m) => m.IncidentForm),
  loadingLine('Loading the form…', 'lazy-placeholder lazy-placeholder--form'),
);

export const LazyRunbookEditor = lazyPart<object>(
  () => import('./runbook-editor').then((m) => m.RunbookEditor),
  loadingLine('Loading the runbook…'),
);

export const LazyIncidentHistory = lazyPart<{ onOpen: (id: string) => void }>(
  () => import('./incident-history').then((m) => m.IncidentHistory),
  loadingLine('Loading the history…'),
);

/** Mounted only once first opened: the dialog opens itself when its code arrives. */
export const LazyShortcutsDialog = lazyPart<{ open: boolean; onClose: () => void }>(() =>
  import('./shortcuts-dialog').then((m) => m.ShortcutsDialog),
);

/** Shown only after a merge kept two versions of something: most incidents never load it. */
export const LazyConflictNotice = lazyPart<ConflictNoticeProps>(() => import('./conflict-notice').then((m) => m.ConflictNotice));

/** "Hand over": the dialog with the crypto, compression and QR code, loaded when first opened. */
export const LazyHandoverDialog = lazyPart<{ open: boolean; incident: Incident; onClose: () => void }>(() =>
  import('./handover-dialog').then((m) => m.HandoverDialog),
);

/** Receiving a handover (a link opened or a file chosen), loaded only when one arrives. */
export const LazyHandoverReceiveDialog = lazyPart<HandoverReceiveDialogProps>(() =>
  import('./handover-receive-dialog').then((m) => m.HandoverReceiveDialog),
);
