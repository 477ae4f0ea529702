import type { Problem } from './prepare-problem.ts';
import { ScheduleState } from './schedule-state.ts';

/**
 * The baseline: requests in arrival order, each given the first slot both sides
 * attend and still have free (and a pool table, for pool buyers). No look-ahead,
 * no moves — what a spreadsheet and a first-come rule produce.
 */
export function scheduleFirstSharedFreeSlot(problem: Problem): ScheduleState {
  const state = new ScheduleState(problem);
  // Pairs are already in order of their first request.
  for (let p = 0; p < problem.pairCount; p++) {
    for (const t of state.slotsOf(p)) {
      if (state.canPlace(p, t)) {
        state.place(p, t);
        break;
      }
    }
  }
  return state;
}
