import type { B2BInstance, Evaluation, Meeting, Violation } from './types.ts';
import { pairKey } from './validate-instance.ts';

/**
 * Checks a list of meetings against the instance from scratch, sharing no code
 * with the scheduler: a bug in the optimiser must never reach an organizer as a
 * schedule. The value is Σ of each pair's highest request weight.
 */
export function evaluateSchedule(instance: B2BInstance, meetings: readonly Meeting[]): Evaluation {
  const violations: Violation[] = [];
  const add = (code: Violation['code'], message: string): void => {
    violations.push({ code, message });
  };
  const sellers = new Map(instance.sellers.map((s) => [s.id, new Set(s.available)]));
  const buyers = new Map(instance.buyers.map((b) => [b.id, { available: new Set(b.available), pool: b.table === 'pool' }]));
  const weightOf = new Map<string, number>();
  for (const r of instance.requests) {
    const key = pairKey(r.seller, r.buyer);
    weightOf.set(key, Math.max(weightOf.get(key) ?? 0, r.weight));
  }
  const tables = (slot: number): number =>
    Array.isArray(instance.poolTables) ? (instance.poolTables[slot] ?? 0) : (instance.poolTables ?? 0);
  const sellerSlots = new Set<string>();
  const buyerSlots = new Set<string>();
  const pairs = new Set<string>();
  const poolUse = new Map<number, number>();
  let value = 0;
  for (const m of meetings) {
    const label = `${m.seller}–${m.buyer} in slot ${m.slot}`;
    const seller = sellers.get(m.seller);
    const buyer = buyers.get(m.buyer);
    if (seller === undefined) add('unknown-seller', `${label}: unknown seller`);
    if (buyer === undefined) add('unknown-buyer', `${label}: unknown buyer`);
    if (!Number.isInteger(m.slot) || m.slot < 0 || m.slot >= instance.slots) add('slot-out-of-range', `${label}: no such slot`);
    if (seller !== undefined && !seller.has(m.slot)) add('seller-unavailable', `${label}: the seller does not attend`);
    if (buyer !== undefined && !buyer.available.has(m.slot)) add('buyer-unavailable', `${label}: the buyer does not attend`);
    const key = pairKey(m.seller, m.buyer);
    const weight = weightOf.get(key);
    if (weight === undefined) add('no-request', `${label}: nobody requested this meeting`);
    if (pairs.has(key)) add('pair-twice', `${label}: the pair already meets`);
    pairs.add(key);
    const sellerSlot = `${m.seller}@${m.slot}`;
    if (sellerSlots.has(sellerSlot)) add('seller-double-booked', `${label}: the seller has another meeting then`);
    sellerSlots.add(sellerSlot);
    const buyerSlot = `${m.buyer}@${m.slot}`;
    if (buyerSlots.has(buyerSlot)) add('buyer-double-booked', `${label}: the buyer's table is taken then`);
    buyerSlots.add(buyerSlot);
    if (buyer?.pool === true) poolUse.set(m.slot, (poolUse.get(m.slot) ?? 0) + 1);
    value += weight ?? 0;
  }
  for (const [slot, used] of poolUse) {
    if (used > tables(slot)) add('pool-overbooked', `slot ${slot}: ${used} pool meetings for ${tables(slot)} table(s)`);
  }
  const held = new Set(meetings.map((m) => `${pairKey(m.seller, m.buyer)}@${m.slot}`));
  for (const lock of instance.locked ?? []) {
    if (!held.has(`${pairKey(lock.seller, lock.buyer)}@${lock.slot}`)) add('lock-not-kept', `locked meeting ${lock.seller}–${lock.buyer} in slot ${lock.slot} is missing`);
  }
  return { feasible: violations.length === 0, violations, value };
}
