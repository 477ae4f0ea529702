import { scopeOptions, type MilpOption, type MilpScope, type PlacementMilp } from './build-milp.ts';
import { solveLinearModel } from './highs-runtime.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import type { SolutionState } from './solution-state.ts';
import type { SolveBudget } from './solve-budget.ts';

/** Where the scope's applications sit: the warm start of a solve, and what a solve returns. */
export type Placements = readonly Pick<MilpOption, 'app' | 'stalls'>[];

export interface ScopeOutcome {
  /** Chosen options, or null when HiGHS returned no solution. */
  chosen: MilpOption[] | null;
  /** Objective of `chosen` over the scope (stalls outside it contribute constants not counted here). */
  objective: number;
  /** Proven upper bound over the scope's options (never below the start's objective). */
  bound: number;
  optimal: boolean;
  nodes: number;
  limitHit: boolean;
}

export interface ScopeLimits {
  maxColumns: number;
  nodeLimit: number;
  budget: SolveBudget;
}

/** How a scope's own objective and bound translate into the whole instance's, for progress reports. */
export interface ScopeReport {
  phase: string;
  /** Whole-instance objective = this + the scope's objective. */
  objectiveOffset: number;
  /** Whole-instance bound = this + the scope's bound; absent when the scope's bound is not one for the instance. */
  boundOffset?: number;
}

/** Counts the scope's integer columns without building the model, to respect the memory guard cheaply. */
export function scopeSize(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[], scope: MilpScope): number {
  return scopeOptions(problem, catalogue, scope).length;
}

/** The scope's applications as they currently sit in `state`. */
export function currentPlacements(state: SolutionState, apps: readonly number[]): Placements {
  return apps.flatMap((app) => {
    const stalls = state.stallsOf[app] ?? [];
    return stalls.length === 0 ? [] : [{ app, stalls }];
  });
}

const placementKey = (app: number, stalls: readonly number[]): string => `${app}:${[...stalls].sort((a, b) => a - b).join(',')}`;

/** The MIP start vector of `placements` (penalty columns completed) and its objective. */
export function startVector(milp: PlacementMilp, placements: Placements): { values: Float64Array; objective: number } {
  const columnOf = new Map<string, number>();
  milp.options.forEach((o, c) => columnOf.set(placementKey(o.app, o.stalls), c));
  const values = new Float64Array(milp.model.cost.length);
  for (const { app, stalls } of placements) {
    const c = columnOf.get(placementKey(app, stalls));
    if (c !== undefined) values[c] = 1;
  }
  for (const { column, members } of milp.penaltyColumns) {
    values[column] = Math.max(0, members.reduce((sum, c) => sum + (values[c] ?? 0), 0) - 1);
  }
  const objective = milp.model.cost.reduce((sum, c, j) => sum + c * (values[j] ?? 0), 0);
  return { values, objective };
}

/**
 * Solves the stall-level MILP of a scope warm-started from `start`, so HiGHS
 * begins at the incumbent and only has to improve or prove it.
 */
export async function solveScopeMilp(milp: PlacementMilp, start: Placements, limits: ScopeLimits, report: ScopeReport): Promise<ScopeOutcome> {
  const initial = startVector(milp, start);
  const { phase, ...offsets } = report;
  const outcome = await solveLinearModel(milp.model, {
    ...limits.budget.solverLimits(phase, limits.nodeLimit, offsets),
    start: { indices: Array.from(initial.values.keys()), values: Array.from(initial.values) },
  });
  return {
    chosen: outcome.values === null ? null : milp.options.filter((_, c) => (outcome.values?.[c] ?? 0) > 0.5),
    objective: outcome.objective,
    bound: Math.max(outcome.bound, initial.objective),
    optimal: outcome.status === 'optimal',
    nodes: outcome.nodes,
    limitHit: outcome.limitHit,
  };
}

/**
 * Replaces the scope's applications in `state` by `chosen`. Returns false (and
 * leaves `state` unchanged) when the options clash — never expected, but a
 * solver tolerance surprise must not corrupt the incumbent.
 */
export function applyChosen(state: SolutionState, scopeApps: readonly number[], chosen: Placements): boolean {
  const seenApps = new Set<number>();
  const seenStalls = new Set<number>();
  for (const o of chosen) {
    if (seenApps.has(o.app) || o.stalls.some((s) => seenStalls.has(s))) return false;
    seenApps.add(o.app);
    for (const s of o.stalls) seenStalls.add(s);
  }
  const before = currentPlacements(state, scopeApps);
  for (const app of scopeApps) state.remove(app);
  if (!chosen.every((o) => state.free(o.stalls))) {
    for (const { app, stalls } of before) state.place(app, stalls);
    return false;
  }
  for (const o of chosen) state.place(o.app, o.stalls);
  return true;
}
