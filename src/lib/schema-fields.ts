// Validation building blocks whose messages say what to do ("enter a title"), shared by the runbook, incident and postmortem schemas.
import { z } from 'zod/mini';
import { FORBIDDEN_KEYS } from './parse-json-envelope';

/** Ids are short, URL- and key-safe, and never a name that reaches an object's prototype. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function withArticle(field: string): string {
  return /^[aeiou]/i.test(field) ? `an ${field}` : `a ${field}`;
}

/** A text field: `required` means at least one non-blank character; `max` counts UTF-16 units like an input's maxlength. */
export function textField(field: string, options: { max: number; required?: boolean }) {
  const { max, required = false } = options;
  const checks = [z.maxLength(max, `shorten the ${field} to ${max} characters or fewer`)];
  const schema = z.string({
    error: (issue) => (issue.input === undefined ? `enter ${withArticle(field)}` : `the ${field} must be text`),
  });
  if (!required) return schema.check(...checks);
  return schema.check(
    z.refine((value: string) => value.trim().length > 0, `enter ${withArticle(field)}`),
    ...checks,
  );
}

/** An id: 1–64 letters, digits, "-" or "_". */
export function idField(owner: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `give the ${owner} an id` : `the ${owner}'s id must be text`) })
    .check(
      z.regex(ID_PATTERN, `give the ${owner} an id of 1 to 64 letters, digits, "-" or "_"`),
      z.refine((value: string) => !FORBIDDEN_KEYS.has(value), `choose another id for the ${owner}; "__proto__", "constructor" and "prototype" are reserved`),
    );
}

/** A point in time as epoch milliseconds (after 1970, before the year 275760). */
export function timestampField(field: string) {
  return z
    .number({ error: (issue) => (issue.input === undefined ? `add the ${field}` : `the ${field} must be a time in milliseconds`) })
    .check(z.refine((value: number) => Number.isFinite(value) && value >= 0 && value <= 8.64e15, `the ${field} must be a valid time`));
}

/** One value out of a fixed list, with a message listing the choices. */
export function choiceField<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.enum(values, {
    error: () => `choose the ${field} from: ${values.join(', ')}`,
  });
}

/** A list with a maximum length and a message for a missing or wrong value. */
export function listField<T extends z.ZodMiniType>(item: T, field: string, max: number, tooMany: string) {
  return z
    .array(item, { error: (issue) => (issue.input === undefined ? `add the ${field} (a list)` : `the ${field} must be a list`) })
    .check(z.maxLength(max, tooMany));
}
