// For tests of `compileAccept` against a real schema: what zod itself says about a value.
import { expect } from 'vitest';
import type { z } from 'zod/mini';

/** True when zod accepts `value` and gives back a copy equal to it (what `compileAccept` must agree with). */
export function zodKeepsAsIs(schema: z.ZodMiniType, value: unknown): boolean {
  const result = schema.safeParse(value);
  if (!result.success) return false;
  try {
    expect(result.data).toStrictEqual(value);
    return true;
  } catch {
    return false;
  }
}
