import type { ZoneCatalogue } from './placement-catalogue.ts';
import { POWER, suits, WATER, type PreparedApp, type PreparedProblem } from './prepare-problem.ts';
import type { SolutionState } from './solution-state.ts';
import type { UnplacedApplication, UnplacedReason } from './types.ts';

/**
 * Why each unplaced application is unplaced, checked from the most basic cause
 * to the least: the first physical rule that rules out every stall wins, and
 * `outscored` is left for applications that could have been placed.
 */
export function explainUnplaced(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[], state: SolutionState): UnplacedApplication[] {
  const result: UnplacedApplication[] = [];
  for (const app of problem.apps) {
    if (state.isPlaced(app.index)) continue;
    result.push({ id: app.id, reason: reasonFor(problem, catalogue, app) });
  }
  return result;
}

function reasonFor(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[], app: PreparedApp): UnplacedReason {
  if (app.lock !== null) return 'locked-out';
  // Physical rules first, ignoring locks: is there any stall this application could ever use?
  const usable: number[] = [];
  for (const zone of app.weights.keys()) {
    for (const s of problem.zoneStalls[zone] ?? []) if (problem.blocked[s] === 0) usable.push(s);
  }
  if (usable.length === 0) return 'no-compatible-zone';
  const has = (needs: number): boolean => usable.some((s) => suits(problem.stallAttributes[s] ?? 0, needs));
  if ((app.needs & POWER) !== 0 && !has(POWER)) return 'no-stall-with-power';
  if ((app.needs & WATER) !== 0 && !has(WATER)) return 'no-stall-with-water';
  if (!has(app.needs)) return 'no-stall-with-power-and-water';
  const fits = (zone: number): boolean => {
    if (app.size === 1) return true;
    return (problem.zoneStalls[zone] ?? []).some((s) =>
      problem.blocked[s] === 0 && suits(problem.stallAttributes[s] ?? 0, app.needs) &&
      (problem.adjacency[s] ?? []).some((t) =>
        problem.blocked[t] === 0 && problem.stallZone[t] === zone && suits(problem.stallAttributes[t] ?? 0, app.needs)));
  };
  const fittingZones = [...app.weights.keys()].filter(fits);
  if (fittingZones.length === 0) return 'no-adjacent-pair';
  const worthwhile = fittingZones.filter((zone) => (app.weights.get(zone) ?? 0) > 0);
  if (worthwhile.length === 0) return 'no-positive-weight';
  // The catalogue excludes locked stalls: no entry left means locks took everything.
  const open = worthwhile.some((zone) => {
    const entry = catalogue[zone];
    return ((app.size === 1 ? entry?.singles[app.needs] : entry?.pairs[app.needs])?.length ?? 0) > 0;
  });
  return open ? 'outscored' : 'taken-by-locked';
}
