import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSchedule } from './evaluate-schedule.ts';
import { generateInstance } from './generate-instance.ts';
import { scheduleMeetings } from './schedule-meetings.ts';
import { arbitraryInstance } from './test-support/arbitrary-instance.ts';
import { bruteForce } from './test-support/brute-force.ts';
import type { B2BInstance, B2BResult } from './types.ts';
import { InstanceValidationError } from './validate-instance.ts';

const small = arbitraryInstance({ slots: 4, sellers: 4, buyers: 3, requests: 8 });
const medium = arbitraryInstance({ slots: 8, sellers: 12, buyers: 8, requests: 40 });
/** Fixed seeds: the same random instances on every run, so CI cannot flake; change them to explore. */
const runs = (numRuns: number, seed: number): fc.Parameters<unknown> => ({ numRuns, seed });

const tablesAt = (instance: B2BInstance, t: number): number =>
  Array.isArray(instance.poolTables) ? (instance.poolTables[t] ?? 0) : (instance.poolTables ?? 0);

/** The rules every result must satisfy, checked from the instance and the output alone. */
function expectSound(instance: B2BInstance, result: B2BResult): void {
  const evaluation = evaluateSchedule(instance, result.meetings);
  expect(evaluation.violations).toEqual([]);
  expect(result.value).toBeCloseTo(evaluation.value, 9);
  expect(result.bound).toBeGreaterThanOrEqual(result.value - 1e-9);
  expect(result.gap).toBeGreaterThanOrEqual(0);
  expect(result.value).toBeGreaterThanOrEqual(result.stats.baselineValue - 1e-9);

  const attendance = new Map([...instance.sellers.map((p) => [`s${p.id}`, new Set(p.available)] as const), ...instance.buyers.map((p) => [`b${p.id}`, new Set(p.available)] as const)]);
  const attends = (side: 's' | 'b', id: string, t: number): boolean => attendance.get(`${side}${id}`)?.has(t) ?? false;
  const sellerSlots = new Set(result.meetings.map((m) => `${m.seller}@${m.slot}`));
  const buyerSlots = new Set(result.meetings.map((m) => `${m.buyer}@${m.slot}`));
  const sellerBusy = (id: string, t: number): boolean => sellerSlots.has(`${id}@${t}`);
  const buyerBusy = (id: string, t: number): boolean => buyerSlots.has(`${id}@${t}`);
  const lockedAt = (seller: string, buyer: string, t: number): boolean =>
    (instance.locked ?? []).some((m) => m.slot === t && (m.seller === seller || m.buyer === buyer));
  const poolBuyers = new Set(instance.buyers.filter((b) => b.table === 'pool').map((b) => b.id));
  const pooled = (id: string): boolean => poolBuyers.has(id);
  const poolUse = new Map<number, number>();
  for (const m of result.meetings) if (pooled(m.buyer)) poolUse.set(m.slot, (poolUse.get(m.slot) ?? 0) + 1);
  const poolFull = (t: number): boolean => (poolUse.get(t) ?? 0) >= tablesAt(instance, t);

  // Every requested pair is either met or explained, never both.
  const met = new Set(result.meetings.map((m) => `${m.seller}|${m.buyer}`));
  const explained = new Set(result.unplaced.map((u) => `${u.seller}|${u.buyer}`));
  const requested = new Set(instance.requests.map((r) => `${r.seller}|${r.buyer}`));
  expect(met.size + explained.size).toBe(requested.size);
  for (const key of met) expect(explained.has(key)).toBe(false);

  for (const u of result.unplaced) {
    const common = Array.from({ length: instance.slots }, (_, t) => t)
      .filter((t) => attends('s', u.seller, t) && attends('b', u.buyer, t));
    expect(u.commonSlots).toBe(common.length);
    // Maximal: no common slot is open to the pair as the schedule stands.
    for (const t of common) {
      expect(sellerBusy(u.seller, t) || buyerBusy(u.buyer, t) || (pooled(u.buyer) && poolFull(t)), `${u.seller}–${u.buyer} fits in slot ${t}`).toBe(true);
    }
    if (u.reason === 'no-common-slot') expect(common).toEqual([]);
    if (u.reason === 'taken-by-locked') expect(common.every((t) => lockedAt(u.seller, u.buyer, t) || (pooled(u.buyer) && (instance.locked ?? []).filter((m) => m.slot === t && pooled(m.buyer)).length >= tablesAt(instance, t)))).toBe(true);
    if (u.reason === 'seller-fully-booked') expect(common.every((t) => sellerBusy(u.seller, t))).toBe(true);
    if (u.reason === 'buyer-fully-booked') expect(common.every((t) => buyerBusy(u.buyer, t))).toBe(true);
    if (u.reason === 'no-free-table') expect(common.some((t) => !sellerBusy(u.seller, t) && !buyerBusy(u.buyer, t) && poolFull(t))).toBe(true);
    if (u.reason === 'outweighed') expect(common.length).toBeGreaterThan(0);
  }
  // Pool tables: numbered within the slot's tables, one meeting per table per slot.
  const seats = new Set<string>();
  for (const m of result.meetings) {
    if (!pooled(m.buyer)) {
      expect(m.poolTable).toBeUndefined();
      continue;
    }
    expect(m.poolTable).toBeGreaterThanOrEqual(0);
    expect(m.poolTable).toBeLessThan(tablesAt(instance, m.slot));
    expect(seats.has(`${m.slot}:${m.poolTable}`)).toBe(false);
    seats.add(`${m.slot}:${m.poolTable}`);
  }
  if (instance.previous !== undefined) {
    const c = result.changes;
    expect(c).toBeDefined();
    if (c === undefined) return;
    expect(c.kept + c.moved.length + c.dropped.length).toBe(instance.previous.length);
  }
}

/** Everything but wall-clock timings. */
const withoutTimings = (result: B2BResult): unknown => ({
  ...result,
  stats: { ...result.stats, timeMs: 0, phases: Object.fromEntries(Object.entries(result.stats.phases).filter(([k]) => !k.endsWith('Ms'))) },
});

describe('scheduleMeetings', () => {
  it('schedules the example of the issue, its value and bound in the documented form', async () => {
    const result = await scheduleMeetings({
      slots: 16,
      sellers: [{ id: 'S0001', available: [0, 1, 2, 3, 4, 5] }, { id: 'S0002', available: [5] }],
      buyers: [{ id: 'B001', available: [5, 6, 7] }],
      requests: [{ seller: 'S0001', buyer: 'B001', weight: 2 }, { seller: 'S0002', buyer: 'B001', weight: 3 }],
    });
    // Both want slot 5 of B001; only S0002 has no other choice, but S0001 has no other slot with B001 either.
    expect(result.meetings).toEqual([{ seller: 'S0002', buyer: 'B001', slot: 5, weight: 3 }]);
    expect(result).toMatchObject({ value: 3, bound: 3, gap: 0, status: 'optimal' });
    expect(result.unplaced).toEqual([{ seller: 'S0001', buyer: 'B001', weight: 2, reason: 'buyer-fully-booked', commonSlots: 1 }]);
    expect(result.stats.baselineValue).toBe(2);
  });

  it('obeys every rule, explains every unplaced request and bounds its value, on random instances', async () => {
    await fc.assert(fc.asyncProperty(medium, async (instance) => expectSound(instance, await scheduleMeetings(instance))), runs(120, 9001));
  });

  it('finds the optimum exhaustive search finds, with a bound never below it', async () => {
    await fc.assert(
      fc.asyncProperty(small, async (instance) => {
        const optimum = bruteForce(instance);
        const result = await scheduleMeetings(instance);
        expectSound(instance, result);
        expect(result.value).toBeCloseTo(optimum.value, 9);
        expect(result.bound).toBeGreaterThanOrEqual(optimum.value - 1e-9);
        expect(result.status).toBe('optimal');
      }),
      runs(250, 4242),
    );
  });

  it('keeps a valid bound without the solver (heuristic only)', async () => {
    await fc.assert(
      fc.asyncProperty(small, async (instance) => {
        const result = await scheduleMeetings(instance, { heuristicOnly: true });
        expectSound(instance, result);
        expect(result.bound).toBeGreaterThanOrEqual(bruteForce(instance).value - 1e-9);
      }),
      runs(150, 77),
    );
  });

  it('keeps locked meetings exactly and rejects locks that cannot hold', async () => {
    const instance: B2BInstance = {
      slots: 2,
      sellers: [{ id: 'S1', available: [0, 1] }, { id: 'S2', available: [0, 1] }],
      buyers: [{ id: 'B1', available: [0, 1] }],
      requests: [{ seller: 'S1', buyer: 'B1', weight: 1 }, { seller: 'S2', buyer: 'B1', weight: 5 }],
      locked: [{ seller: 'S1', buyer: 'B1', slot: 0 }],
    };
    const result = await scheduleMeetings(instance);
    expect(result.meetings).toEqual([
      { seller: 'S1', buyer: 'B1', slot: 0, weight: 1, locked: true },
      { seller: 'S2', buyer: 'B1', slot: 1, weight: 5 },
    ]);
    const broken = { ...instance, locked: [{ seller: 'S1', buyer: 'B1', slot: 0 }, { seller: 'S2', buyer: 'B1', slot: 0 }] };
    await expect(scheduleMeetings(broken)).rejects.toThrow(InstanceValidationError);
  });

  it('merges repeated requests of a pair into one meeting worth the highest weight, and says so', async () => {
    const result = await scheduleMeetings({
      slots: 2,
      sellers: [{ id: 'S1', available: [0, 1] }],
      buyers: [{ id: 'B1', available: [0, 1] }],
      requests: [{ seller: 'S1', buyer: 'B1', weight: 1 }, { seller: 'S1', buyer: 'B1', weight: 4 }],
    });
    expect(result.meetings).toHaveLength(1);
    expect(result.value).toBe(4);
    expect(result.warnings[0]).toMatch(/1 request\(s\) repeat a pair/);
  });

  it('gives the same schedule twice', async () => {
    const instance = generateInstance({ sellers: 60, buyers: 20, slots: 8, requests: 300, seed: 5, partDay: 0.4, poolBuyers: 0.3 });
    const [a, b] = [await scheduleMeetings(instance), await scheduleMeetings(instance)];
    expect(withoutTimings(a)).toEqual(withoutTimings(b));
    expectSound(instance, a);
  });

  it('reaches the bound on a conference-sized instance with congested sellers and part-day attendance', async () => {
    const instance = generateInstance({ sellers: 200, buyers: 80, slots: 10, requests: 1_600, seed: 11, dense: true, partDay: 0.5 });
    const result = await scheduleMeetings(instance);
    expectSound(instance, result);
    expect(result.value / result.bound).toBeGreaterThanOrEqual(0.999);
    expect(result.value).toBeGreaterThan(result.stats.baselineValue);
  });

  it('returns the best schedule found when the time budget runs out', async () => {
    const instance = generateInstance({ sellers: 300, buyers: 150, slots: 16, requests: 3_000, seed: 3, dense: true });
    const result = await scheduleMeetings(instance, { timeLimitSeconds: 0.01 });
    expectSound(instance, result);
    expect(result.stats.timeLimitHit).toBe(true);
  });
});

describe('re-running after changes', () => {
  it('keeps every meeting when nothing changed', async () => {
    const instance = generateInstance({ sellers: 150, buyers: 50, slots: 12, requests: 1_200, seed: 8, partDay: 0.3 });
    const first = await scheduleMeetings(instance);
    const again = await scheduleMeetings({ ...instance, previous: first.meetings });
    expect(again.value).toBe(first.value);
    expect(again.changes).toEqual({ kept: first.meetings.length, moved: [], dropped: [], added: 0 });
  });

  it('moves few meetings after a cancellation and new requests, at no cost in value', async () => {
    const instance = generateInstance({ sellers: 150, buyers: 50, slots: 12, requests: 1_200, seed: 9, partDay: 0.3 });
    const first = await scheduleMeetings(instance);
    // A buyer cancels its afternoon; ten new requests arrive.
    const buyers = instance.buyers.map((b, i) => (i === 0 ? { ...b, available: b.available.filter((t) => t < 6) } : b));
    const extra = instance.sellers.slice(0, 10).map((s, i) => ({ seller: s.id, buyer: instance.buyers[(i * 7 + 3) % instance.buyers.length]?.id ?? '', weight: 3 }));
    const requests = [...instance.requests, ...extra.filter((r) => !instance.requests.some((q) => q.seller === r.seller && q.buyer === r.buyer))];
    const changed: B2BInstance = { ...instance, buyers, requests };
    const fresh = await scheduleMeetings(changed);
    const rerun = await scheduleMeetings({ ...changed, previous: first.meetings });
    expectSound({ ...changed, previous: first.meetings }, rerun);
    expect(rerun.value).toBeGreaterThanOrEqual(fresh.value - 1e-9);
    const moved = rerun.changes?.moved.length ?? 0;
    // A schedule built from scratch moves far more of the previous meetings than the re-run does.
    const freshMoved = first.meetings.filter((m) => fresh.meetings.some((n) => n.seller === m.seller && n.buyer === m.buyer && n.slot !== m.slot)).length;
    expect(moved).toBeLessThan(Math.max(5, freshMoved / 4));
    expect(rerun.changes?.kept).toBeGreaterThan(first.meetings.length * 0.9);
  });
});
