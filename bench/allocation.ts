/**
 * Stall-allocation benchmark: `npx tsx bench/allocation.ts [--seeds N]`.
 *
 * For generated fairs of 150 stalls / 400 applications and 2,000 stalls /
 * 6,000 applications, prints the allocator's objective, its proven bound, the
 * gap, the wall-clock time, and the first-come-first-served baseline, then
 * checks the targets: ≥ 99.9 % of the bound within 2 s at 150 stalls, ≥ 99.5 %
 * within 30 s at 2,000. The HiGHS WebAssembly runtime is loaded once before
 * timing (a server loads it once per process); the load time is printed too.
 */
import { allocateStalls, evaluateAssignment, generateInstance } from '../src/modules/fairs/allocation/index.ts';
import { loadHighs } from '../src/modules/fairs/allocation/highs-runtime.ts';

interface Case {
  stalls: number;
  applications: number;
  seeds: number;
  /** Minimum objective / bound. */
  ratio: number;
  /** Time limit in milliseconds. */
  withinMs: number;
}

const CASES: Case[] = [
  { stalls: 150, applications: 400, seeds: 10, ratio: 0.999, withinMs: 2_000 },
  { stalls: 2_000, applications: 6_000, seeds: 3, ratio: 0.995, withinMs: 30_000 },
];

/** `--seeds N` overrides the number of generated instances per size. */
const seedsArgument = process.argv.indexOf('--seeds');
const seedOverride = seedsArgument >= 0 ? Number(process.argv[seedsArgument + 1]) : null;

const pad = (value: string | number, width: number): string => String(value).padStart(width);
const percent = (x: number, digits = 3): string => `${(100 * x).toFixed(digits)}%`;

async function main(): Promise<void> {
  let loadStarted = performance.now();
  const highs = await loadHighs();
  const loadMs = performance.now() - loadStarted;
  // One tiny solve, so that the first timed case does not pay WebAssembly tier-up alone.
  loadStarted = performance.now();
  await allocateStalls(generateInstance({ stalls: 20, applications: 40, seed: 0 }));
  const warmMs = performance.now() - loadStarted;
  console.log(`HiGHS runtime load ${loadMs.toFixed(0)} ms, warm-up solve ${warmMs.toFixed(0)} ms (not included below)`);
  console.log(`node ${process.version}, generated instances (seeds 1…N), sameCategoryPenalty 3\n`);
  console.log(
    [pad('stalls', 6), pad('apps', 5), pad('seed', 4), pad('objective', 9), pad('bound', 9), pad('gap', 8), pad('time ms', 8),
      pad('FCFS', 8), pad('FCFS/bound', 10), '  method (bound from)'].join(' '),
  );
  let failures = 0;
  for (const c of CASES) {
    for (let seed = 1; seed <= (seedOverride ?? c.seeds); seed++) {
      const instance = generateInstance({ stalls: c.stalls, applications: c.applications, seed });
      const started = performance.now();
      const result = await allocateStalls(instance);
      const ms = performance.now() - started;
      const feasible = evaluateAssignment(instance, result.assignments).feasible;
      const baseline = result.stats.baselineObjective ?? 0;
      const ratio = result.bound === 0 ? 1 : result.objective / result.bound;
      const ok = feasible && ratio >= c.ratio && ms <= c.withinMs;
      if (!ok) failures++;
      console.log(
        [pad(c.stalls, 6), pad(c.applications, 5), pad(seed, 4), pad(result.objective, 9), pad(result.bound, 9), pad(percent(result.gap), 8),
          pad(ms.toFixed(0), 8), pad(baseline, 8), pad(percent(baseline / result.bound, 1), 10),
          `  ${result.method} (${result.stats.boundSource})${feasible ? '' : ' INFEASIBLE'}${ok ? '' : `  MISSES TARGET (≥ ${percent(c.ratio, 1)} within ${c.withinMs} ms)`}`].join(' '),
      );
    }
  }
  console.log(`\nHiGHS WebAssembly heap after the run: ${(highs.memoryBytes / 2 ** 20).toFixed(0)} MiB (limit 2048 MiB)`);
  console.log(`targets: ≥ 99.9% of the bound within 2 s at 150 stalls, ≥ 99.5% within 30 s at 2,000 stalls — ${failures === 0 ? 'all met' : `${failures} missed`}`);
  process.exitCode = failures === 0 ? 0 : 1;
}

await main();
