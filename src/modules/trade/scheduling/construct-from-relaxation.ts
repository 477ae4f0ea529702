import { improveSchedule, type LocalSearchLimits } from './local-search.ts';
import type { Problem } from './prepare-problem.ts';
import { ScheduleState } from './schedule-state.ts';

/**
 * A schedule built around the relaxation's choice: the pairs it picks are placed
 * first (previous slot, else the first free one), the ones that do not fit at
 * once are inserted by chains of moves, and only then do the other pairs fill
 * what is left, heaviest first.
 */
export function constructFromRelaxation(
  problem: Problem,
  chosen: Float64Array,
  searching: (state: ScheduleState) => Pick<LocalSearchLimits, 'deadline' | 'stop' | 'onImprove'>,
): ScheduleState {
  const state = new ScheduleState(problem);
  const limits = searching(state);
  const open = (p: number): number => (problem.slotStart[p + 1] ?? 0) - (problem.slotStart[p] ?? 0);
  const order = Array.from({ length: problem.pairCount }, (_, p) => p).sort((a, b) =>
    (chosen[b] ?? 0) - (chosen[a] ?? 0) || open(a) - open(b) || (problem.pairWeight[b] ?? 0) - (problem.pairWeight[a] ?? 0) || a - b);
  const targets = order.filter((p) => (chosen[p] ?? 0) > 0.5);
  for (const p of targets) {
    const previous = problem.previousSlot[p] ?? -1;
    if (previous >= 0 && state.slotsOf(p).includes(previous) && state.canPlace(p, previous)) {
      state.place(p, previous);
      continue;
    }
    for (const t of state.slotsOf(p)) {
      if (state.canPlace(p, t)) {
        state.place(p, t);
        break;
      }
    }
  }
  improveSchedule(state, targets, { ...limits, passes: 8, depth: 3 });
  const rest = order.filter((p) => (chosen[p] ?? 0) <= 0.5).sort((a, b) =>
    (problem.pairWeight[b] ?? 0) - (problem.pairWeight[a] ?? 0) || (chosen[b] ?? 0) - (chosen[a] ?? 0) || a - b);
  improveSchedule(state, rest, { ...limits, passes: 1, depth: 0 });
  return state;
}
