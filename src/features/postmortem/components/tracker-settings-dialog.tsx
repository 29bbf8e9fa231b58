import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { describedBy } from '../../../components/ui/field';
import {
  TRACKER_DEFAULT_BASE_URLS,
  TRACKER_KINDS,
  TRACKER_LABELS,
  validateTrackerConfig,
  type TrackerConfig,
  type TrackerConfigField,
  type TrackerKind,
} from '../export/tracker-links';

type Draft = Required<TrackerConfig>;

/** Jira's default is a placeholder (every site has its own name), so its field starts empty rather than wrong. */
function defaultBaseUrl(kind: TrackerKind): string {
  return kind === 'jira' ? '' : TRACKER_DEFAULT_BASE_URLS[kind];
}

function createDraft(config: TrackerConfig | null): Draft {
  const kind = config?.kind ?? 'github';
  return {
    kind,
    baseUrl: config?.baseUrl ?? defaultBaseUrl(kind),
    project: config?.project ?? '',
    issueType: config?.issueType ?? '',
    workspace: config?.workspace ?? '',
  };
}

const PROJECT_FIELD: Record<TrackerKind, { label: string; hint: string }> = {
  github: { label: 'Repository', hint: 'Owner and name, like acme/api.' },
  gitlab: { label: 'Project path', hint: 'Group and project, like acme/platform/api.' },
  jira: { label: 'Project id', hint: 'The numeric id, like 10000, not the key. Project settings → Details shows it in the address as pid.' },
  linear: { label: 'Team key (optional)', hint: 'Like ENG. Leave it empty to choose the team in Linear.' },
};

const BASE_URL_HINT: Record<TrackerKind, string> = {
  github: 'https://github.com, or your GitHub Enterprise address.',
  gitlab: 'https://gitlab.com, or your own GitLab’s address.',
  jira: 'Your Jira Cloud site, like https://acme.atlassian.net.',
  linear: 'https://linear.app.',
};

const FIELD_ORDER: TrackerConfigField[] = ['baseUrl', 'project', 'issueType', 'workspace'];

interface TrackerSettingsDialogProps {
  open: boolean;
  tracker: TrackerConfig | null;
  onSave: (config: TrackerConfig | null) => void;
  onClose: () => void;
}

/**
 * Chooses the tracker for "Create issue" links, on the native <dialog> like ConfirmDialog: the browser traps focus
 * and handles Escape. Errors follow the GOV.UK pattern: each message next to its field, and a summary linking to
 * them when there are several. Nothing is sent anywhere: the links only open the tracker's own form.
 */
export function TrackerSettingsDialog({ open, tracker, onSave, onClose }: TrackerSettingsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => createDraft(tracker));
  const [errors, setErrors] = useState<Partial<Record<TrackerConfigField, string>>>({});

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // Each opening starts from what is saved, not from an abandoned edit.
      setDraft(createDraft(tracker));
      setErrors({});
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
    // The draft is reset only when the dialog opens, not when the saved tracker changes behind it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const fieldId = (field: TrackerConfigField) => `${id}-${field}`;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const chooseKind = (kind: TrackerKind) =>
    setDraft((d) => {
      // Keep an address the user typed; replace one that is just another tracker's default.
      const isDefault = d.baseUrl.trim() === '' || TRACKER_KINDS.some((k) => TRACKER_DEFAULT_BASE_URLS[k] === d.baseUrl.trim());
      return { ...d, kind, baseUrl: isDefault ? defaultBaseUrl(kind) : d.baseUrl };
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = validateTrackerConfig({
      kind: draft.kind,
      baseUrl: draft.baseUrl,
      project: draft.project,
      issueType: draft.kind === 'jira' ? draft.issueType : undefined,
      workspace: draft.kind === 'linear' ? draft.workspace : undefined,
    });
    if (!check.ok) {
      setErrors(check.errors);
      const first = FIELD_ORDER.find((field) => check.errors[field] !== undefined);
      if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
      return;
    }
    setErrors({});
    onSave(check.config);
  };

  const fields: { field: TrackerConfigField; label: string; hint: string; placeholder?: string; inputMode?: 'url' | 'numeric' }[] = [
    { field: 'baseUrl', label: `${TRACKER_LABELS[draft.kind]} address`, hint: BASE_URL_HINT[draft.kind], placeholder: TRACKER_DEFAULT_BASE_URLS[draft.kind], inputMode: 'url' },
    ...(draft.kind === 'linear' ? [{ field: 'workspace' as const, label: 'Workspace', hint: 'The key from your Linear address: acme in linear.app/acme.' }] : []),
    { field: 'project', ...PROJECT_FIELD[draft.kind], inputMode: draft.kind === 'jira' ? ('numeric' as const) : undefined },
    ...(draft.kind === 'jira'
      ? [{ field: 'issueType' as const, label: 'Issue type id (optional)', hint: 'The numeric id, like 10001. Leave it empty to choose the type in Jira.', inputMode: 'numeric' as const }]
      : []),
  ];
  const summary = fields.flatMap(({ field }) => (errors[field] ? [{ id: fieldId(field), message: errors[field] }] : []));

  return (
    <dialog ref={ref} className="dialog dialog--wide" aria-labelledby={`${id}-title`} onCancel={onClose} onClose={() => open && onClose()}>
      <form className="pm-tracker-form" noValidate onSubmit={submit}>
        <h2 id={`${id}-title`} className="dialog__title">
          Set up a tracker
        </h2>
        <p className="field__hint">
          Saved in this browser only, not in the postmortem. Each “Create issue” link opens your tracker’s own new-issue form, filled in; you
          check it and submit it there. Outage Kit sends nothing.
        </p>
        <ErrorSummary items={summary} />
        <fieldset className="pm-tracker-form__kinds">
          <legend className="field__label">Tracker</legend>
          {TRACKER_KINDS.map((kind) => (
            <label key={kind} className="checkbox">
              <input type="radio" name={`${id}-kind`} value={kind} checked={draft.kind === kind} onChange={() => chooseKind(kind)} />
              {TRACKER_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        {fields.map(({ field, label, hint, placeholder, inputMode }) => {
          const error = errors[field];
          const controlId = fieldId(field);
          return (
            <div key={`${draft.kind}-${field}`} className={`field${error ? ' field--error' : ''}`}>
              <label className="field__label" htmlFor={controlId}>
                {label}
              </label>
              <p className="field__hint" id={`${controlId}-hint`}>
                {hint}
              </p>
              {error ? (
                <p className="field__error" id={`${controlId}-error`}>
                  <span className="visually-hidden">Error: </span>
                  {error}
                </p>
              ) : null}
              <input
                id={controlId}
                className="input"
                type={field === 'baseUrl' ? 'url' : 'text'}
                inputMode={inputMode}
                autoComplete="off"
                spellCheck={false}
                maxLength={500}
                placeholder={placeholder}
                value={draft[field]}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(controlId, hint, error)}
                onChange={(e) => set({ [field]: e.target.value })}
              />
            </div>
          );
        })}
        <div className="dialog__actions">
          {tracker ? (
            <button type="button" className="button button--quiet pm-tracker-form__remove" onClick={() => onSave(null)}>
              Remove tracker
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Save tracker
          </button>
        </div>
      </form>
    </dialog>
  );
}
