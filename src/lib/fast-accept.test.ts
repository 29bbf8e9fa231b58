import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { compileAccept } from './fast-accept';

// The incident and postmortem schemas are checked against zod, property by property, next to each schema
// (incident-schema.fast-accept.test.ts, postmortem-json.fast-accept.test.ts).
describe('compileAccept', () => {
  it('says no to unknown keys, missing fields, wrong types and failed checks; never throws', () => {
    const accept = compileAccept(
      z.object({
        id: z.string().check(z.regex(/^[a-z]+$/), z.maxLength(4)),
        n: z.optional(z.number().check(z.minimum(1), z.maximum(9))),
        tags: z.array(z.enum(['a', 'b'])),
        at: z.nullable(z.number()),
        flags: z.record(z.string(), z.boolean()),
      }),
    )!;
    const good = { id: 'abc', tags: ['a'], at: null, flags: { x: true } };
    expect(accept(good)).toBe(true);
    expect(accept({ ...good, n: 5 })).toBe(true);
    for (const bad of [
      { ...good, extra: 1 },
      { ...good, id: 'ABC' },
      { ...good, id: 'abcde' },
      { ...good, n: 0 },
      { ...good, n: Infinity },
      { ...good, tags: ['c'] },
      { ...good, at: undefined },
      { ...good, flags: { x: 'yes' } },
      { tags: ['a'], at: null, flags: {} },
      JSON.parse('{"id":"abc","tags":[],"at":null,"flags":{},"__proto__":{"polluted":true}}'),
      null,
      [],
      'text',
    ]) {
      expect(accept(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('models z.int() and friends, which are checks as well as schemas', () => {
    const accept = compileAccept(z.object({ minutes: z.int().check(z.minimum(1)), share: z.float64() }))!;
    expect(accept({ minutes: 5, share: 0.5 })).toBe(true);
    expect(accept({ minutes: 1.5, share: 0.5 })).toBe(false);
    expect(accept({ minutes: 2 ** 60, share: 0.5 })).toBe(false);
    expect(accept({ minutes: 0, share: 0.5 })).toBe(false);
  });

  it('gives null for what it does not model (transforms, defaults, pipes, string formats), so the caller always uses zod', () => {
    expect(compileAccept(z.email())).toBeNull();
    expect(compileAccept(z.object({ day: z.iso.date() }))).toBeNull();
    expect(compileAccept(z.pipe(z.string(), z.transform((s: string) => s.length)))).toBeNull();
    expect(compileAccept(z.object({ a: z._default(z.string(), 'x') }))).toBeNull();
    expect(compileAccept(z.union([z.string(), z.number()]))).toBeNull();
  });
});
