// Playwright setup project for e2e/docs-sites.spec.ts: generates both docs sites from the snippet builder and
// builds them with their real tools (Debian's mkdocs + mkdocs-material, Docusaurus from its own lockfile).
// It runs only when the docs-sites spec is selected, so other specs never wait for it.
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test as setup } from '@playwright/test';
import { PREVIEW_PORT } from '../../playwright.config';
import { DOCUSAURUS_DIR, MKDOCS_DIR, buildEmbedUrls, writeDocusaurusSite, writeMkDocsSite } from './generate-sites';

const run = promisify(execFile);

/** Runs a command; on failure the error carries its output, so the report says what the tool said. */
async function runTool(file: string, args: string[], cwd: string): Promise<void> {
  try {
    await run(file, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      // No update checks or telemetry: the network is closed, and a build must not depend on it.
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1', npm_config_fund: 'false', npm_config_audit: 'false' },
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
}

/** True when node_modules is missing or older than the lockfile (npm writes node_modules/.package-lock.json). */
function needsInstall(dir: string): boolean {
  const installed = join(dir, 'node_modules', '.package-lock.json');
  return !existsSync(installed) || statSync(installed).mtimeMs < statSync(join(dir, 'package-lock.json')).mtimeMs;
}

async function timed(label: string, step: () => Promise<void>): Promise<void> {
  const start = performance.now();
  await step();
  console.log(`docs sites: ${label} took ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

setup.describe.configure({ mode: 'parallel' });

// The snippets point at the production build served by Playwright's preview server: another origin than the sites.
const urls = buildEmbedUrls(`http://127.0.0.1:${PREVIEW_PORT}`);

setup('build the MkDocs Material site from the builder’s snippets', async () => {
  setup.setTimeout(120_000);
  await writeMkDocsSite(urls);
  // --strict: a broken link or a missing page fails the build, as it would in a careful docs repo.
  await timed('mkdocs build', () => runTool('mkdocs', ['build', '--strict', '--clean', '--quiet'], MKDOCS_DIR));
});

setup('build the Docusaurus site from the builder’s snippets', async () => {
  setup.setTimeout(600_000);
  if (needsInstall(DOCUSAURUS_DIR)) {
    await timed('npm ci (Docusaurus)', () => runTool('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], DOCUSAURUS_DIR));
  }
  await writeDocusaurusSite(urls);
  await timed('docusaurus build', () => runTool(join(DOCUSAURUS_DIR, 'node_modules', '.bin', 'docusaurus'), ['build', '--out-dir', 'build'], DOCUSAURUS_DIR));
});
