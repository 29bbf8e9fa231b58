// Text inputs for values that are not text (numbers, dates, lists): what the user types stays on screen while it
// is half-typed or invalid, and the saved value changes only when the text reads as a valid value.
import { useState } from 'react';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

interface Draft<T> {
  text: string;
  /** The saved value when this text was typed: if the value changes elsewhere (another tab), the draft is dropped. */
  base: T;
}

export interface DraftText {
  text: string;
  error: string | undefined;
  onChange: (text: string) => void;
}

/**
 * Keeps typed text for a value: shows the draft while the saved value is the one it was typed against, else
 * the formatted value. Valid text is committed at once; invalid text stays with an error and commits nothing.
 */
export function useDraftText<T>(
  value: T,
  format: (value: T) => string,
  parse: (text: string) => ParseResult<T>,
  commit: (value: T) => void,
  equals: (a: T, b: T) => boolean = Object.is,
): DraftText {
  const [draft, setDraft] = useState<Draft<T> | null>(null);
  const current = draft !== null && equals(draft.base, value) ? draft : null;
  const parsed = current ? parse(current.text) : null;
  return {
    text: current ? current.text : format(value),
    error: parsed && !parsed.ok ? parsed.error : undefined,
    onChange: (text) => {
      const result = parse(text);
      if (result.ok) {
        if (!equals(result.value, value)) commit(result.value);
        setDraft({ text, base: result.value });
      } else {
        setDraft({ text, base: value });
      }
    },
  };
}

/** Equality for lists of strings. */
export function equalLists(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
