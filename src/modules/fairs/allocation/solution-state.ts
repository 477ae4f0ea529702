import type { PreparedProblem } from './prepare-problem.ts';
import type { Assignments } from './types.ts';

/**
 * A mutable stall-level solution with incremental objective bookkeeping, shared
 * by the constructive layout, the local search and the exact stage's decoding.
 * Locked applications are placed at construction and never moved.
 */
export class SolutionState {
  readonly problem: PreparedProblem;
  /** Stall → application index or -1. */
  readonly holder: Int32Array;
  /** Application → its stalls (empty when unplaced). */
  readonly stallsOf: number[][];
  weightSum = 0;
  penalisedPairs = 0;

  constructor(problem: PreparedProblem) {
    this.problem = problem;
    this.holder = new Int32Array(problem.stallIds.length).fill(-1);
    this.stallsOf = problem.apps.map(() => []);
    for (const app of problem.apps) {
      if (app.lock !== null && app.lock.length > 0) this.place(app.index, app.lock);
    }
  }

  get objective(): number {
    return this.weightSum - this.problem.penalty * this.penalisedPairs;
  }

  isPlaced(app: number): boolean {
    return (this.stallsOf[app]?.length ?? 0) > 0;
  }

  isLocked(app: number): boolean {
    return this.problem.apps[app]?.lock !== null;
  }

  weightOn(app: number, stalls: readonly number[]): number {
    const first = stalls[0];
    if (first === undefined) return 0;
    return this.problem.apps[app]?.weights.get(this.problem.stallZone[first] ?? -1) ?? 0;
  }

  /**
   * Penalised pairs that `app` would form on `stalls` with the current holders,
   * not counting `ignored` (an application about to leave).
   */
  conflictsAt(app: number, stalls: readonly number[], ignored = -1): number {
    const category = this.problem.apps[app]?.category;
    let count = 0;
    for (const s of stalls) {
      for (const t of this.problem.adjacency[s] ?? []) {
        if (stalls.includes(t)) continue;
        const other = this.holder[t] ?? -1;
        if (other < 0 || other === app || other === ignored) continue;
        if (this.problem.apps[other]?.category === category) count++;
      }
    }
    return count;
  }

  /** Objective change of placing the currently unplaced `app` on free `stalls`. */
  placeGain(app: number, stalls: readonly number[]): number {
    return this.weightOn(app, stalls) - this.problem.penalty * this.conflictsAt(app, stalls);
  }

  place(app: number, stalls: readonly number[]): void {
    this.penalisedPairs += this.conflictsAt(app, stalls);
    this.weightSum += this.weightOn(app, stalls);
    for (const s of stalls) this.holder[s] = app;
    this.stallsOf[app] = [...stalls];
  }

  remove(app: number): void {
    const stalls = this.stallsOf[app] ?? [];
    if (stalls.length === 0) return;
    for (const s of stalls) this.holder[s] = -1;
    this.penalisedPairs -= this.conflictsAt(app, stalls);
    this.weightSum -= this.weightOn(app, stalls);
    this.stallsOf[app] = [];
  }

  /** True when every stall is free (available and unheld). */
  free(stalls: readonly number[]): boolean {
    return stalls.every((s) => this.problem.available[s] === 1 && this.holder[s] === -1);
  }

  toAssignments(): Assignments {
    const result: Assignments = {};
    this.problem.apps.forEach((app, i) => {
      const stalls = this.stallsOf[i] ?? [];
      if (stalls.length > 0) result[app.id] = stalls.map((s) => this.problem.stallIds[s] ?? '');
    });
    return result;
  }
}
