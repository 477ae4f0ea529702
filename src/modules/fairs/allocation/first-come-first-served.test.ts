import { describe, expect, it } from 'vitest';
import { evaluateAssignment } from './evaluate-assignment.ts';
import { allocateFirstComeFirstServed } from './first-come-first-served.ts';
import { generateInstance } from './generate-instance.ts';
import { randomInstance } from './test-support/random-instance.ts';
import type { AllocationInstance } from './types.ts';

const street = (): AllocationInstance => ({
  stalls: ['s0', 's1', 's2'].map((id, i, ids) => ({
    id, zone: i < 2 ? 'food' : 'foreign', power: false, water: false, blocked: false,
    neighbours: i + 1 < ids.length ? [ids[i + 1] ?? ''] : [],
  })),
  applications: [
    { id: 'early', stalls: 1, zones: { food: 5 }, needsPower: false, needsWater: false, category: 'I.1' },
    { id: 'later', stalls: 1, zones: { food: 30, foreign: 29 }, needsPower: false, needsWater: false, category: 'I.2' },
    { id: 'last', stalls: 1, zones: { food: 30 }, needsPower: false, needsWater: false, category: 'I.3' },
  ],
  locked: {},
  sameCategoryPenalty: 1,
});

describe('allocateFirstComeFirstServed', () => {
  it('serves applications in array order, each on the first free stall of its best zone', () => {
    const result = allocateFirstComeFirstServed(street());
    expect(result.assignments).toEqual({ early: ['s0'], later: ['s1'] });
    // `last` came when food was full: it never displaces anyone.
    expect(result.unplaced).toEqual([{ id: 'last', reason: 'outscored' }]);
    expect(result.objective).toBe(35);
  });

  it('falls back to the next-best zone when the best one is full', () => {
    const instance = street();
    instance.applications = [instance.applications[0]!, instance.applications[2]!, instance.applications[1]!];
    expect(allocateFirstComeFirstServed(instance).assignments).toEqual({ early: ['s0'], last: ['s1'], later: ['s2'] });
  });

  it('gives locked applications their stalls before serving anyone', () => {
    const result = allocateFirstComeFirstServed({ ...street(), locked: { last: ['s0'] } });
    expect(result.assignments).toEqual({ early: ['s1'], later: ['s2'], last: ['s0'] });
  });

  it('always produces a feasible plan whose objective evaluateAssignment confirms', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const instance = randomInstance(seed, { stalls: [3, 14], applications: [1, 12], lockProbability: 0.2 });
      const result = allocateFirstComeFirstServed(instance);
      const evaluation = evaluateAssignment(instance, result.assignments);
      expect(evaluation.violations, `seed ${seed}`).toEqual([]);
      expect(result.objective).toBeCloseTo(evaluation.objective, 9);
    }
    const fair = generateInstance({ stalls: 150, applications: 400, seed: 2, lockedApplications: 4 });
    expect(evaluateAssignment(fair, allocateFirstComeFirstServed(fair).assignments).feasible).toBe(true);
  });
});
