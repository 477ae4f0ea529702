import { defineConfig } from 'vitest/config';

// Browser tests: the real server (fresh embedded database) and Debian's Chromium via playwright-core.
// One server for the whole run (test/e2e/global-setup.ts); files run one after another so that
// the 2-core machine is not shared by several browsers at once.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
