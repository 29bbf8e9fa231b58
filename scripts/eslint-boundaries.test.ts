// Proves the lint rule that keeps the layers apart works on resolved paths: a relative import of another
// feature's store or component fails `npm run lint`, as does an import cycle; a domain/ import is allowed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The boundary and cycle messages ESLint reports for `code` as if it were the file at `path` (from the root). */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'import-x/no-cycle')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layer boundaries in eslint.config.js', () => {
  it("fails a relative import of another feature's store", async () => {
    const found = await problems(
      'src/features/postmortem/components/probe.tsx',
      "import { useIncidentStore } from '../../incident/store/incident-store-context';\nexport const probe = useIncidentStore;\n",
    );
    expect(found).toEqual([expect.stringContaining("only import another feature's pure domain/")]);
  });

  it("fails a relative import of another feature's component", async () => {
    const found = await problems(
      'src/features/calculator/domain/probe.ts',
      "import { IncidentPage } from '../../incident/components/incident-page';\nexport const probe = IncidentPage;\n",
    );
    expect(found).toEqual([expect.stringContaining("only import another feature's pure domain/")]);
  });

  it("allows another feature's domain/, and keeps a feature's own UI out of its domain/", async () => {
    expect(
      await problems('src/features/incident/domain/probe.ts', "import { calculateDowntimeCost } from '../../calculator/domain/calculate-downtime-cost';\nexport const probe = calculateDowntimeCost;\n"),
    ).toEqual([]);
    expect(
      await problems('src/features/incident/domain/probe.ts', "import { Checklist } from '../components/checklist';\nexport const probe = Checklist;\n"),
    ).toEqual([expect.stringContaining('domain/ modules are pure')]);
  });

  it("keeps the incident's export/ (share-out renderers) free of its UI and store, as the postmortem's", async () => {
    expect(
      await problems('src/features/incident/export/probe.ts', "import { Checklist } from '../components/checklist';\nexport const probe = Checklist;\n"),
    ).toEqual([expect.stringContaining('export/ modules render plain data')]);
    expect(
      await problems('src/features/incident/export/probe.ts', "import { getWallTime } from '../../postmortem/domain/zoned-time';\nexport const probe = getWallTime;\n"),
    ).toEqual([]);
  });

  it('keeps shared code and the embed away from the app and other features', async () => {
    expect(await problems('src/lib/probe.ts', "import { App } from '../app/app';\nexport const probe = App;\n")).toEqual([
      expect.stringContaining('Shared code never imports'),
    ]);
    expect(
      await problems('src/embed/probe.ts', "import { createPostmortem } from '../features/postmortem/domain/templates';\nexport const probe = createPostmortem;\n"),
    ).toEqual([expect.stringContaining('The embed is the calculator only')]);
  });

  it('keeps the pre-hydration replay (src/boot/) out of the features', async () => {
    expect(
      await problems('src/features/calculator/components/probe.tsx', "import { replayPreHydrationInput } from '../../../boot/pre-hydration-input';\nexport const probe = replayPreHydrationInput;\n"),
    ).toEqual([expect.stringContaining('Only the app and the embed entries use the boot')]);
  });

  const cycleDir = join(root, 'src', 'lib', `cycle-probe-${process.pid}`);
  afterAll(() => rmSync(cycleDir, { recursive: true, force: true }));

  it('fails an import cycle', async () => {
    mkdirSync(cycleDir, { recursive: true });
    writeFileSync(join(cycleDir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    const a = "import { b } from './b';\nexport const a = () => b;\n";
    writeFileSync(join(cycleDir, 'a.ts'), a);
    const found = await problems(`src/lib/cycle-probe-${process.pid}/a.ts`, a);
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/)]);
  });
});
