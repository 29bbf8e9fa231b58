import { addFiveWhy, createNextId, removeFiveWhy, updateFiveWhy } from '../domain/edit-postmortem';
import { POSTMORTEM_LIMITS } from '../domain/postmortem-schema';
import { FindingList, fieldDomId, findingsDomId } from './blameless-findings';
import type { EditorProps } from './editor-context';
import { focusSoon } from '../../../components/ui/focus-soon';

/** The optional five whys: a chain of question and answer pairs, each answer leading to the next question. */
export function FiveWhysEditor({ doc, edit, findingsFor, onDismiss }: EditorProps) {
  const add = () => {
    const id = createNextId('why', doc.fiveWhys.map((w) => w.id));
    const previous = doc.fiveWhys.at(-1)?.because.trim() ?? '';
    // Each why asks about the answer before it.
    const why = previous === '' ? '' : `Why ${previous.charAt(0).toLowerCase()}${previous.slice(1).replace(/[.!]+$/, '')}?`;
    edit((d) => addFiveWhy(d, { id, why }));
    focusSoon(fieldDomId(`why:${id}:${why === '' ? 'why' : 'because'}`));
  };

  return (
    <fieldset className="pm-whys">
      <legend className="pm-whys__legend">Five whys (optional)</legend>
      <p className="field__hint">
        Start from the impact and keep asking why until the answer is a condition you can change: a default, a check, a missing signal. Ask how, not who.
      </p>
      {doc.fiveWhys.length > 0 ? (
        <ol className="pm-whys__list">
          {doc.fiveWhys.map((why, index) => {
            const n = index + 1;
            return (
              <li key={why.id} className="pm-whys__item">
                {(['why', 'because'] as const).map((part) => {
                  const fieldId = `why:${why.id}:${part}`;
                  const id = fieldDomId(fieldId);
                  const findings = findingsFor(fieldId);
                  return (
                    <div key={part} className="field">
                      <label className="field__label" htmlFor={id}>
                        {part === 'why' ? `Why ${n}` : `Because ${n}`}
                      </label>
                      <textarea
                        maxLength={POSTMORTEM_LIMITS.text}
                        id={id}
                        rows={1}
                        className="textarea pm-textarea pm-textarea--row"
                        value={why[part]}
                        aria-describedby={findings.length > 0 ? findingsDomId(fieldId) : undefined}
                        onChange={(e) => {
                          const value = e.target.value;
                          edit((d) => updateFiveWhy(d, why.id, { [part]: value }));
                        }}
                      />
                      <FindingList fieldId={fieldId} text={why[part]} findings={findings} onDismiss={onDismiss} />
                    </div>
                  );
                })}
                <button type="button" className="button button--small button--quiet" onClick={() => edit((d) => removeFiveWhy(d, why.id))}>
                  Remove<span className="visually-hidden"> why {n}</span>
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
      <button type="button" className="button button--small" onClick={add} disabled={doc.fiveWhys.length >= POSTMORTEM_LIMITS.fiveWhys}>
        {doc.fiveWhys.length === 0 ? 'Start the five whys' : 'Ask the next why'}
      </button>
    </fieldset>
  );
}
