import { closeGap, isOpen, type Incumbent } from './close-gap.ts';
import { evaluateAssignment } from './evaluate-assignment.ts';
import { allocateFirstComeFirstServed } from './first-come-first-served.ts';
import { buildCatalogue } from './placement-catalogue.ts';
import { prepareProblem } from './prepare-problem.ts';
import { solveHeuristic } from './solve-heuristic.ts';
import { SolveBudget } from './solve-budget.ts';
import type { AllocateOptions, AllocationEnd, AllocationInstance, AllocationResult } from './types.ts';
import { explainUnplaced } from './unplaced-reasons.ts';
import { InstanceValidationError, validateInstance } from './validate-instance.ts';

const DEFAULTS = {
  invalidLocks: 'reject',
  timeLimitSeconds: 10,
  maxExactColumns: 60_000,
  exactNodeLimit: 5_000,
  zoneMilpNodeLimit: 5_000,
  localSearchPasses: 50,
  annealMovesPerStall: 2_000,
  windowSize: 20,
  windowRounds: 2,
  windowNodeLimit: 500,
  heuristicOnly: false,
} as const satisfies Required<Omit<AllocateOptions, 'onProgress' | 'shouldStop'>>;

/**
 * Assigns applications to stalls, maximising zone weights minus same-category
 * neighbour penalties, and proves how far from optimal the answer can be —
 * within a time budget (`timeLimitSeconds`, default 10): at the limit, or
 * when `shouldStop()` says so, it returns the best plan found with the best
 * proven bound and their gap, never nothing.
 *
 * 1. Zone-level MILP (build-aggregate-model.ts): who goes to which zone; its
 *    optimum is a proven upper bound.
 * 2. Layout, local search and annealing (solve-heuristic.ts): concrete
 *    stalls. When they reach the bound, that is a proof of optimality.
 * 3. Otherwise (close-gap.ts): reduced-cost fixing, then the stall-level MILP
 *    (build-milp.ts) over what is left, or window-by-window re-optimisation
 *    when that is still too large for the WebAssembly heap.
 *
 * `onProgress` hears of every better plan or tighter bound as it is found.
 * Deterministic when the run ends before its time limit: every other limit is
 * a node, pass or move count. `stats.endedBy` says how it ended.
 */
export async function allocateStalls(instance: AllocationInstance, options: AllocateOptions = {}): Promise<AllocationResult> {
  const started = performance.now();
  const { onProgress, shouldStop, ...rest } = options;
  const settings = { ...DEFAULTS, ...rest };
  const { ignoredLocks, warnings } = checkInstance(instance, settings.invalidLocks);
  const budget = new SolveBudget(settings.timeLimitSeconds, shouldStop, onProgress);
  const effective = withoutLocks(instance, ignoredLocks);
  const problem = prepareProblem(effective);
  const catalogue = buildCatalogue(problem);

  const heuristic = await solveHeuristic(problem, catalogue, settings, budget);
  let incumbent: Incumbent = {
    state: heuristic.state,
    bound: heuristic.bound,
    boundSource: heuristic.boundSource,
    method: `zone-milp+layout+local-search${heuristic.phases.annealArrangeMoves === undefined ? '' : '+anneal'}`,
    limitHit: heuristic.limitHit,
    phases: { ...heuristic.phases },
  };
  if (isOpen(incumbent.state.objective, incumbent.bound) && !budget.exhausted()) {
    incumbent = await closeGap(problem, catalogue, heuristic, incumbent, settings, budget);
  }

  const assignments = incumbent.state.toAssignments();
  // A second opinion from code that shares nothing with the solver: a bug must never reach an organiser as a plan.
  const evaluation = evaluateAssignment(effective, assignments);
  if (!evaluation.feasible) throw new Error(`internal error: allocation breaks hard rules: ${evaluation.violations[0]?.message ?? ''}`);
  const objective = evaluation.objective;
  // The budget saw every bound proven on the way (some inside solver callbacks), the incumbent the final ones.
  const provenBound = Math.min(incumbent.bound, budget.bound);
  // A proven bound can only sit below a feasible objective by rounding, and a bound
  // within rounding of the objective is the objective: report that proof as gap 0.
  const bound = isOpen(objective, provenBound) ? provenBound : objective;
  budget.offer('done', { objective, bound });
  const endedBy: AllocationEnd = !isOpen(objective, bound) ? 'proven-optimal' : budget.endedEarly ?? 'work-limit';
  return {
    assignments,
    objective,
    bound,
    gap: bound === 0 ? 0 : (bound - objective) / Math.abs(bound),
    method: incumbent.method,
    unplaced: explainUnplaced(problem, catalogue, incumbent.state),
    warnings,
    stats: {
      timeMs: Math.round(performance.now() - started),
      stalls: instance.stalls.length,
      applications: instance.applications.length,
      placed: evaluation.placed,
      stallsUsed: Object.values(assignments).reduce((n, s) => n + s.length, 0),
      weightSum: evaluation.weightSum,
      penalisedPairs: evaluation.penalisedPairs,
      baselineObjective: allocateFirstComeFirstServed(effective).objective,
      boundSource: incumbent.bound <= budget.bound ? incumbent.boundSource : budget.boundPhase,
      phases: incumbent.phases,
      endedBy,
      timeLimitSeconds: settings.timeLimitSeconds,
      progress: budget.trace,
    },
  };
}

function checkInstance(instance: AllocationInstance, invalidLocks: 'reject' | 'ignore'): { ignoredLocks: Set<string>; warnings: string[] } {
  const report = validateInstance(instance);
  const ignoredLocks = new Set<string>();
  const warnings: string[] = [];
  if (report.valid) return { ignoredLocks, warnings };
  const structural = report.errors.some((e) => e.lock === undefined);
  if (structural || invalidLocks === 'reject') throw new InstanceValidationError('allocation', report.errors);
  for (const error of report.errors) {
    if (error.lock === undefined) continue;
    ignoredLocks.add(error.lock.applicationId);
    warnings.push(`${error.path}: ${error.message} (lock ignored)`);
  }
  return { ignoredLocks, warnings };
}

/** The instance the optimiser actually solves: invalid locks dropped under `invalidLocks: 'ignore'`. */
function withoutLocks(instance: AllocationInstance, ignored: ReadonlySet<string>): AllocationInstance {
  if (ignored.size === 0) return instance;
  const locked = Object.fromEntries(Object.entries(instance.locked ?? {}).filter(([id]) => !ignored.has(id)));
  return { ...instance, locked };
}
