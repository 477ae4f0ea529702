import { anneal } from './anneal.ts';
import { buildAggregateModel, type AggregateModel } from './build-aggregate-model.ts';
import { allocateFirstComeFirstServed } from './first-come-first-served.ts';
import { layoutZones } from './layout-zones.ts';
import { localSearch } from './local-search.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import type { SolveBudget } from './solve-budget.ts';
import { SolutionState } from './solution-state.ts';
import { solveLinearModel } from './highs-runtime.ts';

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
  limitHit: boolean;
}

export interface HeuristicLimits {
  zoneMilpNodeLimit: number;
  localSearchPasses: number;
  /** Annealing moves per available stall, for each of its two runs (0: none). */
  annealMovesPerStall: number;
}

/**
 * Scales to thousands of stalls: the zone-level MILP picks who goes to which
 * zone (and proves the bound, including the same-category neighbours the mix
 * makes unavoidable), the layout turns that into stalls, the local search
 * repairs misfits, and annealing rearranges each zone (then, cooler, the whole
 * plan) to remove same-category neighbours. When the result reaches the bound
 * it is proven optimal.
 */
export async function solveHeuristic(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  limits: HeuristicLimits,
  budget: SolveBudget,
): Promise<HeuristicOutcome> {
  const phases: Record<string, number> = {};
  const clock = (name: string, since: number): void => {
    phases[name] = Math.round(performance.now() - since);
  };
  const state = new SolutionState(problem);
  const lockedOnly = state.objective;

  let started = performance.now();
  const aggregate = buildAggregateModel(problem, catalogue);
  const outcome = await solveLinearModel(aggregate.model, budget.solverLimits('zone-milp', limits.zoneMilpNodeLimit, { boundOffset: lockedOnly }));
  clock('zoneMilpMs', started);
  phases.zoneMilpColumns = aggregate.model.cost.length;
  phases.zoneMilpRows = aggregate.model.rows.count;
  phases.zoneMilpNodes = outcome.nodes;
  const aggregateBound = Number.isFinite(outcome.bound) ? lockedOnly + outcome.bound : Infinity;
  const trivial = lockedOnly + trivialFreeBound(problem, catalogue);
  const bound = Math.min(aggregateBound, trivial);

  const zoneOf = new Map<number, number>();
  if (outcome.values !== null) {
    aggregate.columns.forEach(([app, zone], c) => {
      if ((outcome.values?.[c] ?? 0) > 0.5) zoneOf.set(app, zone);
    });
  }

  started = performance.now();
  if (outcome.values === null) {
    // The budget ran out before the zone-level model had a solution: start from first come, first served.
    const baseline = allocateFirstComeFirstServed(problem.instance).assignments;
    for (const app of problem.apps) {
      const stalls = baseline[app.id];
      if (app.lock === null && stalls !== undefined) state.place(app.index, stalls.map((id) => problem.stallIndex.get(id) ?? -1));
    }
  }
  const misfits = layoutZones(problem, catalogue, state, zoneOf);
  clock('layoutMs', started);
  phases.layoutMisfits = misfits.length;
  budget.offer('layout', { objective: state.objective });
  budget.offer(aggregateBound <= trivial ? 'zone-milp' : 'trivial', { bound });

  started = performance.now();
  const search = localSearch(problem, catalogue, state, limits.localSearchPasses);
  clock('localSearchMs', started);
  phases.localSearchPasses = search.passes;
  phases.localSearchMoves = search.moves;
  budget.offer('local-search', { objective: state.objective });

  const open = (stalls: number): number => Math.round(limits.annealMovesPerStall * stalls);
  const available = problem.available.reduce((n, a) => n + a, 0);
  for (const mode of ['arrange', 'full'] as const) {
    if (budget.exhausted() || !isBelow(state.objective, bound) || open(available) === 0) break;
    started = performance.now();
    const annealed = anneal(problem, catalogue, state, {
      iterations: open(available),
      mode,
      // Cooler for the whole plan: it should trade a little weight for a penalty, not reshuffle who is placed.
      ...(mode === 'full' ? { startTemperature: Math.max(0.2, problem.penalty / 3) } : {}),
      target: bound,
      shouldStop: () => budget.exhausted(),
      onImprove: (objective) => budget.offer(`anneal-${mode}`, { objective }),
    });
    clock(`anneal${mode === 'arrange' ? 'Arrange' : 'Full'}Ms`, started);
    phases[`anneal${mode === 'arrange' ? 'Arrange' : 'Full'}Moves`] = annealed.accepted;
    localSearch(problem, catalogue, state, limits.localSearchPasses);
    budget.offer('local-search', { objective: state.objective });
  }

  return {
    state,
    aggregate,
    lockedOnly,
    bound,
    boundSource: aggregateBound <= trivial ? 'zone-milp' : 'trivial',
    phases,
    limitHit: outcome.limitHit,
  };
}

const isBelow = (objective: number, bound: number): boolean => objective < bound - 1e-9 * Math.max(1, Math.abs(bound));

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
