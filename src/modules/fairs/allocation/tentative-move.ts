import type { PreparedProblem } from './prepare-problem.ts';
import type { SolutionState } from './solution-state.ts';

/** One application's part of a move: where it goes (`[]` = unplaced). */
export interface Relocation {
  app: number;
  to: readonly number[];
}

/**
 * Evaluates a compound move (several applications changing stalls at once)
 * without rebuilding anything: only the edges around the stalls involved are
 * recounted, before and after writing the new holders. Most moves of a search
 * are rejected, so `delta` leaves the state as it was and `commit` applies it.
 */
export class TentativeMove {
  private readonly mark: Uint8Array;
  private readonly involved: number[] = [];

  constructor(private readonly problem: PreparedProblem, private readonly state: SolutionState) {
    this.mark = new Uint8Array(problem.stallIds.length);
  }

  /** Objective change of the move. The moves' applications must be distinct, their targets free or vacated by them. */
  delta(moves: readonly Relocation[]): number {
    const { weight, before, after } = this.measure(moves, false);
    return weight - this.problem.penalty * (after - before);
  }

  /** Applies the move (as `delta` measured it). */
  commit(moves: readonly Relocation[]): void {
    const { weight, before, after } = this.measure(moves, true);
    this.state.weightSum += weight;
    this.state.penalisedPairs += after - before;
  }

  private measure(moves: readonly Relocation[], keep: boolean): { weight: number; before: number; after: number } {
    const { state } = this;
    this.involved.length = 0;
    let weight = 0;
    for (const { app, to } of moves) {
      const from = state.stallsOf[app] ?? [];
      weight += state.weightOn(app, to) - state.weightOn(app, from);
      for (const s of from) this.involve(s);
      for (const s of to) this.involve(s);
    }
    const before = this.conflicts();
    const previous = keep ? [] : moves.map(({ app }) => state.stallsOf[app] ?? []);
    for (const { app } of moves) for (const s of state.stallsOf[app] ?? []) state.holder[s] = -1;
    for (const { app, to } of moves) for (const s of to) state.holder[s] = app;
    const after = this.conflicts();
    if (keep) {
      for (const { app, to } of moves) state.stallsOf[app] = [...to];
    } else {
      for (const { to } of moves) for (const s of to) state.holder[s] = -1;
      moves.forEach(({ app }, i) => {
        for (const s of previous[i] ?? []) state.holder[s] = app;
      });
    }
    for (const s of this.involved) this.mark[s] = 0;
    return { weight, before, after };
  }

  private involve(s: number): void {
    if (this.mark[s] === 1) return;
    this.mark[s] = 1;
    this.involved.push(s);
  }

  /** Penalised pairs on the edges touching involved stalls, each edge once. */
  private conflicts(): number {
    const { problem, state } = this;
    let count = 0;
    for (const s of this.involved) {
      const a = state.holder[s] ?? -1;
      if (a < 0) continue;
      const category = problem.apps[a]?.category;
      for (const t of problem.adjacency[s] ?? []) {
        if (this.mark[t] === 1 && t < s) continue; // counted from t's side
        const b = state.holder[t] ?? -1;
        if (b >= 0 && b !== a && problem.apps[b]?.category === category) count++;
      }
    }
    return count;
  }
}
