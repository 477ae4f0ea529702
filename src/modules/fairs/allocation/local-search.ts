import type { ZoneCatalogue } from './placement-catalogue.ts';
import { suits, type PreparedProblem } from './prepare-problem.ts';
import type { SolutionState } from './solution-state.ts';

/** Improvements smaller than this are noise from floating-point sums, not progress. */
const EPSILON = 1e-7;
/** Swap evaluations per pass: keeps a pathological instance (everyone conflicting) linear-ish, deterministically. */
const SWAP_BUDGET = 200_000;

export interface LocalSearchStats {
  passes: number;
  moves: number;
}

/**
 * First-improvement local search with deterministic scan orders. Moves:
 * fill a free spot with an unplaced application, replace a placed application
 * by a better unplaced one on the same stalls, move a placed application to a
 * free spot, and swap the spots of two placed applications of the same size
 * (the move that removes same-category neighbours). Every accepted move
 * strictly increases the objective, so it terminates; `maxPasses` bounds the work.
 */
export function localSearch(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  state: SolutionState,
  maxPasses: number,
): LocalSearchStats {
  const candidates = candidatesByZone(problem, catalogue);
  const stats: LocalSearchStats = { passes: 0, moves: 0 };
  while (stats.passes < maxPasses) {
    stats.passes++;
    const before = stats.moves;
    // Rearranging first: a swap removes a penalty for free, a replacement usually costs weight.
    stats.moves += resolveConflicts(problem, catalogue, state);
    stats.moves += fillFreeSpots(problem, catalogue, state, candidates);
    stats.moves += replaceByBetter(problem, state, candidates);
    if (stats.moves === before) break;
  }
  return stats;
}

/** Zone → free applications that may go there, best weight first (ties by index). */
function candidatesByZone(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[]): number[][] {
  const lists: number[][] = problem.zoneNames.map(() => []);
  for (const app of problem.apps) {
    if (app.lock !== null) continue;
    for (const [zone, weight] of app.weights) {
      if (weight <= 0) continue;
      const entry = catalogue[zone];
      const options = app.size === 1 ? entry?.singles[app.needs] : entry?.pairs[app.needs];
      if ((options?.length ?? 0) > 0) lists[zone]?.push(app.index);
    }
  }
  lists.forEach((list, zone) => {
    const w = (a: number): number => problem.apps[a]?.weights.get(zone) ?? 0;
    list.sort((a, b) => w(b) - w(a) || a - b);
  });
  return lists;
}

const attributesOf = (problem: PreparedProblem, stalls: readonly number[]): number =>
  stalls.reduce((bits, s) => bits & (problem.stallAttributes[s] ?? 0), 3);

/** Every free spot (single stall or adjacent pair) gets the best unplaced application with a positive gain. */
function fillFreeSpots(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[], state: SolutionState, candidates: readonly number[][]): number {
  let moves = 0;
  catalogue.forEach((entry, zone) => {
    const list = candidates[zone] ?? [];
    const spots: number[][] = [
      ...(entry.pairs[0] ?? []).filter(([s, t]) => state.holder[s] === -1 && state.holder[t] === -1).map(([s, t]) => [s, t]),
      ...(entry.singles[0] ?? []).filter((s) => state.holder[s] === -1).map((s) => [s]),
    ];
    for (const spot of spots) {
      if (!spot.every((s) => state.holder[s] === -1)) continue; // taken earlier in this scan
      const attributes = attributesOf(problem, spot);
      let best = -1;
      let bestGain = EPSILON;
      for (const a of list) {
        const app = problem.apps[a];
        if (app === undefined || state.isPlaced(a) || app.size !== spot.length || !suits(attributes, app.needs)) continue;
        const weight = app.weights.get(zone) ?? 0;
        if (weight <= bestGain) break; // sorted by weight: nobody further down can beat it
        const gain = weight - problem.penalty * state.conflictsAt(a, spot);
        if (gain > bestGain) {
          bestGain = gain;
          best = a;
        }
      }
      if (best >= 0) {
        state.place(best, spot);
        moves++;
      }
    }
  });
  return moves;
}

/** A placed application gives its stalls to an unplaced one when that is worth more. */
function replaceByBetter(problem: PreparedProblem, state: SolutionState, candidates: readonly number[][]): number {
  let moves = 0;
  for (const placed of problem.apps) {
    const spot = state.stallsOf[placed.index] ?? [];
    if (placed.lock !== null || spot.length === 0) continue;
    const zone = problem.stallZone[spot[0] ?? 0] ?? 0;
    const attributes = attributesOf(problem, spot);
    const current = state.weightOn(placed.index, spot) - problem.penalty * state.conflictsAt(placed.index, spot);
    let best = -1;
    let bestValue = current + EPSILON;
    for (const a of candidates[zone] ?? []) {
      const app = problem.apps[a];
      if (app === undefined || state.isPlaced(a) || app.size !== placed.size || !suits(attributes, app.needs)) continue;
      const weight = app.weights.get(zone) ?? 0;
      if (weight <= bestValue) break;
      // The placed application is still on the spot, but it never counts as its successor's neighbour.
      const value = weight - problem.penalty * state.conflictsAt(a, spot, placed.index);
      if (value > bestValue) {
        bestValue = value;
        best = a;
      }
    }
    if (best >= 0) {
      state.remove(placed.index);
      state.place(best, spot);
      moves++;
    }
  }
  return moves;
}

/** Applications with same-category neighbours try to move to a free spot or swap spots with another application. */
function resolveConflicts(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[], state: SolutionState): number {
  if (problem.penalty === 0) return 0;
  let moves = 0;
  const budget = { swaps: SWAP_BUDGET };
  for (const app of problem.apps) {
    const spot = state.stallsOf[app.index] ?? [];
    if (app.lock !== null || spot.length === 0 || state.conflictsAt(app.index, spot) === 0) continue;
    if (moveToFreeSpot(problem, catalogue, state, app.index) || swapWithAnother(problem, state, app.index, budget)) moves++;
  }
  return moves;
}

function moveToFreeSpot(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[], state: SolutionState, a: number): boolean {
  const app = problem.apps[a];
  if (app === undefined) return false;
  const before = state.objective;
  const from = state.stallsOf[a] ?? [];
  state.remove(a);
  let best: number[] | null = null;
  let bestValue = before + EPSILON;
  for (const [zone, weight] of app.weights) {
    if (weight <= 0) continue;
    const entry = catalogue[zone];
    const spots = app.size === 1 ? (entry?.singles[app.needs] ?? []).map((s) => [s]) : (entry?.pairs[app.needs] ?? []).map(([s, t]) => [s, t]);
    for (const spot of spots) {
      if (!spot.every((s) => state.holder[s] === -1)) continue;
      const value = state.objective + state.placeGain(a, spot);
      if (value > bestValue) {
        bestValue = value;
        best = spot;
      }
    }
  }
  state.place(a, best ?? from);
  return best !== null;
}

function swapWithAnother(problem: PreparedProblem, state: SolutionState, a: number, budget: { swaps: number }): boolean {
  const app = problem.apps[a];
  const mine = state.stallsOf[a] ?? [];
  if (app === undefined) return false;
  const myZone = problem.stallZone[mine[0] ?? 0] ?? 0;
  const myAttributes = attributesOf(problem, mine);
  for (const other of problem.apps) {
    const theirs = state.stallsOf[other.index] ?? [];
    if (other.index === a || other.lock !== null || other.size !== app.size || theirs.length === 0) continue;
    if (other.category === app.category) continue; // swapping equals changes nothing about the penalty
    const theirZone = problem.stallZone[theirs[0] ?? 0] ?? 0;
    if (!suits(attributesOf(problem, theirs), app.needs) || !suits(myAttributes, other.needs)) continue;
    if ((app.weights.get(theirZone) ?? 0) <= 0 || (other.weights.get(myZone) ?? 0) <= 0) continue;
    if (budget.swaps-- <= 0) return false;
    const before = state.objective;
    state.remove(a);
    state.remove(other.index);
    state.place(a, theirs);
    state.place(other.index, mine);
    if (state.objective > before + EPSILON) return true;
    state.remove(a);
    state.remove(other.index);
    state.place(a, mine);
    state.place(other.index, theirs);
  }
  return false;
}
