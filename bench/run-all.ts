/** `npm run bench`: every benchmark in turn; each prints its ratios against a baseline or a proven bound. */
import { spawnSync } from 'node:child_process';

for (const script of ['bench/allocation.ts', 'bench/b2b.ts', 'bench/routes.ts', 'bench/search.ts', 'bench/reads.ts']) {
  console.log(`\n== ${script}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
