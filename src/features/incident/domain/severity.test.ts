import { describe, expect, it } from 'vitest';
import { SEVERITY_LEVELS, findSeverityLevel } from './severity';

describe('findSeverityLevel', () => {
  it('defines SEV1 to SEV4, most severe first', () => {
    expect(SEVERITY_LEVELS.map((l) => l.value)).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
    expect(findSeverityLevel('SEV1').definition).toMatch(/public notice/);
    expect(findSeverityLevel('SEV4').definition).toMatch(/No customer impact/);
  });
});
