import { CostInputsPanel } from './cost-inputs-panel';
import { useCallback, useState } from 'react';
import { useFocusAfterRender } from '../../../components/ui/use-focus-after-render';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { downloadFile, slugifyFilename } from '../../../lib/download';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import type { IncidentFormValues } from '../domain/incident-forms';
import { checkImpactStart, reopenIncident, resolveIncident, updateIncidentDetails } from '../domain/incident-actions';
import { serializeIncident } from '../domain/incident-schema';
import type { Incident } from '../domain/incident-types';
import { toDateTimeLocalValue } from '../domain/local-time';
import { useIncidentStore } from '../store/incident-store-context';
import { announce } from './announcer';
import { Checklist } from './checklist';
import { focusTarget, INCIDENT_TARGETS, type ApplyIncidentAction } from './incident-action';
import { IncidentHero } from './incident-hero';
import { LazyConflictNotice, LazyHandoverDialog, LazyIncidentForm } from './lazy-parts';
import { IncidentTabTitle, OverdueBanner, UpdateReminders } from './live-figures';
import { MilestonesPanel } from './milestones-panel';
import { QuickActions } from './quick-actions';
import { ResolvedSummary } from './resolved-summary';
import { StatusComposer } from './status-composer';
import { TimelinePanel } from './timeline-panel';
import './incident-view.css';

interface IncidentViewProps {
  incident: Incident;
  costInputs: CostInputs;
  /** Other running incidents, to switch to. */
  otherRunning: Incident[];
  focusTitle: boolean;
  onStartPostmortem: (incident: Incident) => void;
  onOpen: (id: string) => void;
  onClose: () => void;
}

function toFormValues(incident: Incident): IncidentFormValues {
  return {
    title: incident.title,
    severity: incident.severity,
    service: incident.service,
    publicName: incident.publicName ?? '',
    startMode: 'earlier',
    startedAt: toDateTimeLocalValue(incident.startedAt),
    commander: incident.roles.commander,
    deputy: incident.roles.deputy,
    scribe: incident.roles.scribe,
    communications: incident.roles.communications,
  };
}

/** One incident, running or resolved: the numbers, the checklist, communication, milestones and the timeline. */
export function IncidentView({ incident, costInputs, otherRunning, focusTitle, onStartPostmortem, onOpen, onClose }: IncidentViewProps) {
  const updateIncident = useIncidentStore((s) => s.updateIncident);
  const preferences = useIncidentStore((s) => s.incident.preferences);
  const setPreferences = useIncidentStore((s) => s.setIncidentPreferences);
  const [editing, setEditing] = useState(false);
  const [confirmResolve, setConfirmResolve] = useState(false);
  // The handover dialog's code loads on first use, then stays mounted so closing it returns focus as usual.
  const [handover, setHandover] = useState<'unused' | 'open' | 'closed'>('unused');
  const id = incident.id;
  const resolved = incident.status === 'resolved';
  // Where focus goes after a change that removes the focused control (resolve, closing the details form).
  const focusAfterRender = useFocusAfterRender();

  const apply = useCallback<ApplyIncidentAction>(
    (action) => updateIncident(id, (current) => action(current, Date.now())),
    [id, updateIncident],
  );
  // Which step's "Write the update" was used, so posting ticks that step (a banner click passes an event: no step).
  const [updateFromStep, setUpdateFromStep] = useState<string | undefined>(undefined);
  const writeUpdate = useCallback((stepId?: unknown) => {
    setUpdateFromStep(typeof stepId === 'string' ? stepId : undefined);
    focusTarget(INCIDENT_TARGETS.updateText);
  }, []);
  const costed = incident.costInputs ?? costInputs;
  const openDetails = () => {
    setEditing(true);
    focusAfterRender('incident-edit-title');
  };
  const closeDetails = () => {
    setEditing(false);
    focusAfterRender('incident-edit-details');
  };
  const startPostmortem = () => onStartPostmortem(incident);
  const exportIncident = () =>
    downloadFile(`${incident.drill ? 'drill-' : ''}${slugifyFilename(incident.title, 'incident')}.incident.json`, serializeIncident(incident), 'application/json');

  return (
    <div className={`incident-view${resolved ? ' is-resolved' : ''}`}>
      {!resolved ? <OverdueBanner incident={incident} onWriteUpdate={writeUpdate} /> : null}
      {otherRunning.length > 0 ? (
        <nav className="incident-others" aria-label="Other running incidents">
          <span className="incident-others__label">Also running:</span>
          <ul>
            {otherRunning.map((other) => (
              <li key={other.id}>
                <button type="button" className="link-button" onClick={() => onOpen(other.id)}>
                  {other.drill ? 'Drill · ' : ''}
                  {other.severity} · {other.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <IncidentHero
        incident={incident}
        costInputs={costed}
        preferences={preferences}
        onPreferencesChange={setPreferences}
        onEditDetails={openDetails}
        onResolve={() => setConfirmResolve(true)}
        onHandOver={() => setHandover('open')}
        focusTitle={focusTitle}
        editing={editing}
      >
        {editing ? (
          <div className="incident-hero__edit">
            <h2 className="incident-hero__edit-title" id="incident-edit-title" tabIndex={-1}>
              Edit the incident details
            </h2>
            <LazyIncidentForm
              mode="edit"
              defaultValues={toFormValues(incident)}
              earliest={0}
              checkStartedAt={(startedAt) => checkImpactStart(incident, startedAt)}
              onCancel={closeDetails}
              onSubmit={(value) => {
                apply((current, now) =>
                  updateIncidentDetails(
                    current,
                    {
                      title: value.title,
                      severity: value.severity,
                      service: value.service,
                      publicName: value.publicName,
                      roles: value.roles,
                      ...(value.startedAt !== undefined ? { startedAt: value.startedAt } : {}),
                    },
                    now,
                  ),
                );
                closeDetails();
                announce('Incident details saved.');
              }}
            />
          </div>
        ) : null}
      </IncidentHero>

      {incident.conflicts?.length ? <LazyConflictNotice incident={incident} apply={apply} author={preferences.author} /> : null}

      {resolved ? (
        <ResolvedSummary
          incident={incident}
          costInputs={costed}
          showCost={preferences.showCost}
          onStartPostmortem={startPostmortem}
          onExport={exportIncident}
          onReopen={() => {
            apply((current, now) => reopenIncident(current, now));
            focusAfterRender(INCIDENT_TARGETS.title);
            announce('Incident reopened. The clock and the update reminders run again.');
          }}
          onClose={onClose}
        />
      ) : null}

      <div className="incident-layout">
        <div className="incident-layout__main">
          <Checklist
            incident={incident}
            apply={apply}
            onWriteUpdate={writeUpdate}
            onStartPostmortem={startPostmortem}
            onEditDetails={openDetails}
          />
        </div>
        <div className="incident-layout__side">
          <StatusComposer
            incident={incident}
            apply={apply}
            costInputs={costed}
            preferences={preferences}
            onPreferencesChange={setPreferences}
            fromStepId={updateFromStep}
          />
          <CostInputsPanel incident={incident} apply={apply} calculatorInputs={costInputs} />
          <MilestonesPanel incident={incident} apply={apply} showUtc={preferences.showUtc} onResolve={() => setConfirmResolve(true)} />
        </div>
      </div>

      <TimelinePanel
        incident={incident}
        apply={apply}
        showUtc={preferences.showUtc}
        onToggleUtc={(showUtc) => setPreferences({ showUtc })}
        author={preferences.author}
        onAuthorChange={(author) => setPreferences({ author })}
      />

      {/* A resolved drill keeps "DRILL · …" in the tab title too (a resolved incident shows the tool's title). */}
      {resolved && incident.drill ? <IncidentTabTitle incident={incident} /> : null}
      {!resolved ? (
        <>
          <IncidentTabTitle incident={incident} />
          <UpdateReminders incident={incident} preferences={preferences} />
          <QuickActions onWriteUpdate={writeUpdate} />
        </>
      ) : null}

      {handover !== 'unused' ? <LazyHandoverDialog open={handover === 'open'} incident={incident} onClose={() => setHandover('closed')} /> : null}

      <ConfirmDialog
        open={confirmResolve}
        title="Resolve this incident?"
        confirmLabel="Resolve incident"
        onCancel={() => setConfirmResolve(false)}
        onConfirm={() => {
          setConfirmResolve(false);
          apply((current, now) => resolveIncident(current, now));
          focusAfterRender('summary-title');
          announce('Incident resolved. The summary shows the durations and metrics.');
        }}
      >
        <p>The clock stops and the update reminders end. Resolve it when it is fixed and confirmed for users. You can reopen it later.</p>
      </ConfirmDialog>
    </div>
  );
}

