import { formatMoney } from '../../../lib/format';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import { calculateIncidentCost, describeResolutionSpan } from '../domain/impact-span';
import { summarizeIncident } from '../domain/incident-summary';
import type { Incident } from '../domain/incident-types';
import { DRILL_NOTE } from '../domain/drill';
import { formatClock, formatDurationWords } from '../../../lib/format-duration';
import { TableWrap } from '../../../components/ui/table-wrap';
import './resolved-summary.css';

interface ResolvedSummaryProps {
  incident: Incident;
  costInputs: CostInputs;
  showCost: boolean;
  onStartPostmortem: () => void;
  onReopen: () => void;
  onExport: () => void;
  onClose: () => void;
}

/** What the resolve screen shows: durations, metrics with definitions, cost, steps done and skipped. */
export function ResolvedSummary({ incident, costInputs, showCost, onStartPostmortem, onReopen, onExport, onClose }: ResolvedSummaryProps) {
  const end = incident.milestones.resolved ?? incident.updatedAt;
  const summary = summarizeIncident(incident, end);
  // Cost and impact over one span (impact start → service restored), from the incident's own inputs: the same
  // figures the status updates and the postmortem show for that span.
  const cost = calculateIncidentCost(incident, costInputs, end);
  const open = describeResolutionSpan(incident, end);
  const drill = incident.drill === true;
  return (
    <section className="panel summary" aria-labelledby="summary-title">
      <div className="section-head">
        <h2 id="summary-title" tabIndex={-1}>
          {drill ? 'Drill summary' : 'Incident summary'}
        </h2>
      </div>
      {drill ? (
        <p className="drill-banner">
          <span className="drill-tag">Drill</span>
          <span>{DRILL_NOTE}</span>
        </p>
      ) : null}
      <dl className="summary__figures">
        <div>
          <dt>Impact</dt>
          <dd>
            <span className="summary__big tabular">{formatDurationWords(cost.span.ms)}</span>
            <span className="summary__small">
              {cost.span.label} · <span className="tabular">{formatClock(cost.span.ms)}</span>
            </span>
            <span className="summary__small">
              Open {formatDurationWords(open.ms)}, {open.label}
            </span>
          </dd>
        </div>
        {showCost ? (
          <div>
            <dt>{drill ? 'Simulated cost' : 'Estimated cost'}</dt>
            <dd>
              <span className="summary__big tabular">{formatMoney(cost.total, cost.currency, undefined, { maximumFractionDigits: 0 })}</span>
              <span className="summary__small">
                {cost.span.label}, from the incident’s cost inputs (fixed at resolution)
              </span>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Steps done</dt>
          <dd>
            <span className="summary__big tabular">
              {summary.stepsDone.length} of {summary.stepsDone.length + summary.stepsSkipped.length}
            </span>
          </dd>
        </div>
        <div>
          <dt>Updates posted</dt>
          <dd>
            <span className="summary__big tabular">{summary.updatesPosted}</span>
            <span className="summary__small">{summary.timelineCount} timeline entries</span>
          </dd>
        </div>
      </dl>

      <TableWrap label="Response metrics">
        <table className="table summary__metrics">
          <caption>Response metrics (MTTR here means mean time to resolve)</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col" className="num">
                Time
              </th>
              <th scope="col">What it measures</th>
            </tr>
          </thead>
          <tbody>
            {summary.metrics.map((metric) => (
              <tr key={metric.key}>
                <th scope="row">{metric.label}</th>
                <td className="num">
                  {metric.ms === null ? (
                    'Not recorded'
                  ) : (
                    <>
                      <span className="tabular">{formatClock(metric.ms)}</span>
                      <span className="summary__words">{formatDurationWords(metric.ms)}</span>
                    </>
                  )}
                </td>
                <td className="summary__definition">{metric.definition}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      <div className="summary__steps">
        <div>
          <h3>Done ({summary.stepsDone.length})</h3>
          {summary.stepsDone.length > 0 ? (
            <ul className="summary__list">
              {summary.stepsDone.map(({ phase, step }) => (
                <li key={step.id}>
                  {step.title} <span className="muted small">· {phase.title}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No steps were checked.</p>
          )}
        </div>
        <div>
          <h3>Skipped ({summary.stepsSkipped.length})</h3>
          {summary.stepsSkipped.length > 0 ? (
            <ul className="summary__list summary__list--skipped">
              {summary.stepsSkipped.map(({ phase, step }) => (
                <li key={step.id}>
                  {step.title} <span className="muted small">· {phase.title}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None: every step was done.</p>
          )}
        </div>
      </div>

      <div className="button-row summary__actions">
        <button type="button" className="button button--primary" onClick={onStartPostmortem}>
          Start postmortem
        </button>
        <button type="button" className="button" onClick={onExport}>
          Export JSON
        </button>
        <button type="button" className="button" onClick={onReopen}>
          Reopen incident
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
