import { buildPlacementMilp, type MilpScope } from './build-milp.ts';
import { solveLinearModel } from './highs-runtime.ts';
import { lagrangianBound } from './lagrangian-bound.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import { scopeSize, solveScopeMilp, startVector, type Placements, type ScopeLimits } from './solve-scope.ts';

export interface GuidedOutcome {
  /** Best placements of the scope's applications found (the start when nothing better). */
  best: Placements;
  /** Objective of `best` over the scope. */
  objective: number;
  /** Objective of the start over the scope. */
  startObjective: number;
  /** Proven upper bound over the scope's options, and where it came from. */
  bound: number;
  boundSource: 'placement-lp' | 'placement-milp';
  /** Which step settled the scope, or 'open' when a gap is left. */
  settledBy: 'lp' | 'lp-guided' | 'milp' | 'open';
  columns: number;
  nodes: number;
  limitHit: boolean;
  phases: Record<string, number>;
}

export interface GuidedLimits extends ScopeLimits {
  /** Whether to run the full MILP when the LP-guided step leaves a gap. */
  fullMilp: boolean;
}

/** For progress reports: the whole instance's objective at `start`, and whether the scope's bounds are bounds of the whole instance. */
export interface GuidedReport {
  startObjective: number;
  globalBound: boolean;
}

const closes = (objective: number, bound: number): boolean => objective >= bound - 1e-9 * Math.max(1, Math.abs(bound));

/**
 * The stall-level MILP of a scope (see build-milp.ts), cheapest step first:
 *
 * 1. The LP relaxation, whose Lagrangian bound (lagrangian-bound.ts) is
 *    usually already the optimum on fair-like instances.
 * 2. A relaxation-guided neighbourhood (RENS): the MILP over only the options
 *    the LP uses plus the start's — a few hundred columns — which usually
 *    finds a solution matching that bound. HiGHS's own root heuristics take
 *    seconds to find the same on the full model, mostly in cut separation.
 * 3. If a gap is left and `fullMilp` is set, the full MILP from the best so far.
 *
 * Null when the model would exceed `limits.maxColumns` (the WebAssembly heap guard).
 */
export async function solveGuided(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  scope: MilpScope,
  start: Placements,
  limits: GuidedLimits,
  report: GuidedReport,
): Promise<GuidedOutcome | null> {
  if (scopeSize(problem, catalogue, scope) > limits.maxColumns) return null;
  const phases: Record<string, number> = {};
  const milp = buildPlacementMilp(problem, catalogue, scope);
  const initial = startVector(milp, start).objective;
  // Whole instance = everything outside the scope (constant here) + the scope's own objective.
  const offset = report.startObjective - initial;
  const boundOffset = report.globalBound ? offset : undefined;
  const result: GuidedOutcome = {
    best: start,
    objective: initial,
    startObjective: initial,
    bound: Infinity,
    boundSource: 'placement-lp',
    settledBy: 'open',
    columns: milp.model.cost.length,
    nodes: 0,
    limitHit: false,
    phases,
  };
  const adopt = (outcome: { chosen: Placements | null; objective: number }): void => {
    if (outcome.chosen !== null && outcome.objective > result.objective + 1e-7) {
      result.best = outcome.chosen;
      result.objective = outcome.objective;
    }
  };

  let started = performance.now();
  const lp = await solveLinearModel({ ...milp.model, integerColumns: 0 }, limits.budget.solverLimits('placement-lp', 0));
  phases.lpMs = Math.round(performance.now() - started);
  result.limitHit ||= lp.limitHit;
  // An interrupted simplex has no optimal duals, but the Lagrangian bound is valid for any prices ≥ 0.
  if (lp.rowDuals !== null) result.bound = Math.max(lagrangianBound(milp.model, lp.rowDuals).bound, initial);
  if (boundOffset !== undefined && Number.isFinite(result.bound)) limits.budget.offer('placement-lp', { bound: boundOffset + result.bound });
  if (closes(result.objective, result.bound) || limits.budget.exhausted()) {
    result.settledBy = 'lp';
    return result;
  }

  started = performance.now();
  const key = (app: number, stalls: readonly number[]): string => `${app}:${[...stalls].sort((a, b) => a - b).join(',')}`;
  const support = new Set(start.map(({ app, stalls }) => key(app, stalls)));
  milp.options.forEach((o, c) => {
    if ((lp.values?.[c] ?? 0) > 1e-6) support.add(key(o.app, o.stalls));
  });
  const guidedMilp = buildPlacementMilp(problem, catalogue, { ...scope, allowOption: (o) => support.has(key(o.app, o.stalls)) });
  // Its dual bound covers only the LP's support, so only its incumbents are reported.
  const guided = await solveScopeMilp(guidedMilp, start, limits, { phase: 'lp-guided-milp', objectiveOffset: offset });
  phases.lpGuidedMs = Math.round(performance.now() - started);
  result.limitHit ||= guided.limitHit;
  result.nodes += guided.nodes;
  adopt(guided);
  if (closes(result.objective, result.bound)) {
    result.settledBy = 'lp-guided';
    return result;
  }
  if (!limits.fullMilp || limits.budget.exhausted()) return result;

  started = performance.now();
  const full = await solveScopeMilp(milp, result.best, limits, { phase: 'placement-milp', objectiveOffset: offset, ...(boundOffset === undefined ? {} : { boundOffset }) });
  phases.milpMs = Math.round(performance.now() - started);
  result.limitHit ||= full.limitHit;
  result.nodes += full.nodes;
  adopt(full);
  if (full.bound < result.bound) {
    result.bound = Math.max(full.bound, result.objective);
    result.boundSource = 'placement-milp';
  }
  if (closes(result.objective, result.bound)) result.settledBy = 'milp';
  return result;
}
