import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Unit shown after the input, e.g. "min", "%", "USD". */
  unit?: string;
  children: ReactNode;
  className?: string;
}

/**
 * A labelled form field following the GOV.UK error pattern: label, hint, the error message next to the
 * field, then the control. The control must use `id`, and `aria-describedby={describedBy(id, hint, error)}`.
 */
export function Field({ id, label, hint, error, unit, children, className }: FieldProps) {
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
    </div>
  );
}

/** The `aria-describedby` value for a Field's control. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
