// Receiving a handover (a link opened or a .outage-kit file chosen): the passphrase if it needs one, then the
// read-back before anything is saved, then Accept (or, when this browser has the incident, merge / keep yours),
// then "I have command". Every failure is one clear message and saves nothing. Loaded only when a handover arrives.
import { useEffect, useId, useState } from 'react';
import { describedBy, Field } from '../../../components/ui/field';
import { useModalDialog } from '../../../components/ui/use-modal-dialog';
import { mergeIncident } from '../domain/merge-incidents';
import { formatDateTime } from '../domain/local-time';
import { INCIDENT_LIMITS } from '../domain/incident-schema';
import { checkCommanderName, describeHandoverReadBack, takeCommand } from '../handover/handover-command';
import { describeHandoverError, HandoverError, inspectHandover, openHandover, type OpenedHandover } from '../handover/handover-codec';
import { HANDOVER_FILE_MAX_BYTES, HANDOVER_LIMITS } from '../handover/handover-limits';
import { formatFileSize } from '../../../lib/parse-json-envelope';
import { parcelKey, parseHandoverFile, parseHandoverFragment, type HandoverParcel } from '../handover/handover-transport';
import { useIncidentStore } from '../store/incident-store-context';
import { isHandoverAvailable } from '../handover/handover-limits';
import './handover-dialog.css';

/** Where a handover came from: a link's fragment (taken out of the address on load) or a chosen file, not yet read. */
export type HandoverSource = { kind: 'link'; hash: string } | { kind: 'file'; file: File };

type Step =
  | { step: 'opening'; parcel: HandoverParcel }
  | { step: 'reading'; file: File }
  | { step: 'passphrase'; parcel: HandoverParcel; error?: string }
  | { step: 'error'; messages: readonly string[] }
  | { step: 'read-back'; opened: OpenedHandover; readBack: string }
  | { step: 'command'; incidentId: string; readBack: string; merged: boolean };

/** A file's bytes, after its size is checked: a huge file is turned away before a byte of it is read. */
async function readHandoverFile(file: File): Promise<HandoverParcel> {
  if (file.size > HANDOVER_FILE_MAX_BYTES) {
    throw new HandoverError('too-large', [`This file is ${formatFileSize(file.size)}; a handover file can be at most ${formatFileSize(HANDOVER_LIMITS.sealedBytes)}. Nothing was opened or saved.`]);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new HandoverError('damaged', ['This file could not be read. Choose it again, or ask the sender to send it again.']);
  }
  return parseHandoverFile(bytes);
}

/** What the dialog shows first: a refusal, the passphrase question, or "Opening…" while it decrypts. */
function firstStep(source: HandoverSource): Step {
  if (!isHandoverAvailable()) {
    return { step: 'error', messages: ['Handovers need a secure page: open Outage Kit over https (or on localhost). Nothing was saved.'] };
  }
  if (source.kind === 'file') return { step: 'reading', file: source.file };
  try {
    return parcelStep(parseHandoverFragment(source.hash));
  } catch (error) {
    return { step: 'error', messages: describeHandoverError(error).messages };
  }
}

/** A parcel with its own key opens at once; one sealed with a passphrase waits for it. Throws for a bad header. */
function parcelStep(parcel: HandoverParcel): Step {
  const { mode } = inspectHandover(parcel.sealed);
  return mode === 'passphrase' && !parcel.secret ? { step: 'passphrase', parcel } : { step: 'opening', parcel };
}

function readBackStep(opened: OpenedHandover): Step {
  return { step: 'read-back', opened, readBack: describeHandoverReadBack(opened.incident, opened.sentAt) };
}

/** A wrong passphrase asks again; anything else is a refusal. */
function failureStep(parcel: HandoverParcel, error: unknown): Step {
  const described = describeHandoverError(error);
  if (described.code === 'wrong-passphrase') return { step: 'passphrase', parcel, error: described.messages.join(' ') };
  return { step: 'error', messages: described.messages };
}

export interface HandoverReceiveDialogProps {
  source: HandoverSource;
  onClose: () => void;
  /** Shows the incident once it is saved. */
  onOpenIncident: (id: string) => void;
}

export function HandoverReceiveDialog({ source, onClose, onOpenIncident }: HandoverReceiveDialogProps) {
  const ref = useModalDialog(true);
  const id = useId();
  const incidents = useIncidentStore((s) => s.incident.incidents);
  const importIncident = useIncidentStore((s) => s.importIncident);
  const updateIncident = useIncidentStore((s) => s.updateIncident);
  const [state, setState] = useState<Step>(() => firstStep(source));
  const [passphrase, setPassphrase] = useState('');
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  useEffect(() => {
    // A link or file with its own key opens at once; one with a passphrase waits for it.
    let live = true;
    const first = state;
    const openParcel = (parcel: HandoverParcel) =>
      openHandover(parcel.sealed, parcelKey(parcel, '')).then(
        (opened) => live && setState(readBackStep(opened)),
        (error: unknown) => live && setState(failureStep(parcel, error)),
      );
    if (first.step === 'opening') void openParcel(first.parcel);
    if (first.step === 'reading') {
      readHandoverFile(first.file)
        .then((parcel) => {
          const next = parcelStep(parcel);
          if (!live) return;
          setState(next);
          if (next.step === 'opening') void openParcel(parcel);
        })
        .catch((error: unknown) => live && setState({ step: 'error', messages: describeHandoverError(error).messages }));
    }
    return () => {
      live = false;
    };
    // Opened once per source: the parent mounts a new dialog for each handover.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const decrypt = (parcel: HandoverParcel, typed: string) => {
    setState({ step: 'opening', parcel });
    openHandover(parcel.sealed, parcelKey(parcel, typed)).then(
      (opened) => setState(readBackStep(opened)),
      (error: unknown) => setState(failureStep(parcel, error)),
    );
  };

  const local = state.step === 'read-back' ? incidents.find((incident) => incident.id === state.opened.incident.id) : undefined;

  const accept = (mode: 'new' | 'merge') => {
    if (state.step !== 'read-back') return;
    const remote = state.opened.incident;
    if (mode === 'merge') updateIncident(remote.id, (current) => mergeIncident(current, remote));
    else importIncident(remote);
    onOpenIncident(remote.id);
    setState({ step: 'command', incidentId: remote.id, readBack: state.readBack, merged: mode === 'merge' });
  };

  const command = () => {
    if (state.step !== 'command') return;
    const problem = checkCommanderName(name);
    setNameError(problem);
    if (problem) return;
    const readBack = state.readBack;
    updateIncident(state.incidentId, (current) => takeCommand(current, { to: name, readBack }, Date.now()));
    onClose();
  };

  return (
    <dialog ref={ref} className="dialog dialog--wide handover-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`} className="dialog__title">
        {state.step === 'command' ? 'Do you take command?' : 'A handover arrived'}
      </h2>

      {state.step === 'opening' || state.step === 'reading' ? <p aria-busy="true">Opening the handover…</p> : null}

      {state.step === 'error' ? (
        <>
          <div className="notice handover-error" role="alert" data-testid="handover-error">
            {state.messages.slice(0, 6).map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
          <p className="muted small">Your own incidents are as they were.</p>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : null}

      {state.step === 'passphrase' ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            decrypt(state.parcel, passphrase);
          }}
        >
          <p>This handover is protected by a passphrase. The sender tells it to you, usually by voice.</p>
          <Field id={`${id}-passphrase`} label="Passphrase" error={state.error}>
            <input
              id={`${id}-passphrase`}
              className="input"
              value={passphrase}
              autoComplete="off"
              spellCheck={false}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog exists to take this one answer
              autoFocus
              aria-invalid={state.error ? true : undefined}
              aria-describedby={describedBy(`${id}-passphrase`, undefined, state.error)}
              onChange={(event) => setPassphrase(event.currentTarget.value)}
            />
          </Field>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button--primary">
              Open the handover
            </button>
          </div>
        </form>
      ) : null}

      {state.step === 'read-back' ? (
        <>
          <div className="handover-readback">
            <p className="handover-readback__label">Read it back to {state.opened.from.trim() || 'the sender'}</p>
            <p className="handover-readback__line" data-testid="handover-readback">
              {state.readBack}
            </p>
          </div>
          <dl className="handover-details">
            <dt>From</dt>
            <dd>{state.opened.from.trim() || 'Not given'}</dd>
            <dt>Sent</dt>
            <dd>{formatDateTime(state.opened.sentAt)}</dd>
            <dt>Timeline</dt>
            <dd>
              {((count) => `${count} ${count === 1 ? 'entry' : 'entries'}`)(state.opened.incident.timeline.filter((entry) => !entry.deleted).length)}
            </dd>
            <dt>Updates</dt>
            <dd>{state.opened.incident.updates.length} posted</dd>
          </dl>
          {local ? (
            <>
              <p className="notice">You already have this incident. Merge the handover into it (nothing of yours is lost), or keep yours as it is.</p>
              <div className="dialog__actions">
                <button type="button" className="button" onClick={onClose}>
                  Cancel
                </button>
                <button type="button" className="button" onClick={onClose}>
                  Keep yours
                </button>
                <button type="button" className="button button--primary" onClick={() => accept('merge')}>
                  Merge the handover into it
                </button>
              </div>
            </>
          ) : (
            <>
              <p className="muted small">Nothing is saved until you accept.</p>
              <div className="dialog__actions">
                <button type="button" className="button" onClick={onClose}>
                  Cancel
                </button>
                <button type="button" className="button button--primary" onClick={() => accept('new')}>
                  Accept
                </button>
              </div>
            </>
          )}
        </>
      ) : null}

      {state.step === 'command' ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            command();
          }}
        >
          <p role="status">{state.merged ? 'The handover is merged into your incident.' : 'The incident is saved in this browser.'}</p>
          <p>
            Taking command records the handover in the timeline, with the read-back you acknowledged, and makes you the incident commander.
          </p>
          <Field id={`${id}-name`} label="Your name" hint="As the team calls you." error={nameError ?? undefined}>
            <input
              id={`${id}-name`}
              className="input"
              value={name}
              maxLength={INCIDENT_LIMITS.role}
              autoComplete="name"
              aria-invalid={nameError ? true : undefined}
              aria-describedby={describedBy(`${id}-name`, 'hint', nameError ?? undefined)}
              onChange={(event) => setName(event.currentTarget.value)}
            />
          </Field>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              Not now
            </button>
            <button type="submit" className="button button--primary">
              I have command
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
