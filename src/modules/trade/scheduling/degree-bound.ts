import type { Problem } from './prepare-problem.ts';

/**
 * A bound by counting capacity: each meeting belongs to one buyer, and a buyer
 * holds at most as many meetings as slots it can use, so Σ over buyers of its
 * best pairs' weights bounds the value; the same holds for sellers. Instant,
 * exact when nobody is short of slots, and the fallback when the budget leaves
 * no time for the relaxation.
 */
export function degreeBound(problem: Problem): { bound: number; source: 'degree' | 'trivial' } {
  let trivial = 0;
  for (let p = 0; p < problem.pairCount; p++) {
    if ((problem.slotStart[p + 1] ?? 0) > (problem.slotStart[p] ?? 0)) trivial += problem.pairWeight[p] ?? 0;
  }
  const side = (start: Int32Array, list: Int32Array): number => {
    let total = 0;
    const mark = new Uint8Array(problem.slots);
    for (let v = 0; v + 1 < start.length; v++) {
      mark.fill(0);
      const weights: number[] = [];
      for (let k = start[v] ?? 0; k < (start[v + 1] ?? 0); k++) {
        const p = list[k] ?? 0;
        const a = problem.slotStart[p] ?? 0;
        const b = problem.slotStart[p + 1] ?? 0;
        if (a === b) continue;
        weights.push(problem.pairWeight[p] ?? 0);
        for (let i = a; i < b; i++) mark[problem.slotList[i] ?? 0] = 1;
      }
      const usable = mark.reduce((n, x) => n + x, 0);
      weights.sort((x, y) => y - x);
      for (let i = 0; i < Math.min(usable, weights.length); i++) total += weights[i] ?? 0;
    }
    return total;
  };
  const bound = Math.min(side(problem.pairsOfSellerStart, problem.pairsOfSeller), side(problem.pairsOfBuyerStart, problem.pairsOfBuyer));
  return bound < trivial ? { bound, source: 'degree' } : { bound: trivial, source: 'trivial' };
}
