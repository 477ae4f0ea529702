import type { Problem } from './prepare-problem.ts';

/**
 * A schedule of the free pairs under construction: who meets whom in which slot,
 * kept consistent with one meeting per participant per slot and the pool's
 * tables per slot. Locked meetings are outside it (their slots are closed in
 * the problem already).
 */
export class ScheduleState {
  readonly problem: Problem;
  /** Slot of each pair, −1 when it has no meeting. */
  readonly slotOf: Int32Array;
  /** Pair meeting at seller × slot (or buyer × slot), −1 when free. */
  readonly sellerAt: Int32Array;
  readonly buyerAt: Int32Array;
  readonly poolUsed: Int32Array;
  value = 0;
  meetings = 0;

  constructor(problem: Problem) {
    this.problem = problem;
    const T = problem.slots;
    this.slotOf = new Int32Array(problem.pairCount).fill(-1);
    this.sellerAt = new Int32Array(problem.sellerIds.length * T).fill(-1);
    this.buyerAt = new Int32Array(problem.buyerIds.length * T).fill(-1);
    this.poolUsed = new Int32Array(T);
  }

  /** Whether pair p can meet in slot t right now (t must be one of its open slots). */
  canPlace(p: number, t: number): boolean {
    const { problem: q } = this;
    const T = q.slots;
    const b = q.pairBuyer[p] ?? 0;
    return (this.sellerAt[(q.pairSeller[p] ?? 0) * T + t] ?? 0) === -1 && (this.buyerAt[b * T + t] ?? 0) === -1
      && (q.buyerPool[b] !== 1 || (this.poolUsed[t] ?? 0) < (q.poolCapacity[t] ?? 0));
  }

  place(p: number, t: number): void {
    const { problem: q } = this;
    const T = q.slots;
    const b = q.pairBuyer[p] ?? 0;
    this.slotOf[p] = t;
    this.sellerAt[(q.pairSeller[p] ?? 0) * T + t] = p;
    this.buyerAt[b * T + t] = p;
    if (q.buyerPool[b] === 1) this.poolUsed[t] = (this.poolUsed[t] ?? 0) + 1;
    this.value += q.pairWeight[p] ?? 0;
    this.meetings++;
  }

  remove(p: number): number {
    const t = this.slotOf[p] ?? -1;
    if (t < 0) return -1;
    const { problem: q } = this;
    const T = q.slots;
    const b = q.pairBuyer[p] ?? 0;
    this.slotOf[p] = -1;
    this.sellerAt[(q.pairSeller[p] ?? 0) * T + t] = -1;
    this.buyerAt[b * T + t] = -1;
    if (q.buyerPool[b] === 1) this.poolUsed[t] = (this.poolUsed[t] ?? 0) - 1;
    this.value -= q.pairWeight[p] ?? 0;
    this.meetings--;
    return t;
  }

  /** Open slots of pair p (a view into the problem's CSR list). */
  slotsOf(p: number): Int32Array {
    const { slotStart, slotList } = this.problem;
    return slotList.subarray(slotStart[p] ?? 0, slotStart[p + 1] ?? 0);
  }

  /** Replaces the whole schedule by `slots` (pair → slot or −1); false, and unchanged, if it breaks a rule. */
  adopt(slots: ArrayLike<number>): boolean {
    const before = Int32Array.from(this.slotOf);
    this.clear();
    for (let p = 0; p < slots.length; p++) {
      const t = slots[p] ?? -1;
      if (t < 0) continue;
      if (!this.slotsOf(p).includes(t) || !this.canPlace(p, t)) {
        this.clear();
        before.forEach((s, pair) => {
          if (s >= 0) this.place(pair, s);
        });
        return false;
      }
      this.place(p, t);
    }
    return true;
  }

  clear(): void {
    this.slotOf.fill(-1);
    this.sellerAt.fill(-1);
    this.buyerAt.fill(-1);
    this.poolUsed.fill(0);
    this.value = 0;
    this.meetings = 0;
  }

  /** Pairs meeting in the shared pool in slot t (for choosing which one to move). */
  poolPairsAt(t: number): number[] {
    const { problem: q } = this;
    const out: number[] = [];
    for (let b = 0; b < q.buyerIds.length; b++) {
      if (q.buyerPool[b] !== 1) continue;
      const p = this.buyerAt[b * q.slots + t] ?? -1;
      if (p >= 0) out.push(p);
    }
    return out;
  }
}
