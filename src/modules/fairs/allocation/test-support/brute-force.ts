import type { AllocationInstance, Assignments } from '../types.ts';

export interface BruteForceResult {
  objective: number;
  assignments: Assignments;
  /** Number of complete assignments examined. */
  leaves: number;
}

/**
 * The true optimum by exhaustive enumeration, written from the problem
 * statement alone (no solver code reused) so that it is an independent oracle.
 * Only for tiny instances: the search is exponential.
 */
export function bruteForce(instance: AllocationInstance): BruteForceResult {
  const stalls = instance.stalls;
  const index = new Map(stalls.map((s, i) => [s.id, i]));
  const adjacent = stalls.map(() => new Set<number>());
  stalls.forEach((s, i) => {
    for (const n of s.neighbours) {
      const j = index.get(n);
      if (j === undefined || j === i) continue;
      adjacent[i]?.add(j);
      adjacent[j]?.add(i);
    }
  });
  const edges: [number, number][] = [];
  adjacent.forEach((set, i) => {
    for (const j of set) if (j > i) edges.push([i, j]);
  });
  const locked = instance.locked ?? {};
  const apps = instance.applications;

  // Every placement of every application, straight from the hard rules.
  const choices: { stalls: number[]; weight: number }[][] = apps.map((app) => {
    const lock = locked[app.id];
    if (lock !== undefined) {
      if (lock.length === 0) return [];
      const first = stalls[index.get(lock[0] ?? '') ?? -1];
      return [{ stalls: lock.map((id) => index.get(id) ?? -1), weight: first === undefined ? 0 : (app.zones[first.zone] ?? 0) }];
    }
    const ok = (i: number): boolean => {
      const s = stalls[i];
      return s !== undefined && !s.blocked && app.zones[s.zone] !== undefined && (!app.needsPower || s.power) && (!app.needsWater || s.water);
    };
    const result: { stalls: number[]; weight: number }[] = [];
    stalls.forEach((s, i) => {
      if (!ok(i)) return;
      const weight = app.zones[s.zone] ?? 0;
      if (app.stalls === 1) result.push({ stalls: [i], weight });
      else for (const j of adjacent[i] ?? []) if (j > i && ok(j) && stalls[j]?.zone === s.zone) result.push({ stalls: [i, j], weight });
    });
    return result;
  });

  const holder = new Int32Array(stalls.length).fill(-1);
  const chosen: number[][] = apps.map(() => []);
  let best = -Infinity;
  let bestAssignments: Assignments = {};
  let leaves = 0;
  let weightSum = 0;

  const visit = (a: number): void => {
    if (a === apps.length) {
      leaves++;
      let pairs = 0;
      for (const [i, j] of edges) {
        const x = holder[i] ?? -1;
        const y = holder[j] ?? -1;
        if (x >= 0 && y >= 0 && x !== y && apps[x]?.category === apps[y]?.category) pairs++;
      }
      const value = weightSum - instance.sameCategoryPenalty * pairs;
      if (value > best) {
        best = value;
        bestAssignments = {};
        chosen.forEach((list, k) => {
          const id = apps[k]?.id;
          if (list.length > 0 && id !== undefined) bestAssignments[id] = list.map((i) => stalls[i]?.id ?? '');
        });
      }
      return;
    }
    const lockedApp = locked[apps[a]?.id ?? ''] !== undefined && (locked[apps[a]?.id ?? '']?.length ?? 0) > 0;
    if (!lockedApp) visit(a + 1); // unplaced (impossible for a locked application)
    for (const choice of choices[a] ?? []) {
      if (choice.stalls.some((i) => holder[i] !== -1)) continue;
      for (const i of choice.stalls) holder[i] = a;
      chosen[a] = choice.stalls;
      weightSum += choice.weight;
      visit(a + 1);
      weightSum -= choice.weight;
      chosen[a] = [];
      for (const i of choice.stalls) holder[i] = -1;
    }
  };
  visit(0);
  return { objective: best, assignments: bestAssignments, leaves };
}
