import os from 'node:os';
import { defineConfig } from 'vitest/config';

// API and unit tests. Each test file gets its own database copied from one migrated
// template built once per run (test/support/global-setup.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/reliability/**', 'node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000, // a safety net, not a speed budget: some files migrate fresh databases on a shared machine
    hookTimeout: 60_000,
    pool: 'forks',
    // One file per core (vitest's default leaves one core idle): a file mostly waits on its
    // database, PGlite in a worker thread or a PostgreSQL server. On 2 cores: 159 s against ~440 s.
    maxWorkers: Math.max(2, os.availableParallelism()),
  },
});
