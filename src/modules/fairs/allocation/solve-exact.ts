import { buildPlacementMilp } from './build-milp.ts';
import { solveLinearModel } from './highs-runtime.ts';
import { countOptions, type ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import { SolutionState } from './solution-state.ts';

export interface ExactOutcome {
  /** The MILP's solution, or null when it found nothing (the caller keeps its incumbent). */
  state: SolutionState | null;
  /** Proven bound over the options given to the MILP. */
  bound: number;
  optimal: boolean;
  columns: number;
  nodes: number;
  wallClockLimitHit: boolean;
}

export interface ExactLimits {
  maxColumns: number;
  nodeLimit: number;
  timeLimitSeconds: number;
}

/**
 * Solves the stall-level MILP (see build-milp.ts) restricted to the options
 * `keep` allows, warm-started from the incumbent so HiGHS only has to prove or
 * improve it. Returns null when the model would exceed `maxColumns` — the
 * memory guard for the 2 GiB WebAssembly heap.
 */
export async function solveExact(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  incumbent: SolutionState,
  keep: (app: number, zone: number) => boolean,
  limits: ExactLimits,
): Promise<ExactOutcome | null> {
  // Count before building: the model itself is what must not be built when too large.
  let optionCount = 0;
  for (const app of problem.apps) {
    if (app.lock === null) optionCount += countOptions(app, catalogue, (zone) => keep(app.index, zone));
  }
  if (optionCount > limits.maxColumns) return null;
  const milp = buildPlacementMilp(problem, catalogue, keep);
  const columns = milp.model.cost.length;

  const columnOf = new Map<string, number>();
  milp.options.forEach((o, c) => columnOf.set(`${o.app}:${[...o.stalls].sort((a, b) => a - b).join(',')}`, c));
  const start = new Float64Array(columns);
  incumbent.stallsOf.forEach((stalls, app) => {
    if (stalls.length === 0 || incumbent.isLocked(app)) return;
    const c = columnOf.get(`${app}:${[...stalls].sort((a, b) => a - b).join(',')}`);
    if (c !== undefined) start[c] = 1;
  });
  for (const { column, members } of milp.penaltyColumns) {
    start[column] = Math.max(0, members.reduce((sum, c) => sum + (start[c] ?? 0), 0) - 1);
  }

  const outcome = await solveLinearModel(milp.model, {
    nodeLimit: limits.nodeLimit,
    timeLimitSeconds: limits.timeLimitSeconds,
    start: { indices: Array.from(start.keys()), values: Array.from(start) },
  });
  const lockedOnly = new SolutionState(problem);
  return {
    state: outcome.values === null ? null : decode(problem, milp.options, outcome.values),
    // The MILP leaves out the constant part (locked applications among themselves).
    bound: lockedOnly.objective + outcome.bound,
    optimal: outcome.status === 'optimal',
    columns,
    nodes: outcome.nodes,
    wallClockLimitHit: outcome.wallClockLimitHit,
  };
}

/** Null if the values do not form a consistent placement (never expected; guards against tolerance surprises). */
function decode(problem: PreparedProblem, options: readonly { app: number; stalls: number[] }[], values: Float64Array): SolutionState | null {
  const state = new SolutionState(problem);
  for (let c = 0; c < options.length; c++) {
    const o = options[c];
    if (o === undefined || (values[c] ?? 0) <= 0.5) continue;
    if (state.isPlaced(o.app) || !state.free(o.stalls)) return null;
    state.place(o.app, o.stalls);
  }
  return state;
}
