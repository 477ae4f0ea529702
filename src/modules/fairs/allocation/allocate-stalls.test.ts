import { describe, expect, it } from 'vitest';
import { allocateStalls } from './allocate-stalls.ts';
import { evaluateAssignment } from './evaluate-assignment.ts';
import { generateInstance } from './generate-instance.ts';
import { createRandom } from './random.ts';
import { bruteForce } from './test-support/brute-force.ts';
import { randomInstance } from './test-support/random-instance.ts';
import type { AllocationInstance, AllocationResult, Application, Stall } from './types.ts';
import { InstanceValidationError } from './validate-instance.ts';

const stall = (id: string, zone: string, neighbours: string[] = [], extra: Partial<Stall> = {}): Stall => ({
  id, zone, power: false, water: false, blocked: false, neighbours, ...extra,
});
const app = (id: string, zones: Record<string, number>, extra: Partial<Application> = {}): Application => ({
  id, stalls: 1, zones, needsPower: false, needsWater: false, category: 'I.1', ...extra,
});
/** A row of stalls s0…s(n-1) in one zone, each the neighbour of the next. */
const row = (n: number, zone = 'food', extra: (i: number) => Partial<Stall> = () => ({})): Stall[] =>
  Array.from({ length: n }, (_, i) => stall(`s${i}`, zone, i + 1 < n ? [`s${i + 1}`] : [], extra(i)));

/** Everything except wall-clock timings, which are the only thing allowed to differ between runs. */
const withoutTimings = (result: AllocationResult): unknown => ({
  ...result,
  stats: {
    ...result.stats,
    timeMs: 0,
    phases: Object.fromEntries(Object.entries(result.stats.phases).filter(([key]) => !key.endsWith('Ms'))),
    progress: result.stats.progress.map(({ ms: _ms, ...point }) => point),
  },
});

describe('allocateStalls', () => {
  it('obeys every hard rule, reports the true objective and a bound above it, on random instances', async () => {
    for (let seed = 1; seed <= 80; seed++) {
      const instance = randomInstance(seed, { stalls: [3, 14], applications: [1, 12], lockProbability: 0.15 });
      const result = await allocateStalls(instance);
      const evaluation = evaluateAssignment(instance, result.assignments);
      expect(evaluation.violations, `seed ${seed}`).toEqual([]);
      expect(result.objective).toBeCloseTo(evaluation.objective, 9);
      expect(result.bound).toBeGreaterThanOrEqual(result.objective);
      expect(result.gap).toBeGreaterThanOrEqual(0);
      const placed = new Set(Object.keys(result.assignments));
      const unplaced = new Set(result.unplaced.map((u) => u.id));
      // Every application is either placed or explained, never both.
      expect(placed.size + unplaced.size).toBe(instance.applications.length);
      for (const id of placed) expect(unplaced.has(id)).toBe(false);
    }
  });

  it('finds the optimum that exhaustive enumeration finds, and its bound is never below it', async () => {
    let nonTrivial = 0;
    for (let seed = 1000; seed < 1200; seed++) {
      const instance = randomInstance(seed, { stalls: [4, 10], applications: [3, 8], lockProbability: 0.1 });
      const optimum = bruteForce(instance);
      const result = await allocateStalls(instance);
      expect(result.objective, `seed ${seed}`).toBeCloseTo(optimum.objective, 9);
      expect(result.bound).toBeGreaterThanOrEqual(optimum.objective - 1e-9);
      if (optimum.leaves > 20) nonTrivial++;
    }
    expect(nonTrivial).toBeGreaterThan(100);
  });

  it('proves optimality (gap 0) on these small instances', async () => {
    for (let seed = 200; seed < 230; seed++) {
      const result = await allocateStalls(randomInstance(seed, { stalls: [3, 8], applications: [2, 6] }));
      expect(result.gap, `seed ${seed}`).toBe(0);
      expect(result.bound).toBe(result.objective);
    }
  });

  it('prefers the more valuable application when capacity runs out', async () => {
    const instance: AllocationInstance = {
      stalls: [stall('s0', 'food')],
      applications: [app('cheap', { food: 5 }), app('dear', { food: 9 })],
      sameCategoryPenalty: 0,
    };
    const result = await allocateStalls(instance);
    expect(result.assignments).toEqual({ dear: ['s0'] });
    expect(result.unplaced).toEqual([{ id: 'cheap', reason: 'outscored' }]);
    expect(result.objective).toBe(9);
  });

  it('separates same-category neighbours when the weights allow it', async () => {
    // Three stalls in a row, two I.1 and one IV.1: I.1 must not sit side by side.
    const instance: AllocationInstance = {
      stalls: row(3),
      applications: [app('a', { food: 10 }), app('b', { food: 10 }), app('c', { food: 10 }, { category: 'IV.1' })],
      sameCategoryPenalty: 3,
    };
    const result = await allocateStalls(instance);
    expect(result.assignments.c).toEqual(['s1']);
    expect(result.objective).toBe(30);
    expect(result.stats.penalisedPairs).toBe(0);
  });

  it('does not penalise the two stalls of one 2-stall application', async () => {
    const instance: AllocationInstance = {
      stalls: row(2),
      applications: [app('pair', { food: 10 }, { stalls: 2 })],
      sameCategoryPenalty: 100,
    };
    const result = await allocateStalls(instance);
    expect(result.assignments).toEqual({ pair: ['s0', 's1'] });
    expect(result.objective).toBe(10);
  });

  it('leaves a stall empty rather than pay a penalty larger than the weight', async () => {
    const instance: AllocationInstance = {
      stalls: row(2),
      applications: [app('a', { food: 2 }), app('b', { food: 1 })],
      sameCategoryPenalty: 5,
    };
    const result = await allocateStalls(instance);
    expect(result.assignments).toEqual({ a: ['s0'] });
    expect(result.objective).toBe(2);
    expect(result.unplaced).toEqual([{ id: 'b', reason: 'outscored' }]);
  });

  it('keeps locked assignments exactly, even when moving them would pay', async () => {
    const instance: AllocationInstance = {
      stalls: row(3),
      applications: [app('vip', { food: 1 }), app('a', { food: 10 }), app('b', { food: 10 })],
      // The lock puts vip in the middle, between two I.1 neighbours.
      locked: { vip: ['s1'] },
      sameCategoryPenalty: 3,
    };
    const result = await allocateStalls(instance);
    expect(result.assignments.vip).toEqual(['s1']);
    expect(evaluateAssignment(instance, result.assignments).feasible).toBe(true);
    expect(result.objective).toBe(1 + 10 + 10 - 2 * 3);
  });

  it('keeps an application locked out (empty lock) unplaced, with reason locked-out', async () => {
    const instance: AllocationInstance = {
      stalls: row(2),
      applications: [app('banned', { food: 50 }), app('a', { food: 1 })],
      locked: { banned: [] },
      sameCategoryPenalty: 0,
    };
    const result = await allocateStalls(instance);
    expect(result.assignments.banned).toBeUndefined();
    expect(result.unplaced).toEqual([{ id: 'banned', reason: 'locked-out' }]);
  });

  it('rejects an infeasible or conflicting lock by default, listing every problem', async () => {
    const instance: AllocationInstance = {
      stalls: [...row(2), stall('x', 'food', [], { blocked: true })],
      applications: [
        app('a', { food: 1 }),
        app('b', { food: 1 }),
        app('c', { food: 1 }, { needsPower: true }),
        app('d', { food: 1 }),
      ],
      locked: { a: ['s0'], b: ['s0'], c: ['s1'], d: ['x'] },
      sameCategoryPenalty: 0,
    };
    const error = await allocateStalls(instance).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InstanceValidationError);
    const messages = (error as InstanceValidationError).errors.map((e) => `${e.path} ${e.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/locked\/a .*also locked to application "b"/),
      expect.stringMatching(/^\/locked\/b .*also locked to application "a"/),
      expect.stringMatching(/^\/locked\/c .*no power/),
      expect.stringMatching(/^\/locked\/d .*blocked/),
    ]));
  });

  it('with invalidLocks "ignore", drops bad locks with a warning and optimises those applications freely', async () => {
    const instance: AllocationInstance = {
      stalls: row(2),
      applications: [app('a', { food: 4 }), app('b', { food: 5 }, { category: 'IV.1' })],
      locked: { a: ['s0', 's1'], b: ['s1'] },
      sameCategoryPenalty: 0,
    };
    const result = await allocateStalls(instance, { invalidLocks: 'ignore' });
    expect(result.warnings).toEqual([expect.stringMatching(/^\/locked\/a: .*needs 1 stall.*lock ignored/)]);
    expect(result.assignments.b).toEqual(['s1']);
    expect(result.assignments.a).toEqual(['s0']);
  });

  it('still rejects a structurally malformed instance when locks are ignored', async () => {
    const malformed = { stalls: [], applications: [{ id: 'a', stalls: 3 }], sameCategoryPenalty: 0 };
    // Deliberately malformed input, as it might arrive from a file.
    await expect(allocateStalls(malformed as unknown as AllocationInstance, { invalidLocks: 'ignore' })).rejects.toThrow(InstanceValidationError);
  });

  describe('explains every unplaced application with a machine reason', () => {
    it.each([
      ['no-compatible-zone', [stall('s0', 'food')], app('x', { foreign: 10 })],
      ['no-compatible-zone', [stall('s0', 'food', [], { blocked: true })], app('x', { food: 10 })],
      ['no-stall-with-power', [stall('s0', 'food', [], { water: true })], app('x', { food: 10 }, { needsPower: true })],
      ['no-stall-with-water', [stall('s0', 'food', [], { power: true })], app('x', { food: 10 }, { needsWater: true })],
      ['no-stall-with-power-and-water', [stall('s0', 'food', [], { power: true }), stall('s1', 'food', [], { water: true })],
        app('x', { food: 10 }, { needsPower: true, needsWater: true })],
      ['no-adjacent-pair', [stall('s0', 'food'), stall('s1', 'food')], app('x', { food: 10 }, { stalls: 2 })],
      // Neighbours in different zones do not make a pair.
      ['no-adjacent-pair', [stall('s0', 'food', ['s1']), stall('s1', 'foreign')], app('x', { food: 10, foreign: 10 }, { stalls: 2 })],
      ['no-positive-weight', [stall('s0', 'food')], app('x', { food: 0 })],
    ] as const)('%s', async (reason, stalls, application) => {
      const result = await allocateStalls({ stalls: [...stalls], applications: [application], sameCategoryPenalty: 0 });
      expect(result.unplaced).toEqual([{ id: 'x', reason }]);
    });

    it('taken-by-locked when locked applications hold every suitable stall', async () => {
      const result = await allocateStalls({
        stalls: [stall('s0', 'food')],
        applications: [app('boss', { food: 1 }), app('x', { food: 10 })],
        locked: { boss: ['s0'] },
        sameCategoryPenalty: 0,
      });
      expect(result.unplaced).toEqual([{ id: 'x', reason: 'taken-by-locked' }]);
    });
  });

  it('handles degenerate instances: no stalls, no applications, everything locked', async () => {
    const empty = await allocateStalls({ stalls: [], applications: [], sameCategoryPenalty: 0 });
    expect(empty).toMatchObject({ assignments: {}, objective: 0, bound: 0, gap: 0, unplaced: [] });
    const noStalls = await allocateStalls({ stalls: [], applications: [app('x', { food: 3 })], sameCategoryPenalty: 1 });
    expect(noStalls.unplaced).toEqual([{ id: 'x', reason: 'no-compatible-zone' }]);
    const allLocked = await allocateStalls({
      stalls: row(2),
      applications: [app('a', { food: 3 }), app('b', { food: 4 })],
      locked: { a: ['s0'], b: ['s1'] },
      sameCategoryPenalty: 1,
    });
    expect(allLocked).toMatchObject({ objective: 6, bound: 6, gap: 0 });
  });

  it('is deterministic: the same input gives the same output (timings aside)', async () => {
    const instance = generateInstance({ stalls: 150, applications: 400, seed: 8, lockedApplications: 5 });
    const first = await allocateStalls(instance);
    const second = await allocateStalls(structuredClone(instance));
    expect(withoutTimings(second)).toEqual(withoutTimings(first));
    for (let seed = 300; seed < 310; seed++) {
      const small = randomInstance(seed, { stalls: [4, 12], applications: [2, 10], lockProbability: 0.2 });
      expect(withoutTimings(await allocateStalls(small))).toEqual(withoutTimings(await allocateStalls(small)));
    }
  });

  it('reaches the proven optimum on a generated 150-stall fair and beats first-come-first-served by far', async () => {
    const instance = generateInstance({ stalls: 150, applications: 400, seed: 1 });
    const result = await allocateStalls(instance);
    expect(evaluateAssignment(instance, result.assignments).feasible).toBe(true);
    expect(result.objective / result.bound).toBeGreaterThanOrEqual(0.999);
    expect(result.stats.baselineObjective ?? Infinity).toBeLessThan(0.8 * result.objective);
  });

  it('without the whole-instance MILP, re-optimises stripes of windows instead: feasible, bounded, deterministic', async () => {
    const instance = generateInstance({ stalls: 150, applications: 400, seed: 4, sameCategoryPenalty: 15 });
    // Without annealing, so that the stripes have gaps left to close.
    const result = await allocateStalls(instance, { heuristicOnly: true, annealMovesPerStall: 0 });
    expect(evaluateAssignment(instance, result.assignments).feasible).toBe(true);
    expect(result.stats.phases.exactColumns).toBeUndefined();
    expect(result.stats.phases.windowImprovements).toBeGreaterThan(0);
    expect(result.bound).toBeGreaterThanOrEqual(result.objective);
    expect(result.objective / result.bound).toBeGreaterThanOrEqual(0.995);
    expect(withoutTimings(await allocateStalls(instance, { heuristicOnly: true, annealMovesPerStall: 0 }))).toEqual(withoutTimings(result));
  });

  it('keeps a valid bound on the heuristic-only path too (checked against exhaustive enumeration)', async () => {
    for (let seed = 400; seed < 440; seed++) {
      const instance = randomInstance(seed, { stalls: [4, 9], applications: [3, 7], lockProbability: 0.1 });
      const optimum = bruteForce(instance);
      const result = await allocateStalls(instance, { heuristicOnly: true });
      expect(result.bound, `seed ${seed}`).toBeGreaterThanOrEqual(optimum.objective - 1e-9);
      expect(result.objective).toBeLessThanOrEqual(optimum.objective + 1e-9);
      expect(evaluateAssignment(instance, result.assignments).feasible).toBe(true);
    }
  });

  it('on mid-sized fairs too large to enumerate, the bound of each path is above the objective of the other', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const random = createRandom(seed * 7919);
      const instance = generateInstance({
        stalls: random.int(20, 80),
        applications: random.int(30, 200),
        seed,
        sameCategoryPenalty: random.pick([0, 3, 15, 40]),
        lockedApplications: random.int(0, 6),
      });
      // Fractional weights and few categories (penalties that cannot all be avoided) on some of them.
      if (random.chance(0.5)) for (const a of instance.applications) for (const z of Object.keys(a.zones)) a.zones[z] = (a.zones[z] ?? 0) + random.int(0, 99) / 100;
      if (random.chance(0.3)) for (const a of instance.applications) a.category = `C${random.int(1, 3)}`;
      const full = await allocateStalls(instance);
      const stripes = await allocateStalls(instance, { heuristicOnly: true });
      expect(full.objective, `seed ${seed}`).toBeLessThanOrEqual(stripes.bound + 1e-9);
      expect(stripes.objective).toBeLessThanOrEqual(full.bound + 1e-9);
      expect(evaluateAssignment(instance, full.assignments).feasible).toBe(true);
      expect(evaluateAssignment(instance, stripes.assignments).feasible).toBe(true);
    }
  });
});
