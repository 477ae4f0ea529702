import { describe, expect, it } from 'vitest';
import { createRandom } from './prng.ts';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('differs between seeds, numeric or text', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
    expect(createRandom('demo').next()).not.toBe(createRandom('demo2').next());
  });

  it('stays in range', () => {
    const random = createRandom(7);
    for (let i = 0; i < 1000; i++) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = random.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it('picks by weight', () => {
    const random = createRandom(3);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) counts[random.weighted([['a', 3], ['b', 1]] as const)] += 1;
    expect(counts.a / 10_000).toBeCloseTo(0.75, 1);
  });

  it('refuses to pick from nothing', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});
