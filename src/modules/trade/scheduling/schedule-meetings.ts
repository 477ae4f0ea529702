import { constructFromRelaxation } from './construct-from-relaxation.ts';
import { degreeBound } from './degree-bound.ts';
import { evaluateSchedule } from './evaluate-schedule.ts';
import { scheduleFirstSharedFreeSlot } from './first-shared-free-slot.ts';
import { greedyOrder, scheduleGreedy } from './greedy-schedule.ts';
import { solveHallRelaxation } from './hall-relaxation.ts';
import { improveSchedule, restorePreviousSlots, type LocalSearchLimits } from './local-search.ts';
import { improveNeighbourhoods } from './neighbourhood-search.ts';
import { prepareProblem, type Problem } from './prepare-problem.ts';
import { describeSchedule } from './describe-schedule.ts';
import { ScheduleBudget } from './schedule-budget.ts';
import { ScheduleState } from './schedule-state.ts';
import { optimiseScope } from './time-indexed-milp.ts';
import type { B2BInstance, B2BResult, ScheduleOptions } from './types.ts';
import { InstanceValidationError, validateInstance } from './validate-instance.ts';

const DEFAULTS = {
  timeLimitSeconds: 30,
  nodeLimit: 20_000,
  maxColumns: 6_000,
  neighbourhoodColumns: 1_200,
  heuristicOnly: false,
} as const satisfies Required<Omit<ScheduleOptions, 'shouldStop' | 'onProgress'>>;

const open = (value: number, bound: number): boolean => value < bound - 1e-9 * Math.max(1, Math.abs(bound));

/**
 * Places meetings into slots, maximising the total weight of the meetings held,
 * and proves how far from the best possible the answer can be.
 *
 * 1. A weighted greedy and a local search of chains of moves (the warm start);
 *    with `previous`, the previous schedule is a second start.
 * 2. The pair-level relaxation with Hall's condition on intervals of slots
 *    (hall-relaxation.ts): its optimum is a proven bound, usually reached by a
 *    schedule built around the pairs it picks (construct-from-relaxation.ts).
 * 3. If a gap is left: the exact time-indexed MILP (time-indexed-milp.ts) over
 *    neighbourhoods of the pairs that did not fit, everything else fixed
 *    (neighbourhood-search.ts); then, on instances small enough, over everything,
 *    which also proves a bound.
 * 4. With `previous`: meetings moved for nothing go back to their previous slot.
 *
 * Runs within `timeLimitSeconds`, or until `shouldStop()` says so, and returns the
 * best found by then with the best bound proven by then (the capacity count is
 * always there); `onProgress` hears each better value or bound. Without the budget
 * firing or a stop, the same instance gives the same schedule.
 */
export async function scheduleMeetings(instance: B2BInstance, options: ScheduleOptions = {}): Promise<B2BResult> {
  const started = performance.now();
  const { shouldStop, onProgress, ...rest } = options;
  const settings = { ...DEFAULTS, ...rest };
  const report = validateInstance(instance);
  if (!report.valid) throw new InstanceValidationError('B2B', report.errors);

  const problem = prepareProblem(instance);
  const lockedValue = problem.locked.reduce((sum, m) => sum + m.weight, 0);
  const budget = new ScheduleBudget(settings.timeLimitSeconds, lockedValue, shouldStop, onProgress);
  const { deadline, interrupt } = budget;
  const stop = shouldStop === undefined ? undefined : () => budget.expired();
  // The local search's limits: the deadline, the stop request, and each better schedule recorded.
  const searching = (state: ScheduleState) => ({ deadline, ...(stop === undefined ? {} : { stop }), onImprove: () => budget.offer({ value: state.value }) });
  const phases: Record<string, number> = {};
  const timed = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    const at = performance.now();
    const result = await run();
    phases[`${name}Ms`] = Math.round(performance.now() - at);
    return result;
  };
  const methods = ['greedy', 'local-search'];
  let timeLimitHit = false;

  // The capacity count first: every value reported from here on has a bound beside it.
  const capacity = degreeBound(problem);
  let bound = capacity.bound;
  let boundSource: string = capacity.source;
  budget.offer({ bound });

  let best = await timed('greedy', () => {
    const state = scheduleGreedy(problem);
    budget.offer({ value: state.value });
    improveSchedule(state, greedyOrder(problem), { ...searching(state), passes: 2, depth: 1 });
    return state;
  });
  if (instance.previous !== undefined) {
    const fromPrevious = startFromPrevious(problem, searching);
    if (fromPrevious.value >= best.value) best = fromPrevious;
  }

  if (!settings.heuristicOnly && open(best.value, bound) && !budget.expired()) {
    const hall = await timed('hallLp', () => solveHallRelaxation(problem, budget.remainingSeconds(), interrupt));
    phases.hallColumns = hall.columns;
    phases.hallRows = hall.rows;
    if (hall.status === 'limit') timeLimitHit = true;
    if (hall.bound < bound) {
      bound = hall.bound;
      boundSource = 'hall-lp';
      budget.offer({ bound });
    }
    if (open(best.value, bound) && !budget.expired()) {
      const built = await timed('construct', () => constructFromRelaxation(problem, hall.chosen, searching));
      if (built.value > best.value) {
        best = built;
        methods.push('hall-lp');
      }
    }
  }

  if (!settings.heuristicOnly && open(best.value, bound) && !budget.expired()) {
    const state = best;
    const lns = await timed('neighbourhoods', () => improveNeighbourhoods(problem, state, bound, {
      ...searching(state), nodeLimit: settings.nodeLimit, columns: settings.neighbourhoodColumns,
    }));
    phases.neighbourhoods = lns.rounds;
    timeLimitHit ||= lns.timeLimitHit;
    if (lns.improved) methods.push('neighbourhood-milp');
  }
  if (!settings.heuristicOnly && open(best.value, bound) && !budget.expired() && problem.slotList.length <= settings.maxColumns) {
    const state = best;
    const milp = await timed('milp', () => optimiseScope(problem, state, null, {
      nodeLimit: settings.nodeLimit, timeLimitSeconds: budget.remainingSeconds(),
      // The whole model's dual bound is a bound of the whole instance, as it tightens.
      ...(interrupt === undefined ? {} : { interrupt }), ...(onProgress === undefined ? {} : { onBound: (b: number) => budget.offer({ bound: Math.max(b, state.value) }) }),
    }));
    phases.milpColumns = milp.columns;
    phases.milpNodes = milp.nodes;
    timeLimitHit ||= milp.timeLimitHit;
    if (milp.improved) methods.push('milp');
    if (milp.bound < bound) {
      bound = milp.bound;
      boundSource = 'milp';
    }
    budget.offer({ value: state.value, bound: Math.max(milp.bound, state.value) });
  }
  timeLimitHit ||= performance.now() > deadline && open(best.value, bound);

  // Maximal: whatever still fits anywhere goes in (the reasons rely on it), stop or no stop.
  improveSchedule(best, greedyOrder(problem), { passes: 1, depth: 0, deadline: Infinity });
  // After a stop, stability gets a second at most: the organizer asked for the answer now.
  if (instance.previous !== undefined) phases.restored = restorePreviousSlots(best, { depth: 2, deadline: budget.stopped ? performance.now() + 1000 : Math.max(deadline, performance.now() + 1000) });

  const described = describeSchedule(instance, problem, best);
  // A second opinion from code that shares nothing with the optimiser.
  const evaluation = evaluateSchedule(instance, described.meetings);
  if (!evaluation.feasible) throw new Error(`internal error: schedule breaks a rule: ${evaluation.violations[0]?.message ?? ''}`);
  const value = evaluation.value;
  const gapLeft = open(best.value, bound);
  const totalBound = gapLeft ? bound + lockedValue : value;
  // The last point of the progress is the result.
  budget.offer({ value: best.value, bound: gapLeft ? bound : best.value });
  return {
    meetings: described.meetings,
    value,
    bound: totalBound,
    gap: totalBound === 0 ? 0 : (totalBound - value) / totalBound,
    status: open(value, totalBound) ? 'feasible' : 'optimal',
    method: methods.join('+'),
    unplaced: described.unplaced,
    ...(described.changes === undefined ? {} : { changes: described.changes }),
    warnings: problem.mergedRequests > 0 ? [`${problem.mergedRequests} request(s) repeat a pair already requested: one meeting per pair, worth its highest weight`] : [],
    stats: {
      timeMs: Math.round(performance.now() - started),
      slots: problem.slots,
      sellers: problem.sellerIds.length,
      buyers: problem.buyerIds.length,
      requests: instance.requests.length,
      pairs: problem.pairCount + problem.locked.length,
      meetings: described.meetings.length,
      baselineValue: scheduleFirstSharedFreeSlot(problem).value + lockedValue,
      columns: problem.slotList.length,
      boundSource,
      phases,
      timeLimitHit,
      endedBy: budget.endedBy(open(value, totalBound), timeLimitHit),
    },
  };
}

/** The previous schedule's meetings that still fit, then whatever else the local search adds. */
function startFromPrevious(problem: Problem, searching: (state: ScheduleState) => Pick<LocalSearchLimits, 'deadline' | 'stop' | 'onImprove'>): ScheduleState {
  const state = new ScheduleState(problem);
  for (let p = 0; p < problem.pairCount; p++) {
    const t = problem.previousSlot[p] ?? -1;
    if (t >= 0 && state.slotsOf(p).includes(t) && state.canPlace(p, t)) state.place(p, t);
  }
  const order = greedyOrder(problem);
  improveSchedule(state, order, { ...searching(state), passes: 2, depth: 1 });
  return state;
}
