import { describe, expect, it } from 'vitest';
import { layoutWalkingStreet } from '../../../../modules/fairs/floor-plan/layout-walking-street.ts';
import { planLandmarks } from './plan-landmarks.ts';

describe('the landmarks of a walking street', () => {
  const plan = layoutWalkingStreet({ lengthMetres: 120, crossings: [40, 90], stageAt: 60, zones: [{ zone: 'red-river-delta', share: 1 }] });

  it('names each side by its row, north above the street', () => {
    expect(planLandmarks(plan).sides).toEqual([
      { side: 'north', row: 'B', fromX: 0 },
      { side: 'south', row: 'N', fromX: 0 },
    ]);
  });

  it('marks the two ends and every cross street left free, but not the stage or the services', () => {
    const { entrances } = planLandmarks(plan);
    expect(entrances.map((e) => e.kind)).toEqual(['start', 'crossing', 'crossing', 'end']);
    expect(entrances[0]?.x).toBe(0);
    expect(entrances[1]?.x).toBeCloseTo(40, 0);
    expect(entrances[2]?.x).toBeCloseTo(90, 0);
    const lastRowEnd = Math.max(...plan.filter((s) => /^[BN]-/.test(s.code)).map((s) => s.x + s.width));
    expect(entrances[3]?.x).toBe(lastRowEnd);
    expect(lastRowEnd).toBeGreaterThan(116);
  });

  it('a side whose stalls have several prefixes has no row name; a plan without rows has no landmarks', () => {
    const mixed = [
      { code: 'A-1', zone: 'food', x: 0, y: 4, width: 3, depth: 3 },
      { code: 'C-1', zone: 'food', x: 3, y: 4, width: 3, depth: 3 },
    ];
    expect(planLandmarks(mixed).sides).toEqual([{ side: 'north', row: null, fromX: 0 }]);
    expect(planLandmarks([{ code: 'STAGE', zone: 'stage', x: 0, y: 4, width: 12, depth: 6 }])).toEqual({ sides: [], entrances: [] });
  });
});
