import { describe, expect, it } from 'vitest';
import { layoutWalkingStreet } from './layout-walking-street.ts';
import { stallNeighbours } from './stall-neighbours.ts';

describe('laying out a walking street', () => {
  const plan = layoutWalkingStreet({
    lengthMetres: 240,
    crossings: [120],
    stageAt: 60,
    stageLength: 12,
    zones: [
      { zone: 'northern-mountains', share: 0.25 },
      { zone: 'red-river-delta', share: 0.25 },
      { zone: 'central-highlands', share: 0.2 },
      { zone: 'southern-delta', share: 0.2 },
      { zone: 'foreign', share: 0.1 },
    ],
  });
  const exhibitorStalls = plan.filter((s) => s.zone !== 'stage' && s.zone !== 'service');

  it('puts stalls on both sides, leaving the crossing and the stage free', () => {
    expect(exhibitorStalls.length).toBeGreaterThan(130);
    expect(exhibitorStalls.some((s) => s.code.startsWith('B-'))).toBe(true);
    expect(exhibitorStalls.some((s) => s.code.startsWith('N-'))).toBe(true);
    for (const s of exhibitorStalls) {
      expect(s.x + s.width <= 116 || s.x >= 124, `${s.code} on the crossing`).toBe(true);
      if (s.code.startsWith('B-')) expect(s.x + s.width <= 60 || s.x >= 72, `${s.code} on the stage`).toBe(true);
    }
    expect(plan.find((s) => s.zone === 'stage')).toMatchObject({ blocked: true, x: 60, width: 12 });
  });

  it('puts an information desk and first aid before the street starts and toilets after it ends, off the rows', () => {
    const services = plan.filter((s) => s.zone === 'service');
    expect(services.map((s) => [s.code, s.service, s.blocked])).toEqual([['INFO', 'info', true], ['YT', 'first-aid', true], ['WC', 'toilet', true]]);
    const [info, aid, toilets] = services;
    expect(Math.max(info?.x ?? 0, aid?.x ?? 0) + 3).toBeLessThanOrEqual(0);
    expect(toilets?.x).toBeGreaterThanOrEqual(240);
    expect(layoutWalkingStreet({ lengthMetres: 60, zones: [{ zone: 'food', share: 1 }], services: false }).some((s) => s.zone === 'service')).toBe(false);
  });

  it('gives every zone a stretch of street and unique codes', () => {
    expect(new Set(exhibitorStalls.map((s) => s.zone)).size).toBe(5);
    expect(new Set(plan.map((s) => s.code)).size).toBe(plan.length);
    const xs = (zone: string) => exhibitorStalls.filter((s) => s.zone === zone).map((s) => s.x);
    expect(Math.max(...xs('northern-mountains'))).toBeLessThan(Math.min(...xs('foreign')));
  });

  it('marks the ends of each run as corner stalls', () => {
    const north = exhibitorStalls.filter((s) => s.code.startsWith('B-'));
    expect(north[0]?.corner).toBe(true);
    expect(north.at(-1)?.corner).toBe(true);
    const beforeStage = north.filter((s) => s.x + s.width <= 60).at(-1);
    expect(beforeStage?.corner).toBe(true);
  });
});

describe('stall neighbours', () => {
  it('are the stalls sharing an edge, not those across a gap or the street', () => {
    const stalls = [
      { code: 'A', x: 0, y: 0, width: 3, depth: 3 },
      { code: 'B', x: 3, y: 0, width: 3, depth: 3 },
      { code: 'C', x: 10, y: 0, width: 3, depth: 3 },
      { code: 'D', x: 0, y: -11, width: 3, depth: 3 },
      { code: 'E', x: 3, y: 3, width: 3, depth: 3 },
      { code: 'F', x: 6, y: 6, width: 3, depth: 3 },
    ];
    const neighbours = stallNeighbours(stalls);
    expect(neighbours.get('A')).toEqual(['B']);
    expect(neighbours.get('B')).toEqual(['A', 'E']);
    expect(neighbours.get('C')).toEqual([]);
    expect(neighbours.get('D')).toEqual([]);
    expect(neighbours.get('F')).toEqual([]);
  });

  it('follow the generated street: consecutive stalls on one side', () => {
    const plan = layoutWalkingStreet({ lengthMetres: 30, zones: [{ zone: 'food', share: 1 }] });
    const neighbours = stallNeighbours(plan);
    expect(neighbours.get('B-002')).toEqual(['B-001', 'B-003']);
    expect(neighbours.get('N-001')).toEqual(['N-002']);
  });
});
