import { useState } from 'react';
import { useSavedDraft } from '../../../components/ui/use-saved-draft';
import { CopyButton } from '../../../components/ui/copy-button';
import { describedBy } from '../../../components/ui/field';
import { formatMoney, formatNumber } from '../../../lib/format';
import type { CostInputs } from '../../calculator/domain/cost-inputs';
import { calculateNextUpdateAt, UPDATE_CADENCE_PRESETS } from '../domain/cadence';
import { calculateCostSoFar } from '../domain/cost-so-far';
import { describeImpactSpan } from '../domain/impact-span';
import { DRILL_MARK, hasDrillMark } from '../domain/drill';
import { postUpdate, updateIncidentDetails } from '../domain/incident-actions';
import { suggestUpdateStatus } from '../domain/incident-progress';
import { INCIDENT_LIMITS } from '../domain/incident-schema';
import type { Incident, UpdateAudience, UpdateStatus } from '../domain/incident-types';
import { formatTimeOfDay } from '../domain/local-time';
import { composeStatusUpdate, describeUpdateAudience, describeUpdateStatus, UPDATE_AUDIENCES, UPDATE_STATUSES } from '../domain/status-update';
import type { IncidentPreferences } from '../store/incident-slice';
import { announce } from './announcer';
import { INCIDENT_TARGETS, type ApplyIncidentAction } from './incident-action';
import { UpdateCountdownLine } from './live-figures';
import { ShareOut } from './share-out-parts';
import { canPlayReminderSound, playReminderSound, readNotificationSupport, requestNotificationPermission } from './reminder-alerts';
import { useClockValue } from './use-clock';
import './status-composer.css';

interface StatusComposerProps {
  incident: Incident;
  apply: ApplyIncidentAction;
  costInputs: CostInputs;
  preferences: IncidentPreferences;
  onPreferencesChange: (patch: Partial<IncidentPreferences>) => void;
  /** The step whose "Write the update" button was used last: posting ticks that step. */
  fromStepId?: string | undefined;
}

interface UpdateDraft {
  status: UpdateStatus | null;
  audience: UpdateAudience;
  /** null while the suggested text is used. */
  text: string | null;
}

const EMPTY_UPDATE_DRAFT: UpdateDraft = { status: null, audience: 'internal', text: null };
const DRAFT_STATUSES: readonly (UpdateStatus | null)[] = [null, 'investigating', 'identified', 'monitoring', 'resolved'];
const DRAFT_AUDIENCES: readonly UpdateAudience[] = ['internal', 'customers', 'executives'];

function isUpdateDraft(value: unknown): value is UpdateDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    DRAFT_STATUSES.includes(v.status as UpdateStatus | null) &&
    DRAFT_AUDIENCES.includes(v.audience as UpdateAudience) &&
    (v.text === null || typeof v.text === 'string')
  );
}

/** Only an edited text is worth keeping; a status or audience chosen alone is not. */
const isUpdateDraftEmpty = (draft: UpdateDraft): boolean => draft.text === null;

/**
 * Communication: the cadence, the countdown, and an update composer with Statuspage-style statuses and
 * audiences. The suggested text follows the incident (refreshed each minute) until the user edits it.
 */
export function StatusComposer({ incident, apply, costInputs, preferences, onPreferencesChange, fromStepId }: StatusComposerProps) {
  // An edited, unposted update (with the status and audience it was written for) survives a reload.
  const [draft, setDraft] = useSavedDraft<UpdateDraft>(`incident:${incident.id}:update`, EMPTY_UPDATE_DRAFT, isUpdateDraft, isUpdateDraftEmpty);
  const { status: chosenStatus, audience, text: editedText } = draft;
  const setChosenStatus = (status: UpdateStatus) => setDraft((current) => ({ ...current, status }));
  const setAudience = (next: UpdateAudience) => setDraft((current) => ({ ...current, audience: next }));
  const setEditedText = (text: string | null) => setDraft((current) => ({ ...current, text }));
  const [error, setError] = useState<string | null>(null);
  const [lastPosted, setLastPosted] = useState<{ at: number; audience: UpdateAudience } | null>(null);
  const minute = useClockValue((now) => Math.floor(now / 60_000));
  const active = incident.status === 'active';

  const status = chosenStatus ?? suggestUpdateStatus(incident);
  const now = minute * 60_000;
  const impactMs = describeImpactSpan(incident, now).ms;
  const suggested = composeStatusUpdate({
    incident,
    status,
    audience,
    now,
    nextUpdateAt: calculateNextUpdateAt(incident.cadenceMinutes, now),
    ...(preferences.showCost
      ? { costSoFar: formatMoney(calculateCostSoFar(costInputs, impactMs).total, costInputs.currency, undefined, { maximumFractionDigits: 0 }) }
      : {}),
  });
  const text = editedText ?? suggested;
  const cadenceOptions = (UPDATE_CADENCE_PRESETS as readonly number[]).includes(incident.cadenceMinutes)
    ? UPDATE_CADENCE_PRESETS
    : [...UPDATE_CADENCE_PRESETS, incident.cadenceMinutes].sort((a, b) => a - b);
  const textId = INCIDENT_TARGETS.updateText;

  const markPosted = () => {
    const body = text.trim();
    if (!body) {
      setError('Enter the text of the update');
      document.getElementById(textId)?.focus();
      return;
    }
    // Nothing a drill produces may read as a real outage: an edit that took the mark out is refused.
    if (incident.drill && !hasDrillMark(body)) {
      setError(`Keep ${DRILL_MARK} in the update: this is a drill, and the text must not read as a real outage`);
      document.getElementById(textId)?.focus();
      return;
    }
    // A longer update would make the saved incident invalid, and a reload would drop it.
    if (body.length > INCIDENT_LIMITS.text) {
      setError(`Shorten the update to ${formatNumber(INCIDENT_LIMITS.text)} characters or fewer (it has ${formatNumber(body.length)})`);
      document.getElementById(textId)?.focus();
      return;
    }
    const at = Date.now();
    apply((current, stamp) => postUpdate(current, { at: stamp, status, audience, text: body }, stamp, fromStepId));
    setEditedText(null);
    setError(null);
    setLastPosted({ at, audience });
    announce(
      active
        ? `Update for ${describeUpdateAudience(audience).toLowerCase()} logged. The next one is due in ${incident.cadenceMinutes} minutes.`
        : `Update for ${describeUpdateAudience(audience).toLowerCase()} logged.`,
    );
  };

  return (
    <section className="panel composer" aria-labelledby="composer-title">
      <div className="section-head">
        <h2 id="composer-title">Status updates</h2>
        <p className="section-head__meta">
          {incident.updates.length === 0 ? 'None posted yet' : `${incident.updates.length} posted`}
        </p>
      </div>

      {active ? (
        <>
          <UpdateCountdownLine incident={incident} />
          <fieldset className="composer__cadence">
            <legend className="field__label">Post an update every</legend>
            <div className="segmented">
              {cadenceOptions.map((minutes) => (
                <div className="segmented__item" key={minutes}>
                  <input
                    type="radio"
                    id={`cadence-${minutes}`}
                    name="update-cadence"
                    checked={incident.cadenceMinutes === minutes}
                    onChange={() => apply((current, stamp) => updateIncidentDetails(current, { cadenceMinutes: minutes }, stamp))}
                  />
                  <label htmlFor={`cadence-${minutes}`}>{minutes} min</label>
                </div>
              ))}
            </div>
          </fieldset>
        </>
      ) : null}

      <fieldset className="composer__choice">
        <legend className="field__label">Status</legend>
        <div className="segmented segmented--grid">
          {UPDATE_STATUSES.map((option) => (
            <div className="segmented__item" key={option.value}>
              <input
                type="radio"
                id={`update-status-${option.value}`}
                name="update-status"
                checked={status === option.value}
                onChange={() => setChosenStatus(option.value)}
              />
              <label htmlFor={`update-status-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </div>
        <p className="field__hint">{UPDATE_STATUSES.find((option) => option.value === status)?.meaning}</p>
      </fieldset>

      <fieldset className="composer__choice">
        <legend className="field__label">Audience</legend>
        <div className="segmented">
          {UPDATE_AUDIENCES.map((option) => (
            <div className="segmented__item" key={option.value}>
              <input
                type="radio"
                id={`update-audience-${option.value}`}
                name="update-audience"
                checked={audience === option.value}
                onChange={() => setAudience(option.value)}
              />
              <label htmlFor={`update-audience-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </div>
        <p className="field__hint">{UPDATE_AUDIENCES.find((option) => option.value === audience)?.description}</p>
      </fieldset>

      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={textId}>
          Update text
        </label>
        <p className="field__hint" id={`${textId}-hint`}>
          {editedText === null
            ? 'Suggested from the incident; it keeps itself current until you edit it.'
            : 'Your edited text. Changing the status or audience keeps your edits.'}
          {incident.drill ? ` A drill: every update is marked ${DRILL_MARK}.` : ''}
        </p>
        {error ? (
          <p className="field__error" id={`${textId}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <textarea
          id={textId}
          className="textarea composer__text"
          rows={Math.max(6, text.split('\n').length + 2)}
          value={text}
          aria-describedby={describedBy(textId, 'hint', error ?? undefined)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setEditedText(event.currentTarget.value);
            if (error) setError(null);
          }}
        />
      </div>
      <div className="button-row composer__actions">
        <CopyButton text={text} label="Copy" />
        <button type="button" className="button button--primary" onClick={markPosted}>
          Mark as posted
        </button>
        {editedText !== null ? (
          <button type="button" className="button button--quiet" onClick={() => setEditedText(null)}>
            Use the suggested text
          </button>
        ) : null}
      </div>
      <ShareOut summary="More formats: Markdown, Slack, files" kind="update" incident={incident} text={text} audience={audience} />
      {lastPosted ? (
        <p className="composer__posted">
          Logged the update for {describeUpdateAudience(lastPosted.audience).toLowerCase()} at{' '}
          <span className="tabular">{formatTimeOfDay(lastPosted.at)}</span>
          {active ? '; the countdown has restarted.' : '.'}
        </p>
      ) : null}

      {incident.updates.length > 0 ? (
        <details className="composer__history">
          <summary>Posted updates ({incident.updates.length})</summary>
          <ol className="posted-list">
            {[...incident.updates].reverse().map((update) => (
              <li key={update.id} className="posted">
                <p className="posted__meta">
                  <span className="tabular">{formatTimeOfDay(update.at)}</span> · {describeUpdateStatus(update.status)} ·{' '}
                  {describeUpdateAudience(update.audience)}
                </p>
                <p className="posted__text">{update.text}</p>
              </li>
            ))}
          </ol>
        </details>
      ) : null}

      {active ? <ReminderSettings preferences={preferences} onChange={onPreferencesChange} /> : null}
    </section>
  );
}

function ReminderSettings({
  preferences,
  onChange,
}: {
  preferences: IncidentPreferences;
  onChange: (patch: Partial<IncidentPreferences>) => void;
}) {
  const [notice, setNotice] = useState<string | null>(null);
  const soundSupported = canPlayReminderSound();
  return (
    <fieldset className="composer__reminders">
      <legend className="field__label">Overdue reminders</legend>
      <p className="field__hint">The banner and the tab title always remind you. Add these if you work in other windows.</p>
      <div className="checkbox">
        <input
          type="checkbox"
          id="reminder-sound"
          checked={preferences.sound}
          disabled={!soundSupported}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            onChange({ sound: on });
            // Playing once from this click lets the browser play later reminders on its own.
            if (on) playReminderSound();
          }}
        />
        <label htmlFor="reminder-sound">Play a short sound when an update is overdue</label>
      </div>
      <div className="checkbox">
        <input
          type="checkbox"
          id="reminder-notifications"
          checked={preferences.notifications}
          onChange={async (event) => {
            const on = event.currentTarget.checked;
            if (!on) {
              onChange({ notifications: false });
              setNotice(null);
              return;
            }
            const support = readNotificationSupport() === 'granted' ? 'granted' : await requestNotificationPermission();
            if (support === 'granted') {
              onChange({ notifications: true });
              setNotice(null);
            } else {
              onChange({ notifications: false });
              setNotice(
                support === 'unsupported'
                  ? 'This browser cannot show desktop notifications. The banner and the tab title still remind you.'
                  : 'Notifications are blocked for this site. Allow them in your browser’s site settings, then switch this on again.',
              );
            }
          }}
        />
        <label htmlFor="reminder-notifications">Show a desktop notification when an update is overdue</label>
      </div>
      {notice ? <p className="composer__notice">{notice}</p> : null}
    </fieldset>
  );
}
