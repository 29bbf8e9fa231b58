// The incident page's parts that its first view rarely needs, each in a chunk of its own: the incident
// form (with react-hook-form, ~14 KB) is not needed while an incident runs, the runbook editor and the
// history are tabs, and the shortcuts help is a dialog. See docs/PERFORMANCE.md (route chunks).
import { lazyPart } from '../../../components/ui/lazy-part';
import type { IncidentFormProps } from './incident-form';

export const LazyIncidentForm = lazyPart<IncidentFormProps>(
  () => import('./incident-form').then((m) => m.IncidentForm),
  () => (
    <p className="lazy-placeholder lazy-placeholder--form" aria-busy="true">
      Loading the form…
    </p>
  ),
);

export const LazyRunbookEditor = lazyPart<object>(
  () => import('./runbook-editor').then((m) => m.RunbookEditor),
  () => (
    <p className="lazy-placeholder" aria-busy="true">
      Loading the runbook…
    </p>
  ),
);

export const LazyIncidentHistory = lazyPart<{ onOpen: (id: string) => void }>(
  () => import('./incident-history').then((m) => m.IncidentHistory),
  () => (
    <p className="lazy-placeholder" aria-busy="true">
      Loading the history…
    </p>
  ),
);

/** Mounted only while open: the dialog opens itself when its code arrives. */
export const LazyShortcutsDialog = lazyPart<{ open: boolean; onClose: () => void }>(() =>
  import('./shortcuts-dialog').then((m) => m.ShortcutsDialog),
);
