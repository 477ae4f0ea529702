/**
 * B2B scheduling benchmark: `npm run bench:b2b [-- --seeds N] [-- --only NAME]`.
 *
 * Generated conferences from a Hanoi-sized one to Ho Chi Minh City 2019's
 * (1,458 suppliers / 883 buyers) and beyond, 1,500 sellers / 900 buyers /
 * 16 slots / 18,000 requests, including dense ones (sellers congested too) and
 * part-day attendance. Prints the scheduler's value, its proven bound, the gap
 * and the wall-clock time next to the "first shared free slot in request order"
 * baseline, then checks the targets: ≥ 99.9 % of the bound at every size, and
 * ≤ 30 s at the largest. The HiGHS runtime is loaded once before timing (a
 * server loads it once per process).
 */
import { loadHighs } from '../src/modules/fairs/allocation/highs-runtime.ts';
import { evaluateSchedule, generateInstance, scheduleMeetings, type GeneratorOptions } from '../src/modules/trade/scheduling/index.ts';

interface Case {
  name: string;
  instance: Omit<GeneratorOptions, 'seed'>;
  seeds: number;
  /** Time target in ms (only the largest sizes carry one). */
  withinMs?: number;
}

const CASES: Case[] = [
  { name: 'hanoi', instance: { sellers: 400, buyers: 150, slots: 12, requests: 3_000 }, seeds: 3 },
  { name: 'hanoi-dense', instance: { sellers: 250, buyers: 150, slots: 12, requests: 4_000, dense: true, partDay: 0.4 }, seeds: 3 },
  { name: 'hcmc-2019', instance: { sellers: 1_458, buyers: 883, slots: 16, requests: 15_000 }, seeds: 2 },
  { name: 'largest', instance: { sellers: 1_500, buyers: 900, slots: 16, requests: 18_000 }, seeds: 2, withinMs: 30_000 },
  { name: 'largest-dense', instance: { sellers: 1_500, buyers: 900, slots: 16, requests: 18_000, dense: true }, seeds: 2, withinMs: 30_000 },
  { name: 'largest-part-day', instance: { sellers: 1_500, buyers: 900, slots: 16, requests: 18_000, partDay: 0.6 }, seeds: 2, withinMs: 30_000 },
  { name: 'largest-dense-part-day', instance: { sellers: 1_500, buyers: 900, slots: 16, requests: 18_000, dense: true, partDay: 0.6 }, seeds: 2, withinMs: 30_000 },
];
const TARGET_RATIO = 0.999;

const argument = (flag: string): string | undefined => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const seedOverride = argument('--seeds') === undefined ? null : Number(argument('--seeds'));
const only = argument('--only');

const pad = (value: string | number, width: number): string => String(value).padStart(width);
const percent = (x: number, digits = 3): string => `${(100 * x).toFixed(digits)}%`;

async function main(): Promise<void> {
  let started = performance.now();
  await loadHighs();
  const loadMs = performance.now() - started;
  started = performance.now();
  await scheduleMeetings(generateInstance({ sellers: 40, buyers: 15, slots: 8, requests: 200, seed: 0 }));
  console.log(`HiGHS runtime load ${loadMs.toFixed(0)} ms, warm-up ${(performance.now() - started).toFixed(0)} ms (not included below)`);
  console.log(`node ${process.version}; generated instances, seeds 1…N; time = wall clock of scheduleMeetings (default 30 s budget)\n`);
  console.log([pad('case', 22), pad('seed', 4), pad('sellers', 7), pad('buyers', 6), pad('requests', 8), pad('value', 7), pad('bound', 7), pad('value/bound', 11),
    pad('time ms', 8), pad('baseline', 8), pad('base/bound', 10), '  method (bound from)'].join(' '));
  let failures = 0;
  for (const c of CASES) {
    if (only !== undefined && c.name !== only) continue;
    for (let seed = 1; seed <= (seedOverride ?? c.seeds); seed++) {
      const instance = generateInstance({ ...c.instance, seed });
      const at = performance.now();
      const result = await scheduleMeetings(instance);
      const ms = performance.now() - at;
      const feasible = evaluateSchedule(instance, result.meetings).feasible;
      const ratio = result.bound === 0 ? 1 : result.value / result.bound;
      const ok = feasible && ratio >= TARGET_RATIO && (c.withinMs === undefined || ms <= c.withinMs);
      if (!ok) failures++;
      console.log([pad(c.name, 22), pad(seed, 4), pad(instance.sellers.length, 7), pad(instance.buyers.length, 6), pad(instance.requests.length, 8),
        pad(result.value, 7), pad(result.bound, 7), pad(percent(ratio), 11), pad(ms.toFixed(0), 8), pad(result.stats.baselineValue, 8),
        pad(percent(result.stats.baselineValue / result.bound, 1), 10),
        `  ${result.method} (${result.stats.boundSource})${result.stats.timeLimitHit ? ' budget hit' : ''}${feasible ? '' : ' INFEASIBLE'}${ok ? '' : '  MISSES TARGET'}`].join(' '));
    }
  }
  console.log(`\ntargets: ≥ ${percent(TARGET_RATIO, 1)} of the bound at every size, ≤ 30 s at the largest — ${failures === 0 ? 'all met' : `${failures} missed`}`);
  process.exitCode = failures === 0 ? 0 : 1;
}

await main();
