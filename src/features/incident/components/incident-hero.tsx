import { describeImpactSpan } from '../domain/impact-span';
import { useEffect, useRef, type ReactNode } from 'react';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import { calculateUpdateDue } from '../domain/cadence';
import type { Incident } from '../domain/incident-types';
import { formatTimelineTime, formatUtcTime } from '../domain/local-time';
import { findSeverityLevel } from '../domain/severity';
import type { IncidentPreferences } from '../store/incident-slice';
import { DRILL_MARK } from '../domain/drill';
import { INCIDENT_TARGETS } from './incident-action';
import { CostSoFar, ElapsedClock, UpdateCountdownFigure } from './live-figures';
import './incident-hero.css';

const ROLE_LABELS = [
  ['commander', 'Commander'],
  ['deputy', 'Deputy'],
  ['scribe', 'Scribe'],
  ['communications', 'Comms'],
] as const;

interface IncidentHeroProps {
  incident: Incident;
  costInputs: CostInputs;
  preferences: IncidentPreferences;
  onPreferencesChange: (patch: Partial<IncidentPreferences>) => void;
  onEditDetails: () => void;
  onResolve: () => void;
  /** Opens "Hand over" (the next commander gets the incident by link, file or QR code). */
  onHandOver: () => void;
  /** Moves focus to the title when the incident was just declared or opened. */
  focusTitle: boolean;
  editing: boolean;
  children?: ReactNode;
}

/**
 * The top of a running incident: what it is, who leads, and the three numbers that matter, with the
 * elapsed clock as the largest thing on the page.
 */
export function IncidentHero({ incident, costInputs, preferences, onPreferencesChange, onEditDetails, onResolve, onHandOver, focusTitle, editing, children }: IncidentHeroProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
  }, [focusTitle, incident.id]);
  const severity = findSeverityLevel(incident.severity);
  const resolved = incident.status === 'resolved';
  const drill = incident.drill === true;
  const roles = ROLE_LABELS.filter(([key]) => incident.roles[key].trim() !== '');
  const dueAt = calculateUpdateDue(incident, incident.declaredAt).dueAt;
  const dueText = `${formatTimelineTime(dueAt, incident.declaredAt, { seconds: false })} (${formatUtcTime(dueAt, incident.declaredAt, { seconds: false })})`;

  return (
    <section className={`panel incident-hero${resolved ? ' is-resolved' : ''}${drill ? ' is-drill' : ''}`} aria-labelledby={INCIDENT_TARGETS.title}>
      {drill ? (
        <p className="drill-banner" data-testid="drill-banner">
          <span className="drill-tag">Drill</span>
          <span>
            <strong>This is a drill (game day).</strong> Practice, not a real incident: updates start with {DRILL_MARK}; send nothing to customers.
          </span>
        </p>
      ) : null}
      <div className="incident-hero__head">
        <div className="incident-hero__identity">
          <p className="incident-hero__meta">
            {incident.number ? (
              <>
                <span className="incident-hero__number tabular" data-testid="incident-number">
                  {incident.number}
                </span>
                <span aria-hidden="true">·</span>
              </>
            ) : null}
            <span className={`sev-tag sev-tag--${incident.severity.toLowerCase()}`}>{incident.severity}</span>
            <span>{severity.name}</span>
            {incident.service ? (
              <>
                <span aria-hidden="true">·</span>
                <span className="incident-hero__service">{incident.service}</span>
              </>
            ) : null}
            <span aria-hidden="true">·</span>
            <span className={`status-pill status-pill--${incident.status}`}>{resolved ? 'Resolved' : 'Running'}</span>
          </p>
          <h1 id={INCIDENT_TARGETS.title} ref={titleRef} tabIndex={-1} className="incident-hero__title">
            {incident.title}
          </h1>
          {roles.length > 0 ? (
            <ul className="incident-hero__roles" aria-label="Roles">
              {roles.map(([key, label]) => (
                <li key={key}>
                  <span className="incident-hero__role">{label}</span> {incident.roles[key]}
                </li>
              ))}
            </ul>
          ) : (
            <p className="incident-hero__roles-empty">
              No roles yet: one person should coordinate.{' '}
              <button type="button" className="link-button" onClick={onEditDetails}>
                Assign roles
              </button>
            </p>
          )}
        </div>
        <div className="incident-hero__actions button-row">
          <button type="button" id="incident-edit-details" className="button" aria-expanded={editing} onClick={onEditDetails}>
            Edit details
          </button>
          <button type="button" className="button" onClick={onHandOver} aria-haspopup="dialog">
            Hand over
          </button>
          {!resolved ? (
            <button type="button" className="button" onClick={onResolve}>
              Resolve incident
            </button>
          ) : null}
        </div>
      </div>

      {children}

      <div className="incident-figures">
        <div className="incident-figure incident-figure--clock">
          <span className="incident-figure__label" id="elapsed-label">
            {resolved ? 'Total duration' : 'Elapsed since impact started'}
          </span>
          <ElapsedClock incident={incident} labelledBy="elapsed-label" className="incident-figure__value incident-clock" />
          <span className="incident-figure__sub">
            Impact started <span className="tabular">{formatTimelineTime(incident.startedAt, incident.declaredAt, { seconds: false })}</span>
            {incident.declaredAt !== incident.startedAt ? (
              <>
                {' '}
                · declared <span className="tabular">{formatTimelineTime(incident.declaredAt, incident.declaredAt, { seconds: false })}</span>
              </>
            ) : null}
            {resolved && incident.milestones.resolved !== undefined ? (
              <>
                {' '}
                · resolved <span className="tabular">{formatTimelineTime(incident.milestones.resolved, incident.declaredAt, { seconds: false })}</span>
              </>
            ) : null}
          </span>
        </div>
        {!resolved ? <UpdateCountdownFigure incident={incident} dueText={dueText} /> : null}
        {preferences.showCost ? (
          <div className="incident-figure incident-figure--cost">
            <span className="incident-figure__label" id="cost-label">
              {drill ? (resolved ? 'Simulated cost' : 'Simulated cost so far') : resolved ? 'Estimated cost' : 'Cost so far'}
            </span>
            <CostSoFar incident={incident} costInputs={costInputs} labelledBy="cost-label" />
            <span className="incident-figure__sub">
              <span data-testid="cost-span">{describeImpactSpan(incident, 0).label}</span>, from the incident’s cost inputs.{' '}
              <button type="button" className="link-button" onClick={() => onPreferencesChange({ showCost: false })}>
                Hide cost
              </button>
            </span>
          </div>
        ) : (
          <div className="incident-figure incident-figure--cost is-hidden">
            <button type="button" className="button button--small button--quiet" onClick={() => onPreferencesChange({ showCost: true })}>
              Show cost so far
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
