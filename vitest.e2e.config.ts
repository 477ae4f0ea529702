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
    // expect.poll waits as long as a locator does (support.ts: 10 s), not vitest's 1 s, which a
    // loaded 2-core machine can miss between a click and the page's answer.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
