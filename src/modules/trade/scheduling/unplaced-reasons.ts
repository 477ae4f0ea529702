import type { Problem } from './prepare-problem.ts';
import type { ScheduleState } from './schedule-state.ts';
import type { UnplacedReason, UnplacedRequest } from './types.ts';

/**
 * Why each pair without a meeting has none, judged on the final schedule
 * (locked meetings included), in the order of the reasons in types.ts. The
 * schedule is maximal (no pair fits anywhere as it stands), so every common
 * slot is closed by at least one of: the seller's meeting, the buyer's, the
 * pool's tables.
 */
export function explainUnplaced(problem: Problem, state: ScheduleState): UnplacedRequest[] {
  const T = problem.slots;
  const out: UnplacedRequest[] = [];
  for (let p = 0; p < problem.pairCount; p++) {
    if ((state.slotOf[p] ?? -1) >= 0) continue;
    const s = problem.pairSeller[p] ?? 0;
    const b = problem.pairBuyer[p] ?? 0;
    const pool = problem.buyerPool[b] === 1;
    let common = 0;
    let byLock = 0;
    let sellerBusy = 0;
    let buyerBusy = 0;
    let bothFree = 0;
    for (let t = 0; t < T; t++) {
      if (problem.sellerAvailable[s * T + t] !== 1 || problem.buyerAvailable[b * T + t] !== 1) continue;
      common++;
      const sellerLocked = problem.lockedSeller[s * T + t] === 1;
      const buyerLocked = problem.lockedBuyer[b * T + t] === 1;
      if (sellerLocked || buyerLocked || (pool && (problem.poolCapacity[t] ?? 0) <= 0)) byLock++;
      const sellerHere = sellerLocked || (state.sellerAt[s * T + t] ?? -1) >= 0;
      const buyerHere = buyerLocked || (state.buyerAt[b * T + t] ?? -1) >= 0;
      if (sellerHere) sellerBusy++;
      if (buyerHere) buyerBusy++;
      // In a maximal schedule a slot where both are free can only be closed by the pool.
      if (!sellerHere && !buyerHere) bothFree++;
    }
    let reason: UnplacedReason;
    if (common === 0) reason = 'no-common-slot';
    else if (byLock === common) reason = 'taken-by-locked';
    else if (sellerBusy === common) reason = 'seller-fully-booked';
    else if (buyerBusy === common) reason = 'buyer-fully-booked';
    else if (bothFree > 0) reason = 'no-free-table';
    else reason = 'outweighed';
    out.push({ seller: problem.sellerIds[s] ?? '', buyer: problem.buyerIds[b] ?? '', weight: problem.pairWeight[p] ?? 0, reason, commonSlots: common });
  }
  return out;
}
