import { describe, expect, it } from 'vitest';
import { FOOD_ZONE, FOREIGN_ZONE, generateInstance, REGIONAL_ZONES } from './generate-instance.ts';
import { validateInstance } from './validate-instance.ts';

describe('generateInstance', () => {
  it('is a pure function of its options', () => {
    expect(generateInstance({ stalls: 150, applications: 400, seed: 7 })).toEqual(generateInstance({ stalls: 150, applications: 400, seed: 7 }));
    expect(generateInstance({ stalls: 150, applications: 400, seed: 7 })).not.toEqual(generateInstance({ stalls: 150, applications: 400, seed: 8 }));
  });

  it('builds a walking street with every zone, utilities, blocked stalls and symmetric row neighbours', () => {
    const instance = generateInstance({ stalls: 2000, applications: 6000, seed: 1 });
    expect(instance.stalls).toHaveLength(2000);
    expect(new Set(instance.stalls.map((s) => s.zone))).toEqual(new Set([...REGIONAL_ZONES, FOREIGN_ZONE, FOOD_ZONE]));
    const share = (predicate: (s: (typeof instance.stalls)[number]) => boolean): number => instance.stalls.filter(predicate).length / 2000;
    expect(share((s) => s.power)).toBeGreaterThan(0.1);
    expect(share((s) => s.water)).toBeGreaterThan(0.02);
    expect(share((s) => s.blocked)).toBeGreaterThan(0.01);
    expect(share((s) => s.blocked)).toBeLessThan(0.06);
    const byId = new Map(instance.stalls.map((s) => [s.id, s]));
    for (const stall of instance.stalls) {
      expect(stall.neighbours.length).toBeLessThanOrEqual(2);
      for (const n of stall.neighbours) expect(byId.get(n)?.neighbours).toContain(stall.id);
    }
  });

  it('draws applications like an OCOP fair: about a quarter want two stalls, a fifth power, a tenth water', () => {
    const { applications } = generateInstance({ stalls: 2000, applications: 6000, seed: 1 });
    const share = (predicate: (a: (typeof applications)[number]) => boolean): number => applications.filter(predicate).length / applications.length;
    expect(share((a) => a.stalls === 2)).toBeCloseTo(0.25, 1);
    expect(share((a) => a.needsPower)).toBeCloseTo(0.2, 1);
    expect(share((a) => a.needsWater)).toBeCloseTo(0.1, 1);
    expect(new Set(applications.map((a) => a.category)).size).toBe(15);
    const weights = applications.flatMap((a) => Object.values(a.zones));
    expect(Math.min(...weights)).toBeGreaterThanOrEqual(7);
    expect(Math.max(...weights)).toBeLessThanOrEqual(30);
  });

  it('produces valid instances, with feasible organiser locks on request', () => {
    const instance = generateInstance({ stalls: 150, applications: 400, seed: 4, lockedApplications: 12, sameCategoryPenalty: 5 });
    expect(validateInstance(instance)).toEqual({ valid: true, errors: [] });
    expect(Object.keys(instance.locked ?? {})).toHaveLength(12);
    expect(instance.sameCategoryPenalty).toBe(5);
  });
});
