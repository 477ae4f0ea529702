import type { Problem } from './prepare-problem.ts';
import { ScheduleState } from './schedule-state.ts';

/**
 * Weighted greedy: pairs by weight (then those with fewest open slots first,
 * then arrival), each into the free slot where its two participants' other
 * pending pairs compete least. A pair keeps its previous slot when it is free.
 */
export function scheduleGreedy(problem: Problem): ScheduleState {
  const T = problem.slots;
  const state = new ScheduleState(problem);
  const sellerPressure = new Float64Array(problem.sellerIds.length * T);
  const buyerPressure = new Float64Array(problem.buyerIds.length * T);
  const poolPressure = new Float64Array(T);
  const share = (p: number): number => (problem.pairWeight[p] ?? 0) / Math.max(1, state.slotsOf(p).length);
  const spread = (p: number, sign: number): void => {
    const amount = sign * share(p);
    const s = problem.pairSeller[p] ?? 0;
    const b = problem.pairBuyer[p] ?? 0;
    for (const t of state.slotsOf(p)) {
      sellerPressure[s * T + t] = (sellerPressure[s * T + t] ?? 0) + amount;
      buyerPressure[b * T + t] = (buyerPressure[b * T + t] ?? 0) + amount;
      if (problem.buyerPool[b] === 1) poolPressure[t] = (poolPressure[t] ?? 0) + amount;
    }
  };
  for (let p = 0; p < problem.pairCount; p++) spread(p, 1);

  for (const p of greedyOrder(problem)) {
    spread(p, -1);
    const s = problem.pairSeller[p] ?? 0;
    const b = problem.pairBuyer[p] ?? 0;
    const previous = problem.previousSlot[p] ?? -1;
    let best = -1;
    let bestScore = Infinity;
    for (const t of state.slotsOf(p)) {
      if (!state.canPlace(p, t)) continue;
      if (t === previous) {
        best = t;
        break;
      }
      let score = (sellerPressure[s * T + t] ?? 0) + (buyerPressure[b * T + t] ?? 0);
      if (problem.buyerPool[b] === 1) score += (poolPressure[t] ?? 0) / Math.max(1, (problem.poolCapacity[t] ?? 0) - (state.poolUsed[t] ?? 0));
      if (score < bestScore - 1e-12) {
        bestScore = score;
        best = t;
      }
    }
    if (best >= 0) state.place(p, best);
  }
  return state;
}

/** Heaviest first; among equals the most constrained, then the earliest request. */
export function greedyOrder(problem: Problem): number[] {
  const open = (p: number): number => (problem.slotStart[p + 1] ?? 0) - (problem.slotStart[p] ?? 0);
  return Array.from({ length: problem.pairCount }, (_, p) => p).sort((a, b) =>
    (problem.pairWeight[b] ?? 0) - (problem.pairWeight[a] ?? 0) || open(a) - open(b) || a - b);
}
