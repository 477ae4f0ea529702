import { createRandom } from '../random.ts';
import type { AllocationInstance, Application, Stall } from '../types.ts';

export interface RandomInstanceOptions {
  stalls: [number, number];
  applications: [number, number];
  /** Probability that an application gets an organiser lock on a feasible spot. */
  lockProbability?: number;
}

/**
 * Small adversarial instances for property tests: rows of stalls with extra
 * random edges (cycles, neighbours listed one way only), few categories so
 * penalties bite, weights that are sometimes ≤ 0, zones that do not exist.
 */
export function randomInstance(seed: number, options: RandomInstanceOptions): AllocationInstance {
  const random = createRandom(seed);
  const stallCount = random.int(...options.stalls);
  const zones = ['a', 'b', 'c'].slice(0, random.int(1, 3));
  const stalls: Stall[] = Array.from({ length: stallCount }, (_, i) => ({
    id: `s${i}`,
    zone: zones[Math.min(zones.length - 1, Math.floor((i * zones.length) / stallCount))] ?? 'a',
    power: random.chance(0.5),
    water: random.chance(0.3),
    blocked: random.chance(0.1),
    neighbours: [],
  }));
  const link = (i: number, j: number): void => {
    const a = stalls[i];
    const b = stalls[j];
    if (a === undefined || b === undefined || i === j || a.neighbours.includes(b.id)) return;
    a.neighbours.push(b.id);
    // Sometimes listed one way only: adjacency must still be symmetric.
    if (random.chance(0.7)) b.neighbours.push(a.id);
  };
  for (let i = 0; i + 1 < stallCount; i++) if (random.chance(0.85)) link(i, i + 1);
  for (let k = 0; k < random.int(0, 2); k++) link(random.int(0, stallCount - 1), random.int(0, stallCount - 1));

  const categories = ['X', 'Y', 'Z'].slice(0, random.int(1, 3));
  const applications: Application[] = Array.from({ length: random.int(...options.applications) }, (_, i) => {
    const allowed: Record<string, number> = {};
    for (const zone of [...zones, 'ghost']) {
      if (random.chance(0.6)) allowed[zone] = random.chance(0.1) ? random.int(-3, 0) : random.int(1, 20);
    }
    return {
      id: `app${i}`,
      stalls: random.chance(0.35) ? 2 : 1,
      zones: allowed,
      needsPower: random.chance(0.25),
      needsWater: random.chance(0.15),
      category: random.pick(categories),
    };
  });
  const instance: AllocationInstance = {
    stalls,
    applications,
    locked: {},
    sameCategoryPenalty: random.pick([0, 1, 3, 7]),
  };
  addRandomLocks(instance, options.lockProbability ?? 0, seed);
  return instance;
}

function addRandomLocks(instance: AllocationInstance, probability: number, seed: number): void {
  const random = createRandom(seed ^ 0x9e3779b9);
  const locked: Record<string, string[]> = {};
  const taken = new Set<string>();
  const byId = new Map(instance.stalls.map((s) => [s.id, s]));
  const adjacent = (a: Stall, b: Stall): boolean => a.neighbours.includes(b.id) || b.neighbours.includes(a.id);
  for (const app of instance.applications) {
    if (!random.chance(probability)) continue;
    if (random.chance(0.2)) {
      locked[app.id] = []; // locked out
      continue;
    }
    const fits = (s: Stall): boolean =>
      !s.blocked && !taken.has(s.id) && app.zones[s.zone] !== undefined && (!app.needsPower || s.power) && (!app.needsWater || s.water);
    const spots: string[][] = [];
    for (const s of instance.stalls) {
      if (!fits(s)) continue;
      if (app.stalls === 1) spots.push([s.id]);
      else {
        for (const t of instance.stalls) {
          if (t.id > s.id && t.zone === s.zone && fits(t) && adjacent(s, t)) spots.push([s.id, t.id]);
        }
      }
    }
    if (spots.length === 0) continue;
    const spot = random.pick(spots);
    locked[app.id] = spot;
    for (const id of spot) if (byId.has(id)) taken.add(id);
  }
  instance.locked = locked;
}
