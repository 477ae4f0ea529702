import type { MilpScope } from './build-milp.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import { solveGuided } from './solve-guided.ts';
import { applyChosen, currentPlacements, type ScopeLimits } from './solve-scope.ts';
import { SolutionState } from './solution-state.ts';

export interface ExactOutcome {
  /** Best solution found (never worse than the incumbent passed in). */
  state: SolutionState;
  /** Proven upper bound on the whole instance, given that `keep` only removed options that cannot beat the incumbent. */
  bound: number;
  boundSource: 'placement-lp' | 'placement-milp';
  settledBy: 'lp' | 'lp-guided' | 'milp' | 'open';
  columns: number;
  nodes: number;
  limitHit: boolean;
  phases: Record<string, number>;
}

/**
 * The whole instance as one stall-level model (solve-guided.ts): every free
 * application and available stall, locked applications as constants,
 * restricted to the (application, zone) pairs `keep` allows. Null when it
 * would exceed `limits.maxColumns`.
 */
export async function solveExact(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  incumbent: SolutionState,
  keep: (app: number, zone: number) => boolean,
  limits: ScopeLimits,
): Promise<ExactOutcome | null> {
  const freeApps = problem.apps.filter((a) => a.lock === null).map((a) => a.index);
  const scope: MilpScope = {
    apps: freeApps,
    stallInScope: (s: number) => problem.available[s] === 1,
    fixedHolder: problem.lockedHolder,
    keep,
  };
  // The model leaves out the constant part (locked applications among themselves); and solutions
  // using options the filter removed are worth at most the incumbent, hence the max below.
  const lockedOnly = new SolutionState(problem).objective;
  const outcome = await solveGuided(problem, catalogue, scope, currentPlacements(incumbent, freeApps), { ...limits, fullMilp: true }, {
    startObjective: incumbent.objective,
    globalBound: true,
  });
  if (outcome === null) return null;
  let state = incumbent;
  if (outcome.objective > outcome.startObjective) {
    const candidate = new SolutionState(problem);
    if (applyChosen(candidate, freeApps, outcome.best) && candidate.objective > incumbent.objective) state = candidate;
  }
  return {
    state,
    bound: Math.max(lockedOnly + outcome.bound, incumbent.objective),
    boundSource: outcome.boundSource,
    settledBy: outcome.settledBy,
    columns: outcome.columns,
    nodes: outcome.nodes,
    limitHit: outcome.limitHit,
    phases: outcome.phases,
  };
}
