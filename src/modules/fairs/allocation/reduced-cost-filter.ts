import type { AggregateModel } from './build-aggregate-model.ts';
import { solveLinearModel } from './highs-runtime.ts';
import { lagrangianBound } from './lagrangian-bound.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import type { HeuristicOutcome } from './solve-heuristic.ts';
import type { SolutionState } from './solution-state.ts';
import type { SolveBudget } from './solve-budget.ts';

export interface ReducedCostFilter {
  /** Lagrangian upper bound of the free part, computed here from the duals (valid for any duals ≥ 0). */
  bound: number;
  /** False for (application, zone) pairs that provably cannot lead to a solution better than the incumbent. */
  keep: (app: number, zone: number) => boolean;
  kept: number;
  limitHit: boolean;
}

/** Solves the zone-level LP for its duals and filters against `incumbent`. */
export async function filterByReducedCost(
  problem: PreparedProblem,
  heuristic: Pick<HeuristicOutcome, 'aggregate' | 'lockedOnly'>,
  incumbent: SolutionState,
  budget: SolveBudget,
): Promise<ReducedCostFilter> {
  const lp = await solveLinearModel({ ...heuristic.aggregate.model, integerColumns: 0 }, budget.solverLimits('zone-lp', 0));
  const used = new Set<string>();
  incumbent.stallsOf.forEach((stalls, app) => {
    if (stalls.length > 0 && !incumbent.isLocked(app)) used.add(`${app}:${problem.stallZone[stalls[0] ?? 0]}`);
  });
  if (lp.rowDuals === null) {
    return { bound: Infinity, keep: () => true, kept: heuristic.aggregate.columns.length, limitHit: lp.limitHit };
  }
  const filter = reducedCostFilter(heuristic.aggregate, lp.rowDuals, incumbent.objective - heuristic.lockedOnly, used);
  return { ...filter, limitHit: lp.limitHit };
}

/**
 * Reduced-cost fixing with the zone-level LP. For row prices π ≥ 0 and
 * 0 ≤ x ≤ 1, c·x ≤ π·b + Σ max(0, c_j − π·A_j) =: L(π); forcing x_j = 1 gives
 * L(π) − max(0, rc_j) + rc_j. Every stall-level solution maps to a feasible x,
 * so placing application a in zone z can only beat the incumbent `lowerBound`
 * when that quantity exceeds it (see lagrangian-bound.ts for why the bound
 * is computed here and not read from the solver).
 */
export function reducedCostFilter(
  aggregate: AggregateModel,
  rowDuals: Float64Array,
  lowerBound: number,
  incumbent: ReadonlySet<string>,
): Omit<ReducedCostFilter, 'limitHit'> {
  const { bound, reduced } = lagrangianBound(aggregate.model, rowDuals);
  const tolerance = 1e-9 * Math.max(1, Math.abs(lowerBound));
  const kept = new Set<string>(incumbent);
  aggregate.columns.forEach(([app, zone], j) => {
    const rc = reduced[j] ?? 0;
    if (bound - Math.max(0, rc) + rc > lowerBound + tolerance) kept.add(`${app}:${zone}`);
  });
  return { bound, keep: (app, zone) => kept.has(`${app}:${zone}`), kept: kept.size };
}
