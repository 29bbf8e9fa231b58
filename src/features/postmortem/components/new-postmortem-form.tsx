import { useRef, useState } from 'react';
import { useFormMounted } from '../../../components/ui/form-mounted';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import type { Incident } from '../../incident/domain/incident-types';
import { findSourceIncident } from '../domain/edit-postmortem';
import type { PostmortemDoc } from '../domain/postmortem-types';
import {
  POSTMORTEM_TEMPLATES,
  POSTMORTEM_TEMPLATE_IDS,
  createPostmortem,
  createPostmortemFromIncident,
  type PostmortemTemplateId,
} from '../domain/templates';
import { formatDateTimeInTimeZone } from '../domain/zoned-time';
import './new-postmortem-form.css';

/** The current time, read when the user acts (never during render). */
function readClock(): number {
  return Date.now();
}

interface ChoiceProps {
  id: string;
  name: string;
  checked: boolean;
  disabled?: boolean;
  onSelect: () => void;
  label: string;
  description: string;
}

/** A radio button with a short name as its label and a longer description read after it. */
function Choice({ id, name, checked, disabled, onSelect, label, description }: ChoiceProps) {
  return (
    <div className={`pm-choice__option${disabled ? ' pm-choice__option--disabled' : ''}`}>
      <input id={id} type="radio" name={name} checked={checked} disabled={disabled} aria-describedby={`${id}-text`} onChange={onSelect} />
      <label htmlFor={id} className="pm-choice__name">
        {label}
      </label>
      <p id={`${id}-text`} className="pm-choice__text">
        {description}
      </p>
    </div>
  );
}

/** The browser's own time zone, for new documents. */
export function getBrowserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function describeIncident(incident: Incident, timeZone: string): string {
  const state = incident.status === 'resolved' ? 'resolved' : 'still running';
  return `${incident.number ? `${incident.number} · ` : ''}${incident.title} (${incident.severity}${incident.service ? `, ${incident.service}` : ''}, ${state}, started ${formatDateTimeInTimeZone(incident.startedAt, timeZone)})`;
}

interface NewPostmortemFormProps {
  incidents: readonly Incident[];
  costInputs: CostInputs;
  /** Postmortems already written, to say when an incident has one. */
  docs: readonly PostmortemDoc[];
  onCreate: (doc: PostmortemDoc) => void;
  onOpen: (id: string) => void;
}

/** Start a postmortem: from an incident (prefilled) or blank, with one of the three templates. */
export function NewPostmortemForm({ incidents, costInputs, docs, onCreate, onOpen }: NewPostmortemFormProps) {
  const timeZone = getBrowserTimeZone();
  const [source, setSource] = useState<'incident' | 'blank'>(incidents.length > 0 ? 'incident' : 'blank');
  const [incidentId, setIncidentId] = useState(() => (incidents.find((i) => i.status === 'resolved') ?? incidents[0])?.id ?? '');
  const [template, setTemplate] = useState<PostmortemTemplateId>('google-sre');
  const incident = incidents.find((i) => i.id === incidentId) ?? incidents[0];
  const fromIncident = source === 'incident' && incident !== undefined;
  const existing = fromIncident ? docs.find((d) => findSourceIncident(d, [incident]) !== undefined) : undefined;

  const create = () => {
    const now = readClock();
    const doc = fromIncident
      ? createPostmortemFromIncident(incident, { template, costInputs, now, timeZone })
      : createPostmortem({ template, now, timeZone, currency: costInputs.currency });
    onCreate(doc);
  };

  const formRef = useRef<HTMLFormElement>(null);
  // A choice made on the page's prerendered first view before the app started, made again now it is live.
  useFormMounted(formRef);

  return (
    <section className="panel pm-new" aria-labelledby="pm-new-title">
      <h2 id="pm-new-title">Start a postmortem</h2>
      <form
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <div className="pm-new__columns">
          <fieldset className="pm-choice">
            <legend className="field__label">Start from</legend>
            <Choice
              id="pm-source-incident"
              name="pm-source"
              checked={source === 'incident' && incidents.length > 0}
              disabled={incidents.length === 0}
              onSelect={() => setSource('incident')}
              label="An incident"
              description={
                incidents.length === 0
                  ? 'No incidents in this browser yet. Incidents you run with the incident timer appear here.'
                  : 'Title, severity, service, times, responders, the timeline (its starred key events, if any) and the cost come across.'
              }
            />
            {source === 'incident' && incidents.length > 0 ? (
              <div className="field pm-new__incident">
                <label className="field__label" htmlFor="pm-new-incident">
                  Incident
                </label>
                <select id="pm-new-incident" className="select" value={incident?.id ?? ''} onChange={(e) => setIncidentId(e.target.value)}>
                  {incidents.map((i) => (
                    <option key={i.id} value={i.id}>
                      {describeIncident(i, timeZone)}
                    </option>
                  ))}
                </select>
                {existing ? (
                  <p className="field__hint">
                    This incident already has a postmortem:{' '}
                    <button type="button" className="link-button" onClick={() => onOpen(existing.id)}>
                      open “{existing.title || 'Untitled postmortem'}”
                    </button>
                    . You can still start another.
                  </p>
                ) : null}
              </div>
            ) : null}
            <Choice
              id="pm-source-blank"
              name="pm-source"
              checked={source === 'blank' || incidents.length === 0}
              onSelect={() => setSource('blank')}
              label="A blank document"
              description="For an incident you did not run here. Paste its timeline later."
            />
          </fieldset>
          <fieldset className="pm-choice">
            <legend className="field__label">Template</legend>
            {POSTMORTEM_TEMPLATE_IDS.map((id) => {
              const t = POSTMORTEM_TEMPLATES[id];
              return (
                <Choice
                  key={id}
                  id={`pm-template-${id}`}
                  name="pm-template"
                  checked={template === id}
                  onSelect={() => setTemplate(id)}
                  label={t.name}
                  description={`${t.description} ${t.sections.length} sections: ${t.sections.map((x) => x.title).join(', ')}.`}
                />
              );
            })}
          </fieldset>
        </div>
        <button type="submit" className="button button--primary">
          Create postmortem
        </button>
      </form>
    </section>
  );
}
