import { defineConfig } from 'vitest/config';

// `npm run test:reliability`: real app processes on a PostgreSQL server (RELIABILITY_DATABASE_URL,
// DATABASE_URL or the local server), all on loopback. Files run one after another: they measure
// concurrency and load on a small machine, and must not share it with each other.
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts'],
    globalSetup: ['test/reliability/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
