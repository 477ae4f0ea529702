import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import { filterByReducedCost } from './reduced-cost-filter.ts';
import type { SolveBudget } from './solve-budget.ts';
import { solveExact } from './solve-exact.ts';
import type { HeuristicOutcome } from './solve-heuristic.ts';
import type { SolutionState } from './solution-state.ts';
import { windowSearch } from './window-search.ts';

export interface GapSettings {
  heuristicOnly: boolean;
  maxExactColumns: number;
  exactNodeLimit: number;
  windowSize: number;
  windowRounds: number;
  windowNodeLimit: number;
}

export interface Incumbent {
  state: SolutionState;
  bound: number;
  boundSource: string;
  method: string;
  limitHit: boolean;
  phases: Record<string, number>;
}

export const isOpen = (objective: number, bound: number): boolean => objective < bound - 1e-9 * Math.max(1, Math.abs(bound));

/**
 * Runs only when the construction left a gap, within what is left of the
 * budget. Reduced-cost fixing against the zone-level LP first shrinks the
 * problem to the (application, zone) pairs that could still beat the
 * incumbent; then either the whole instance fits one stall-level model
 * (solve-exact.ts), or windows are re-optimised one by one (window-search.ts).
 * Mutates and returns `incumbent`.
 */
export async function closeGap(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  heuristic: HeuristicOutcome,
  incumbent: Incumbent,
  settings: GapSettings,
  budget: SolveBudget,
): Promise<Incumbent> {
  const { phases } = incumbent;
  let started = performance.now();
  const filter = await filterByReducedCost(problem, heuristic, incumbent.state, budget);
  incumbent.limitHit ||= filter.limitHit;
  phases.reducedCostMs = Math.round(performance.now() - started);
  phases.reducedCostKept = filter.kept;
  if (heuristic.lockedOnly + filter.bound < incumbent.bound) {
    incumbent.bound = heuristic.lockedOnly + filter.bound;
    incumbent.boundSource = 'zone-lp';
    budget.offer('zone-lp', { bound: incumbent.bound });
  }
  if (!isOpen(incumbent.state.objective, incumbent.bound) || budget.exhausted()) return incumbent;

  started = performance.now();
  const limits = { maxColumns: settings.maxExactColumns, nodeLimit: settings.exactNodeLimit, budget };
  const exact = settings.heuristicOnly ? null : await solveExact(problem, catalogue, incumbent.state, filter.keep, limits);
  if (exact !== null) {
    Object.assign(phases, exact.phases, { exactMs: Math.round(performance.now() - started), exactColumns: exact.columns, exactNodes: exact.nodes });
    incumbent.limitHit ||= exact.limitHit;
    if (exact.state !== incumbent.state) {
      incumbent.state = exact.state;
      incumbent.method += exact.settledBy === 'lp-guided' ? '+placement-lp-guided-milp' : '+placement-milp';
    }
    if (exact.bound < incumbent.bound) {
      incumbent.bound = exact.bound;
      incumbent.boundSource = exact.boundSource;
    }
    return incumbent;
  }

  // Too large for one model (or the caller asked for no whole-instance model): window by window.
  const windows = await windowSearch(problem, catalogue, incumbent.state, filter.keep, {
    windowSize: settings.windowSize,
    candidatesPerStall: 2,
    rounds: settings.windowRounds,
    target: incumbent.bound,
    nodeLimit: settings.windowNodeLimit,
    maxColumns: settings.maxExactColumns,
    budget,
  });
  incumbent.limitHit ||= windows.limitHit;
  phases.windowMs = Math.round(performance.now() - started);
  phases.windowsSolved = windows.windowsSolved;
  phases.windowImprovements = windows.improvements;
  if (windows.improvements > 0) incumbent.method += '+window-milp';
  return incumbent;
}
