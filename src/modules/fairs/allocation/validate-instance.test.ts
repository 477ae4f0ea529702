import { describe, expect, it } from 'vitest';
import { generateInstance } from './generate-instance.ts';
import type { AllocationInstance } from './types.ts';
import { assertValidInstance, InstanceValidationError, validateInstance } from './validate-instance.ts';

const valid = (): AllocationInstance => ({
  stalls: [
    { id: 's1', zone: 'food', power: true, water: false, blocked: false, neighbours: ['s2'] },
    { id: 's2', zone: 'food', power: true, water: true, blocked: false, neighbours: [] },
    { id: 's3', zone: 'foreign', power: false, water: false, blocked: true, neighbours: ['s2'] },
  ],
  applications: [
    { id: 'a', stalls: 2, zones: { food: 20 }, needsPower: true, needsWater: false, category: 'I.3.b' },
    { id: 'b', stalls: 1, zones: { food: 10, foreign: 12 }, needsPower: false, needsWater: false, category: 'IV.1' },
  ],
  locked: {},
  sameCategoryPenalty: 3,
});

/** The messages for a mutated copy of the valid instance, as "path: message". */
const errorsOf = (mutate: (instance: Record<string, unknown> & AllocationInstance) => void): string[] => {
  const instance = structuredClone(valid()) as Record<string, unknown> & AllocationInstance;
  mutate(instance);
  return validateInstance(instance).errors.map((e) => `${e.path}: ${e.message}`);
};

describe('validateInstance', () => {
  it('accepts a well-formed instance, a generated one, and an instance without `locked`', () => {
    expect(validateInstance(valid())).toEqual({ valid: true, errors: [] });
    expect(validateInstance(generateInstance({ stalls: 150, applications: 400, seed: 3, lockedApplications: 10 })).valid).toBe(true);
    const { locked: _unused, ...withoutLocked } = valid();
    expect(validateInstance(withoutLocked).valid).toBe(true);
  });

  it('rejects values that are not instances at all', () => {
    expect(validateInstance(null).errors).toEqual([{ path: '', message: 'the instance must be a JSON object' }]);
    expect(validateInstance([]).valid).toBe(false);
    expect(validateInstance({}).errors.map((e) => e.path)).toEqual(['/sameCategoryPenalty', '/stalls', '/applications']);
  });

  it.each([
    ['duplicate stall ids', (i: AllocationInstance) => { i.stalls.push({ ...i.stalls[0]! }); }, '/stalls/3/id: duplicate stall id "s1"'],
    ['an unknown neighbour', (i: AllocationInstance) => { i.stalls[0]!.neighbours.push('nowhere'); }, '/stalls/0/neighbours/1: unknown stall id "nowhere"'],
    ['a stall as its own neighbour', (i: AllocationInstance) => { i.stalls[0]!.neighbours.push('s1'); }, '/stalls/0/neighbours/1: a stall cannot be its own neighbour'],
    ['a missing flag', (i: AllocationInstance) => { delete (i.stalls[2] as Partial<AllocationInstance['stalls'][number]>).blocked; }, '/stalls/2/blocked: must be a boolean'],
    ['an empty zone name', (i: AllocationInstance) => { i.stalls[0]!.zone = ''; }, '/stalls/0/zone: must be a non-empty string'],
    ['duplicate application ids', (i: AllocationInstance) => { i.applications[1]!.id = 'a'; }, '/applications/1/id: duplicate application id "a"'],
    ['a stall count other than 1 or 2', (i: AllocationInstance) => { (i.applications[0] as { stalls: number }).stalls = 3; }, '/applications/0/stalls: must be 1 or 2, got 3'],
    ['a non-numeric weight', (i: AllocationInstance) => { (i.applications[1]!.zones as Record<string, unknown>).food = '10'; }, '/applications/1/zones/food: weight must be a finite number'],
    ['an infinite weight', (i: AllocationInstance) => { i.applications[1]!.zones.food = Infinity; }, '/applications/1/zones/food: weight must be a finite number'],
    ['a missing category', (i: AllocationInstance) => { i.applications[0]!.category = ''; }, '/applications/0/category: must be a non-empty string'],
    ['a negative penalty', (i: AllocationInstance) => { i.sameCategoryPenalty = -1; }, '/sameCategoryPenalty: must be a finite number ≥ 0'],
  ])('reports %s', (_name, mutate, expected) => {
    expect(errorsOf(mutate)).toEqual([expected]);
  });

  describe('checks every lock against the hard rules', () => {
    it.each([
      ['an unknown application', { ghost: ['s1'] }, '/locked/ghost: unknown application id "ghost"'],
      ['an unknown stall', { b: ['s9'] }, '/locked/b: unknown stall id(s) "s9"'],
      ['the wrong number of stalls', { b: ['s1', 's2'] }, '/locked/b: application "b" needs 1 stall(s) but is locked to 2'],
      ['a blocked stall', { b: ['s3'] }, '/locked/b: stall "s3" is blocked'],
      ['a zone the application does not allow', { a: ['s2', 's3'] }, '/locked/a: stall "s3" is in zone "foreign", which the application does not allow'],
      ['a missing utility', { a: ['s1', 's2'], b: ['s3'] }, '/locked/b: stall "s3" is blocked'],
    ])('reports %s', (_name, locked, expected) => {
      expect(errorsOf((i) => { i.locked = locked; })).toContain(expected);
    });

    it('requires the two stalls of a pair to be neighbours in one zone', () => {
      const errors = errorsOf((i) => {
        i.stalls[2] = { ...i.stalls[2]!, zone: 'food', blocked: false, power: true, neighbours: [] };
        i.stalls[1]!.neighbours = [];
        i.locked = { a: ['s1', 's3'] };
      });
      expect(errors).toEqual(['/locked/a: stalls "s1" and "s3" are not neighbours']);
      expect(errorsOf((i) => {
        i.stalls[2] = { ...i.stalls[2]!, blocked: false, power: true };
        i.applications[0]!.zones.foreign = 5;
        i.locked = { a: ['s2', 's3'] };
      })).toEqual(['/locked/a: the two stalls are in different zones']);
    });

    it('requires power and water where the application needs them', () => {
      expect(errorsOf((i) => {
        i.applications[1]!.needsWater = true;
        i.locked = { b: ['s1'] };
      })).toEqual(['/locked/b: stall "s1" has no water but the application needs it']);
    });

    it('reports both sides of two locks on one stall, and marks lock errors as such', () => {
      const report = validateInstance({ ...valid(), locked: { b: ['s1'], a: ['s1', 's2'] } });
      expect(report.errors).toEqual([
        { path: '/locked/b', message: 'stall "s1" is also locked to application "a"', lock: { applicationId: 'b' } },
        { path: '/locked/a', message: 'stall "s1" is also locked to application "b"', lock: { applicationId: 'a' } },
      ]);
    });

    it('accepts an empty lock, which keeps the application out', () => {
      expect(validateInstance({ ...valid(), locked: { a: [] } }).valid).toBe(true);
    });
  });

  it('assertValidInstance throws an InstanceValidationError carrying every error', () => {
    expect(() => assertValidInstance({ stalls: 'no' })).toThrow(InstanceValidationError);
    try {
      assertValidInstance({ stalls: 'no' });
    } catch (error) {
      expect((error as InstanceValidationError).errors).toHaveLength(3);
      expect((error as Error).message).toMatch(/^invalid allocation instance: \/sameCategoryPenalty: /);
    }
  });
});
