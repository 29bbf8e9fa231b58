import { useId } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { downloadFile } from '../../../lib/download';
import { getReaderLocale } from '../../../lib/format';
import type { Incident, UpdateAudience } from '../domain/incident-types';
import { describeUpdateAudience } from '../domain/update-labels';
import { createShareOutSubject, createStatusUpdateFilename, POSTED_UPDATES_FORMATS, STATUS_UPDATE_FORMATS } from '../export/share-out-formats';
import { announce } from './announcer';
import './share-out.css';

export interface UpdateExportMenuProps {
  incident: Incident;
  /** The composer's current text (for the chosen audience). */
  text: string;
  audience: UpdateAudience;
}

function save(filename: string, content: string, mime: string): void {
  downloadFile(filename, content, mime);
  announce(`Downloading ${filename}.`);
}

/** The update in the composer as Markdown or Slack text (copy or download), and the posted updates as CSV or JSON. */
export function UpdateExportMenu({ incident, text, audience }: UpdateExportMenuProps) {
  const id = useId();
  const subject = createShareOutSubject(incident);
  const options = { locale: getReaderLocale() };
  const audienceName = describeUpdateAudience(audience).toLowerCase();
  return (
    <div className="share-out">
      <p className="field__hint">
        The update for {audienceName}, as written above. Slack text is for a webhook, bot or workflow; to paste into Slack’s
        message box, use Copy.
      </p>
      <div className="share-out__groups">
        <div role="group" aria-labelledby={`${id}-copy`}>
          <p className="share-out__label" id={`${id}-copy`}>
            Copy the update
          </p>
          <div className="button-row">
            {STATUS_UPDATE_FORMATS.filter((format) => format.copy && format.id !== 'text').map((format) => (
              <CopyButton key={format.id} className="button button--small" label={`Copy ${format.label}`} text={() => format.render(text, options)} />
            ))}
          </div>
        </div>
        <div role="group" aria-labelledby={`${id}-download`}>
          <p className="share-out__label" id={`${id}-download`}>
            Download the update
          </p>
          <div className="button-row">
            {STATUS_UPDATE_FORMATS.map((format) => {
              const filename = createStatusUpdateFilename(subject, audience, format);
              return (
                <button key={format.id} type="button" className="button button--small" onClick={() => save(filename, format.render(text, options), format.mime)}>
                  <span className="visually-hidden">Download the update as </span>
                  {format.label} (.{filename.split('.').pop()})
                </button>
              );
            })}
          </div>
        </div>
        {incident.updates.length > 0 ? (
          <div role="group" aria-labelledby={`${id}-posted`}>
            <p className="share-out__label" id={`${id}-posted`}>
              Posted updates ({incident.updates.length})
            </p>
            <div className="button-row">
              {POSTED_UPDATES_FORMATS.map((format) => {
                const filename = `${subject}${format.suffix}`;
                return (
                  <button key={format.id} type="button" className="button button--small" onClick={() => save(filename, format.render(incident.updates, options), format.mime)}>
                    <span className="visually-hidden">Download the posted updates as </span>
                    {format.label} (.{format.id})
                  </button>
                );
              })}
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
