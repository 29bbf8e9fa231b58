import { useState } from 'react';
import { describedBy } from '../../../components/ui/field';
import { checkMilestoneTime, reachMilestone, resolveIncident } from '../domain/incident-actions';
import type { Incident, MilestoneKey } from '../domain/incident-types';
import { formatTimelineTime, formatUtcTime, parseDateTimeLocalValue, toDateTimeLocalValue } from '../domain/local-time';
import { METRIC_DEFINITIONS, MILESTONE_LABELS } from '../domain/metrics';
import type { ApplyIncidentAction } from './incident-action';
import { MetricValue } from './live-figures';
import './milestones-panel.css';

const MILESTONE_ORDER: readonly MilestoneKey[] = ['detected', 'acknowledged', 'mitigated', 'resolved'];

const MILESTONE_HINTS: Readonly<Record<MilestoneKey, string>> = {
  detected: 'When someone noticed: the declaration, unless you set an earlier time.',
  acknowledged: 'Reached when you post the first status update.',
  mitigated: 'When users can work again, even by a workaround.',
  resolved: 'When it is fixed and confirmed for users.',
};

const MARK_LABELS: Readonly<Record<Exclude<MilestoneKey, 'resolved' | 'detected'>, string>> = {
  acknowledged: 'Mark acknowledged now',
  mitigated: 'Mark service restored now',
};

interface MilestonesPanelProps {
  incident: Incident;
  apply: ApplyIncidentAction;
  showUtc: boolean;
  onResolve: () => void;
}

/** The four milestones with their times (correctable), and the response metrics they give, with definitions. */
export function MilestonesPanel({ incident, apply, showUtc, onResolve }: MilestonesPanelProps) {
  return (
    <section className="panel milestones" aria-labelledby="milestones-title">
      <h2 id="milestones-title">Milestones</h2>
      <ol className="milestone-list">
        {MILESTONE_ORDER.map((key) => (
          <MilestoneRow key={key} milestone={key} incident={incident} apply={apply} showUtc={showUtc} onResolve={onResolve} />
        ))}
      </ol>
      <h3 className="milestones__subtitle">Response metrics</h3>
      <p className="field__hint">
        Counted from when impact started. MTTR here means mean time to <strong>resolve</strong>.
      </p>
      <dl className="metric-list">
        {METRIC_DEFINITIONS.map((definition) => {
          const counting = incident.milestones[definition.endsAt] === undefined && incident.milestones.resolved === undefined;
          return (
            <div className={`metric${counting ? ' is-counting' : ''}`} key={definition.key}>
              <dt className="metric__label">{definition.label}</dt>
              <dd className="metric__figure">
                <MetricValue incident={incident} metric={definition.key} />
                {counting ? <span className="metric__counting">counting</span> : null}
              </dd>
              <dd className="metric__definition">{definition.definition}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

function MilestoneRow({ milestone, incident, apply, showUtc, onResolve }: { milestone: MilestoneKey } & MilestonesPanelProps) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const at = incident.milestones[milestone];
  const reached = at !== undefined;
  const inputId = `milestone-${milestone}-time`;

  const save = () => {
    const parsed = parseDateTimeLocalValue(value);
    const now = Date.now();
    if (parsed === null) return setError('Enter the date and time it happened');
    if (parsed > now + 60_000) return setError('Enter a time that is not in the future');
    // Resolving before service was restored is judged with an unreached mitigation moving along with it.
    // A mitigation stamped by the resolution itself (same instant) moves with it, as resolveIncident does.
    const mitigationFollows =
      incident.milestones.mitigated === undefined ||
      (incident.milestones.mitigated === incident.milestones.resolved && parsed < incident.milestones.mitigated);
    const judged =
      milestone === 'resolved' && mitigationFollows
        ? { ...incident, milestones: { ...incident.milestones, mitigated: Math.min(parsed, now) } }
        : incident;
    const orderError = checkMilestoneTime(judged, milestone, Math.min(parsed, now));
    if (orderError) return setError(orderError);
    apply((current, stamp) =>
      milestone === 'resolved' ? resolveIncident(current, stamp, parsed) : reachMilestone(current, milestone, stamp, parsed),
    );
    setEditing(false);
    setError(null);
  };

  return (
    <li className={`milestone${reached ? ' is-reached' : ''}`}>
      <div className="milestone__row">
        <span className="milestone__dot" aria-hidden="true" />
        <span className="milestone__name">{MILESTONE_LABELS[milestone]}</span>
        <span className="milestone__time">
          {reached ? (
            <>
              <span className="tabular">{formatTimelineTime(at, incident.declaredAt)}</span>
              {showUtc ? <span className="milestone__utc tabular">{formatUtcTime(at, incident.declaredAt)}</span> : null}
            </>
          ) : (
            <span className="muted">Not yet</span>
          )}
        </span>
      </div>
      {!reached ? <p className="milestone__hint">{MILESTONE_HINTS[milestone]}</p> : null}
      {editing ? (
        <div className={`milestone__edit field${error ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={inputId}>
            {MILESTONE_LABELS[milestone]} at
          </label>
          {error ? (
            <p className="field__error" id={`${inputId}-error`}>
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          ) : null}
          <div className="milestone__edit-row">
            <input
              id={inputId}
              type="datetime-local"
              step={1}
              className="input input--datetime"
              value={value}
              aria-describedby={describedBy(inputId, undefined, error ?? undefined)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setValue(event.currentTarget.value)}
            />
            <button type="button" className="button button--small button--primary" onClick={save}>
              Save time
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => { setEditing(false); setError(null); }}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="milestone__actions">
          {reached ? (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                setValue(toDateTimeLocalValue(at));
                setEditing(true);
              }}
            >
              Correct the time<span className="visually-hidden"> of {MILESTONE_LABELS[milestone]}</span>
            </button>
          ) : milestone === 'resolved' ? (
            <button type="button" className="button button--small" onClick={onResolve}>
              Resolve incident
            </button>
          ) : milestone === 'detected' ? null : (
            <button
              type="button"
              className="button button--small"
              onClick={() => apply((current, stamp) => reachMilestone(current, milestone, stamp))}
            >
              {MARK_LABELS[milestone]}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
