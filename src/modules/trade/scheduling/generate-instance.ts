import { createRandom, type Random } from '../../fairs/allocation/random.ts';
import type { B2BInstance, Buyer, MeetingRequest, Seller } from './types.ts';

export interface GeneratorOptions {
  sellers: number;
  buyers: number;
  slots: number;
  requests: number;
  seed: number;
  /**
   * Share of participants who attend only part of the day (a morning, an afternoon,
   * a window, or the day with a few slots off). Default 0.25.
   */
  partDay?: number;
  /**
   * Dense: sellers are congested too. Requests then come from a few very active sellers
   * (many want more meetings than there are slots) as well as going to popular buyers.
   */
  dense?: boolean;
  /** Share of buyers who meet at the shared pool of tables instead of their own (default 0). */
  poolBuyers?: number;
  /** Pool tables per slot (default: enough for 60 % of the pool buyers). */
  poolTables?: number;
}

/**
 * A conference like the supply–demand ones of Hanoi and Ho Chi Minh City: a few
 * popular buyers (supermarket chains, exporters) receive far more requests than
 * they have slots, most receive a handful; weights 1–5, low ones more common.
 * Deterministic from `seed`.
 */
export function generateInstance(options: GeneratorOptions): B2BInstance {
  const { slots, seed } = options;
  const random = createRandom(seed * 7919 + 17);
  const partDay = options.partDay ?? 0.25;
  const sellers: Seller[] = Array.from({ length: options.sellers }, (_, i) => ({
    id: `S${String(i + 1).padStart(4, '0')}`,
    available: attendance(random, slots, partDay),
  }));
  const poolShare = options.poolBuyers ?? 0;
  const buyers: Buyer[] = Array.from({ length: options.buyers }, (_, i) => ({
    id: `B${String(i + 1).padStart(3, '0')}`,
    available: attendance(random, slots, partDay),
    ...(random.chance(poolShare) ? { table: 'pool' as const } : {}),
  }));

  // Popularity: Zipf-like over buyers always; over sellers only when dense.
  const buyerPick = cumulative(options.buyers, 0.8, random);
  const sellerPick = cumulative(options.sellers, options.dense === true ? 0.9 : 0.25, random);
  const maxPairs = options.sellers * options.buyers;
  const target = Math.min(options.requests, Math.floor(maxPairs * 0.9));
  const seen = new Set<number>();
  const requests: MeetingRequest[] = [];
  while (requests.length < target) {
    const s = draw(sellerPick, random);
    const b = draw(buyerPick, random);
    const key = s * options.buyers + b;
    if (seen.has(key)) continue;
    seen.add(key);
    const seller = sellers[s];
    const buyer = buyers[b];
    if (seller === undefined || buyer === undefined) continue;
    requests.push({ seller: seller.id, buyer: buyer.id, weight: random.weighted([[1, 30], [2, 28], [3, 20], [4, 13], [5, 9]]) });
  }
  const pool = buyers.filter((b) => b.table === 'pool').length;
  const poolTables = options.poolTables ?? Math.ceil(pool * 0.6);
  return { slots, sellers, buyers, requests, ...(pool > 0 ? { poolTables } : {}) };
}

/** The slots one participant attends. */
function attendance(random: Random, slots: number, partDay: number): number[] {
  const all = Array.from({ length: slots }, (_, t) => t);
  if (!random.chance(partDay)) return all;
  const half = Math.floor(slots / 2);
  const kind = random.weighted([['morning', 3], ['afternoon', 3], ['window', 2], ['gaps', 2]] as const);
  if (kind === 'morning') return all.slice(0, half);
  if (kind === 'afternoon') return all.slice(half);
  if (kind === 'window') {
    const length = random.int(Math.max(1, Math.floor(slots / 4)), Math.max(1, slots - 1));
    const start = random.int(0, slots - length);
    return all.slice(start, start + length);
  }
  const off = new Set(Array.from({ length: random.int(1, Math.max(1, Math.floor(slots / 5))) }, () => random.int(0, slots - 1)));
  return all.filter((t) => !off.has(t));
}

/** Cumulative popularity of n ranked items, 1 / rank^exponent, ranks shuffled. */
function cumulative(n: number, exponent: number, random: Random): Float64Array {
  const ranks = Array.from({ length: n }, (_, i) => i + 1);
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(0, i);
    [ranks[i], ranks[j]] = [ranks[j] ?? 1, ranks[i] ?? 1];
  }
  const sums = new Float64Array(n);
  let total = 0;
  ranks.forEach((rank, i) => {
    total += 1 / rank ** exponent;
    sums[i] = total;
  });
  return sums;
}

function draw(sums: Float64Array, random: Random): number {
  const x = random.next() * (sums[sums.length - 1] ?? 0);
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sums[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
