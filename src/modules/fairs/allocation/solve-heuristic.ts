import { buildAggregateModel, type AggregateModel } from './build-aggregate-model.ts';
import { solveLinearModel } from './highs-runtime.ts';
import { layoutZones } from './layout-zones.ts';
import { localSearch } from './local-search.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import { SolutionState } from './solution-state.ts';

export interface HeuristicOutcome {
  state: SolutionState;
  /** The zone-level model, reused by the exact stage for reduced-cost fixing. */
  aggregate: AggregateModel;
  /** Objective of the locked applications alone: the constant the models leave out. */
  lockedOnly: number;
  /** Proven upper bound on the optimum of the whole instance. */
  bound: number;
  boundSource: 'zone-milp' | 'trivial';
  phases: Record<string, number>;
  wallClockLimitHit: boolean;
}

export interface HeuristicLimits {
  zoneMilpNodeLimit: number;
  localSearchPasses: number;
  solverTimeLimitSeconds: number;
}

/**
 * Scales to thousands of stalls: the zone-level MILP picks who goes to which
 * zone (and proves the bound), the layout turns that into stalls, and the local
 * search repairs misfits and removes same-category neighbours. When the layout
 * fits everyone without penalties the result equals the bound: proven optimal.
 */
export async function solveHeuristic(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  limits: HeuristicLimits,
): Promise<HeuristicOutcome> {
  const phases: Record<string, number> = {};
  const clock = (name: string, since: number): void => {
    phases[name] = Math.round(performance.now() - since);
  };
  const state = new SolutionState(problem);
  const lockedOnly = state.objective;

  let started = performance.now();
  const aggregate = buildAggregateModel(problem, catalogue);
  const outcome = await solveLinearModel(aggregate.model, {
    nodeLimit: limits.zoneMilpNodeLimit,
    timeLimitSeconds: limits.solverTimeLimitSeconds,
  });
  clock('zoneMilpMs', started);
  phases.zoneMilpColumns = aggregate.model.cost.length;
  phases.zoneMilpRows = aggregate.model.rows.count;
  phases.zoneMilpNodes = outcome.nodes;

  const zoneOf = new Map<number, number>();
  if (outcome.values !== null) {
    aggregate.columns.forEach(([app, zone], c) => {
      if ((outcome.values?.[c] ?? 0) > 0.5) zoneOf.set(app, zone);
    });
  }

  started = performance.now();
  const misfits = layoutZones(problem, catalogue, state, zoneOf);
  clock('layoutMs', started);
  phases.layoutMisfits = misfits.length;

  started = performance.now();
  const search = localSearch(problem, catalogue, state, limits.localSearchPasses);
  clock('localSearchMs', started);
  phases.localSearchPasses = search.passes;
  phases.localSearchMoves = search.moves;

  const aggregateBound = Number.isFinite(outcome.bound) ? lockedOnly + outcome.bound : Infinity;
  const trivial = lockedOnly + trivialFreeBound(problem, catalogue);
  return {
    state,
    aggregate,
    lockedOnly,
    bound: Math.min(aggregateBound, trivial),
    boundSource: aggregateBound <= trivial ? 'zone-milp' : 'trivial',
    phases,
    wallClockLimitHit: outcome.wallClockLimitHit,
  };
}

/** Every free application at its best positive weight, penalties ignored: weak but always valid. */
function trivialFreeBound(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[]): number {
  let total = 0;
  for (const app of problem.apps) {
    if (app.lock !== null) continue;
    let best = 0;
    for (const [zone, weight] of app.weights) {
      const entry = catalogue[zone];
      const options = app.size === 1 ? entry?.singles[app.needs] : entry?.pairs[app.needs];
      if ((options?.length ?? 0) > 0) best = Math.max(best, weight);
    }
    total += best;
  }
  return total;
}
