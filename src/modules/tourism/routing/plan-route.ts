import { explainImpossiblePlace, explainMustConflict } from './explain-infeasible.ts';
import { EXACT_MAX_PLACES, exactRoute, type Incumbent } from './exact-route.ts';
import { searchRoute } from './local-search-route.ts';
import { polishWithDp } from './polish-with-dp.ts';
import { knapsackBound, prepareProblem, simulate, type Problem } from './prepare-problem.ts';
import type { PlanOptions, RouteInstance, RouteResult, RouteVisit } from './types.ts';
import { assertValidInstance } from './validate-instance.ts';

const DEFAULT_LIMIT_MS = 10_000;

/** Rounds in a row without a better route after which the search stops. */
const STALE_ROUNDS = 6;

/**
 * The one-day route of most value through places with opening hours, visit
 * times and travel times; every required place is on it, or the answer says
 * plainly why they cannot all fit. Up to 20 useful places the subset DP proves
 * the optimum; above, rounds of iterated local search, each followed by the DP
 * over the route's places and the best others (an exact large neighbourhood),
 * return the best route with the knapsack bound. Deterministic for a given instance and options unless the
 * time budget cuts a search short (then stats.timeLimitHit is true).
 */
export function planRoute(input: RouteInstance, options: PlanOptions = {}): RouteResult {
  const started = performance.now();
  assertValidInstance(input);
  const instance = input;
  // 5 % of the budget kept for the last step under way and writing the answer.
  const deadline = started + 0.95 * (options.timeLimitMs ?? DEFAULT_LIMIT_MS);
  const p = prepareProblem(instance);
  if (p.impossibleRequired.length > 0) return explainImpossiblePlace(instance, p.impossibleRequired[0]!);
  if (instance.dayStart + p.directBack > instance.dayEnd) {
    return { feasible: false, reason: `The end point cannot be reached from the start within the day.`, code: 'day-too-short', places: [], visits: [] };
  }
  // A route through the required places alone: proven to exist (or not) by the DP over them.
  const musts = Array.from({ length: p.n }, (_, i) => i).filter((i) => p.required[i]);
  let seed: number[] = [];
  if (musts.length > 0) {
    const mustRoute = musts.length <= EXACT_MAX_PLACES ? exactRoute(p, null, deadline, musts) : null;
    if (mustRoute?.complete && mustRoute.best === null) return explainMustConflict(p, instance, deadline);
    seed = mustRoute?.best?.sequence ?? [];
  }
  // Up to EXACT_MAX_PLACES the search only gives the DP a good incumbent to prune with.
  const small = p.n <= EXACT_MAX_PLACES;
  const rounds = small ? 1 : 40;
  let best: Incumbent | null = null;
  let timeLimitHit = false;
  let stale = 0;
  for (let round = 0; round < rounds && !timeLimitHit; round++) {
    const search = searchRoute(p, best?.sequence ?? seed, { iterations: options.iterations ?? (small ? 40 : 1500), patience: small ? 20 : 300, deadline, seed: (options.seed ?? 1) + round });
    timeLimitHit = search.timeLimitHit;
    const found = search.best !== null && musts.every((m) => search.best!.sequence.includes(m)) ? search.best : null;
    if (found === null) break;
    const polished = small ? found : polishWithDp(p, found, round, deadline);
    const improved: boolean = best === null || polished.value > best.value || (polished.value === best.value && polished.back < best.back);
    best = improved ? polished : best;
    // Each round restarts the search from the best route with another seed: a few rounds in a
    // row that find nothing better mean the neighbourhood is spent (80 places: 2 rounds were not).
    stale = improved ? 0 : stale + 1;
    if (stale >= STALE_ROUNDS) break;
  }
  let proven = false;
  if (p.n <= EXACT_MAX_PLACES && !timeLimitHit) {
    const exact = exactRoute(p, best, deadline);
    timeLimitHit = !exact.complete;
    proven = exact.complete;
    best = exact.best;
  }
  if (best === null) return explainMustConflict(p, instance, deadline);
  const bound = proven ? best.value : Math.max(best.value, knapsackBound(p));
  return toResult(p, instance, best, bound, proven, { timeMs: Math.round(performance.now() - started), timeLimitHit });
}

function toResult(p: Problem, instance: RouteInstance, best: Incumbent, bound: number, proven: boolean, stats: { timeMs: number; timeLimitHit: boolean }): RouteResult {
  const size = p.n + 2;
  const times = simulate(p, best.sequence)!;
  const visits: RouteVisit[] = [];
  let at = p.n;
  let leave = p.dayStart;
  best.sequence.forEach((q, k) => {
    const arrive = leave + p.travel[at * size + q]!;
    leave = times[k]!;
    visits.push({ place: p.ids[q]!, arrive, start: leave - p.visit[q]!, leave });
    at = q;
  });
  return {
    feasible: true,
    visits,
    value: best.value,
    back: times[best.sequence.length]!,
    bound,
    gap: bound > 0 ? (bound - best.value) / bound : 0,
    status: proven ? 'optimal' : 'feasible',
    method: proven ? 'exact' : 'heuristic',
    stats: { places: instance.places.length, usefulPlaces: p.n, ...stats },
  };
}
