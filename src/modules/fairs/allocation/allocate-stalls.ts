import { evaluateAssignment } from './evaluate-assignment.ts';
import { allocateFirstComeFirstServed } from './first-come-first-served.ts';
import { buildCatalogue } from './placement-catalogue.ts';
import { prepareProblem } from './prepare-problem.ts';
import { filterByReducedCost } from './reduced-cost-filter.ts';
import { solveExact } from './solve-exact.ts';
import { solveHeuristic } from './solve-heuristic.ts';
import type { SolutionState } from './solution-state.ts';
import type { AllocateOptions, AllocationInstance, AllocationResult } from './types.ts';
import { explainUnplaced } from './unplaced-reasons.ts';
import { windowSearch } from './window-search.ts';
import { InstanceValidationError, validateInstance } from './validate-instance.ts';

const DEFAULTS = {
  invalidLocks: 'reject',
  maxExactColumns: 60_000,
  exactNodeLimit: 5_000,
  aggregateNodeLimit: 5_000,
  localSearchPasses: 50,
  windowSize: 40,
  windowRounds: 2,
  windowNodeLimit: 500,
  solverTimeLimitSeconds: 60,
  heuristicOnly: false,
} as const satisfies Required<AllocateOptions>;

/**
 * Assigns applications to stalls, maximising zone weights minus same-category
 * neighbour penalties, and proves how far from optimal the answer can be.
 *
 * 1. Zone-level MILP (build-aggregate-model.ts): who goes to which zone; its
 *    optimum is a proven upper bound.
 * 2. Layout + local search (solve-heuristic.ts): concrete stalls.
 * 3. If a gap remains and the instance is small enough once reduced-cost fixing
 *    has removed hopeless (application, zone) pairs, the exact stall-level MILP
 *    (build-milp.ts) warm-started from step 2 closes or shrinks it.
 *
 * Deterministic: the same instance and options give the same result (all but
 * the timings in `stats`), because every limit is a node or pass count. The
 * wall-clock `solverTimeLimitSeconds` is only a safety net; `stats.wallClockLimitHit` says when it fired.
 */
export async function allocateStalls(instance: AllocationInstance, options: AllocateOptions = {}): Promise<AllocationResult> {
  const started = performance.now();
  const settings = { ...DEFAULTS, ...options };
  const { ignoredLocks, warnings } = checkInstance(instance, settings.invalidLocks);
  const problem = prepareProblem(instance, ignoredLocks);
  const catalogue = buildCatalogue(problem);

  const heuristic = await solveHeuristic(problem, catalogue, settings);
  const phases: Record<string, number> = { ...heuristic.phases };
  let best: SolutionState = heuristic.state;
  let bound = heuristic.bound;
  let boundSource: string = heuristic.boundSource;
  let method = 'zone-milp+layout+local-search';
  let wallClockLimitHit = heuristic.wallClockLimitHit;

  const open = (): boolean => best.objective < bound - 1e-9 * Math.max(1, Math.abs(bound));
  if (open()) {
    let started = performance.now();
    const filter = await filterByReducedCost(problem, heuristic, best, settings.solverTimeLimitSeconds);
    wallClockLimitHit ||= filter.wallClockLimitHit;
    phases.reducedCostMs = Math.round(performance.now() - started);
    phases.reducedCostKept = filter.kept;
    if (heuristic.lockedOnly + filter.bound < bound) {
      bound = heuristic.lockedOnly + filter.bound;
      boundSource = 'aggregate-lp';
    }

    started = performance.now();
    const exact = settings.heuristicOnly ? null : await solveExact(problem, catalogue, best, filter.keep, {
      maxColumns: settings.maxExactColumns,
      nodeLimit: settings.exactNodeLimit,
      timeLimitSeconds: settings.solverTimeLimitSeconds,
    });
    if (exact !== null) {
      wallClockLimitHit ||= exact.wallClockLimitHit;
      Object.assign(phases, exact.phases, { exactMs: Math.round(performance.now() - started), exactColumns: exact.columns, exactNodes: exact.nodes });
      best = exact.state;
      if (exact.bound < bound) {
        bound = exact.bound;
        boundSource = 'placement-lp-or-milp';
      }
      method = exact.settledBy === 'lp-guided' ? 'placement-lp-guided-milp' : 'placement-milp';
    } else {
      // Too large for one model: re-optimise window by window instead.
      const windows = await windowSearch(problem, catalogue, best, filter.keep, {
        windowSize: settings.windowSize,
        candidatesPerStall: 2,
        rounds: settings.windowRounds,
        nodeLimit: settings.windowNodeLimit,
        maxColumns: settings.maxExactColumns,
        timeLimitSeconds: settings.solverTimeLimitSeconds,
      });
      wallClockLimitHit ||= windows.wallClockLimitHit;
      phases.windowMs = Math.round(performance.now() - started);
      phases.windowsSolved = windows.windowsSolved;
      phases.windowImprovements = windows.improvements;
      if (windows.improvements > 0) method = 'zone-milp+layout+local-search+window-milp';
    }
  }

  const assignments = best.toAssignments();
  const kept = withoutIgnoredLocks(instance, ignoredLocks);
  const evaluation = evaluateAssignment(kept, assignments);
  if (!evaluation.feasible) {
    // A solver bug must never reach an organiser as a plan.
    throw new Error(`internal error: allocation breaks hard rules: ${evaluation.violations[0]?.message ?? ''}`);
  }
  const objective = evaluation.objective;
  // A proven bound can only sit below a feasible objective by rounding, and a bound
  // within rounding of the objective is the objective: report the proof as gap 0.
  if (bound < objective + 1e-9 * Math.max(1, Math.abs(objective))) bound = objective;
  const baseline = allocateFirstComeFirstServed(kept);
  return {
    assignments,
    objective,
    bound,
    gap: bound === 0 ? 0 : Math.max(0, (bound - objective) / Math.abs(bound)),
    method,
    unplaced: explainUnplaced(problem, catalogue, best),
    warnings,
    stats: {
      timeMs: Math.round(performance.now() - started),
      stalls: instance.stalls.length,
      applications: instance.applications.length,
      placed: evaluation.placed,
      stallsUsed: Object.values(assignments).reduce((n, s) => n + s.length, 0),
      weightSum: evaluation.weightSum,
      penalisedPairs: evaluation.penalisedPairs,
      baselineObjective: baseline.objective,
      boundSource,
      phases,
      wallClockLimitHit,
    },
  };
}

function checkInstance(instance: AllocationInstance, invalidLocks: 'reject' | 'ignore'): { ignoredLocks: Set<string>; warnings: string[] } {
  const report = validateInstance(instance);
  const ignoredLocks = new Set<string>();
  const warnings: string[] = [];
  if (report.valid) return { ignoredLocks, warnings };
  const structural = report.errors.some((e) => e.lock === undefined);
  if (structural || invalidLocks === 'reject') throw new InstanceValidationError(report.errors);
  for (const error of report.errors) {
    if (error.lock === undefined) continue;
    ignoredLocks.add(error.lock.applicationId);
    warnings.push(`${error.path}: ${error.message} (lock ignored)`);
  }
  return { ignoredLocks, warnings };
}

function withoutIgnoredLocks(instance: AllocationInstance, ignored: ReadonlySet<string>): AllocationInstance {
  if (ignored.size === 0) return instance;
  const locked = Object.fromEntries(Object.entries(instance.locked ?? {}).filter(([id]) => !ignored.has(id)));
  return { ...instance, locked };
}
