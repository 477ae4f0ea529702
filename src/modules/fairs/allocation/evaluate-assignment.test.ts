import { describe, expect, it } from 'vitest';
import { evaluateAssignment } from './evaluate-assignment.ts';
import type { AllocationInstance, Assignments, ViolationCode } from './types.ts';

/**
 *   food:    p1 — p2 — w3 — x4(blocked)      foreign: f5 — f6
 * p = power, w = water; f6 lists f5 as neighbour but not the other way round.
 */
const instance = (): AllocationInstance => ({
  stalls: [
    { id: 'p1', zone: 'food', power: true, water: false, blocked: false, neighbours: ['p2'] },
    { id: 'p2', zone: 'food', power: true, water: false, blocked: false, neighbours: ['p1', 'w3'] },
    { id: 'w3', zone: 'food', power: false, water: true, blocked: false, neighbours: ['p2', 'x4', 'f5'] },
    { id: 'x4', zone: 'food', power: false, water: false, blocked: true, neighbours: ['w3'] },
    { id: 'f5', zone: 'foreign', power: false, water: false, blocked: false, neighbours: ['w3'] },
    { id: 'f6', zone: 'foreign', power: false, water: false, blocked: false, neighbours: ['f5'] },
  ],
  applications: [
    { id: 'grill', stalls: 2, zones: { food: 20 }, needsPower: true, needsWater: false, category: 'I.1' },
    { id: 'soup', stalls: 1, zones: { food: 15 }, needsPower: false, needsWater: true, category: 'I.1' },
    { id: 'silk', stalls: 1, zones: { foreign: 9, food: 4 }, needsPower: false, needsWater: false, category: 'IV.1' },
    { id: 'lace', stalls: 1, zones: { foreign: 7 }, needsPower: false, needsWater: false, category: 'IV.1' },
  ],
  locked: {},
  sameCategoryPenalty: 3,
});

const codes = (assignments: Assignments, base = instance()): string[] =>
  evaluateAssignment(base, assignments).violations.map((v) => v.code);

describe('evaluateAssignment', () => {
  it('accepts a feasible plan and recomputes its objective: weights minus penalised neighbour pairs', () => {
    const result = evaluateAssignment(instance(), { grill: ['p1', 'p2'], soup: ['w3'], silk: ['f5'], lace: ['f6'] });
    // grill–soup (p2–w3) share I.1; silk–lace (f5–f6, listed one way only) share IV.1.
    // grill's own two stalls are never a penalised pair; w3–f5 are different categories.
    expect(result).toEqual({ feasible: true, violations: [], objective: 20 + 15 + 9 + 7 - 2 * 3, weightSum: 51, penalisedPairs: 2, placed: 4 });
  });

  it('treats missing entries and empty stall lists as unplaced', () => {
    expect(evaluateAssignment(instance(), { soup: [], silk: ['f6'] })).toMatchObject({ feasible: true, objective: 9, placed: 1 });
  });

  it.each<[ViolationCode, Assignments]>([
    ['unknown-application', { ghost: ['f5'] }],
    ['unknown-stall', { silk: ['nowhere'] }],
    ['wrong-stall-count', { silk: ['f5', 'f6'] }],
    ['duplicate-stall-in-assignment', { grill: ['p1', 'p1'] }],
    ['stall-taken-twice', { silk: ['f5'], lace: ['f5'] }],
    ['blocked-stall', { silk: ['x4'] }],
    ['zone-not-allowed', { lace: ['w3'] }],
    ['no-power', { grill: ['p2', 'w3'] }],
    ['no-water', { soup: ['p1'] }],
  ])('reports %s', (code, assignments) => {
    expect(codes(assignments)).toContain(code);
  });

  it('requires the stalls of a pair to be neighbours in one zone', () => {
    const base = instance();
    for (const app of base.applications) app.needsPower = false;
    base.applications[0]!.zones.foreign = 5;
    expect(codes({ grill: ['p1', 'w3'] }, base)).toEqual(['stalls-not-adjacent']);
    expect(codes({ grill: ['w3', 'f5'] }, base)).toEqual(['zones-differ']);
  });

  it('requires locks to be kept exactly, in any order, including empty locks', () => {
    const base = { ...instance(), locked: { grill: ['p2', 'p1'], lace: [] } };
    expect(codes({ grill: ['p1', 'p2'] }, base)).toEqual([]);
    expect(codes({}, base)).toEqual(['lock-not-kept']);
    expect(codes({ grill: ['p1', 'p2'], lace: ['f6'] }, base)).toEqual(['lock-not-kept']);
  });
});
