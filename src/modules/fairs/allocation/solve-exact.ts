import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import { SolutionState } from './solution-state.ts';
import { applyChosen, solveScope, type ScopeLimits } from './solve-scope.ts';

export interface ExactOutcome {
  /** The MILP's solution, or null when it found nothing (the caller keeps its incumbent). */
  state: SolutionState | null;
  /** Proven upper bound on the whole instance, given that `keep` only removed options that cannot beat the incumbent. */
  bound: number;
  optimal: boolean;
  columns: number;
  nodes: number;
  wallClockLimitHit: boolean;
}

/**
 * The whole instance as one stall-level MILP (see build-milp.ts): every free
 * application, every available stall, locked applications as constants,
 * restricted to the (application, zone) pairs `keep` allows and warm-started
 * from the incumbent. Null when it would exceed `limits.maxColumns`.
 */
export async function solveExact(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  incumbent: SolutionState,
  keep: (app: number, zone: number) => boolean,
  limits: ScopeLimits,
): Promise<ExactOutcome | null> {
  const freeApps = problem.apps.filter((a) => a.lock === null).map((a) => a.index);
  const scope = {
    apps: freeApps,
    stallInScope: (s: number) => problem.available[s] === 1,
    fixedHolder: problem.lockedHolder,
    keep,
  };
  const outcome = await solveScope(problem, catalogue, scope, incumbent, limits);
  if (outcome === null) return null;
  const lockedOnly = new SolutionState(problem);
  let state: SolutionState | null = null;
  if (outcome.chosen !== null) {
    state = new SolutionState(problem);
    if (!applyChosen(state, freeApps, outcome.chosen)) state = null;
  }
  return {
    state,
    // The MILP leaves out the constant part: locked applications among themselves.
    bound: lockedOnly.objective + outcome.bound,
    optimal: outcome.optimal,
    columns: outcome.columns,
    nodes: outcome.nodes,
    wallClockLimitHit: outcome.wallClockLimitHit,
  };
}
