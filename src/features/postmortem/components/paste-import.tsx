// The timeline's paste import (the parser of chat lines and its preview), loaded when the user opens it.
import { useId, useState } from 'react';
import { TableWrap } from '../../../components/ui/table-wrap';
import { addTimelineRows } from '../domain/edit-postmortem';
import { parseTimelinePaste } from '../domain/parse-timeline-paste';
import { formatDateInTimeZone, formatDateTimeInTimeZone, formatTimeInTimeZone, resolveTimeZone } from '../domain/zoned-time';
import type { EditorProps } from './editor-context';

/** Paste chat or notes; every line that starts with a time becomes a row, shown in a preview before it is added. */
export function PasteImportBody({ doc, edit }: Pick<EditorProps, 'doc' | 'edit'>) {
  const id = useId();
  const zone = resolveTimeZone(doc.timeZone);
  const [text, setText] = useState('');
  const [baseDate, setBaseDate] = useState('');
  const [added, setAdded] = useState<number | null>(null);
  const date = baseDate || doc.date || formatDateInTimeZone(doc.startedAt ?? doc.createdAt, zone);
  const result = text.trim() === '' ? null : parseTimelinePaste(text, { baseDate: date, timeZone: zone });

  return (
    <div className="pm-paste__body">
        <p className="field__hint">
          One event per line, starting with a time: <code>14:02 rolled back deploy 123</code>, <code>[14:02] alice: paged the database team</code> or{' '}
          <code>2026-11-24T14:02:00Z cache flushed</code>. Lines without a time continue the row above.
        </p>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-text`}>
            Lines to import
          </label>
          <textarea
            id={`${id}-text`}
            className="textarea pm-textarea"
            value={text}
            spellCheck={false}
            onChange={(e) => {
              setText(e.target.value);
              setAdded(null);
            }}
          />
        </div>
        <div className="field pm-paste__date">
          <label className="field__label" htmlFor={`${id}-date`}>
            Date of times without a date
          </label>
          <p className="field__hint" id={`${id}-date-hint`}>
            Read in {zone}. A time earlier than the one before it by more than 12 hours moves to the next day.
          </p>
          <input
            id={`${id}-date`}
            className="input input--narrow pm-paste__date-input"
            type="date"
            value={date}
            aria-describedby={`${id}-date-hint`}
            onChange={(e) => setBaseDate(e.target.value)}
          />
        </div>
        {result ? (
          <div className="pm-paste__preview">
            <h4 className="pm-paste__title">
              Preview: {result.rows.length} {result.rows.length === 1 ? 'row' : 'rows'}
              {result.skipped.length > 0 ? `, ${result.skipped.length} ${result.skipped.length === 1 ? 'line' : 'lines'} skipped` : ''}
            </h4>
            {result.rows.length > 0 ? (
              <TableWrap label="Rows to import">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Time ({zone})</th>
                      <th scope="col">Event</th>
                      <th scope="col">Link</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.rows.map((row) => (
                      <tr key={row.line}>
                        <td className="num">
                          {formatDateInTimeZone(row.at, zone) === date ? formatTimeInTimeZone(row.at, zone) : formatDateTimeInTimeZone(row.at, zone)}
                        </td>
                        <td className="pm-pre">{row.text}</td>
                        <td className="pm-break">{row.link ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            ) : null}
            {result.skipped.length > 0 ? (
              <div className="notice">
                <p>These lines were skipped:</p>
                <ul>
                  {result.skipped.map((line) => (
                    <li key={line.line}>
                      Line {line.line}: {line.reason}. <q className="pm-pre">{line.text.trim()}</q>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <div className="button-row">
              <button
                type="button"
                className="button button--primary button--small"
                disabled={result.rows.length === 0}
                onClick={() => {
                  const rows = result.rows.map(({ at, text: rowText, link }) => (link ? { at, text: rowText, link } : { at, text: rowText }));
                  edit((d) => addTimelineRows(d, rows));
                  setAdded(rows.length);
                  setText('');
                }}
              >
                Add {result.rows.length} {result.rows.length === 1 ? 'row' : 'rows'} to the timeline
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => setText('')}>
                Clear
              </button>
            </div>
          </div>
        ) : null}
        <p role="status" className="small">
          {added !== null ? `Added ${added} ${added === 1 ? 'row' : 'rows'} to the timeline, placed in time order.` : ''}
        </p>
    </div>
  );
}
