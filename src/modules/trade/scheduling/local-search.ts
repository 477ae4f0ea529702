import type { ScheduleState } from './schedule-state.ts';

export interface LocalSearchLimits {
  /** Sweeps over the pairs without a meeting (a deterministic work limit). */
  passes: number;
  /** Depth of the chains of moves that make room (1: move each blocker once; 2: blockers of blockers too). */
  depth: number;
  /** performance.now() after which no new sweep starts and a sweep stops. */
  deadline: number;
  /** Asked before each pair, like the deadline: true ends the search where it is (a stop request). */
  stop?: () => boolean;
  /** Told after each improving move (the caller records the better schedule). */
  onImprove?: () => void;
}

const over = (limits: Pick<LocalSearchLimits, 'deadline' | 'stop'>): boolean => performance.now() > limits.deadline || limits.stop?.() === true;

/**
 * Improves a schedule by strictly better moves only, so it never loses value:
 * - insert a pair without a meeting by moving the meetings in its way (the
 *   seller's, the buyer's, one at the pool) to other slots, or by swapping
 *   slots with them, in chains up to `depth` long;
 * - eject: when the meetings in its way are worth less than the pair, take
 *   their slot and put them back elsewhere if they fit, keeping the change only
 *   when the total value rises.
 * Returns the number of improving moves.
 */
export function improveSchedule(state: ScheduleState, order: readonly number[], limits: LocalSearchLimits): number {
  const search = new MoveSearch(state, limits.depth);
  let improvements = 0;
  for (let pass = 0; pass < limits.passes; pass++) {
    let improved = 0;
    for (const p of order) {
      if (over(limits)) return improvements + improved;
      if ((state.slotOf[p] ?? -1) >= 0) continue;
      const better = search.insert(p, limits.depth) || search.eject(p);
      search.commit();
      if (better) {
        improved++;
        limits.onImprove?.();
      }
    }
    improvements += improved;
    if (improved === 0) break;
  }
  return improvements;
}

/**
 * Puts meetings back in their previous slots where that costs nothing: a pair
 * held in another slot returns to its previous one when the meetings in the way
 * can move elsewhere. Meetings already in their previous slot never move, so
 * each success keeps one more meeting where it was, at the same value.
 */
export function restorePreviousSlots(state: ScheduleState, limits: Omit<LocalSearchLimits, 'passes'>): number {
  const { previousSlot } = state.problem;
  const search = new MoveSearch(state, limits.depth);
  const movedPairs: number[] = [];
  for (let p = 0; p < state.problem.pairCount; p++) {
    const previous = previousSlot[p] ?? -1;
    const now = state.slotOf[p] ?? -1;
    if (previous < 0 || now < 0) continue;
    if (now === previous) search.pin(p);
    else if (state.slotsOf(p).includes(previous)) movedPairs.push(p);
  }
  let restored = 0;
  for (const p of movedPairs) {
    if (over(limits)) break;
    if (search.moveTo(p, previousSlot[p] ?? -1, limits.depth)) {
      search.pin(p);
      restored++;
    }
    search.commit();
  }
  return restored;
}

class MoveSearch {
  private readonly journal: Array<[pair: number, from: number]> = [];
  private readonly busy = new Set<number>();

  constructor(
    private readonly state: ScheduleState,
    private readonly maxDepth: number,
  ) {}

  /** Forgets the undo log: the moves so far are kept. */
  commit(): void {
    this.journal.length = 0;
  }

  /** Pair p will not be moved to make room for others. */
  pin(p: number): void {
    this.busy.add(p);
  }

  /** Moves placed pair p to slot t, moving the meetings in its way elsewhere; false (nothing changed) if it cannot. */
  moveTo(p: number, t: number, depth: number): boolean {
    const { state } = this;
    const mark = this.journal.length;
    this.move(p, -1);
    const wasBusy = this.busy.has(p);
    this.busy.add(p);
    const ok = state.canPlace(p, t) || (this.clear(p, t, depth) && state.canPlace(p, t));
    if (!wasBusy) this.busy.delete(p);
    if (ok) {
      this.move(p, t);
      return true;
    }
    this.rollback(mark);
    return false;
  }

  /** Places unplaced pair p, moving others out of its way; false (and nothing changed) if it cannot. */
  insert(p: number, depth: number): boolean {
    const { state } = this;
    for (const t of state.slotsOf(p)) {
      if (state.canPlace(p, t)) {
        this.move(p, t);
        return true;
      }
    }
    if (depth === 0) return false;
    if (this.kempe(p)) return true;
    this.busy.add(p);
    try {
      for (const t of state.slotsOf(p)) {
        const mark = this.journal.length;
        if (this.clear(p, t, depth) && state.canPlace(p, t)) {
          this.move(p, t);
          return true;
        }
        this.rollback(mark);
      }
      return false;
    } finally {
      this.busy.delete(p);
    }
  }

  /**
   * König's move from bipartite edge colouring: slot a is free for p's seller, slot
   * c for its buyer; along the path of meetings from the buyer alternating a, c, a…
   * every meeting swaps a ↔ c, which frees a at the buyer (the path cannot reach
   * the seller). Allowed only when each meeting on the path attends both slots and
   * the pool's tables still suffice; then p takes slot a. Tried from both ends.
   */
  kempe(p: number): boolean {
    const { state } = this;
    const q = state.problem;
    const T = q.slots;
    const s = q.pairSeller[p] ?? 0;
    const b = q.pairBuyer[p] ?? 0;
    const slots = state.slotsOf(p);
    for (const a of slots) {
      const sellerFreeA = (state.sellerAt[s * T + a] ?? -1) < 0;
      const buyerFreeA = (state.buyerAt[b * T + a] ?? -1) < 0;
      for (const c of slots) {
        if (c === a) continue;
        // Seller free at a, buyer free at c: free a at the buyer (path from the buyer).
        if (sellerFreeA && (state.buyerAt[b * T + c] ?? -1) < 0 && this.flipAndPlace(p, a, c, 'buyer')) return true;
        // Buyer free at a, seller free at c: free a at the seller (path from the seller).
        if (buyerFreeA && (state.sellerAt[s * T + c] ?? -1) < 0 && this.flipAndPlace(p, a, c, 'seller')) return true;
      }
    }
    return false;
  }

  private flipAndPlace(p: number, a: number, c: number, from: 'seller' | 'buyer'): boolean {
    const { state } = this;
    const q = state.problem;
    const T = q.slots;
    const path: number[] = [];
    let side = from;
    let vertex = from === 'buyer' ? (q.pairBuyer[p] ?? 0) : (q.pairSeller[p] ?? 0);
    let colour = a;
    let poolDelta = 0; // pool meetings moving from a to c, minus those moving back
    for (let guard = 0; guard < 2 * (q.sellerIds.length + q.buyerIds.length); guard++) {
      const next = side === 'buyer' ? (state.buyerAt[vertex * T + colour] ?? -1) : (state.sellerAt[vertex * T + colour] ?? -1);
      if (next < 0) break;
      const other = colour === a ? c : a;
      if (this.busy.has(next) || !state.slotsOf(next).includes(other)) return false;
      if (q.buyerPool[q.pairBuyer[next] ?? 0] === 1) poolDelta += colour === a ? 1 : -1;
      path.push(next);
      side = side === 'buyer' ? 'seller' : 'buyer';
      vertex = side === 'buyer' ? (q.pairBuyer[next] ?? 0) : (q.pairSeller[next] ?? 0);
      colour = other;
    }
    if (path.length === 0) return false;
    const pool = q.buyerPool[q.pairBuyer[p] ?? 0] === 1;
    // After the flip, slot a loses poolDelta pool meetings and gains p (if pool); c gains poolDelta.
    if ((state.poolUsed[c] ?? 0) + poolDelta > (q.poolCapacity[c] ?? 0)) return false;
    if ((state.poolUsed[a] ?? 0) - poolDelta + (pool ? 1 : 0) > (q.poolCapacity[a] ?? 0)) return false;
    const mark = this.journal.length;
    for (const x of path) this.move(x, -1);
    for (let i = 0; i < path.length; i++) {
      const x = path[i] ?? 0;
      // path[0] met in slot a and goes to c, path[1] met in c and goes to a, …
      const to = i % 2 === 0 ? c : a;
      if (!state.canPlace(x, to)) {
        this.rollback(mark);
        return false;
      }
      this.move(x, to);
    }
    if (!state.canPlace(p, a)) {
      this.rollback(mark);
      return false;
    }
    this.move(p, a);
    return true;
  }

  /** Takes a slot from cheaper meetings when that raises the total value. */
  eject(p: number): boolean {
    const { state } = this;
    const weight = state.problem.pairWeight;
    const gainOf = (removed: readonly number[], mark: number): number => {
      let gain = weight[p] ?? 0;
      for (const x of removed) if ((state.slotOf[x] ?? -1) < 0) gain -= weight[x] ?? 0;
      return this.journal.length > mark ? gain : -Infinity;
    };
    for (const t of state.slotsOf(p)) {
      const blockers = this.blockers(p, t, true);
      if (blockers === null) continue;
      const cost = blockers.reduce((sum, x) => sum + (weight[x] ?? 0), 0);
      if (cost >= (weight[p] ?? 0) - 1e-9) continue;
      const mark = this.journal.length;
      for (const x of blockers) this.move(x, -1);
      if (!state.canPlace(p, t)) {
        this.rollback(mark);
        continue;
      }
      this.move(p, t);
      for (const x of blockers) this.insert(x, Math.min(1, this.maxDepth));
      if (gainOf(blockers, mark) > 1e-9) return true;
      this.rollback(mark);
    }
    return false;
  }

  /**
   * The meetings in the way of pair p at slot t: its seller's, its buyer's and,
   * when the pool is full, the cheapest pool meeting there (if `pickPool`), or
   * null when the pool is full and no pool meeting can be named.
   */
  private blockers(p: number, t: number, pickPool: boolean): number[] | null {
    const { state } = this;
    const q = state.problem;
    const T = q.slots;
    const b = q.pairBuyer[p] ?? 0;
    const out: number[] = [];
    const bySeller = state.sellerAt[(q.pairSeller[p] ?? 0) * T + t] ?? -1;
    const byBuyer = state.buyerAt[b * T + t] ?? -1;
    if (bySeller >= 0) out.push(bySeller);
    if (byBuyer >= 0 && byBuyer !== bySeller) out.push(byBuyer);
    if (q.buyerPool[b] === 1 && (state.poolUsed[t] ?? 0) >= (q.poolCapacity[t] ?? 0) && !(byBuyer >= 0 && q.buyerPool[b] === 1)) {
      if (!pickPool) return null;
      let cheapest = -1;
      for (const x of state.poolPairsAt(t)) {
        if (out.includes(x)) continue;
        if (cheapest < 0 || (q.pairWeight[x] ?? 0) < (q.pairWeight[cheapest] ?? 0)) cheapest = x;
      }
      if (cheapest < 0) return null;
      out.push(cheapest);
    }
    return out;
  }

  /** Moves the meetings in p's way at slot t elsewhere; may leave partial moves (the caller rolls back). */
  private clear(p: number, t: number, depth: number): boolean {
    const { state } = this;
    const q = state.problem;
    const T = q.slots;
    const b = q.pairBuyer[p] ?? 0;
    for (const x of [state.sellerAt[(q.pairSeller[p] ?? 0) * T + t] ?? -1, state.buyerAt[b * T + t] ?? -1]) {
      if (x < 0 || (state.slotOf[x] ?? -1) !== t) continue;
      if (this.busy.has(x) || !this.relocate(x, t, depth - 1)) return false;
    }
    if (q.buyerPool[b] === 1 && (state.poolUsed[t] ?? 0) >= (q.poolCapacity[t] ?? 0)) {
      // Any one pool meeting of that slot moving away makes room.
      for (const x of state.poolPairsAt(t).slice(0, 24)) {
        if (this.busy.has(x)) continue;
        const mark = this.journal.length;
        if (this.relocate(x, t, depth - 1)) return true;
        this.rollback(mark);
      }
      return false;
    }
    return true;
  }

  /** Moves placed pair x out of slot `avoid` to another of its slots, clearing the way `depth` deep. */
  private relocate(x: number, avoid: number, depth: number): boolean {
    const { state } = this;
    const from = state.slotOf[x] ?? -1;
    for (const t of state.slotsOf(x)) {
      if (t === from || t === avoid) continue;
      if (state.canPlace(x, t)) {
        this.move(x, t);
        return true;
      }
    }
    if (depth < 0) return false;
    this.busy.add(x);
    try {
      for (const t of state.slotsOf(x)) {
        if (t === from || t === avoid) continue;
        if (this.swap(x, t)) return true;
        if (depth === 0) continue;
        const mark = this.journal.length;
        if (this.clear(x, t, depth) && state.canPlace(x, t)) {
          this.move(x, t);
          return true;
        }
        this.rollback(mark);
      }
      return false;
    } finally {
      this.busy.delete(x);
    }
  }

  /** Exchanges the slots of x and the single meeting blocking it at t, when both fit afterwards. */
  private swap(x: number, t: number): boolean {
    const { state } = this;
    const q = state.problem;
    const T = q.slots;
    const from = state.slotOf[x] ?? -1;
    const bySeller = state.sellerAt[(q.pairSeller[x] ?? 0) * T + t] ?? -1;
    const byBuyer = state.buyerAt[(q.pairBuyer[x] ?? 0) * T + t] ?? -1;
    if ((bySeller >= 0) === (byBuyer >= 0)) return false;
    const other = bySeller >= 0 ? bySeller : byBuyer;
    if (this.busy.has(other) || !state.slotsOf(other).includes(from)) return false;
    const mark = this.journal.length;
    this.move(x, -1);
    this.move(other, -1);
    if (state.canPlace(x, t) && state.canPlace(other, from)) {
      this.move(x, t);
      this.move(other, from);
      return true;
    }
    this.rollback(mark);
    return false;
  }

  private move(p: number, t: number): void {
    const { state } = this;
    this.journal.push([p, state.slotOf[p] ?? -1]);
    state.remove(p);
    if (t >= 0) state.place(p, t);
  }

  private rollback(mark: number): void {
    const { state } = this;
    while (this.journal.length > mark) {
      const entry = this.journal.pop();
      if (entry === undefined) break;
      const [p, from] = entry;
      state.remove(p);
      if (from >= 0) state.place(p, from);
    }
  }
}
