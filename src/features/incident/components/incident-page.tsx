import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import { DEFAULT_CADENCE_MINUTES } from '../domain/cadence';
import type { IncidentFormValues } from '../domain/incident-forms';
import type { Incident, Runbook } from '../domain/incident-types';
import { formatDateTime } from '../domain/local-time';
import { matchIncidentShortcut } from '../domain/shortcuts';
import { useIncidentStore } from '../store/incident-store-context';
// The page's shared rules first, so each component's own file (imported below it) comes after them.
import './incident.css';
import { useAnnouncement } from './announcer';
import { focusTarget, INCIDENT_TARGETS } from './incident-action';
import type { IncidentFormProps } from './incident-form';
import { IncidentView } from './incident-view';
import type { HandoverSource } from './handover-receive-dialog';
import { LazyHandoverReceiveDialog, LazyIncidentForm, LazyIncidentHistory, LazyRunbookEditor, LazyShortcutsDialog } from './lazy-parts';
import { forgetHandoverFragment, peekHandoverFragment, takeHandoverFragment } from '../handover/take-handover-fragment';
import { HANDOVER_FILE_EXTENSION } from '../handover/handover-limits';

export interface IncidentPageProps {
  /** The calculator's current (valid) inputs, for the live cost ticker. */
  costInputs: CostInputs;
  /** "Start postmortem": the app creates the postmortem from this incident and opens it. */
  onStartPostmortem: (incident: Incident) => void;
}

type PageTab = 'incident' | 'runbook' | 'history';

const TABS: readonly { id: PageTab; label: string }[] = [
  { id: 'incident', label: 'Incident' },
  { id: 'runbook', label: 'Runbook' },
  { id: 'history', label: 'History' },
];

const EMPTY_FORM: IncidentFormValues = {
  title: '',
  severity: '',
  service: '',
  publicName: '',
  startMode: 'now',
  startedAt: '',
  commander: '',
  deputy: '',
  scribe: '',
  communications: '',
  drill: false,
  runbookChoice: 'drill',
};

/** Starts loading a tab's code when the pointer or focus reaches it, before the click. */
function preloadTab(tab: PageTab): void {
  if (tab === 'runbook') void LazyRunbookEditor.preload();
  else if (tab === 'history') void LazyIncidentHistory.preload();
}

function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/** The incident checklist timer: declare, run and resolve incidents; edit the runbook; keep the history. */
export default function IncidentPage({ costInputs, onStartPostmortem }: IncidentPageProps) {
  const incidents = useIncidentStore((s) => s.incident.incidents);
  const activeId = useIncidentStore((s) => s.incident.activeId);
  const runbook = useIncidentStore((s) => s.incident.runbook);
  const showUtc = useIncidentStore((s) => s.incident.preferences.showUtc);
  const setActiveIncident = useIncidentStore((s) => s.setActiveIncident);
  const declareIncident = useIncidentStore((s) => s.declareIncident);
  const setPreferences = useIncidentStore((s) => s.setIncidentPreferences);
  const [tab, setTab] = useState<PageTab>('incident');
  const [declaring, setDeclaring] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  // The help dialog's code loads on first use, then stays mounted so closing it returns focus as usual.
  const [helpUsed, setHelpUsed] = useState(false);
  const [focusTitleOf, setFocusTitleOf] = useState<string | null>(null);
  const announcement = useAnnouncement();
  const tabRefs = useRef(new Map<PageTab, HTMLButtonElement>());
  // A handover link opened this page (its fragment was taken out of the address on load), or a file was chosen.
  const [handover, setHandover] = useState<{ key: number; source: HandoverSource } | null>(() => {
    const hash = peekHandoverFragment();
    return hash ? { key: 0, source: { kind: 'link', hash } } : null;
  });
  const handoverInput = useRef<HTMLInputElement>(null);
  // A handover link pasted into a tab already on this page changes only the fragment: no load, so take it here.
  useEffect(() => {
    const onHashChange = () => {
      takeHandoverFragment();
      const hash = peekHandoverFragment();
      if (hash) setHandover({ key: Date.now(), source: { kind: 'link', hash } });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);


  const running = incidents.filter((incident) => incident.status === 'active').sort((a, b) => b.declaredAt - a.declaredAt);
  const active = activeId ? incidents.find((incident) => incident.id === activeId) : undefined;
  // No incident chosen in this tab: show the one running incident rather than an empty form.
  const shown = declaring ? undefined : (active ?? (running.length === 1 ? running[0] : undefined));
  const choosing = !declaring && !shown && running.length > 1;
  const showingIncident = tab === 'incident' && shown !== undefined;

  const open = (id: string) => {
    setActiveIncident(id);
    setDeclaring(false);
    setTab('incident');
    setFocusTitleOf(id);
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = matchIncidentShortcut({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inEditableField: isEditableTarget(event.target),
        dialogOpen: document.querySelector('dialog[open]') !== null,
      });
      if (!action) return;
      if (action === 'show-help') {
        event.preventDefault();
        setHelpUsed(true);
        setHelpOpen(true);
        return;
      }
      // "S" belongs to the focused timeline entry, which handles it (and prevents the default) itself.
      if (!showingIncident || action === 'star-entry') return;
      event.preventDefault();
      if (action === 'add-note') focusTarget(INCIDENT_TARGETS.note);
      else if (action === 'write-update') focusTarget(INCIDENT_TARGETS.updateText);
      else if (action === 'toggle-utc') setPreferences({ showUtc: !showUtc });
      else if (action === 'go-checklist') {
        const current = document.querySelector<HTMLElement>('.phase.is-current .phase__title') ?? document.getElementById('checklist-title');
        if (current) focusTarget(current.id);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [showingIncident, showUtc, setPreferences]);

  const onTabKeyDown = (event: ReactKeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.findIndex((item) => item.id === tab);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    if (next === null) return;
    event.preventDefault();
    const target = TABS[next];
    if (!target) return;
    setTab(target.id);
    tabRefs.current.get(target.id)?.focus();
  };

  return (
    <div className="incident-page">
      <div className="incident-page__bar">
        <div className="incident-tabs" role="tablist" aria-label="Incident tool">
          {TABS.map((item) => (
            <button
              key={item.id}
              ref={(element) => {
                if (element) tabRefs.current.set(item.id, element);
                else tabRefs.current.delete(item.id);
              }}
              type="button"
              role="tab"
              id={`incident-tab-${item.id}`}
              aria-selected={tab === item.id}
              aria-controls={`incident-panel-${item.id}`}
              tabIndex={tab === item.id ? 0 : -1}
              className="incident-tabs__tab"
              onClick={() => setTab(item.id)}
              onKeyDown={onTabKeyDown}
              onPointerEnter={() => preloadTab(item.id)}
              onFocus={() => preloadTab(item.id)}
            >
              {item.label}
              {item.id === 'incident' && running.length > 0 ? (
                <span className="incident-tabs__badge">
                  {running.length}
                  <span className="incident-tabs__badge-word"> running</span>
                </span>
              ) : null}
              {item.id === 'history' && incidents.length > 0 ? (
                <span className="incident-tabs__count">
                  {incidents.length}
                  <span className="visually-hidden"> {incidents.length === 1 ? 'incident' : 'incidents'}</span>
                </span>
              ) : null}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button button--small button--quiet incident-page__open-handover"
          onClick={() => handoverInput.current?.click()}
          onPointerEnter={() => void LazyHandoverReceiveDialog.preload()}
        >
          Open a handover
        </button>
        <input
          ref={handoverInput}
          type="file"
          accept={`${HANDOVER_FILE_EXTENSION},application/octet-stream`}
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Open a handover from a .outage-kit file"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) setHandover({ key: Date.now(), source: { kind: 'file', file } });
          }}
        />
        <button type="button" className="button button--small button--quiet incident-page__help" onClick={() => {
            setHelpUsed(true);
            setHelpOpen(true);
          }} aria-keyshortcuts="?">
          Keyboard shortcuts <kbd className="kbd" aria-hidden="true">?</kbd>
        </button>
      </div>

      <div role="tabpanel" id={`incident-panel-${tab}`} aria-labelledby={`incident-tab-${tab}`} className="incident-page__panel">
        {tab === 'incident' ? (
          shown ? (
            <IncidentView
              key={shown.id}
              incident={shown}
              costInputs={costInputs}
              otherRunning={running.filter((incident) => incident.id !== shown.id)}
              focusTitle={focusTitleOf === shown.id}
              onStartPostmortem={onStartPostmortem}
              onOpen={open}
              onClose={() => {
                setActiveIncident(null);
                setDeclaring(false);
              }}
            />
          ) : choosing ? (
            <RunningChooser incidents={running} onOpen={open} onDeclare={() => setDeclaring(true)} />
          ) : (
            <DeclarePanel
              runbook={runbook}
              canCancel={running.length > 0 || active !== undefined}
              onCancel={() => setDeclaring(false)}
              onEditRunbook={() => setTab('runbook')}
              onDeclare={(value) => {
                const created = declareIncident({ ...value, runbook: value.runbook ?? runbook, costInputs }, Date.now());
                setDeclaring(false);
                setFocusTitleOf(created.id);
              }}
            />
          )
        ) : null}
        {tab === 'runbook' ? <LazyRunbookEditor /> : null}
        {tab === 'history' ? <LazyIncidentHistory onOpen={open} /> : null}
      </div>

      {tab === 'incident' && shown ? (
        <div className="incident-page__declare-another">
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              setActiveIncident(null);
              setDeclaring(true);
            }}
          >
            Declare another incident
          </button>
        </div>
      ) : null}

      {handover ? (
        <LazyHandoverReceiveDialog
          key={handover.key}
          source={handover.source}
          onOpenIncident={open}
          onClose={() => {
            forgetHandoverFragment();
            setHandover(null);
          }}
        />
      ) : null}
      {helpUsed ? <LazyShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} /> : null}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}

function DeclarePanel({
  runbook,
  canCancel,
  onCancel,
  onEditRunbook,
  onDeclare,
}: {
  runbook: Runbook;
  canCancel: boolean;
  onCancel: () => void;
  onEditRunbook: () => void;
  onDeclare: IncidentFormProps['onSubmit'];
}) {
  // The runbook the declaration would follow (a drill's can be the drill runbook), as the form reports it.
  // The form reports it again whenever `runbook` changes, so this never lags behind the runbook editor.
  const [next, setShownRunbook] = useState<Runbook>(runbook);
  return (
    <div className="declare">
      <div className="page-intro">
        <h1>Declare an incident</h1>
        <p>
          When production is down, follow a sequence instead of improvising. The clock, the update reminders and the timeline start
          when you declare; everything else can be filled in as you go.
        </p>
      </div>
      <div className="declare__layout">
        <div className="panel declare__panel">
          <LazyIncidentForm
            mode="declare"
            defaultValues={EMPTY_FORM}
            runbook={runbook}
            onRunbookChange={setShownRunbook}
            onSubmit={onDeclare}
            onCancel={canCancel ? onCancel : undefined}
          />
        </div>
        <aside className="panel declare__aside" aria-labelledby="declare-next-title">
          <h2 id="declare-next-title">What happens next</h2>
          <p className="muted small">
            You will follow the runbook “{next.name}”, one phase at a time:
          </p>
          <ol className="declare__phases">
            {next.phases.map((phase) => (
              <li key={phase.id}>
                <span className="declare__phase-title">
                  {phase.title}
                  {phase.timeboxMinutes !== undefined ? <span className="declare__timebox"> {phase.timeboxMinutes} min</span> : null}
                </span>
                {phase.guidance ? <span className="declare__phase-guidance">{phase.guidance}</span> : null}
              </li>
            ))}
          </ol>
          <p className="muted small">
            A status update is due every {DEFAULT_CADENCE_MINUTES} minutes (you can change it), and each step you check or note you add lands in the
            timeline, ready for the postmortem.
          </p>
          <button type="button" className="link-button" onClick={onEditRunbook}>
            Edit the runbook
          </button>
        </aside>
      </div>
    </div>
  );
}

function RunningChooser({ incidents, onOpen, onDeclare }: { incidents: Incident[]; onOpen: (id: string) => void; onDeclare: () => void }) {
  return (
    <div className="chooser">
      <div className="page-intro">
        <h1>{incidents.length} incidents are running</h1>
        <p>Choose the one you are working on. Each browser tab can follow a different incident.</p>
      </div>
      <ul className="history-list">
        {incidents.map((incident) => (
          <li key={incident.id} className="panel history-item is-running">
            <div className="history-item__info">
              <h2 className="history-item__title">
                {incident.number ? <span className="history-item__number tabular">{incident.number} </span> : null}
                {incident.title}
              </h2>
              <p className="history-item__meta">
                {incident.drill ? <span className="drill-tag">Drill</span> : null}
                <span className={`sev-tag sev-tag--${incident.severity.toLowerCase()}`}>{incident.severity}</span>
                {incident.service ? ` ${incident.service} ·` : ''} declared {formatDateTime(incident.declaredAt)}
              </p>
            </div>
            <button type="button" className="button button--primary" onClick={() => onOpen(incident.id)}>
              Open<span className="visually-hidden"> “{incident.title}”</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDeclare}>
        Declare another incident
      </button>
    </div>
  );
}
