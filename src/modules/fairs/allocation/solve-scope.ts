import { buildPlacementMilp, scopeOptions, type MilpOption, type MilpScope, type PlacementMilp } from './build-milp.ts';
import { solveLinearModel } from './highs-runtime.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import type { SolutionState } from './solution-state.ts';

export interface ScopeOutcome {
  /** Chosen options, or null when HiGHS returned no solution. */
  chosen: MilpOption[] | null;
  /** Objective of `chosen` over the scope (stalls outside it contribute constants not counted here). */
  objective: number;
  /** Objective of the warm start over the same scope: `objective - startObjective` is the improvement. */
  startObjective: number;
  /** Proven upper bound over the scope's options. */
  bound: number;
  optimal: boolean;
  columns: number;
  nodes: number;
  wallClockLimitHit: boolean;
}

export interface ScopeLimits {
  maxColumns: number;
  nodeLimit: number;
  timeLimitSeconds: number;
}

/** Counts the scope's integer columns without building the model, to respect the memory guard cheaply. */
export function scopeSize(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[], scope: MilpScope): number {
  return scopeOptions(problem, catalogue, scope).length;
}

/**
 * Solves the stall-level MILP of a scope, warm-started from the applications'
 * current stalls in `current` (those inside the scope), so HiGHS starts from
 * the incumbent and only has to improve or prove it. Null when the scope has
 * more than `maxColumns` options: the guard for the 2 GiB WebAssembly heap.
 */
export async function solveScope(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  scope: MilpScope,
  current: SolutionState,
  limits: ScopeLimits,
  prebuilt?: PlacementMilp,
): Promise<ScopeOutcome | null> {
  if (prebuilt === undefined && scopeSize(problem, catalogue, scope) > limits.maxColumns) return null;
  const milp = prebuilt ?? buildPlacementMilp(problem, catalogue, scope);
  const { model } = milp;
  const columns = model.cost.length;

  const key = (app: number, stalls: readonly number[]): string => `${app}:${[...stalls].sort((a, b) => a - b).join(',')}`;
  const columnOf = new Map<string, number>();
  milp.options.forEach((o, c) => columnOf.set(key(o.app, o.stalls), c));
  const start = new Float64Array(columns);
  for (const app of scope.apps) {
    const stalls = current.stallsOf[app] ?? [];
    if (stalls.length === 0) continue;
    const c = columnOf.get(key(app, stalls));
    if (c !== undefined) start[c] = 1;
  }
  for (const { column, members } of milp.penaltyColumns) {
    start[column] = Math.max(0, members.reduce((sum, c) => sum + (start[c] ?? 0), 0) - 1);
  }
  const startObjective = model.cost.reduce((sum, c, j) => sum + c * (start[j] ?? 0), 0);

  const outcome = await solveLinearModel(model, {
    nodeLimit: limits.nodeLimit,
    timeLimitSeconds: limits.timeLimitSeconds,
    // Measured on the generated fairs: the reduced-cost filter already removed what presolve
    // would, and symmetry detection costs more than it saves, so both off roughly halve the time.
    extra: { presolve: 'off', mip_detect_symmetry: false },
    start: { indices: Array.from(start.keys()), values: Array.from(start) },
  });
  const chosen = outcome.values === null ? null : milp.options.filter((_, c) => (outcome.values?.[c] ?? 0) > 0.5);
  return {
    chosen,
    objective: outcome.objective,
    startObjective,
    bound: Math.max(outcome.bound, startObjective),
    optimal: outcome.status === 'optimal',
    columns,
    nodes: outcome.nodes,
    wallClockLimitHit: outcome.wallClockLimitHit,
  };
}

/**
 * Replaces the scope's applications in `state` by `chosen`. Returns false (and
 * leaves `state` unchanged) when the options clash — never expected, but a
 * solver tolerance surprise must not corrupt the incumbent.
 */
export function applyChosen(state: SolutionState, scopeApps: readonly number[], chosen: readonly MilpOption[]): boolean {
  const seenApps = new Set<number>();
  const seenStalls = new Set<number>();
  for (const o of chosen) {
    if (seenApps.has(o.app) || o.stalls.some((s) => seenStalls.has(s))) return false;
    seenApps.add(o.app);
    for (const s of o.stalls) seenStalls.add(s);
  }
  const before = scopeApps.map((app) => [app, state.stallsOf[app] ?? []] as const);
  for (const app of scopeApps) state.remove(app);
  if (!chosen.every((o) => state.free(o.stalls))) {
    for (const [app, stalls] of before) if (stalls.length > 0) state.place(app, stalls);
    return false;
  }
  for (const o of chosen) state.place(o.app, o.stalls);
  return true;
}
