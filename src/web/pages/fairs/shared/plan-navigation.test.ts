import { describe, expect, it } from 'vitest';
import { nearestInDirection, readingOrder, type PlacedStall } from './plan-navigation.ts';

// A street as the generator lays it out: a row of 3 m stalls each side of an 8 m street (y = -4..4).
const stall = (id: string, x: number, y: number): PlacedStall => ({ id, x, y, width: 3, depth: 3 });
const north = [stall('n1', 0, 4), stall('n2', 3, 4), stall('n3', 6, 4)];
const south = [stall('s1', 0, -7), stall('s2', 3, -7), stall('s3', 6, -7), stall('s4', 9, -7)];
const street = [...south, ...north];
const go = (from: PlacedStall, direction: 'left' | 'right' | 'up' | 'down') => nearestInDirection(street, from, direction)?.id ?? null;

describe('nearestInDirection', () => {
  it('stays in the row going sideways', () => {
    expect(go(north[0]!, 'right')).toBe('n2');
    expect(go(north[1]!, 'left')).toBe('n1');
    expect(go(south[2]!, 'right')).toBe('s4');
  });

  it('crosses the street going up or down, to the stall opposite', () => {
    expect(go(south[1]!, 'up')).toBe('n2');
    expect(go(north[2]!, 'down')).toBe('s3');
  });

  it('goes on in the other row at the end of one, and stops at the edge of the plan', () => {
    expect(go(north[2]!, 'right')).toBe('s4');
    expect(go(south[3]!, 'right')).toBeNull();
    expect(go(north[0]!, 'up')).toBeNull();
    expect(go(south[0]!, 'left')).toBeNull();
  });
});

describe('readingOrder', () => {
  it('reads the upper row first, each from left to right', () => {
    expect(readingOrder(street).map((s) => s.id)).toEqual(['n1', 'n2', 'n3', 's1', 's2', 's3', 's4']);
  });

  it('keeps a deeper stall, such as the stage, in its row', () => {
    const stage = { id: 'stage', x: 9, y: 4, width: 12, depth: 6 };
    expect(readingOrder([stage, ...street]).map((s) => s.id)).toEqual(['n1', 'n2', 'n3', 'stage', 's1', 's2', 's3', 's4']);
  });
});
