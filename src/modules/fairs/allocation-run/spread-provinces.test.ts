import { describe, expect, it } from 'vitest';
import { evaluateAssignment } from '../allocation/evaluate-assignment.ts';
import type { AllocationInstance } from '../allocation/types.ts';
import { spreadProvinces } from './spread-provinces.ts';

// A row of six stalls, S1…S6, each next to the following one.
const row = (n: number, zone = 'z') =>
  Array.from({ length: n }, (_, i) => ({ id: `S${i + 1}`, zone, power: i === 0, water: false, blocked: false, neighbours: i + 1 < n ? [`S${i + 2}`] : [] }));
const app = (id: string, category: string, needsPower = false) => ({ id, stalls: 1 as const, zones: { z: 10 }, needsPower, needsWater: false, category });

describe('spreading provinces along the street', () => {
  const instance: AllocationInstance = {
    stalls: row(4),
    applications: [app('a', 'I.1.a'), app('b', 'I.1.a'), app('c', 'IV.1'), app('d', 'IV.1')],
    sameCategoryPenalty: 0,
  };
  const provinces = new Map([['a', 'Lào Cai'], ['b', 'Lào Cai'], ['c', 'Hà Giang'], ['d', 'Hà Giang']]);

  it('swaps exhibitors so that fewer neighbours share a province, keeping the objective', () => {
    const start = { a: ['S1'], b: ['S2'], c: ['S3'], d: ['S4'] };
    const result = spreadProvinces(instance, start, provinces);
    expect(result.sameProvincePairsBefore).toBe(2);
    expect(result.sameProvincePairsAfter).toBe(0);
    const before = evaluateAssignment(instance, start);
    const after = evaluateAssignment(instance, result.assignments);
    expect(after.feasible).toBe(true);
    expect(after.objective).toBe(before.objective);
  });

  it('never adds a same-category neighbour pair to spread provinces', () => {
    const penalised = { ...instance, sameCategoryPenalty: 5 };
    const start = { a: ['S1'], c: ['S2'], b: ['S3'], d: ['S4'] };
    const result = spreadProvinces(penalised, start, new Map([['a', 'X'], ['c', 'X'], ['b', 'Y'], ['d', 'Y']]));
    expect(evaluateAssignment(penalised, result.assignments).objective).toBeGreaterThanOrEqual(evaluateAssignment(penalised, start).objective);
  });

  it('moves neither locked exhibitors nor onto stalls lacking what they need', () => {
    const withNeeds: AllocationInstance = { ...instance, applications: [app('a', 'I.1.a', true), ...instance.applications.slice(1)], locked: { d: ['S4'] } };
    const start = { a: ['S1'], b: ['S2'], c: ['S3'], d: ['S4'] };
    const result = spreadProvinces(withNeeds, start, provinces);
    expect(result.assignments.a).toEqual(['S1']);
    expect(result.assignments.d).toEqual(['S4']);
    expect(evaluateAssignment(withNeeds, result.assignments).feasible).toBe(true);
  });
});
