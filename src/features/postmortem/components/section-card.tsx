import { memo, useId, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { moveSection, removeSection, renameSection, setSectionHidden, updateSectionBody } from '../domain/edit-postmortem';
import type { PostmortemSection } from '../domain/postmortem-types';
import { FindingList, fieldDomId, findingsDomId, sameFindings } from './blameless-findings';
import type { Finding } from '../domain/check-blameless';
import type { EditorProps } from './editor-context';
import { joinIds } from './form-controls';
import { POSTMORTEM_LIMITS } from '../domain/postmortem-schema';
import './section-card.css';

interface SectionCardProps extends Pick<EditorProps, 'edit' | 'onDismiss'> {
  section: PostmortemSection;
  /** Open findings in the section's own text. */
  findings: readonly Finding[];
  index: number;
  count: number;
  /** Open findings in this section (all its fields). */
  findingCount: number;
  /** Structured content (impact figures, timeline, five whys, action items) shown under the text. */
  children?: ReactNode;
  /** What a hidden section still holds, e.g. "25 timeline rows". */
  hiddenNote?: string;
}

/**
 * One section of the document: its text with the blameless findings, its structured content, and its controls.
 * Memoised: typing in one section does not re-render the others.
 */
export const SectionCard = memo(function SectionCard({ edit, onDismiss, section, findings, index, count, findingCount, children, hiddenNote }: SectionCardProps) {
  const headingId = useId();
  const [renaming, setRenaming] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const fieldId = `section:${section.id}`;
  const bodyId = fieldDomId(fieldId);
  const title = section.title.trim() || 'Untitled section';
  const isCustom = section.kind === 'custom';
  const remove = () => edit((d) => removeSection(d, section.id));

  return (
    <section className={`panel pm-section${section.hidden ? ' pm-section--hidden' : ''}`} aria-labelledby={headingId} id={`pm-section-${section.id}`}>
      <div className="pm-section__head">
        <h3 id={headingId} className="pm-section__title" tabIndex={-1}>
          {title}
        </h3>
        {findingCount > 0 ? (
          <span className="pm-tag pm-tag--warn">
            {findingCount} {findingCount === 1 ? 'finding' : 'findings'}
          </span>
        ) : null}
        {section.hidden ? <span className="pm-tag">Hidden</span> : null}
        <div className="pm-section__tools" role="group" aria-label={`${title}: section tools`}>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={`Move ${title} up`}
            disabled={index === 0}
            onClick={() => edit((d) => moveSection(d, section.id, -1))}
          >
            Up
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={`Move ${title} down`}
            disabled={index === count - 1}
            onClick={() => edit((d) => moveSection(d, section.id, 1))}
          >
            Down
          </button>
          <button type="button" className="button button--small button--quiet" aria-expanded={renaming} onClick={() => setRenaming((r) => !r)}>
            Rename<span className="visually-hidden"> {title}</span>
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => edit((d) => setSectionHidden(d, section.id, !section.hidden))}>
            {section.hidden ? 'Show' : 'Hide'}
            <span className="visually-hidden"> {title}</span>
          </button>
          {isCustom ? (
            <button type="button" className="button button--small button--quiet" onClick={() => (section.body.trim() === '' ? remove() : setConfirmRemove(true))}>
              Remove<span className="visually-hidden"> {title}</span>
            </button>
          ) : null}
        </div>
      </div>
      {renaming ? (
        <div className="field pm-section__rename">
          <label className="field__label" htmlFor={`${bodyId}-title`}>
            Section title
          </label>
          <div className="field__control">
            <input
              maxLength={POSTMORTEM_LIMITS.short}
              id={`${bodyId}-title`}
              className="input"
              type="text"
              autoComplete="off"
              value={section.title}
              onChange={(e) => {
                const value = e.target.value;
                edit((d) => renameSection(d, section.id, value));
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === 'Escape') setRenaming(false);
              }}
            />
            <button type="button" className="button button--small" onClick={() => setRenaming(false)}>
              Done
            </button>
          </div>
        </div>
      ) : null}
      {section.hidden ? (
        <p className="muted small">Left out of the preview, the exports and the language check. {hiddenNote ? `It still holds ${hiddenNote}.` : ''}</p>
      ) : (
        <>
          <div className="field">
            {section.prompt ? (
              <p className="field__hint" id={`${bodyId}-hint`}>
                {section.prompt}
              </p>
            ) : null}
            <textarea
              maxLength={POSTMORTEM_LIMITS.text}
              id={bodyId}
              className="textarea pm-textarea"
              value={section.body}
              aria-labelledby={headingId}
              aria-describedby={joinIds(section.prompt ? `${bodyId}-hint` : undefined, findings.length > 0 && findingsDomId(fieldId))}
              onChange={(e) => {
                const body = e.target.value;
                edit((d) => updateSectionBody(d, section.id, body));
              }}
            />
            <FindingList fieldId={fieldId} text={section.body} findings={findings} onDismiss={onDismiss} />
          </div>
          {children}
        </>
      )}
      <ConfirmDialog
        open={confirmRemove}
        title={`Remove the section “${title}”?`}
        confirmLabel="Remove section"
        destructive
        onCancel={() => setConfirmRemove(false)}
        onConfirm={() => {
          remove();
          setConfirmRemove(false);
        }}
      >
        <p>Its text is deleted. To keep the text but leave it out of exports, hide the section instead.</p>
      </ConfirmDialog>
    </section>
  );
}, areSectionPropsEqual);

function areSectionPropsEqual(a: SectionCardProps, b: SectionCardProps): boolean {
  return (
    a.edit === b.edit &&
    a.onDismiss === b.onDismiss &&
    a.section === b.section &&
    a.index === b.index &&
    a.count === b.count &&
    a.findingCount === b.findingCount &&
    a.hiddenNote === b.hiddenNote &&
    a.children === b.children &&
    sameFindings(a.findings, b.findings)
  );
}
