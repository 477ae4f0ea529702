import { describe, expect, it } from 'vitest';
import { allocateStalls } from './allocate-stalls.ts';
import { evaluateAssignment } from './evaluate-assignment.ts';
import { generateInstance } from './generate-instance.ts';
import { bruteForce } from './test-support/brute-force.ts';
import type { AllocationInstance, AllocationProgress } from './types.ts';

/** A crowded fair: most applicants in one product group, so the penalty matters and the gap takes work to close. */
const crowdedFair = (): AllocationInstance => generateInstance({ stalls: 150, applications: 400, seed: 2, profile: 'crowded' });

describe('allocateStalls within a time budget', () => {
  it('at the time limit returns a feasible plan with a proven bound and gap, never nothing', async () => {
    const instance = crowdedFair();
    const result = await allocateStalls(instance, { timeLimitSeconds: 0.05 });
    expect(result.stats.endedBy).toBe('time-limit');
    expect(result.stats.timeLimitSeconds).toBe(0.05);
    expect(evaluateAssignment(instance, result.assignments).feasible).toBe(true);
    // However early the limit, the plan is never worse than first come, first served.
    expect(result.objective).toBeGreaterThanOrEqual(result.stats.baselineObjective ?? Infinity);
    expect(result.bound).toBeGreaterThanOrEqual(result.objective);
    expect(Number.isFinite(result.bound)).toBe(true);
    expect(result.gap).toBeCloseTo((result.bound - result.objective) / result.bound, 12);
  });

  it('stops when asked, keeping the best plan found so far', async () => {
    const instance = crowdedFair();
    const heard: AllocationProgress[] = [];
    const result = await allocateStalls(instance, {
      timeLimitSeconds: 60,
      onProgress: (progress) => heard.push(progress),
      // The organizer presses "stop" once a first plan is on the screen.
      shouldStop: () => heard.length > 0,
    });
    expect(result.stats.endedBy).toBe('stopped');
    expect(evaluateAssignment(instance, result.assignments).feasible).toBe(true);
    expect(result.objective).toBeGreaterThanOrEqual(heard[0]?.objective ?? Infinity);
  });

  it('reports progress as it goes: better plans, tighter bounds, the last one being the result', async () => {
    const instance = crowdedFair();
    const heard: AllocationProgress[] = [];
    const result = await allocateStalls(instance, { timeLimitSeconds: 2, onProgress: (progress) => heard.push(progress) });
    expect(heard.length).toBeGreaterThan(1);
    for (let i = 1; i < heard.length; i++) {
      const [before, after] = [heard[i - 1], heard[i]] as [AllocationProgress, AllocationProgress];
      expect(after.objective).toBeGreaterThanOrEqual(before.objective);
      expect(after.bound ?? Infinity).toBeLessThanOrEqual(before.bound ?? Infinity);
      expect(after.ms).toBeGreaterThanOrEqual(before.ms);
    }
    const last = heard.at(-1);
    expect(last).toMatchObject({ objective: result.objective, bound: result.bound });
    expect(result.stats.progress.map(({ ms, objective, bound }) => ({ ms, objective, bound })))
      .toEqual(heard.map(({ ms, objective, bound }) => ({ ms, objective, bound })));
  });

  it('counts the same-category neighbours that a zone’s mix cannot avoid in its bound', async () => {
    // Five stalls in a row, five applicants of one group: placing all five costs four penalties,
    // and every other plan is worse. Without counting forced neighbours the bound would be 50.
    const stalls = Array.from({ length: 5 }, (_, i) => ({
      id: `s${i}`, zone: 'food', power: false, water: false, blocked: false, neighbours: i < 4 ? [`s${i + 1}`] : [],
    }));
    const applications = Array.from({ length: 5 }, (_, i) => ({
      id: `a${i}`, stalls: 1 as const, zones: { food: 10 }, needsPower: false, needsWater: false, category: 'I.3.b',
    }));
    const instance: AllocationInstance = { stalls, applications, sameCategoryPenalty: 3 };
    const result = await allocateStalls(instance, { annealMovesPerStall: 0 });
    expect(bruteForce(instance).objective).toBe(38);
    expect(result).toMatchObject({ objective: 38, bound: 38, gap: 0 });
    expect(result.stats.boundSource).toBe('zone-milp');
  });
});
