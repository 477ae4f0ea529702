import fc from 'fast-check';
import type { B2BInstance, Meeting } from '../types.ts';

export interface ArbitrarySizes {
  slots: number;
  sellers: number;
  buyers: number;
  requests: number;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/**
 * Small random instances for property tests: part-day attendance, pool buyers
 * with few tables, repeated pairs, fractional weights, locks that hold, and a
 * `previous` schedule that may be stale (unknown pairs, slots now closed).
 */
export function arbitraryInstance(max: ArbitrarySizes): fc.Arbitrary<B2BInstance> {
  return fc
    .record({
      slots: fc.integer({ min: 1, max: max.slots }),
      sellers: fc.integer({ min: 1, max: max.sellers }),
      buyers: fc.integer({ min: 1, max: max.buyers }),
    })
    .chain(({ slots, sellers, buyers }) =>
      fc.record({
        slots: fc.constant(slots),
        sellerAvailable: fc.array(fc.subarray(range(slots)), { minLength: sellers, maxLength: sellers }),
        buyerAvailable: fc.array(fc.subarray(range(slots)), { minLength: buyers, maxLength: buyers }),
        pool: fc.array(fc.integer({ min: 0, max: 9 }).map((n) => n < 3), { minLength: buyers, maxLength: buyers }),
        poolTables: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: slots, maxLength: slots })),
        requests: fc.array(
          fc.record({
            seller: fc.nat(sellers - 1),
            buyer: fc.nat(buyers - 1),
            weight: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.double({ min: 1, max: 6, noNaN: true, noDefaultInfinity: true })),
          }),
          { maxLength: max.requests },
        ),
        locks: fc.array(fc.record({ request: fc.nat(), slot: fc.nat(slots - 1) }), { maxLength: 3 }),
        previous: fc.array(fc.record({ seller: fc.nat(sellers - 1), buyer: fc.nat(buyers - 1), slot: fc.nat(slots) }), { maxLength: 6 }),
        withPrevious: fc.boolean(),
      }),
    )
    .map((raw) => {
      const sellerId = (i: number): string => `S${i + 1}`;
      const buyerId = (i: number): string => `B${i + 1}`;
      const instance: B2BInstance = {
        slots: raw.slots,
        sellers: raw.sellerAvailable.map((available, i) => ({ id: sellerId(i), available })),
        buyers: raw.buyerAvailable.map((available, i) => ({ id: buyerId(i), available, ...(raw.pool[i] === true ? { table: 'pool' as const } : {}) })),
        requests: raw.requests.map((r) => ({ seller: sellerId(r.seller), buyer: buyerId(r.buyer), weight: r.weight })),
        poolTables: raw.poolTables,
      };
      const locked = soundLocks(instance, raw.locks);
      if (locked.length > 0) instance.locked = locked;
      if (raw.withPrevious) instance.previous = raw.previous.map((m) => ({ seller: sellerId(m.seller), buyer: buyerId(m.buyer), slot: m.slot }));
      return instance;
    });
}

/** Keeps the candidate locks that obey every rule together (the validator would reject the others). */
function soundLocks(instance: B2BInstance, candidates: ReadonlyArray<{ request: number; slot: number }>): Meeting[] {
  const locks: Meeting[] = [];
  const taken = new Set<string>();
  const poolUse = new Map<number, number>();
  const tables = (t: number): number => (Array.isArray(instance.poolTables) ? (instance.poolTables[t] ?? 0) : (instance.poolTables ?? 0));
  for (const { request, slot } of candidates) {
    if (instance.requests.length === 0) break;
    const r = instance.requests[request % instance.requests.length];
    if (r === undefined) continue;
    const seller = instance.sellers.find((s) => s.id === r.seller);
    const buyer = instance.buyers.find((b) => b.id === r.buyer);
    if (!seller?.available.includes(slot) || !buyer?.available.includes(slot)) continue;
    const keys = [`s${r.seller}@${slot}`, `b${r.buyer}@${slot}`, `p${r.seller}|${r.buyer}`];
    if (keys.some((k) => taken.has(k))) continue;
    const pool = buyer.table === 'pool';
    if (pool && (poolUse.get(slot) ?? 0) >= tables(slot)) continue;
    for (const k of keys) taken.add(k);
    if (pool) poolUse.set(slot, (poolUse.get(slot) ?? 0) + 1);
    locks.push({ seller: r.seller, buyer: r.buyer, slot });
  }
  return locks;
}
