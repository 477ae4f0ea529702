import { buildPlacementMilp, type MilpScope } from './build-milp.ts';
import { solveLinearModel } from './highs-runtime.ts';
import { lagrangianBound } from './lagrangian-bound.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import { SolutionState } from './solution-state.ts';
import { applyChosen, scopeSize, solveScope, type ScopeLimits } from './solve-scope.ts';

export interface ExactOutcome {
  /** Best solution found (never worse than the incumbent passed in). */
  state: SolutionState;
  /** Proven upper bound on the whole instance, given that `keep` only removed options that cannot beat the incumbent. */
  bound: number;
  optimal: boolean;
  columns: number;
  /** Which step settled it: 'lp-guided' (the relaxation's support sufficed) or 'milp'. */
  settledBy: 'lp-guided' | 'milp' | 'open';
  /** Whether `bound` comes from the LP relaxation or from the MILP's search. */
  boundSource: 'placement-lp' | 'placement-milp';
  nodes: number;
  wallClockLimitHit: boolean;
  phases: Record<string, number>;
}

/**
 * The whole instance as one stall-level MILP (see build-milp.ts), restricted
 * to the (application, zone) pairs `keep` allows. Three steps, cheapest first:
 *
 * 1. The LP relaxation, whose Lagrangian bound (lagrangian-bound.ts) is
 *    usually already the optimum on fair-like instances.
 * 2. A relaxation-guided neighbourhood (RENS): the MILP over only the options
 *    the LP uses plus the incumbent's — a few hundred columns — which usually
 *    finds a solution matching that bound.
 * 3. Only if a gap is left, the full MILP, warm-started from the best so far.
 *
 * Null when the model would exceed `limits.maxColumns` (the WebAssembly heap guard).
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
  if (scopeSize(problem, catalogue, scope) > limits.maxColumns) return null;
  const phases: Record<string, number> = {};
  const lockedOnly = new SolutionState(problem).objective;
  const milp = buildPlacementMilp(problem, catalogue, scope);
  const columns = milp.model.cost.length;
  let best = incumbent;
  let wallClockLimitHit = false;
  const closed = (bound: number): boolean => best.objective >= bound - 1e-9 * Math.max(1, Math.abs(bound));

  let started = performance.now();
  const lp = await solveLinearModel({ ...milp.model, integerColumns: 0 }, { nodeLimit: 0, timeLimitSeconds: limits.timeLimitSeconds });
  wallClockLimitHit ||= lp.wallClockLimitHit;
  // Solutions using filtered-out options are worth at most the incumbent, hence the max.
  let bound = lp.rowDuals === null ? Infinity : Math.max(lockedOnly + lagrangianBound(milp.model, lp.rowDuals).bound, incumbent.objective);
  let boundSource: ExactOutcome['boundSource'] = 'placement-lp';
  phases.lpMs = Math.round(performance.now() - started);
  const outcome = (settledBy: ExactOutcome['settledBy'], nodes: number): ExactOutcome => ({
    state: best,
    bound,
    optimal: closed(bound),
    columns,
    settledBy,
    boundSource,
    nodes,
    wallClockLimitHit,
    phases,
  });
  if (closed(bound)) return outcome('lp-guided', 0);

  started = performance.now();
  const key = (app: number, stalls: readonly number[]): string => `${app}:${[...stalls].sort((a, b) => a - b).join(',')}`;
  const support = new Set<string>();
  milp.options.forEach((o, c) => {
    if ((lp.values?.[c] ?? 0) > 1e-6) support.add(key(o.app, o.stalls));
  });
  incumbent.stallsOf.forEach((stalls, app) => {
    if (stalls.length > 0) support.add(key(app, stalls));
  });
  const guided = await solveScope(problem, catalogue, { ...scope, allowOption: (o) => support.has(key(o.app, o.stalls)) }, best, limits);
  phases.lpGuidedMs = Math.round(performance.now() - started);
  if (guided !== null) {
    wallClockLimitHit ||= guided.wallClockLimitHit;
    adopt(guided.chosen);
  }
  if (closed(bound)) return outcome('lp-guided', guided?.nodes ?? 0);

  started = performance.now();
  const full = await solveScope(problem, catalogue, scope, best, limits, milp);
  phases.milpMs = Math.round(performance.now() - started);
  if (full === null) return outcome('open', 0);
  wallClockLimitHit ||= full.wallClockLimitHit;
  adopt(full.chosen);
  const milpBound = Math.max(lockedOnly + full.bound, incumbent.objective);
  if (milpBound < bound) {
    bound = milpBound;
    boundSource = 'placement-milp';
  }
  return outcome(closed(bound) ? 'milp' : 'open', full.nodes);

  function adopt(chosen: Parameters<typeof applyChosen>[2] | null): void {
    if (chosen === null) return;
    const candidate = new SolutionState(problem);
    if (applyChosen(candidate, freeApps, chosen) && candidate.objective > best.objective) best = candidate;
  }
}
