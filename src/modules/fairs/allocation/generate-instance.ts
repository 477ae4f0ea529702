import { createRandom, type Random } from './random.ts';
import type { AllocationInstance, Application, Stall } from './types.ts';

/**
 * Seeded generator of realistic fair instances, for benchmarks and tests.
 *
 * The street is a walking street with a left (`L…`) and a right (`R…`) row of
 * stalls. Both rows are cut into the same zone segments, in street order:
 * four regional zones, the foreign pavilion and the food court. Neighbours are
 * the previous and next stall of the same row (also across a zone border, so
 * the penalty sees them, while 2-stall pairs cannot straddle it).
 */
export interface GenerateOptions {
  stalls: number;
  applications: number;
  seed: number;
  /** Default 3. */
  sameCategoryPenalty?: number;
  /** Number of applications given an organiser lock on a random feasible spot (default 0). */
  lockedApplications?: number;
  /**
   * 'standard' (default): 15 product groups, ~25 % pairs, ~20 % needing power.
   * 'crowded': a fair dominated by a few groups (tea and processed food,
   * handicrafts), more pairs (~35 %) and more power and water needs, so that
   * same-group neighbours cannot all be avoided and utilities are contested.
   */
  profile?: 'standard' | 'crowded';
}

export const REGIONAL_ZONES = ['northern-mountains', 'red-river-delta', 'central-highlands', 'southern-delta'] as const;
export const FOREIGN_ZONE = 'foreign';
export const FOOD_ZONE = 'food';

/** Share of the street per zone, in street order. */
const ZONE_SHARES: readonly (readonly [string, number])[] = [
  ['northern-mountains', 0.15],
  ['red-river-delta', 0.17],
  ['central-highlands', 0.13],
  ['southern-delta', 0.15],
  [FOREIGN_ZONE, 0.14],
  [FOOD_ZONE, 0.26],
];

/** OCOP product groups; the food and drink groups (I, II) may use the food court. */
const CATEGORIES: readonly (readonly [string, number])[] = [
  ['I.1', 6], ['I.2', 5], ['I.3.a', 7], ['I.3.b', 8], ['I.4', 6],
  ['II.1', 5], ['II.2', 4], ['III.1', 6], ['III.2', 4], ['IV.1', 7],
  ['IV.2', 5], ['V.1', 8], ['V.2', 5], ['VI.1', 3], ['VI.2', 2],
];

/** The crowded profile: four groups, one of them nearly half the applicants. */
const CROWDED_CATEGORIES: readonly (readonly [string, number])[] = [['I.3.b', 5], ['IV.1', 3], ['I.4', 2], ['V.1', 1]];

const isFoodCategory = (category: string): boolean => category.startsWith('I.') || category.startsWith('II.');

/** Regions adjacent on the map: a producer may also accept its neighbour region's zone. */
const NEIGHBOUR_REGION: Record<string, string> = {
  'northern-mountains': 'red-river-delta',
  'red-river-delta': 'northern-mountains',
  'central-highlands': 'southern-delta',
  'southern-delta': 'central-highlands',
};

export function generateInstance(options: GenerateOptions): AllocationInstance {
  const random = createRandom(options.seed);
  const stalls = generateStreet(options.stalls, random);
  const crowded = options.profile === 'crowded';
  const applications = Array.from({ length: options.applications }, (_, i) => generateApplication(i, random, crowded));
  const instance: AllocationInstance = {
    stalls,
    applications,
    locked: {},
    sameCategoryPenalty: options.sameCategoryPenalty ?? 3,
  };
  addLocks(instance, options.lockedApplications ?? 0, random);
  return instance;
}

function generateStreet(count: number, random: Random): Stall[] {
  const leftLength = Math.ceil(count / 2);
  const rows: (readonly ['L' | 'R', number])[] = [['L', leftLength], ['R', count - leftLength]];
  const width = String(leftLength).length;
  const stalls: Stall[] = [];
  for (const [side, length] of rows) {
    const zones = zoneSegments(length);
    const power = runs(zones, random, (zone) => (zone === FOOD_ZONE ? 0.45 : 0.1));
    const water = runs(zones, random, (zone) => (zone === FOOD_ZONE ? 0.18 : 0.02));
    const id = (i: number): string => `${side}${String(i + 1).padStart(width, '0')}`;
    for (let i = 0; i < length; i++) {
      const neighbours: string[] = [];
      if (i > 0) neighbours.push(id(i - 1));
      if (i < length - 1) neighbours.push(id(i + 1));
      stalls.push({
        id: id(i),
        zone: zones[i] ?? FOOD_ZONE,
        power: power[i] ?? false,
        water: water[i] ?? false,
        // Trees, hydrants and the organiser's own tents.
        blocked: random.chance(0.03),
        neighbours,
      });
    }
  }
  return stalls;
}

function zoneSegments(length: number): string[] {
  const zones: string[] = [];
  let cumulative = 0;
  for (const [zone, share] of ZONE_SHARES) {
    cumulative += share;
    const end = Math.round(cumulative * length);
    while (zones.length < end) zones.push(zone);
  }
  while (zones.length < length) zones.push(FOOD_ZONE);
  return zones;
}

/** Utilities come in short runs (one cable or pipe serves 2–4 stalls), so adjacent pairs with power exist. */
function runs(zones: readonly string[], random: Random, startProbability: (zone: string) => number): boolean[] {
  const result: boolean[] = [];
  let remaining = 0;
  for (const zone of zones) {
    if (remaining === 0 && random.chance(startProbability(zone))) remaining = random.int(2, 4);
    result.push(remaining > 0);
    if (remaining > 0) remaining--;
  }
  return result;
}

function generateApplication(index: number, random: Random, crowded: boolean): Application {
  const category = random.weighted(crowded ? CROWDED_CATEGORIES : CATEGORIES);
  const food = isFoodCategory(category);
  const stars = random.weighted([[3, 0.5], [4, 0.35], [5, 0.15]] as const);
  const base = 10 + 5 * (stars - 3);
  const preference = (): number => random.int(0, 6);
  const zones: Record<string, number> = {};
  if (random.chance(0.12)) {
    zones[FOREIGN_ZONE] = base + preference();
  } else {
    const region = random.weighted(REGIONAL_ZONES.map((zone) => [zone, 1] as const));
    zones[region] = base + preference();
    const neighbour = NEIGHBOUR_REGION[region];
    if (neighbour !== undefined && random.chance(0.3)) zones[neighbour] = base - 3 + preference();
  }
  if (food && random.chance(0.7)) zones[FOOD_ZONE] = base + 2 + preference();
  const application: Application = {
    id: `A${String(index + 1).padStart(5, '0')}`,
    stalls: random.chance(0.25) ? 2 : 1,
    zones,
    needsPower: random.chance(food ? 0.37 : 0.06),
    needsWater: random.chance(food ? 0.22 : 0.01),
    category,
  };
  if (crowded) {
    if (random.chance(0.35)) application.stalls = 2;
    if (random.chance(0.3)) application.needsPower = true;
    if (random.chance(0.12)) application.needsWater = true;
  }
  return application;
}

/** Locks a few applications onto a free spot that satisfies every hard rule, like an organiser would. */
function addLocks(instance: AllocationInstance, count: number, random: Random): void {
  const locked = instance.locked ?? {};
  const taken = new Set<string>();
  const byId = new Map(instance.stalls.map((s) => [s.id, s]));
  let attempts = 0;
  while (Object.keys(locked).length < count && attempts < count * 50) {
    attempts++;
    const app = random.pick(instance.applications);
    if (locked[app.id] !== undefined) continue;
    const fits = (s: Stall): boolean =>
      !s.blocked && !taken.has(s.id) && app.zones[s.zone] !== undefined &&
      (!app.needsPower || s.power) && (!app.needsWater || s.water);
    const first = random.pick(instance.stalls);
    if (!fits(first)) continue;
    if (app.stalls === 1) {
      locked[app.id] = [first.id];
      taken.add(first.id);
      continue;
    }
    const second = first.neighbours.map((id) => byId.get(id)).find((s) => s !== undefined && s.zone === first.zone && fits(s));
    if (second === undefined) continue;
    locked[app.id] = [first.id, second.id];
    taken.add(first.id);
    taken.add(second.id);
  }
  instance.locked = locked;
}
