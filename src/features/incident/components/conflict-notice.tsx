import { listConflicts, settleConflict } from '../domain/merge-conflicts';
import type { Incident } from '../domain/incident-types';
import { announce } from './announcer';
import type { ApplyIncidentAction } from './incident-action';
import './conflict-notice.css';

export interface ConflictNoticeProps {
  incident: Incident;
  apply: ApplyIncidentAction;
  author: string;
}

const byline = (name: string | undefined) => (name ? ` (${name})` : '');

/**
 * Edits a merge could not order (two people changed the same field or entry without seeing each other's change):
 * the shown version and the other one side by side, so nothing is lost silently. Either choice is a new edit that
 * every copy it reaches agrees with. Renders nothing when there is nothing to settle.
 */
export function ConflictNotice({ incident, apply, author }: ConflictNoticeProps) {
  const conflicts = listConflicts(incident);
  if (conflicts.length === 0) return null;
  const settle = (key: string, choice: 'kept' | 'other', label: string) => {
    apply((current, now) => settleConflict(current, key, choice, now, author));
    announce(choice === 'other' ? `The other version of the ${label} is now shown.` : `Kept the ${label} as shown.`);
  };
  return (
    <section className="panel conflict-notice" aria-labelledby="conflict-notice-title">
      <h2 id="conflict-notice-title" className="conflict-notice__title">
        {conflicts.length === 1 ? '1 edit conflicted' : `${conflicts.length} edits conflicted`}
      </h2>
      <p className="conflict-notice__intro">Two people changed the same thing without seeing each other’s change. Both versions are kept until you choose.</p>
      <ul className="conflict-notice__list">
        {conflicts.map((conflict) => (
          <li key={conflict.key} className="conflict-notice__item">
            <p className="conflict-notice__text">
              <strong>{conflict.label}</strong> — kept {conflict.kept}
              {byline(conflict.keptBy)}, other {conflict.other}
              {byline(conflict.otherBy)}
            </p>
            <div className="button-row">
              <button type="button" className="button button--small" onClick={() => settle(conflict.key, 'other', conflict.label)}>
                Use other<span className="visually-hidden"> {conflict.label}</span>
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => settle(conflict.key, 'kept', conflict.label)}>
                Dismiss<span className="visually-hidden"> the other {conflict.label}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
