import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { lazyPart } from '../../../components/ui/lazy-part';
import { formatMoney } from '../../../lib/format';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import type { Incident } from '../../incident/domain/incident-types';
import type { Finding, PostmortemCheck } from '../domain/check-blameless';
import { DRILL_LABEL } from '../../incident/domain/drill';
import { findFiveWhysSection, readCheckedFieldText, replaceCheckedFieldText } from '../domain/checked-fields';
import { addCustomSection, createNextId, dismissFinding, findSourceIncident, restoreFinding } from '../domain/edit-postmortem';
import { POSTMORTEM_LIMITS } from '../domain/postmortem-schema';
import { POSTMORTEM_STATUS_LABELS, calculateCostTotal, type PostmortemDoc, type SectionKind } from '../domain/postmortem-types';
import { describeReviewCountdown, resolveReviewDue } from '../domain/review-due';
import { summarizeSignOff } from '../domain/review-status';
import { usePostmortemStore } from '../store/postmortem-store-context';
import { CheckSummary, fieldDomId, undoDomId } from './blameless-findings';
import type { EditorProps } from './editor-context';
import { ExportPanel } from './export-panel';
import { HeaderFields } from './header-fields';
import { useReviewRules } from './use-review-rules';
import { ImpactEditor } from './impact-editor';
import { PostmortemPreview } from './postmortem-preview';
import { SectionCard } from './section-card';
import { TimelineEditor } from './timeline-editor';
import { useMediaQuery } from './use-media-query';
import { useNow } from './use-now';
import { RewriteContext, useBlamelessChecker, type AppliedRewrite, type RewriteActions } from './use-blameless-checker';
import { SectionJumpList } from './section-jump-list';
import { focusSoon } from '../../../components/ui/focus-soon';
// The five whys' CSS comes with the editor, not with its lazy chunk, so the part does not restyle itself on arrival.
import './five-whys-editor.css';
import './postmortem-editor.css';

// Only the "5 whys" template has this section: its editor loads with the first document that needs it.
const LazyFiveWhysEditor = lazyPart<EditorProps>(() => import('./five-whys-editor').then((m) => m.FiveWhysEditor));
// Its own chunk too since the follow-up (tracker links, CSV, calendar) joined it: the page's budget had no room.
// The Review card (reviewers, meeting, sign-off) too: with it in the page the route was 65.3 KB, over its 64 KB ceiling.
const LazyReviewCard = lazyPart<EditorProps>(() => import('./review-card').then((m) => m.ReviewCard));
const LazyActionItemsEditor = lazyPart<EditorProps>(() => import('./action-items-editor').then((m) => m.ActionItemsEditor));

const NO_FINDINGS: readonly Finding[] = [];
/** What the editor shows while the checker's chunk loads. */
const NO_CHECK: PostmortemCheck = { fields: [], countsBySection: {}, total: 0, dismissedCount: 0 };

/** Where the editor and the preview fit side by side (keep in step with postmortem.css). */
const WIDE_QUERY = '(min-width: 1200px)';

interface PostmortemEditorProps {
  doc: PostmortemDoc;
  incidents: readonly Incident[];
  costInputs: CostInputs;
  /** Move focus to the title when the editor opens (after the user opened it, not on a page load). */
  focusOnMount?: boolean;
  onBack: () => void;
}

/** The editor: summary strip, export, details, the language check, every section, and the live preview beside it. */
export function PostmortemEditor({ doc, incidents, costInputs, focusOnMount = false, onBack }: PostmortemEditorProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  const updatePostmortem = usePostmortemStore((s) => s.updatePostmortem);
  const edit = useCallback<EditorProps['edit']>((update) => updatePostmortem(doc.id, update), [updatePostmortem, doc.id]);
  const now = useNow();
  const reviewRules = useReviewRules();
  // Side by side on wide screens; on narrow ones "side by side" shows the editor.
  const [view, setView] = useState<'edit' | 'split' | 'preview'>('split');
  const wide = useMediaQuery(WIDE_QUERY);
  const shown = wide ? view : view === 'split' ? 'edit' : view;
  const [newTitle, setNewTitle] = useState('');

  // The checker is its own chunk (docs/PERFORMANCE.md): the editor renders at once and shows findings a moment later.
  const checker = useBlamelessChecker();
  const check = useMemo(() => (checker ? checker.checkPostmortem(doc) : NO_CHECK), [checker, doc]);
  const findingsByField = useMemo(() => new Map(check.fields.map((f) => [f.fieldId, f.findings])), [check]);
  const findingsFor = useCallback((fieldId: string) => findingsByField.get(fieldId) ?? NO_FINDINGS, [findingsByField]);
  const onDismiss = useCallback((key: string) => edit((d) => dismissFinding(d, key)), [edit]);
  const dismissed = useMemo(() => {
    if (doc.dismissedFindings.length === 0) return [];
    const keys = new Set(doc.dismissedFindings);
    if (!checker) return [];
    return checker.checkPostmortem(doc, []).fields.flatMap((field) =>
      field.findings.filter((f) => keys.has(f.key)).map((f) => ({ key: f.key, match: f.match, fieldLabel: field.fieldLabel, ruleLabel: f.label })),
    );
  }, [checker, doc]);

  // A rewrite applied from a finding, kept while the field still holds it, so Undo (or Ctrl+Z in the field) brings
  // the sentence back. Typing in the field after applying ends it: undoing then would lose what was typed.
  const [applied, setApplied] = useState<AppliedRewrite | null>(null);
  const rewriteActions = useMemo<RewriteActions>(() => {
    const undo = () => {
      if (!applied) return;
      const { fieldId, before, after } = applied;
      setApplied(null);
      // Only while the field still holds the rewrite: undoing over later typing would lose it.
      edit((d) => (readCheckedFieldText(d, fieldId) === after ? replaceCheckedFieldText(d, fieldId, before) : d));
      focusSoon(fieldDomId(fieldId));
    };
    return {
      applied,
      undo,
      apply: (fieldId, text, finding) => {
        if (!checker) return;
        const after = checker.applyRewrite(text, finding);
        edit((d) => replaceCheckedFieldText(d, fieldId, after));
        setApplied({ fieldId, before: text, after });
        focusSoon(undoDomId(fieldId));
      },
    };
  }, [applied, checker, edit]);
  const onUndoKey = (event: React.KeyboardEvent) => {
    if (!applied || event.shiftKey || event.altKey || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    const target = event.target as HTMLElement;
    if (target.id !== fieldDomId(applied.fieldId) && target.id !== undoDomId(applied.fieldId)) return;
    if (readCheckedFieldText(doc, applied.fieldId) !== applied.after) return;
    event.preventDefault();
    rewriteActions.undo();
  };
  // The preview renders in the same pass as the editor. It re-renders only the paragraph or row that changed
  // (postmortem-preview.tsx), so deferring it (useDeferredValue) bought nothing and cost a second render pass
  // per keystroke: keystroke -> preview was 27.5 ms median deferred, 10.6 ms in one pass (large postmortem).

  const editorProps: EditorProps = { doc, edit, findingsFor, onDismiss, now, reviewRules };
  const incident = findSourceIncident(doc, incidents) ?? null;
  const review = resolveReviewDue(doc, reviewRules);
  const signOff = summarizeSignOff(doc);
  const countdown = review ? describeReviewCountdown(review.date, now, { timeZone: doc.timeZone }) : null;
  const reviewed = doc.status === 'reviewed' || doc.status === 'closed';
  const total = calculateCostTotal(doc.impact.cost);

  // Structured content goes to the first visible section of its kind, as in the exports.
  const hosts = new Map<SectionKind, string>();
  for (const s of doc.sections) if (!s.hidden && !hosts.has(s.kind)) hosts.set(s.kind, s.id);
  const fiveWhysHost = findFiveWhysSection(doc)?.id;

  const structuredContent = (sectionId: string, kind: SectionKind) => {
    const first = hosts.get(kind) === sectionId;
    if (!(first && ['impact', 'timeline', 'action-items'].includes(kind)) && fiveWhysHost !== sectionId) return null;
    return (
      <>
        {first && kind === 'impact' ? <ImpactEditor {...editorProps} costInputs={incident?.costInputs ?? costInputs} /> : null}
        {first && kind === 'timeline' ? <TimelineEditor {...editorProps} incident={incident} /> : null}
        {fiveWhysHost === sectionId ? <LazyFiveWhysEditor {...editorProps} /> : null}
        {first && kind === 'action-items' ? <LazyActionItemsEditor {...editorProps} /> : null}
      </>
    );
  };
  const hiddenNote = (kind: SectionKind): string | undefined => {
    if (kind === 'timeline' && doc.timeline.length > 0) return `${doc.timeline.length} timeline ${doc.timeline.length === 1 ? 'row' : 'rows'}`;
    if (kind === 'action-items' && doc.actionItems.length > 0) return `${doc.actionItems.length} action ${doc.actionItems.length === 1 ? 'item' : 'items'}`;
    return undefined;
  };

  const addSection = () => {
    const id = createNextId('custom', doc.sections.map((s) => s.id));
    edit((d) => addCustomSection(d, { id, title: newTitle }));
    setNewTitle('');
    focusSoon(fieldDomId(`section:${id}`));
  };

  return (
    <RewriteContext.Provider value={rewriteActions}>
    {/* Ctrl+Z in a field (or on Undo) right after applying a rewrite undoes it; the browser's own undo cannot, since the text was set by the app. */}
    {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- a keyboard shortcut for the fields inside, not a control */}
    <div className="pm-editor-page" onKeyDown={onUndoKey}>
      <div className="pm-editor-head no-print">
        <button type="button" className="button button--small button--quiet pm-back" onClick={onBack}>
          <span aria-hidden="true">←</span> All postmortems
        </button>
        <p className="pm-kicker">
          {doc.drill ? <span className="pm-tag pm-tag--warn pm-tag--drill">{DRILL_LABEL}</span> : null}
          Postmortem{doc.incidentId ? ` · ${doc.incidentId}` : ''} · saved in this browser as you type
        </p>
        <h1 ref={headingRef} tabIndex={-1} className="pm-editor-head__title">{doc.title.trim() || 'Untitled postmortem'}</h1>
        <ul className="pm-strip" aria-label="At a glance">
          <li>
            <span className="pm-strip__label">Severity</span>
            <span className="pm-strip__value">{doc.severity || 'Not set'}</span>
          </li>
          <li>
            <span className="pm-strip__label">Status</span>
            <span className="pm-strip__value">{POSTMORTEM_STATUS_LABELS[doc.status]}</span>
          </li>
          <li>
            <span className="pm-strip__label">Review</span>
            <span className={`pm-strip__value${countdown?.overdue && !reviewed ? ' pm-late' : ''}`}>
              {reviewed ? 'Done' : countdown ? countdown.text : 'No date yet'}
            </span>
            {signOff.total > 0 ? <span className="pm-strip__note">{signOff.signed} of {signOff.total} signed off</span> : null}
          </li>
          <li>
            <span className="pm-strip__label">Language findings</span>
            <span className="pm-strip__value num">{check.total}</span>
          </li>
          <li className="pm-strip__main">
            <span className="pm-strip__label">{doc.drill ? 'Simulated cost' : 'Total cost'}</span>
            <span className="pm-strip__value num">{total === 0 ? 'Not estimated' : formatMoney(total, doc.impact.currency)}</span>
          </li>
        </ul>
        <p className="visually-hidden" role="status">
          {check.total === 0 ? 'No language findings' : `${check.total} language ${check.total === 1 ? 'finding' : 'findings'}`}
        </p>
      </div>

      <ExportPanel doc={doc} findings={check.total} reviewRules={reviewRules} />

      <div className="pm-view-switch no-print" role="group" aria-label="Show">
        <button type="button" className="button button--small" aria-pressed={shown === 'edit'} onClick={() => setView('edit')}>
          Edit
        </button>
        {wide ? (
          <button type="button" className="button button--small" aria-pressed={shown === 'split'} onClick={() => setView('split')}>
            Side by side
          </button>
        ) : null}
        <button type="button" className="button button--small" aria-pressed={shown === 'preview'} onClick={() => setView('preview')}>
          Preview
        </button>
      </div>

      <div className="pm-workspace" data-view={shown}>
        <div className="pm-workspace__edit no-print">
          <SectionJumpList
            sections={doc.sections.map((s) => ({ id: s.id, title: s.title.trim() || 'Untitled section', findings: check.countsBySection[s.id] ?? 0 }))}
          />
          <HeaderFields {...editorProps} />
          <LazyReviewCard {...editorProps} />
          <CheckSummary
            check={check}
            ready={checker !== null}
            dismissed={dismissed}
            sections={doc.sections.filter((s) => !s.hidden).map((s) => ({ id: s.id, title: s.title.trim() || 'Untitled section' }))}
            onRestore={(key) => edit((d) => restoreFinding(d, key))}
          />
          <h2 className="pm-sections-title">Sections</h2>
          <p className="muted small pm-sections-hint">Write in plain text: a blank line starts a new paragraph, lines starting with “- ” become a list.</p>
          {doc.sections.map((section, index) => (
            <SectionCard
              key={section.id}
              edit={edit}
              onDismiss={onDismiss}
              section={section}
              findings={findingsFor(`section:${section.id}`)}
              index={index}
              count={doc.sections.length}
              findingCount={check.countsBySection[section.id] ?? 0}
              hiddenNote={hiddenNote(section.kind)}
            >
              {structuredContent(section.id, section.kind)}
            </SectionCard>
          ))}
          <section className="panel pm-add-section" aria-labelledby="pm-add-section-title">
            <h3 id="pm-add-section-title">Add a section</h3>
            <form
              className="field__control"
              onSubmit={(e) => {
                e.preventDefault();
                addSection();
              }}
            >
              <label className="visually-hidden" htmlFor="pm-new-section">
                Title of the new section
              </label>
              <input
                maxLength={POSTMORTEM_LIMITS.short}
                id="pm-new-section"
                className="input"
                type="text"
                placeholder="e.g. Customer communication"
                autoComplete="off"
                value={newTitle}
                onChange={(e) => setNewTitle(e.target.value)}
              />
              <button type="submit" className="button" disabled={doc.sections.length >= POSTMORTEM_LIMITS.sections}>
                Add section
              </button>
            </form>
          </section>
        </div>
        <div className="pm-workspace__preview">
          <h2 className="pm-preview-title no-print">Preview</h2>
          <PreviewRegion>
            <PostmortemPreview doc={doc} />
          </PreviewRegion>
        </div>
      </div>
    </div>
    </RewriteContext.Provider>
  );
}

/** The preview scrolls on its own beside the editor on wide screens, so it needs to be reachable by keyboard. */
function PreviewRegion({ children }: { children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div className="pm-preview" role="region" aria-label="Document preview" tabIndex={0}>
      {children}
    </div>
  );
}
