import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Unit shown after the input, e.g. "min", "%", "USD". */
  unit?: string;
  /**
   * How an ambiguous number was read ("Read as 1500, not 1,5"). Pass a string (even '') to keep the polite
   * live region in the page, so the note is announced when it appears.
   */
  note?: string;
  children: ReactNode;
  className?: string;
}

/**
 * A labelled form field following the GOV.UK error pattern: label, hint, the error message next to the
 * field, then the control. The control must use `id`, and `aria-describedby={describedBy(id, hint, error)}`.
 */
export function Field({ id, label, hint, error, unit, note, children, className }: FieldProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="field__control">
        {children}
        {unit ? <span className="field__unit" aria-hidden="true">{unit}</span> : null}
      </div>
      {note !== undefined ? (
        <p className="field__note" id={`${id}-note`} aria-live="polite">
          {note}
        </p>
      ) : null}
    </div>
  );
}

/** The `aria-describedby` value for a Field's control. */
export function describedBy(id: string, hint?: string, error?: string, note?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', note ? `${id}-note` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
