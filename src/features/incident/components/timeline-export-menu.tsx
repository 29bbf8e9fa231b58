import { useId } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { downloadFile } from '../../../lib/download';
import { getReaderLocale } from '../../../lib/format';
import type { Incident } from '../domain/incident-types';
import { createShareOutSubject, TIMELINE_FORMATS } from '../export/share-out-formats';
import { announce } from './announcer';
import './share-out.css';

export interface TimelineExportMenuProps {
  incident: Incident;
}

/** The timeline's share-out: copy buttons for the text formats, a download for every format. */
export function TimelineExportMenu({ incident }: TimelineExportMenuProps) {
  const id = useId();
  const options = { locale: getReaderLocale() };
  const subject = createShareOutSubject(incident);
  return (
    <div className="share-out">
      <p className="field__hint">
        Deleted entries are left out; starred ones are marked ★. Times are in your time zone, named in each file. Slack
        text is for a webhook, bot or workflow; to paste into Slack’s message box, copy plain text.
      </p>
      <div className="share-out__groups">
        <div role="group" aria-labelledby={`${id}-copy`}>
          <p className="share-out__label" id={`${id}-copy`}>
            Copy
          </p>
          <div className="button-row">
            {TIMELINE_FORMATS.filter((format) => format.copy).map((format) => (
              <CopyButton key={format.id} className="button button--small" label={`Copy ${format.label}`} text={() => format.render(incident, options)} />
            ))}
          </div>
        </div>
        <div role="group" aria-labelledby={`${id}-download`}>
          <p className="share-out__label" id={`${id}-download`}>
            Download
          </p>
          <div className="button-row">
            {TIMELINE_FORMATS.map((format) => {
              const filename = `${subject}${format.suffix}`;
              return (
                <button
                  key={format.id}
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    downloadFile(filename, format.render(incident, options), format.mime);
                    announce(`Downloading ${filename}.`);
                  }}
                >
                  <span className="visually-hidden">Download </span>
                  {format.label} (.{filename.split('.').pop()})
                </button>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
