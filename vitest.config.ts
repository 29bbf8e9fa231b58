import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Some tests run ESLint or thousands of fast-check cases: 5 s is too tight on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
