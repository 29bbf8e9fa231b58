import type { Finding, PostmortemCheck } from '../domain/check-blameless';
import { useRewriteActions } from './use-blameless-checker';
import './blameless-findings.css';

/** The DOM id of the control that edits a checked field (see `listCheckedFields` for the field ids). */
export function fieldDomId(fieldId: string): string {
  return `pm-field-${fieldId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The DOM id of a field's findings list, for `aria-describedby`. */
export function findingsDomId(fieldId: string): string {
  return `${fieldDomId(fieldId)}-findings`;
}

/** Up to ~40 characters either side of the finding, cut at word boundaries. */
function excerpt(text: string, finding: Finding): { before: string; match: string; after: string } {
  let before = text.slice(Math.max(0, finding.start - 40), finding.start);
  let after = text.slice(finding.end, finding.end + 40);
  if (finding.start > 40) before = `…${before.replace(/^\S*\s/, '')}`;
  if (finding.end + 40 < text.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before: before.replace(/\s+/g, ' '), match: finding.match, after: after.replace(/\s+/g, ' ') };
}

interface FindingListProps {
  fieldId: string;
  /** The text the findings were found in, for the excerpt. */
  text: string;
  findings: readonly Finding[];
  onDismiss: (key: string) => void;
}

/** The DOM id of a field's "Undo rewrite" button. */
export function undoDomId(fieldId: string): string {
  return `${fieldDomId(fieldId)}-undo`;
}

/**
 * Blame and hindsight language found in one field, shown under it as the user types: the rule, the words in
 * context, a rewrite of the user's own sentence (applied with one click, undone with the Undo button or Ctrl+Z),
 * and why it matters. Dismissing one keeps the rest. Nothing here blocks anything.
 */
export function FindingList({ fieldId, text, findings, onDismiss }: FindingListProps) {
  const actions = useRewriteActions();
  const undoable = actions?.applied?.fieldId === fieldId && actions.applied.after === text;
  if (findings.length === 0 && !undoable) return null;
  return (
    <div className={findings.length > 0 ? 'pm-findings' : 'pm-findings pm-findings--done'} id={findingsDomId(fieldId)}>
      {undoable ? (
        <p className="pm-findings__undo" role="status">
          <span>Rewrite applied.</span>{' '}
          <button type="button" id={undoDomId(fieldId)} className="button button--small" onClick={() => actions.undo()} aria-keyshortcuts="Control+Z">
            Undo<span className="visually-hidden"> the rewrite</span>
          </button>
        </p>
      ) : null}
      {findings.length > 0 ? (
        <>
          <p className="pm-findings__title">
            {findings.length === 1 ? '1 language finding' : `${findings.length} language findings`}
            <span className="visually-hidden"> in this field</span>
          </p>
          <ul className="pm-findings__list">
            {findings.map((finding) => {
              const { before, match, after } = excerpt(text, finding);
              return (
                <li key={finding.key} className="pm-finding">
                  <p className="pm-finding__head">
                    <span className="pm-finding__rule">{finding.label}</span>
                    <span className="pm-finding__quote">
                      {before}
                      <mark>{match}</mark>
                      {after}
                    </span>
                  </p>
                  <p className="pm-finding__message">{finding.message}</p>
                  <p className="pm-finding__suggestion">
                    <span className="pm-finding__try">Try: </span>
                    <q className="pm-finding__rewrite">{finding.rewrite.text}</q>
                  </p>
                  <div className="pm-finding__actions">
                    {actions ? (
                      <button type="button" className="button button--small" onClick={() => actions.apply(fieldId, text, finding)}>
                        Apply rewrite<span className="visually-hidden"> for “{finding.match}”</span>
                      </button>
                    ) : null}
                    <details className="pm-finding__why">
                      <summary>Why it matters</summary>
                      <p>{finding.why}</p>
                    </details>
                    <button type="button" className="button button--small button--quiet" onClick={() => onDismiss(finding.key)}>
                      Dismiss<span className="visually-hidden"> the finding “{finding.match}”</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}

interface CheckSummaryProps {
  check: PostmortemCheck;
  /** False until the checker's chunk has loaded. */
  ready: boolean;
  /** Dismissed findings that still occur in the text: they can be brought back one by one. */
  dismissed: readonly { key: string; match: string; fieldLabel: string; ruleLabel: string }[];
  sections: readonly { id: string; title: string }[];
  onRestore: (key: string) => void;
}

/** The document-wide view of the checker: how many findings, where, and the dismissed ones. */
export function CheckSummary({ check, ready, dismissed, sections, onRestore }: CheckSummaryProps) {
  const titleFindings = check.fields.find((f) => f.fieldId === 'title');
  const bySection = sections.filter((s) => (check.countsBySection[s.id] ?? 0) > 0);
  const focusFirst = (sectionId: string | null) => {
    const field = check.fields.find((f) => (sectionId === null ? f.fieldId === 'title' : f.sectionId === sectionId));
    if (!field) return;
    const element = document.getElementById(fieldDomId(field.fieldId));
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  };
  return (
    <section className="panel pm-check" aria-labelledby="pm-check-title">
      <div className="pm-check__head">
        <h2 id="pm-check-title">Blameless language</h2>
        <p className={`pm-check__count${check.total > 0 ? ' pm-check__count--found' : ''}`}>
          {!ready ? 'Checking…' : check.total === 0 ? 'No findings' : check.total === 1 ? '1 finding' : `${check.total} findings`}
        </p>
      </div>
      <p className="muted small">
        Checked as you type for blame and hindsight (“human error”, “should have”, a person named for what went wrong). Each finding suggests a rewrite of
        your sentence: apply it with one click and undo it with Undo or Ctrl+Z. Findings are advice: dismiss the ones that do not apply. They never
        block an export.
      </p>
      {titleFindings || bySection.length > 0 ? (
        <ul className="pm-check__sections">
          {titleFindings ? (
            <li>
              <button type="button" className="link-button" onClick={() => focusFirst(null)}>
                Title
              </button>{' '}
              <span className="pm-tag">{titleFindings.findings.length}</span>
            </li>
          ) : null}
          {bySection.map((section) => (
            <li key={section.id}>
              <button type="button" className="link-button" onClick={() => focusFirst(section.id)}>
                {section.title || 'Untitled section'}
              </button>{' '}
              <span className="pm-tag">{check.countsBySection[section.id]}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {dismissed.length > 0 ? (
        <details className="pm-check__dismissed">
          <summary>Dismissed ({dismissed.length})</summary>
          <ul>
            {dismissed.map((item) => (
              <li key={item.key}>
                <span>
                  {item.ruleLabel}: “{item.match}” in {item.fieldLabel}
                </span>{' '}
                <button type="button" className="button button--small button--quiet" onClick={() => onRestore(item.key)}>
                  Bring back<span className="visually-hidden"> “{item.match}”</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** True when two finding lists show the same findings (lists are rebuilt on every check; this compares content). */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a === b || (a.length === b.length && a.every((f, i) => f.key === b[i]?.key && f.start === b[i]?.start && f.end === b[i]?.end && f.rewrite.text === b[i]?.rewrite.text));
}
