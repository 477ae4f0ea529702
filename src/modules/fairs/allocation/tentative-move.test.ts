import { describe, expect, it } from 'vitest';
import { anneal } from './anneal.ts';
import { evaluateAssignment } from './evaluate-assignment.ts';
import { generateInstance } from './generate-instance.ts';
import { buildCatalogue } from './placement-catalogue.ts';
import { prepareProblem } from './prepare-problem.ts';
import { createRandom } from './random.ts';
import { SolutionState } from './solution-state.ts';
import { TentativeMove, type Relocation } from './tentative-move.ts';

describe('TentativeMove', () => {
  it('measures a compound move exactly as recomputing from scratch would, and leaves the state alone until commit', () => {
    const instance = generateInstance({ stalls: 40, applications: 60, seed: 5, profile: 'crowded', lockedApplications: 3 });
    const problem = prepareProblem(instance);
    const state = new SolutionState(problem);
    const move = new TentativeMove(problem, state);
    const random = createRandom(77);
    const free = problem.apps.filter((a) => a.lock === null).map((a) => a.index);
    let checked = 0;
    for (let step = 0; step < 1500; step++) {
      // Vacate one to three applications and put them on random free spots of their size (any zone, any utilities).
      const movers = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(free)))];
      const vacated = new Set(movers.flatMap((a) => state.stallsOf[a] ?? []));
      const open = (s: number): boolean => problem.available[s] === 1 && (state.holder[s] === -1 || vacated.has(s));
      const taken = new Set<number>();
      const moves: Relocation[] = movers.map((app) => {
        if (random.chance(0.2)) return { app, to: [] };
        const size = problem.apps[app]?.size ?? 1;
        for (let tries = 0; tries < 20; tries++) {
          const s = random.int(0, problem.stallIds.length - 1);
          const spot = size === 1 ? [s] : [s, problem.adjacency[s]?.[0] ?? -1];
          if (spot.every((t) => t >= 0 && open(t) && !taken.has(t))) {
            for (const t of spot) taken.add(t);
            return { app, to: spot };
          }
        }
        return { app, to: [] };
      });
      const before = state.objective;
      const holders = Int32Array.from(state.holder);
      const delta = move.delta(moves);
      expect(Array.from(state.holder)).toEqual(Array.from(holders));
      expect(state.objective).toBe(before);
      move.commit(moves);
      // A from-scratch count over the same placements (zones and utilities aside: this checks the arithmetic).
      const rebuilt = new SolutionState(problem);
      state.stallsOf.forEach((stalls, app) => {
        if (stalls.length > 0 && rebuilt.isLocked(app) === false) rebuilt.place(app, stalls);
      });
      expect(state.objective).toBeCloseTo(rebuilt.objective, 9);
      expect(state.objective - before).toBeCloseTo(delta, 9);
      checked++;
    }
    expect(checked).toBe(1500);
  });
});

describe('anneal', () => {
  it('keeps every hard rule, never ends worse than it started, and reports true objectives', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const instance = generateInstance({ stalls: 60, applications: 160, seed, profile: 'crowded', lockedApplications: 2 });
      const problem = prepareProblem(instance);
      const catalogue = buildCatalogue(problem);
      const state = new SolutionState(problem);
      // Everyone greedily on the first free suitable spot: a poor start with many same-group neighbours.
      for (const app of problem.apps) {
        if (app.lock !== null) continue;
        for (const [zone] of app.weights) {
          const spot = app.size === 1
            ? catalogue[zone]?.singles[app.needs]?.find((s) => state.free([s]))
            : catalogue[zone]?.pairs[app.needs]?.find((p) => state.free(p));
          if (spot !== undefined) {
            state.place(app.index, typeof spot === 'number' ? [spot] : spot);
            break;
          }
        }
      }
      const start = state.objective;
      const reported: number[] = [];
      anneal(problem, catalogue, state, { iterations: 20_000, target: Infinity, shouldStop: () => false, onImprove: (o) => reported.push(o) });
      const evaluation = evaluateAssignment(instance, state.toAssignments());
      expect(evaluation.violations, `seed ${seed}`).toEqual([]);
      expect(evaluation.objective).toBeCloseTo(state.objective, 9);
      expect(state.objective).toBeGreaterThan(start);
      expect(reported.at(-1)).toBeCloseTo(state.objective, 9);
    }
  });
});
