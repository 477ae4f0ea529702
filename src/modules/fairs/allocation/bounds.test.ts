import { describe, expect, it } from 'vitest';
import { RowBuilder, solveLinearModel, type LinearModel } from './highs-runtime.ts';
import { lagrangianBound } from './lagrangian-bound.ts';
import { maxMatchingUpperBound } from './matching-bound.ts';
import { createRandom } from './random.ts';

/** A path 0–1–…–(n-1) as adjacency lists. */
const path = (n: number): Int32Array[] =>
  Array.from({ length: n }, (_, i) => Int32Array.from([i - 1, i + 1].filter((j) => j >= 0 && j < n)));

describe('maxMatchingUpperBound', () => {
  it('is exact on paths and forests', () => {
    expect(maxMatchingUpperBound([0, 1, 2, 3, 4], path(5))).toBe(2);
    expect(maxMatchingUpperBound([0, 1, 2, 3, 4, 5], path(6))).toBe(3);
    // A gap (stall 2 not in the set: blocked, locked or another zone) splits the path into runs of 2 and 3.
    expect(maxMatchingUpperBound([0, 1, 3, 4, 5], path(6))).toBe(2);
    // A star: only one of its edges can be used.
    const star = [Int32Array.from([1, 2, 3]), Int32Array.from([0]), Int32Array.from([0]), Int32Array.from([0])];
    expect(maxMatchingUpperBound([0, 1, 2, 3], star)).toBe(1);
  });

  it('falls back to ⌊n/2⌋ on components with a cycle, which is still an upper bound', () => {
    const triangle = [Int32Array.from([1, 2]), Int32Array.from([0, 2]), Int32Array.from([0, 1])];
    expect(maxMatchingUpperBound([0, 1, 2], triangle)).toBe(1);
  });
});

describe('lagrangianBound', () => {
  it('bounds the LP optimum from above for any prices, and meets it at the optimal duals', async () => {
    const random = createRandom(11);
    for (let trial = 0; trial < 20; trial++) {
      const columns = random.int(3, 12);
      const rows = new RowBuilder();
      for (let r = 0; r < random.int(2, 8); r++) {
        const members = Array.from({ length: columns }, (_, j) => j).filter(() => random.chance(0.4));
        if (members.length > 0) rows.add(members, members.map(() => random.int(1, 2)), -Infinity, random.int(1, 3));
      }
      const cost = Array.from({ length: columns }, () => random.int(-5, 20));
      const model: LinearModel = { cost, lower: cost.map(() => 0), upper: cost.map(() => 1), integerColumns: 0, rows };
      const lp = await solveLinearModel(model, { nodeLimit: 0, timeLimitSeconds: 10 });
      expect(lp.status).toBe('optimal');
      const arbitrary = Float64Array.from({ length: rows.count }, () => random.next() * 10);
      expect(lagrangianBound(model, arbitrary).bound).toBeGreaterThanOrEqual(lp.objective - 1e-9);
      expect(lagrangianBound(model, lp.rowDuals ?? new Float64Array()).bound).toBeCloseTo(lp.objective, 6);
    }
  });
});
