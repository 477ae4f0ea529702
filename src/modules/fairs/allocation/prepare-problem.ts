import type { AllocationInstance } from './types.ts';

/** Attribute bits shared by stalls (what they have) and applications (what they need). */
export const POWER = 1;
export const WATER = 2;

export const suits = (stallAttributes: number, needs: number): boolean => (stallAttributes & needs) === needs;

export interface PreparedApp {
  index: number;
  id: string;
  size: 1 | 2;
  category: number;
  needs: number;
  /** Zone index → weight, for allowed zones that exist among the stalls. */
  weights: Map<number, number>;
  /** Stall indices of an organiser lock, [] when locked out, null when free. */
  lock: number[] | null;
}

/**
 * Index-based view of a validated instance. Everything downstream works on
 * small integers so the heuristics can use typed arrays, and so that iteration
 * order (hence the result) depends only on the input's array order.
 */
export interface PreparedProblem {
  instance: AllocationInstance;
  penalty: number;
  stallIds: string[];
  stallIndex: Map<string, number>;
  zoneNames: string[];
  stallZone: Int32Array;
  stallAttributes: Uint8Array;
  blocked: Uint8Array;
  /** Sorted, de-duplicated, symmetric adjacency. */
  adjacency: Int32Array[];
  /** Each undirected adjacency once, as [low, high]. */
  edges: [number, number][];
  apps: PreparedApp[];
  appIndex: Map<string, number>;
  categoryNames: string[];
  /** Stall → index of the application locked onto it, or -1. */
  lockedHolder: Int32Array;
  /** Locked stalls count as unavailable for everyone else. */
  available: Uint8Array;
  /** Zone → stall indices in input order. */
  zoneStalls: number[][];
}

/** Expects a validated instance (validate-instance.ts). */
export function prepareProblem(instance: AllocationInstance): PreparedProblem {
  const stallCount = instance.stalls.length;
  const stallIds = instance.stalls.map((s) => s.id);
  const stallIndex = new Map(stallIds.map((id, i) => [id, i]));
  const zoneIndex = new Map<string, number>();
  const zoneNames: string[] = [];
  const stallZone = new Int32Array(stallCount);
  const stallAttributes = new Uint8Array(stallCount);
  const blocked = new Uint8Array(stallCount);
  const neighbourSets: Set<number>[] = instance.stalls.map(() => new Set<number>());
  instance.stalls.forEach((stall, i) => {
    let zone = zoneIndex.get(stall.zone);
    if (zone === undefined) {
      zone = zoneNames.length;
      zoneIndex.set(stall.zone, zone);
      zoneNames.push(stall.zone);
    }
    stallZone[i] = zone;
    stallAttributes[i] = (stall.power ? POWER : 0) | (stall.water ? WATER : 0);
    blocked[i] = stall.blocked ? 1 : 0;
    for (const id of stall.neighbours) {
      const j = stallIndex.get(id);
      if (j === undefined || j === i) continue;
      neighbourSets[i]?.add(j);
      neighbourSets[j]?.add(i);
    }
  });
  const adjacency = neighbourSets.map((set) => Int32Array.from([...set].sort((a, b) => a - b)));
  const edges: [number, number][] = [];
  adjacency.forEach((list, s) => {
    for (const t of list) if (t > s) edges.push([s, t]);
  });
  const zoneStalls: number[][] = zoneNames.map(() => []);
  for (let s = 0; s < stallCount; s++) zoneStalls[stallZone[s] ?? 0]?.push(s);

  const categoryIndex = new Map<string, number>();
  const categoryNames: string[] = [];
  const lockedHolder = new Int32Array(stallCount).fill(-1);
  const locked = instance.locked ?? {};
  const apps: PreparedApp[] = instance.applications.map((app, index) => {
    let category = categoryIndex.get(app.category);
    if (category === undefined) {
      category = categoryNames.length;
      categoryIndex.set(app.category, category);
      categoryNames.push(app.category);
    }
    const weights = new Map<number, number>();
    for (const [zone, weight] of Object.entries(app.zones)) {
      const z = zoneIndex.get(zone);
      if (z !== undefined) weights.set(z, weight);
    }
    const lockIds = locked[app.id];
    const lock = lockIds === undefined ? null : lockIds.map((id) => stallIndex.get(id) ?? -1);
    for (const s of lock ?? []) lockedHolder[s] = index;
    return {
      index,
      id: app.id,
      size: app.stalls,
      category,
      needs: (app.needsPower ? POWER : 0) | (app.needsWater ? WATER : 0),
      weights,
      lock,
    };
  });
  const available = new Uint8Array(stallCount);
  for (let s = 0; s < stallCount; s++) available[s] = blocked[s] === 0 && lockedHolder[s] === -1 ? 1 : 0;
  return {
    instance,
    penalty: instance.sameCategoryPenalty,
    stallIds,
    stallIndex,
    zoneNames,
    stallZone,
    stallAttributes,
    blocked,
    adjacency,
    edges,
    apps,
    appIndex: new Map(apps.map((a) => [a.id, a.index])),
    categoryNames,
    lockedHolder,
    available,
    zoneStalls,
  };
}
