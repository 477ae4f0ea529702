import type { Problem } from './prepare-problem.ts';
import type { ScheduleState } from './schedule-state.ts';
import { optimiseScope } from './time-indexed-milp.ts';

export interface NeighbourhoodLimits {
  deadline: number;
  nodeLimit: number;
  /** Columns of one neighbourhood model, roughly (a HiGHS root on the time-indexed model costs seconds beyond a few thousand). */
  columns: number;
  /** A stop request: asked before each neighbourhood, and by HiGHS at its checkpoints. */
  stop?: () => boolean;
  /** Told after each neighbourhood that improved the schedule. */
  onImprove?: () => void;
}

/**
 * Large-neighbourhood search for instances too big for one exact model: around
 * the heaviest pairs without a meeting, free every meeting of their sellers and
 * buyers and of the partners in their way, re-solve that part exactly with the
 * time-indexed MILP (everything else fixed), keep it when better. Sweeps until a
 * sweep finds nothing, the bound is reached or the budget ends.
 */
export async function improveNeighbourhoods(
  problem: Problem,
  state: ScheduleState,
  bound: number,
  limits: NeighbourhoodLimits,
): Promise<{ rounds: number; improved: boolean; timeLimitHit: boolean }> {
  const T = problem.slots;
  const budget = limits.columns;
  const openSlots = (p: number): number => (problem.slotStart[p + 1] ?? 0) - (problem.slotStart[p] ?? 0);
  let rounds = 0;
  let improved = false;
  let timeLimitHit = false;
  for (let sweep = 0; sweep < 4; sweep++) {
    const seeds = Array.from({ length: problem.pairCount }, (_, p) => p)
      .filter((p) => (state.slotOf[p] ?? -1) < 0 && openSlots(p) > 0)
      .sort((a, b) => (problem.pairWeight[b] ?? 0) - (problem.pairWeight[a] ?? 0) || a - b);
    let sweepImproved = false;
    // The neighbourhood each pair was freed in during this sweep (−1: none yet).
    const batchOf = new Int32Array(problem.pairCount).fill(-1);
    for (let i = 0; i < seeds.length; ) {
      if (limits.stop?.() === true) return { rounds, improved, timeLimitHit: true };
      if (performance.now() > limits.deadline || state.value >= bound - 1e-9) return { rounds, improved, timeLimitHit: timeLimitHit || performance.now() > limits.deadline };
      const sellers = new Set<number>();
      const buyers = new Set<number>();
      let columns = 0;
      const scope: number[] = [];
      const batch = rounds;
      const take = (p: number): void => {
        if ((batchOf[p] ?? -1) >= 0) return;
        batchOf[p] = batch;
        scope.push(p);
        columns += openSlots(p);
      };
      const addParticipant = (start: Int32Array, list: Int32Array, v: number, into: Set<number>): void => {
        if (into.has(v)) return;
        into.add(v);
        for (let k = start[v] ?? 0; k < (start[v + 1] ?? 0); k++) take(list[k] ?? 0);
      };
      for (; i < seeds.length && columns < budget; i++) {
        const p = seeds[i] ?? 0;
        const seen = batchOf[p] ?? -1;
        if (seen >= 0 && seen !== batch) continue;
        const s = problem.pairSeller[p] ?? 0;
        const b = problem.pairBuyer[p] ?? 0;
        addParticipant(problem.pairsOfSellerStart, problem.pairsOfSeller, s, sellers);
        addParticipant(problem.pairsOfBuyerStart, problem.pairsOfBuyer, b, buyers);
        // The partners of the meetings in its way, so that those can move too.
        for (let k = problem.slotStart[p] ?? 0; k < (problem.slotStart[p + 1] ?? 0); k++) {
          const t = problem.slotList[k] ?? 0;
          const bySeller = state.sellerAt[s * T + t] ?? -1;
          const byBuyer = state.buyerAt[b * T + t] ?? -1;
          if (bySeller >= 0) addParticipant(problem.pairsOfBuyerStart, problem.pairsOfBuyer, problem.pairBuyer[bySeller] ?? 0, buyers);
          if (byBuyer >= 0) addParticipant(problem.pairsOfSellerStart, problem.pairsOfSeller, problem.pairSeller[byBuyer] ?? 0, sellers);
          // A pool pair blocked only by the full pool: the pool buyers of that slot, so that one of them can give up its table.
          if (bySeller < 0 && byBuyer < 0 && problem.buyerPool[b] === 1) {
            for (const x of state.poolPairsAt(t).slice(0, 2)) addParticipant(problem.pairsOfBuyerStart, problem.pairsOfBuyer, problem.pairBuyer[x] ?? 0, buyers);
          }
        }
      }
      if (scope.length === 0) continue;
      rounds++;
      const seconds = Math.max(0.05, Math.min(5, (limits.deadline - performance.now()) / 1000));
      const outcome = await optimiseScope(problem, state, scope, { nodeLimit: limits.nodeLimit, timeLimitSeconds: seconds, ...(limits.stop === undefined ? {} : { interrupt: limits.stop }) });
      timeLimitHit ||= outcome.timeLimitHit;
      if (outcome.improved) {
        improved = true;
        sweepImproved = true;
        limits.onImprove?.();
      }
    }
    if (!sweepImproved) break;
  }
  return { rounds, improved, timeLimitHit };
}
