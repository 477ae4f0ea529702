import type { AllocationInstance, Assignments } from '../allocation/types.ts';

/**
 * The second soft rule: a spread of provinces along the street. Without touching the objective
 * (each swap keeps both applications in their zone, so the weights stay, and never adds a
 * same-category pair), swaps single-stall exhibitors of one zone while that lowers the number of
 * neighbouring stalls held by two exhibitors from one province. Locked placements never move.
 * Deterministic: pairs are tried in a fixed order, passes are bounded.
 */
export function spreadProvinces(
  instance: AllocationInstance,
  assignments: Assignments,
  provinceOf: ReadonlyMap<string, string>,
  maxPasses = 8,
): { assignments: Assignments; sameProvincePairsBefore: number; sameProvincePairsAfter: number } {
  const stalls = new Map(instance.stalls.map((s) => [s.id, s]));
  const neighbours = new Map<string, Set<string>>(instance.stalls.map((s) => [s.id, new Set<string>()]));
  for (const s of instance.stalls) {
    for (const n of s.neighbours) {
      neighbours.get(s.id)?.add(n);
      neighbours.get(n)?.add(s.id);
    }
  }
  const applications = new Map(instance.applications.map((a) => [a.id, a]));
  const holder = new Map<string, string>();
  for (const [app, ids] of Object.entries(assignments)) for (const id of ids) holder.set(id, app);

  /** Same-province and same-category neighbour pairs around one stall, for the holder it would have. */
  const around = (stallId: string, app: string) => {
    let province = 0;
    let category = 0;
    for (const n of neighbours.get(stallId) ?? []) {
      const other = holder.get(n);
      if (!other || other === app) continue;
      if (provinceOf.get(other) !== undefined && provinceOf.get(other) === provinceOf.get(app)) province++;
      if (applications.get(other)?.category === applications.get(app)?.category) category++;
    }
    return { province, category };
  };
  const countProvincePairs = () => {
    let pairs = 0;
    for (const [stallId, app] of holder) {
      for (const n of neighbours.get(stallId) ?? []) {
        const other = holder.get(n);
        if (other && other !== app && stallId < n && provinceOf.get(other) === provinceOf.get(app)) pairs++;
      }
    }
    return pairs;
  };

  const before = countProvincePairs();
  const locked = new Set(Object.keys(instance.locked ?? {}));
  const movable = Object.entries(assignments)
    .filter(([app, ids]) => ids.length === 1 && !locked.has(app))
    .map(([app, ids]) => ({ app, stall: ids[0] as string }))
    .sort((a, b) => a.app.localeCompare(b.app));
  const fits = (app: string, stallId: string) => {
    const a = applications.get(app);
    const s = stalls.get(stallId);
    return Boolean(a && s && (!a.needsPower || s.power) && (!a.needsWater || s.water));
  };

  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let i = 0; i < movable.length; i++) {
      for (let j = i + 1; j < movable.length; j++) {
        const x = movable[i] as { app: string; stall: string };
        const y = movable[j] as { app: string; stall: string };
        if (stalls.get(x.stall)?.zone !== stalls.get(y.stall)?.zone) continue;
        if (!fits(x.app, y.stall) || !fits(y.app, x.stall)) continue;
        const now = [around(x.stall, x.app), around(y.stall, y.app)];
        holder.set(x.stall, y.app);
        holder.set(y.stall, x.app);
        const swapped = [around(x.stall, y.app), around(y.stall, x.app)];
        const sum = (list: { province: number; category: number }[], key: 'province' | 'category') => list.reduce((s, v) => s + v[key], 0);
        const better = sum(swapped, 'category') <= sum(now, 'category') && sum(swapped, 'province') < sum(now, 'province');
        if (better) {
          [x.stall, y.stall] = [y.stall, x.stall];
          improved = true;
        } else {
          holder.set(x.stall, x.app);
          holder.set(y.stall, y.app);
        }
      }
    }
    if (!improved) break;
  }
  const result: Assignments = { ...assignments };
  for (const m of movable) result[m.app] = [m.stall];
  return { assignments: result, sameProvincePairsBefore: before, sameProvincePairsAfter: countProvincePairs() };
}
