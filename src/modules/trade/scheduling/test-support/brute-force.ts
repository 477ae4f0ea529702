import type { B2BInstance, Meeting } from '../types.ts';

/**
 * The true optimum of a small instance by exhaustive search: every pair either
 * does not meet or meets in one of the slots both attend, locked meetings fixed.
 * Shares nothing with the scheduler (its own indexing, its own rules), pruned only
 * by the sum of the weights still available. For tests: exponential.
 */
export function bruteForce(instance: B2BInstance): { value: number; meetings: Meeting[]; leaves: number } {
  const sellerSlots = new Map(instance.sellers.map((s) => [s.id, new Set(s.available)]));
  const buyers = new Map(instance.buyers.map((b) => [b.id, { slots: new Set(b.available), pool: b.table === 'pool' }]));
  const tables = (t: number): number => (Array.isArray(instance.poolTables) ? (instance.poolTables[t] ?? 0) : (instance.poolTables ?? 0));
  const pairWeight = new Map<string, { seller: string; buyer: string; weight: number }>();
  for (const r of instance.requests) {
    const key = JSON.stringify([r.seller, r.buyer]);
    const known = pairWeight.get(key);
    pairWeight.set(key, { seller: r.seller, buyer: r.buyer, weight: Math.max(known?.weight ?? 0, r.weight) });
  }
  const busy = new Set<string>();
  const poolUse = new Map<number, number>();
  const lockedKeys = new Set<string>();
  let lockedValue = 0;
  const occupy = (seller: string, buyer: string, t: number, delta: 1 | -1): void => {
    for (const key of [`s${seller}@${t}`, `b${buyer}@${t}`]) {
      if (delta === 1) busy.add(key);
      else busy.delete(key);
    }
    if (buyers.get(buyer)?.pool === true) poolUse.set(t, (poolUse.get(t) ?? 0) + delta);
  };
  for (const m of instance.locked ?? []) {
    const key = JSON.stringify([m.seller, m.buyer]);
    lockedKeys.add(key);
    lockedValue += pairWeight.get(key)?.weight ?? 0;
    occupy(m.seller, m.buyer, m.slot, 1);
  }
  const pairs = [...pairWeight.entries()].filter(([key]) => !lockedKeys.has(key)).map(([, pair]) => pair)
    .sort((a, b) => b.weight - a.weight);
  const suffix = pairs.map((_, i) => pairs.slice(i).reduce((sum, p) => sum + p.weight, 0));
  let best = -1;
  let bestMeetings: Meeting[] = [];
  let leaves = 0;
  const chosen: Meeting[] = [];
  const free = (seller: string, buyer: string, t: number): boolean =>
    (sellerSlots.get(seller)?.has(t) ?? false) && (buyers.get(buyer)?.slots.has(t) ?? false)
    && !busy.has(`s${seller}@${t}`) && !busy.has(`b${buyer}@${t}`)
    && (buyers.get(buyer)?.pool !== true || (poolUse.get(t) ?? 0) < tables(t));
  const search = (i: number, value: number): void => {
    if (value + (suffix[i] ?? 0) <= best) return;
    if (i === pairs.length) {
      leaves++;
      best = value;
      bestMeetings = [...chosen];
      return;
    }
    const pair = pairs[i];
    if (pair === undefined) return;
    for (let t = 0; t < instance.slots; t++) {
      if (!free(pair.seller, pair.buyer, t)) continue;
      occupy(pair.seller, pair.buyer, t, 1);
      chosen.push({ seller: pair.seller, buyer: pair.buyer, slot: t });
      search(i + 1, value + pair.weight);
      chosen.pop();
      occupy(pair.seller, pair.buyer, t, -1);
    }
    search(i + 1, value);
  };
  search(0, 0);
  return { value: best + lockedValue, meetings: [...(instance.locked ?? []), ...bestMeetings], leaves };
}
