// "Hand over": seals the incident for the next commander as a link, a .outage-kit file or a QR code. Loaded
// (with the crypto and compression code) only when opened; nothing here stores or logs the secret or the link.
import { useId, useState } from 'react';
import { CopyButton } from '../../../components/ui/copy-button';
import { describedBy, Field } from '../../../components/ui/field';
import { useModalDialog } from '../../../components/ui/use-modal-dialog';
import { downloadFile, slugifyFilename } from '../../../lib/download';
import { formatFileSize } from '../../../lib/parse-json-envelope';
import type { Incident } from '../domain/incident-types';
import { describeHandoverReadBack } from '../handover/handover-command';
import { createHandoverSecret, describeHandoverError, sealHandover } from '../handover/handover-codec';
import { HANDOVER_FILE_EXTENSION, HANDOVER_LIMITS, isHandoverAvailable } from '../handover/handover-limits';
import { buildHandoverFile, buildHandoverLink, LINK_LIMIT_CHARS, QR_LIMIT_CHARS } from '../handover/handover-transport';
import { HandoverQr } from './handover-qr';
import './handover-dialog.css';

/** Shown in the payload so a receiver sees which app made it. */
const APP_NAME = 'Outage Kit (handover format 1)';

type Protection = 'secret' | 'passphrase';

interface Sealed {
  link: string;
  file: Uint8Array<ArrayBuffer>;
  readBack: string;
  protection: Protection;
}

/** The incident page's address without query or fragment, ending in "/" (the link opens the incident page). */
function incidentPageAddress(): string {
  const { origin, pathname } = window.location;
  const path = pathname.endsWith('/index.html') ? pathname.slice(0, -'index.html'.length) : pathname.endsWith('/') ? pathname : `${pathname}/`;
  return `${origin}${path}`;
}

export function HandoverDialog({ open, incident, onClose }: { open: boolean; incident: Incident; onClose: () => void }) {
  const ref = useModalDialog(open);
  const id = useId();
  const [from, setFrom] = useState(incident.roles.commander);
  const [protection, setProtection] = useState<Protection>('secret');
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<{ from?: string; passphrase?: string; seal?: readonly string[] }>({});
  const [busy, setBusy] = useState(false);
  const [sealed, setSealed] = useState<Sealed | null>(null);
  const [showQr, setShowQr] = useState(false);
  const secure = isHandoverAvailable();

  const close = () => {
    // The link and its secret live only in this state: closing forgets them.
    setSealed(null);
    setShowQr(false);
    setPassphrase('');
    onClose();
  };

  const make = async () => {
    const next: typeof errors = {};
    if (from.trim().length > HANDOVER_LIMITS.fromChars) next.from = `Shorten your name to ${HANDOVER_LIMITS.fromChars} characters or fewer.`;
    if (protection === 'passphrase' && passphrase.trim().length < HANDOVER_LIMITS.passphraseChars) {
      next.passphrase = `Enter a passphrase of at least ${HANDOVER_LIMITS.passphraseChars} characters: a few words you can say aloud.`;
    }
    setErrors(next);
    if (next.from || next.passphrase) return;
    setBusy(true);
    try {
      const sentAt = Date.now();
      const sender = { from: from.trim(), sentAt, app: APP_NAME };
      const secret = protection === 'secret' ? createHandoverSecret() : undefined;
      const bytes = await sealHandover(incident, sender, secret ? { secret } : { passphrase });
      setSealed({
        link: buildHandoverLink(incidentPageAddress(), bytes, secret),
        file: buildHandoverFile(bytes, secret),
        readBack: describeHandoverReadBack(incident, sentAt),
        protection,
      });
    } catch (error) {
      setErrors({ seal: describeHandoverError(error).messages });
    } finally {
      setBusy(false);
    }
  };

  const linkFits = sealed !== null && sealed.link.length <= LINK_LIMIT_CHARS;
  const qrFits = sealed !== null && sealed.link.length <= QR_LIMIT_CHARS;
  const fileName = `${slugifyFilename(incident.number ? `${incident.number} ${incident.title}` : incident.title, 'incident')}-handover${HANDOVER_FILE_EXTENSION}`;

  return (
    <dialog ref={ref} className="dialog dialog--wide handover-dialog" aria-labelledby={`${id}-title`} onClose={() => open && close()}>
      <h2 id={`${id}-title`} className="dialog__title">
        Hand over this incident
      </h2>
      {!secure ? (
        <p className="notice" role="alert">
          Handovers need a secure page: open Outage Kit over https (or on localhost on your own computer). On this page the browser offers no
          encryption, so handing over is switched off.
        </p>
      ) : sealed === null ? (
        <form
          className="handover-dialog__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void make();
          }}
        >
          <p>
            The next commander gets the whole incident, encrypted: timeline, checklist, updates, roles and cost. Nothing is sent anywhere; you
            pass the link or file on yourself.
          </p>
          <Field id={`${id}-from`} label="Your name" hint="Shown to them as who handed over." error={errors.from}>
            <input
              id={`${id}-from`}
              className="input"
              value={from}
              maxLength={HANDOVER_LIMITS.fromChars}
              autoComplete="name"
              aria-describedby={describedBy(`${id}-from`, 'hint', errors.from)}
              onChange={(event) => setFrom(event.currentTarget.value)}
            />
          </Field>
          <fieldset className="field">
            <legend className="field__label">Protect it with</legend>
            <div className="choice-list">
              <div className="choice choice--card">
                <input type="radio" id={`${id}-secret`} name={`${id}-protection`} checked={protection === 'secret'} onChange={() => setProtection('secret')} />
                <label htmlFor={`${id}-secret`} className="choice__label">
                  <span className="choice__title">A key inside the link or file</span>
                  <span className="choice__hint">Quickest. Anyone who gets the link or file can open it: send it only to them.</span>
                </label>
              </div>
              <div className="choice choice--card">
                <input type="radio" id={`${id}-passphrase-mode`} name={`${id}-protection`} checked={protection === 'passphrase'} onChange={() => setProtection('passphrase')} />
                <label htmlFor={`${id}-passphrase-mode`} className="choice__label">
                  <span className="choice__title">A passphrase you tell them</span>
                  <span className="choice__hint">Say it on the call, never in the same message: the link alone cannot open it.</span>
                </label>
              </div>
            </div>
          </fieldset>
          {protection === 'passphrase' ? (
            <Field id={`${id}-passphrase`} label="Passphrase" hint={`At least ${HANDOVER_LIMITS.passphraseChars} characters; capitals and spaces count.`} error={errors.passphrase}>
              <input
                id={`${id}-passphrase`}
                className="input"
                value={passphrase}
                autoComplete="off"
                spellCheck={false}
                aria-describedby={describedBy(`${id}-passphrase`, 'hint', errors.passphrase)}
                onChange={(event) => setPassphrase(event.currentTarget.value)}
              />
            </Field>
          ) : null}
          {errors.seal ? (
            <div className="notice" role="alert">
              {errors.seal.map((message) => (
                <p key={message}>{message}</p>
              ))}
            </div>
          ) : null}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
              {busy ? 'Encrypting…' : 'Make the handover'}
            </button>
          </div>
        </form>
      ) : (
        <div className="handover-dialog__result">
          <div className="handover-readback">
            <p className="handover-readback__label">Read this back with them</p>
            <p className="handover-readback__line" data-testid="handover-readback">
              {sealed.readBack}
            </p>
          </div>
          {linkFits ? (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-link`}>
                Link ({sealed.link.length.toLocaleString('en')} characters)
              </label>
              <p className="field__hint" id={`${id}-link-hint`}>
                {sealed.protection === 'secret'
                  ? 'Anyone with this link can read the incident. Send it in a private message to the person taking over.'
                  : 'The link opens only with the passphrase. Tell them the passphrase by voice.'}
              </p>
              <textarea id={`${id}-link`} className="input handover-dialog__link" readOnly rows={3} value={sealed.link} aria-describedby={`${id}-link-hint`} onFocus={(event) => event.currentTarget.select()} />
              <div className="button-row">
                <CopyButton text={sealed.link} label="Copy link" className="button button--primary" />
              </div>
            </div>
          ) : (
            <p className="notice" data-testid="handover-link-too-long">
              The link would be {sealed.link.length.toLocaleString('en')} characters: too long for chat tools, which cut links past{' '}
              {LINK_LIMIT_CHARS.toLocaleString('en')}. Send the file instead.
            </p>
          )}
          <div className="handover-dialog__file">
            <button type="button" className={linkFits ? 'button' : 'button button--primary'} onClick={() => downloadFile(fileName, new Blob([sealed.file], { type: 'application/octet-stream' }))}>
              Download the file ({formatFileSize(sealed.file.length)})
            </button>
            <p className="muted small">
              {sealed.protection === 'secret'
                ? 'The file holds its own key: it is as sensitive as the link. They open it with “Open a handover” on the incident page.'
                : 'They open it with “Open a handover” on the incident page and the passphrase.'}
            </p>
          </div>
          {qrFits ? (
            showQr ? (
              <HandoverQr text={sealed.link} />
            ) : (
              <button type="button" className="button" onClick={() => setShowQr(true)}>
                Show a QR code
              </button>
            )
          ) : (
            <p className="muted small">Too long for a QR code a phone can read from across the table: send the file.</p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => setSealed(null)}>
              Start again
            </button>
            <button type="button" className="button button--primary" onClick={close}>
              Done
            </button>
          </div>
        </div>
      )}
      {!secure ? (
        <div className="dialog__actions">
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
      ) : null}
    </dialog>
  );
}
