// The fast path that restores saved postmortems without zod's copy must agree with zod exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFiftyFiftyState, createLargePostmortem } from '../../../testing/bench-fixtures';
import { compileAccept } from '../../../lib/fast-accept';
import { zodKeepsAsIs } from '../../../testing/fast-accept-testing';
import { arbitraryDamagedValue } from '../../../testing/fuzz-arbitraries';
import { postmortemSchema } from './postmortem-schema';

describe('the postmortem schema’s fast check', () => {
  const accept = compileAccept(postmortemSchema)!;
  const saved = JSON.parse(JSON.stringify(createFiftyFiftyState())) as { state: { postmortem: { docs: unknown[] } } };
  const postmortem = saved.state.postmortem.docs[0];

  it('compiles, and takes every saved benchmark postmortem as it is', () => {
    expect(accept).toBeTypeOf('function');
    expect(saved.state.postmortem.docs.every((d) => accept(d))).toBe(true);
    expect(accept(JSON.parse(JSON.stringify(createLargePostmortem())))).toBe(true);
  });

  it('says yes to a damaged postmortem exactly when zod accepts it unchanged (property)', () => {
    fc.assert(
      fc.property(arbitraryDamagedValue(postmortem), (value) => {
        expect(accept(value)).toBe(zodKeepsAsIs(postmortemSchema, value));
      }),
      { numRuns: 300 },
    );
  });
});
