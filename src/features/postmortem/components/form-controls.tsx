import type { ReactNode } from 'react';
import { Field, describedBy } from '../../../components/ui/field';
import { formatNumber } from '../../../lib/format';
import { describeNumberProblem, describeReading, formatReadAs, parseNumberText } from '../../../lib/parse-number-text';
import { formatDateTimeLocal, parseDateTimeLocal, splitList } from '../domain/form-values';
import { parseIsoDate } from '../domain/zoned-time';
import { equalLists, useDraftText, type ParseResult } from './use-draft-text';

/** Joins ids for `aria-describedby`, leaving out the empty ones. */
export function joinIds(...ids: (string | undefined | false)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

interface NumberFieldProps {
  id: string;
  label: string;
  hint?: string;
  unit?: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  /** Shown in the error: "Enter the duration as a number of minutes". */
  describe: string;
  /** Empty text means "unknown" (null) when true; otherwise 0. */
  nullable?: boolean;
  className?: string;
  extraDescribedBy?: string;
}

// Written in the reader's locale (the runtime's, as every figure is shown), so it parses back the same.
function formatNumberInput(value: number | null): string {
  return value === null ? '' : formatReadAs(value);
}

/** A number typed as text (accepts "1,500" and "2,5"), with a GOV.UK-style message when it cannot be read. */
export function NumberField({ id, label, hint, unit, value, onChange, min = 0, max = 1e15, describe, nullable = true, className, extraDescribedBy }: NumberFieldProps) {
  const draft = useDraftText<number | null>(
    value,
    formatNumberInput,
    (text): ParseResult<number | null> => {
      const parsed = parseNumberText(text);
      if (parsed.kind === 'empty') return nullable ? { ok: true, value: null } : { ok: true, value: 0 };
      if (parsed.kind === 'invalid') {
        return { ok: false, error: parsed.reason === 'chars' ? `${describe}, like ${formatReadAs(1500)} or ${formatReadAs(2.5)}` : `${describe}: ${describeNumberProblem(parsed.reason)}` };
      }
      if (parsed.value < min || parsed.value > max) {
        return { ok: false, error: `${describe} between ${formatNumber(min)} and ${formatNumber(max)}` };
      }
      return { ok: true, value: parsed.value };
    },
    onChange,
  );
  const note = draft.error ? '' : describeReading(parseNumberText(draft.text));
  return (
    <Field id={id} label={label} hint={hint} error={draft.error} unit={unit} className={className} note={note}>
      <input
        id={id}
        className="input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={draft.text}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={joinIds(describedBy(id, hint, draft.error, note), extraDescribedBy)}
        onChange={(e) => draft.onChange(e.target.value)}
      />
    </Field>
  );
}

interface ListFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  extraDescribedBy?: string;
  autoComplete?: string;
}

/** A comma-separated list in one text input; what is typed (a trailing comma, spaces) stays while it means the same list. */
export function ListField({ id, label, hint, value, onChange, extraDescribedBy, autoComplete = 'off' }: ListFieldProps) {
  const draft = useDraftText<readonly string[]>(
    value,
    (list) => list.join(', '),
    (text) => ({ ok: true, value: splitList(text) }),
    (list) => onChange([...list]),
    equalLists,
  );
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        id={id}
        className="input"
        type="text"
        autoComplete={autoComplete}
        value={draft.text}
        aria-describedby={joinIds(describedBy(id, hint), extraDescribedBy)}
        onChange={(e) => draft.onChange(e.target.value)}
      />
    </Field>
  );
}


interface DateTimeInputProps {
  id: string;
  value: number | null;
  timeZone: string;
  onChange: (value: number | null) => void;
  /** When false, clearing the field is an error instead of "unknown". */
  nullable?: boolean;
  describedById?: string;
  ariaLabel?: string;
  className?: string;
  /** Receives the current error (for a Field to show), re-read every render. */
  children?: (input: ReactNode, error: string | undefined) => ReactNode;
}

/** A date and time in the document's time zone (not the browser's), kept while half-typed. */
export function DateTimeInput({ id, value, timeZone, onChange, nullable = true, describedById, ariaLabel, className = 'input', children }: DateTimeInputProps) {
  const draft = useDraftText<number | null>(
    value,
    (v) => (v === null ? '' : formatDateTimeLocal(v, timeZone)),
    (text) => {
      if (text === '') return nullable ? { ok: true, value: null } : { ok: false, error: 'Enter a date and time' };
      const parsed = parseDateTimeLocal(text, timeZone);
      return parsed === null ? { ok: false, error: 'Enter a real date and time' } : { ok: true, value: parsed };
    },
    onChange,
  );
  const input = (
    <input
      id={id}
      className={className}
      type="datetime-local"
      step={60}
      value={draft.text}
      aria-label={ariaLabel}
      aria-invalid={draft.error ? true : undefined}
      aria-describedby={joinIds(describedById, draft.error ? `${id}-error` : undefined)}
      onChange={(e) => draft.onChange(e.target.value)}
    />
  );
  return <>{children ? children(input, draft.error) : input}</>;
}

interface DateInputProps {
  id: string;
  /** 'YYYY-MM-DD' or ''. */
  value: string;
  onChange: (value: string) => void;
  /** When false, an empty field is an error and is not saved. */
  nullable?: boolean;
  describedById?: string;
  ariaLabel?: string;
  children?: (input: ReactNode, error: string | undefined) => ReactNode;
}

/** A calendar date, kept while half-typed; empty means "not set" unless `nullable` is false. */
export function DateInput({ id, value, onChange, nullable = true, describedById, ariaLabel, children }: DateInputProps) {
  const draft = useDraftText<string>(
    value,
    (v) => v,
    (text) => {
      if (text === '') return nullable ? { ok: true, value: '' } : { ok: false, error: 'Enter a date' };
      return parseIsoDate(text) ? { ok: true, value: text } : { ok: false, error: 'Enter a real date' };
    },
    onChange,
  );
  const input = (
    <input
      id={id}
      className="input"
      type="date"
      value={draft.text}
      aria-label={ariaLabel}
      aria-invalid={draft.error ? true : undefined}
      aria-describedby={joinIds(describedById, draft.error ? `${id}-error` : undefined)}
      onChange={(e) => draft.onChange(e.target.value)}
    />
  );
  return <>{children ? children(input, draft.error) : input}</>;
}
