import type { B2BInstance } from './types.ts';
import { pairKey } from './validate-instance.ts';

/**
 * The instance in index form. Requests of one pair are merged into one pair
 * (one meeting at most, worth the highest weight). Locked meetings are taken
 * out of the optimisation: their slots are closed to both participants (and
 * their pool tables to others), and their pairs are not pairs to schedule.
 */
export interface Problem {
  slots: number;
  sellerIds: readonly string[];
  buyerIds: readonly string[];
  /** Attendance: seller × slot and buyer × slot (1: attends). */
  sellerAvailable: Uint8Array;
  buyerAvailable: Uint8Array;
  buyerPool: Uint8Array;
  /** Pool tables left per slot once locked meetings sit. */
  poolCapacity: Int32Array;
  /** Free pairs (not locked), in order of their first request. */
  pairCount: number;
  pairSeller: Int32Array;
  pairBuyer: Int32Array;
  pairWeight: Float64Array;
  /** Index of the pair's first request: the baseline serves pairs in that order. */
  pairFirstRequest: Int32Array;
  /** Slots open to the pair (both attend, neither holds a locked meeting there), CSR over pairs. */
  slotStart: Int32Array;
  slotList: Int32Array;
  /** Slots both attend, locks aside (for the reasons). */
  commonSlots: Int32Array;
  pairsOfSellerStart: Int32Array;
  pairsOfSeller: Int32Array;
  pairsOfBuyerStart: Int32Array;
  pairsOfBuyer: Int32Array;
  /** Slot of the pair in `previous`, or −1. */
  previousSlot: Int32Array;
  /** Occupied by locked meetings: seller × slot and buyer × slot. */
  lockedSeller: Uint8Array;
  lockedBuyer: Uint8Array;
  locked: ReadonlyArray<{ seller: number; buyer: number; slot: number; weight: number }>;
  /** Requests merged into a pair that already had one. */
  mergedRequests: number;
}

export function prepareProblem(instance: B2BInstance): Problem {
  const T = instance.slots;
  const sellerIndex = new Map(instance.sellers.map((s, i) => [s.id, i]));
  const buyerIndex = new Map(instance.buyers.map((b, i) => [b.id, i]));
  const S = instance.sellers.length;
  const B = instance.buyers.length;
  const sellerAvailable = new Uint8Array(S * T);
  instance.sellers.forEach((s, i) => s.available.forEach((t) => (sellerAvailable[i * T + t] = 1)));
  const buyerAvailable = new Uint8Array(B * T);
  instance.buyers.forEach((b, i) => b.available.forEach((t) => (buyerAvailable[i * T + t] = 1)));
  const buyerPool = Uint8Array.from(instance.buyers, (b) => (b.table === 'pool' ? 1 : 0));

  const poolCapacity = Int32Array.from({ length: T }, (_, t) =>
    Array.isArray(instance.poolTables) ? (instance.poolTables[t] ?? 0) : (instance.poolTables ?? 0));
  const lockedSeller = new Uint8Array(S * T);
  const lockedBuyer = new Uint8Array(B * T);
  const lockedPairs = new Set<string>();
  for (const m of instance.locked ?? []) {
    lockedPairs.add(pairKey(m.seller, m.buyer));
    const s = sellerIndex.get(m.seller) ?? 0;
    const b = buyerIndex.get(m.buyer) ?? 0;
    lockedSeller[s * T + m.slot] = 1;
    lockedBuyer[b * T + m.slot] = 1;
    if (buyerPool[b] === 1) poolCapacity[m.slot] = (poolCapacity[m.slot] ?? 0) - 1;
  }

  // Merge requests by pair, keeping first-arrival order and the highest weight.
  const pairOf = new Map<string, number>();
  const seller: number[] = [];
  const buyer: number[] = [];
  const weight: number[] = [];
  const first: number[] = [];
  const lockedWeight = new Map<string, number>();
  let merged = 0;
  instance.requests.forEach((r, i) => {
    const key = pairKey(r.seller, r.buyer);
    if (lockedPairs.has(key)) {
      lockedWeight.set(key, Math.max(lockedWeight.get(key) ?? 0, r.weight));
      return;
    }
    const known = pairOf.get(key);
    if (known !== undefined) {
      merged++;
      weight[known] = Math.max(weight[known] ?? 0, r.weight);
      return;
    }
    pairOf.set(key, seller.length);
    seller.push(sellerIndex.get(r.seller) ?? 0);
    buyer.push(buyerIndex.get(r.buyer) ?? 0);
    weight.push(r.weight);
    first.push(i);
  });
  const P = seller.length;

  const slotStart = new Int32Array(P + 1);
  const slotList: number[] = [];
  const commonSlots = new Int32Array(P);
  for (let p = 0; p < P; p++) {
    const s = seller[p] ?? 0;
    const b = buyer[p] ?? 0;
    for (let t = 0; t < T; t++) {
      if (sellerAvailable[s * T + t] !== 1 || buyerAvailable[b * T + t] !== 1) continue;
      commonSlots[p] = (commonSlots[p] ?? 0) + 1;
      if (lockedSeller[s * T + t] === 1 || lockedBuyer[b * T + t] === 1) continue;
      if (buyerPool[b] === 1 && (poolCapacity[t] ?? 0) <= 0) continue;
      slotList.push(t);
    }
    slotStart[p + 1] = slotList.length;
  }

  const previousSlot = new Int32Array(P).fill(-1);
  for (const m of instance.previous ?? []) {
    const p = pairOf.get(pairKey(m.seller, m.buyer));
    if (p !== undefined && m.slot < T) previousSlot[p] = m.slot;
  }

  const sellerCsr = groupBy(seller, S);
  const buyerCsr = groupBy(buyer, B);
  return {
    slots: T,
    sellerIds: instance.sellers.map((s) => s.id),
    buyerIds: instance.buyers.map((b) => b.id),
    sellerAvailable,
    buyerAvailable,
    buyerPool,
    poolCapacity,
    pairCount: P,
    pairSeller: Int32Array.from(seller),
    pairBuyer: Int32Array.from(buyer),
    pairWeight: Float64Array.from(weight),
    pairFirstRequest: Int32Array.from(first),
    slotStart,
    slotList: Int32Array.from(slotList),
    commonSlots,
    pairsOfSellerStart: sellerCsr.start,
    pairsOfSeller: sellerCsr.list,
    pairsOfBuyerStart: buyerCsr.start,
    pairsOfBuyer: buyerCsr.list,
    previousSlot,
    lockedSeller,
    lockedBuyer,
    locked: (instance.locked ?? []).map((m) => ({
      seller: sellerIndex.get(m.seller) ?? 0,
      buyer: buyerIndex.get(m.buyer) ?? 0,
      slot: m.slot,
      weight: lockedWeight.get(pairKey(m.seller, m.buyer)) ?? 1,
    })),
    mergedRequests: merged,
  };
}

/** Pairs grouped by participant, in pair order (CSR). */
function groupBy(owner: readonly number[], count: number): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(count + 1);
  for (const o of owner) start[o + 1] = (start[o + 1] ?? 0) + 1;
  for (let i = 0; i < count; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const fill = start.slice(0, count);
  const list = new Int32Array(owner.length);
  owner.forEach((o, p) => {
    list[fill[o] ?? 0] = p;
    fill[o] = (fill[o] ?? 0) + 1;
  });
  return { start, list };
}
