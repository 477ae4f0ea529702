import { buildCatalogue } from './placement-catalogue.ts';
import { prepareProblem } from './prepare-problem.ts';
import { SolutionState } from './solution-state.ts';
import { explainUnplaced } from './unplaced-reasons.ts';
import type { AllocationInstance, Assignments, UnplacedApplication } from './types.ts';
import { assertValidInstance } from './validate-instance.ts';

export interface BaselineResult {
  assignments: Assignments;
  objective: number;
  weightSum: number;
  penalisedPairs: number;
  method: 'first-come-first-served';
  /** Here `outscored` means earlier applicants took the capacity. */
  unplaced: UnplacedApplication[];
}

/**
 * The baseline an organiser's desk would produce: locked applications keep
 * their stalls, then applications are served in array order. Each tries its
 * allowed zones from the highest weight down (ties in the order the zones are
 * listed, zones with weight ≤ 0 skipped) and takes, in the first zone where one
 * exists, the first free suitable stall in `stalls` array order — for a 2-stall
 * application the first free suitable stall that has a free suitable neighbour
 * in the same zone, together with the first such neighbour. It never looks
 * ahead and never moves anyone, which is exactly why it leaves value behind.
 */
export function allocateFirstComeFirstServed(instance: AllocationInstance): BaselineResult {
  assertValidInstance(instance);
  const problem = prepareProblem(instance);
  const catalogue = buildCatalogue(problem);
  const state = new SolutionState(problem);
  for (const app of problem.apps) {
    if (app.lock !== null) continue;
    const zones = [...app.weights].filter(([, w]) => w > 0);
    // Array.prototype.sort is stable, so equal weights keep the listed order.
    zones.sort((a, b) => b[1] - a[1]);
    search: for (const [zone] of zones) {
      const entry = catalogue[zone];
      if (entry === undefined) continue;
      if (app.size === 1) {
        for (const s of entry.singles[app.needs] ?? []) {
          if (state.holder[s] === -1) {
            state.place(app.index, [s]);
            break search;
          }
        }
      } else {
        for (const [s, t] of entry.pairs[app.needs] ?? []) {
          if (state.holder[s] === -1 && state.holder[t] === -1) {
            state.place(app.index, [s, t]);
            break search;
          }
        }
      }
    }
  }
  return {
    assignments: state.toAssignments(),
    objective: state.objective,
    weightSum: state.weightSum,
    penalisedPairs: state.penalisedPairs,
    method: 'first-come-first-served',
    unplaced: explainUnplaced(problem, catalogue, state),
  };
}
