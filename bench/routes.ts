/**
 * Day-route benchmark: `npm run bench:routes [-- --seeds N] [-- --only SIZE]`.
 *
 * Generated day trips (places scattered over 30 km around the start, motorbike
 * speed, opening hours with lunch breaks, some closed, visits of 20–120 min,
 * one or two musts). Prints the planner's value, the proven optimum (exact) or
 * the best known (the best of the planner's own default run and two long runs
 * with other seeds), the bound, the time, and the "nearest open place next"
 * baseline. Targets: proven optimal up to 18 places within 5 s; ≥ 99 % of the
 * best known up to 80 places within 10 s.
 */
import { evaluateRoute, generateInstance, nearestOpenPlaceNext, planRoute } from '../src/modules/tourism/routing/index.ts';

const argument = (flag: string): string | undefined => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const seeds = Number(argument('--seeds') ?? 2);
const only = argument('--only');
const SIZES = [10, 15, 18, 20, 30, 50, 80];
const pad = (value: string | number, width: number): string => String(value).padStart(width);

// Warm-up (JIT), not timed.
planRoute(generateInstance({ places: 12, seed: 99 }));
console.log(`node ${process.version}; time = wall clock of planRoute (10 s budget)\n`);
console.log([pad('places', 6), pad('seed', 4), pad('value', 6), pad('best', 6), 'kind      ', pad('bound', 7), pad('ratio', 7), pad('time ms', 8), pad('baseline', 8), pad('base/best', 9), '  status'].join(' '));
let failures = 0;
for (const places of SIZES) {
  if (only !== undefined && Number(only) !== places) continue;
  for (let seed = 1; seed <= seeds; seed++) {
    const instance = generateInstance({ places, seed, required: places >= 30 ? 2 : 1 });
    const at = performance.now();
    const result = planRoute(instance, { timeLimitMs: 10_000 });
    const ms = performance.now() - at;
    const baseline = nearestOpenPlaceNext(instance);
    if (!result.feasible) {
      console.log(`${pad(places, 6)} ${pad(seed, 4)}  no route: ${result.reason}`);
      continue;
    }
    if (!evaluateRoute(instance, result.visits).feasible) {
      console.log(`${pad(places, 6)} ${pad(seed, 4)}  INFEASIBLE ROUTE`);
      failures++;
      continue;
    }
    let best = result.value;
    let kind = 'optimum   ';
    if (result.status !== 'optimal') {
      kind = 'best known';
      for (const other of [2, 3]) {
        const long = planRoute(instance, { timeLimitMs: 30_000, seed: other, iterations: 20_000 });
        if (long.feasible) best = Math.max(best, long.value);
      }
    }
    const ratio = best > 0 ? result.value / best : 1;
    const ok = result.status === 'optimal' ? places > 18 || ms <= 5_000 : ratio >= 0.99 && ms <= 10_000;
    if (!ok) failures++;
    console.log([pad(places, 6), pad(seed, 4), pad(result.value, 6), pad(best, 6), kind, pad(result.bound.toFixed(1), 7), pad((100 * ratio).toFixed(1) + '%', 7), pad(ms.toFixed(0), 8),
      pad(baseline.value, 8), pad((100 * baseline.value / best).toFixed(1) + '%', 9), `  ${result.status}${result.stats.timeLimitHit ? ' (budget reached)' : ''}${ok ? '' : '  MISSES TARGET'}`].join(' '));
  }
}
if (failures > 0) {
  console.log(`\n${failures} case(s) miss the targets`);
  process.exitCode = 1;
}
