// The generated coverage module must match the fonts the build ships: a changed font without a re-run of the
// generator would make the export panel promise characters the PDF cannot draw (or warn about ones it can).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCoverageModule } from './generate-pdf-font-coverage.mjs';

const root = new URL('../', import.meta.url);
const readFont = (file: string) => new Uint8Array(readFileSync(new URL(file, root)));

describe('pdf-font-coverage-data.ts', () => {
  it('matches the fonts the build ships (regenerate with node scripts/generate-pdf-font-coverage.mjs)', () => {
    const generated = readFileSync(new URL('src/features/postmortem/export/pdf-font-coverage-data.ts', root), 'utf8');
    expect(renderCoverageModule(readFont)).toBe(generated);
  });
});
