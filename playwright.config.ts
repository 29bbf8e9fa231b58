import { defineConfig, devices } from '@playwright/test';

/**
 * E2E tests run against the production build (`vite preview`). Playwright cannot download its own browser
 * here, so we use Debian's Chromium; set PLAYWRIGHT_CHROMIUM_PATH to use another binary, or to an empty
 * string to use Playwright's own browser.
 */
const envPath = process.env.PLAYWRIGHT_CHROMIUM_PATH;
const executablePath = envPath === undefined ? '/usr/bin/chromium' : envPath || undefined;

/** The preview port; override with PLAYWRIGHT_PORT to run two checkouts' suites side by side. */
export const PREVIEW_PORT = Number(process.env.PLAYWRIGHT_PORT ?? 4173);
/** A second origin for host pages that embed the calculator (other port = other origin). */
export const HOST_PORT = Number(process.env.PLAYWRIGHT_HOST_PORT ?? PREVIEW_PORT + 1);

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}/`,
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
        '--disable-gpu',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /docs-sites\.spec\.ts$/, use: { ...devices['Desktop Chrome'] } },
    // Real MkDocs and Docusaurus sites, built from the snippet builder before their spec runs (and only then:
    // a run of other specs never builds them).
    { name: 'docs-sites-build', testMatch: /docs-sites\/build-sites\.setup\.ts$/ },
    { name: 'docs-sites', testMatch: /docs-sites\.spec\.ts$/, dependencies: ['docs-sites-build'], use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: [
    {
      // PLAYWRIGHT_DIST serves another build folder, so a suite can run while someone rebuilds dist/.
      command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort --outDir ${process.env.PLAYWRIGHT_DIST ?? 'dist'}`,
      url: `http://127.0.0.1:${PREVIEW_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Host pages for the embeds (e2e/fixtures/host/), on another origin than the embed they load.
      command: `node e2e/host-server.mjs --port ${HOST_PORT} --embed-origin http://127.0.0.1:${PREVIEW_PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
