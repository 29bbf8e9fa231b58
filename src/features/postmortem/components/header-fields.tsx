import { memo, useMemo } from 'react';
import { Field, describedBy } from '../../../components/ui/field';
import { SEVERITIES } from '../domain/postmortem-types';
import { resolveTimeZone } from '../domain/zoned-time';
import { FindingList, fieldDomId, findingsDomId } from './blameless-findings';
import type { EditorProps } from './editor-context';
import { DateInput, DateTimeInput, ListField, joinIds } from './form-controls';
import { POSTMORTEM_LIMITS } from '../domain/postmortem-schema';

/** Every IANA zone this browser knows, plus the document's own and UTC. */
function listTimeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set([...zones, 'UTC', current]);
  return [...all].sort((a, b) => a.localeCompare(b));
}

/** Title, incident, date, people, severity, services, impact window and time zone (status and review: review-card.tsx). */
export function HeaderFields({ doc, edit, findingsFor, onDismiss }: EditorProps) {
  const titleFindings = findingsFor('title');
  const titleId = fieldDomId('title');
  const zone = resolveTimeZone(doc.timeZone);

  return (
    <section className="panel pm-details" aria-labelledby="pm-details-title">
      <h2 id="pm-details-title" tabIndex={-1}>Details</h2>
      <div className="pm-details__title field">
        <label className="field__label" htmlFor={titleId}>
          Title
        </label>
        <p className="field__hint" id={`${titleId}-hint`}>
          What failed, for whom, in plain words: “Checkout payments failed after a connection pool change”.
        </p>
        <input
          maxLength={POSTMORTEM_LIMITS.short}
          id={titleId}
          className="input pm-details__title-input"
          type="text"
          value={doc.title}
          autoComplete="off"
          aria-describedby={joinIds(`${titleId}-hint`, titleFindings.length > 0 && findingsDomId('title'))}
          onChange={(e) => {
            const title = e.target.value;
            edit((d) => ({ ...d, title }));
          }}
        />
        <FindingList fieldId="title" text={doc.title} findings={titleFindings} onDismiss={onDismiss} />
      </div>

      <div className="pm-grid">
        <Field id="pm-incident-id" label="Incident" hint="Its id or reference, e.g. INC-2041.">
          <input
            maxLength={POSTMORTEM_LIMITS.short}
            id="pm-incident-id"
            className="input"
            type="text"
            autoComplete="off"
            value={doc.incidentId}
            aria-describedby={describedBy('pm-incident-id', 'hint')}
            onChange={(e) => {
              const incidentId = e.target.value;
              edit((d) => ({ ...d, incidentId }));
            }}
          />
        </Field>
        <DateInput id="pm-date" value={doc.date} nullable={false} onChange={(date) => edit((d) => ({ ...d, date }))}>
          {(input, error) => (
            <Field id="pm-date" label="Incident date" error={error}>
              {input}
            </Field>
          )}
        </DateInput>
        <Field id="pm-severity" label="Severity">
          <select
            id="pm-severity"
            className="select"
            value={doc.severity}
            onChange={(e) => {
              const severity = e.target.value as typeof doc.severity;
              edit((d) => ({ ...d, severity }));
            }}
          >
            <option value="">Not set</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </Field>
        <ListField
          id="pm-authors"
          label="Authors"
          hint="Separate names with commas."
          value={doc.authors}
          onChange={(authors) => edit((d) => ({ ...d, authors }))}
        />
        <ListField
          id="pm-responders"
          label="Responders"
          hint="Everyone who helped. Separate names with commas."
          value={doc.responders}
          onChange={(responders) => edit((d) => ({ ...d, responders }))}
        />
        <ListField
          id="pm-services"
          label="Services affected"
          hint="Separate services with commas."
          value={doc.services}
          onChange={(services) => edit((d) => ({ ...d, services }))}
        />
        <DateTimeInput
          id="pm-started"
          value={doc.startedAt}
          timeZone={zone}
          describedById="pm-started-hint"
          onChange={(startedAt) => edit((d) => ({ ...d, startedAt }))}
        >
          {(input, error) => (
            <Field id="pm-started" label="Impact started" hint={`In ${zone}.`} error={error}>
              {input}
            </Field>
          )}
        </DateTimeInput>
        <DateTimeInput
          id="pm-ended"
          value={doc.endedAt}
          timeZone={zone}
          describedById="pm-ended-hint"
          onChange={(endedAt) => edit((d) => ({ ...d, endedAt }))}
        >
          {(input, error) => (
            <Field
              id="pm-ended"
              label="Impact ended"
              hint={doc.endedAt !== null && doc.startedAt !== null && doc.endedAt < doc.startedAt ? 'This is before impact started: check both times.' : `In ${zone}. Leave empty while it is ongoing.`}
              error={error}
            >
              {input}
            </Field>
          )}
        </DateTimeInput>
        <ZoneSelect value={zone} onChange={(timeZone) => edit((d) => ({ ...d, timeZone }))} />
      </div>
    </section>
  );
}

/** The zone list has some 400 options: memoised so typing elsewhere does not rebuild it. */
const ZoneSelect = memo(function ZoneSelect({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const zones = useMemo(() => listTimeZones(value), [value]);
  return (
    <Field id="pm-zone" label="Time zone" hint="Times in the editor are in this zone; exports give UTC and state the offset.">
      <select id="pm-zone" className="select" value={value} aria-describedby={describedBy('pm-zone', 'hint')} onChange={(e) => onChange(e.target.value)}>
        {zones.map((z) => (
          <option key={z} value={z}>
            {z.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
    </Field>
  );
}, (a, b) => a.value === b.value);
