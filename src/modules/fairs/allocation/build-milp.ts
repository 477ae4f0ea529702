import { RowBuilder, type LinearModel } from './highs-runtime.ts';
import { optionsOf, type PlacementOption, type ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';

/**
 * The exact stall-level MILP over placement options.
 *
 *   z[o] ∈ {0,1}  option o = (application, single stall or adjacent pair in one zone)
 *   y[e,c] ≥ 0    neighbouring stalls e = {s,t} both held by category c, by two applications
 *
 *   max Σ w[o]·z[o] − P·Σ y[e,c] − P·Σ (locked same-category neighbours of o)·z[o]
 *   Σ_{o of a} z[o] ≤ 1                 each application at most once
 *   Σ_{o ∋ s} z[o] ≤ 1                  each stall at most once
 *   Σ_{o of c, o ∋ s or o ∋ t} z[o] − y[e,c] ≤ 1
 *
 * The last row counts each option once even when it covers both s and t, so a
 * 2-stall application on exactly {s,t} is not penalised, while two different
 * applications of category c on s and t force y = 1. Neighbours held by
 * locked applications are constants, so their penalty is folded into w[o].
 * `keep(app, zone)` lets the caller drop options proven useless beforehand.
 */
export interface PlacementMilp {
  model: LinearModel;
  /** Column → option, for the first `options.length` columns; the rest are y. */
  options: (PlacementOption & { app: number })[];
  /** Each y column with the option columns of its row, to complete a MIP start. */
  penaltyColumns: { column: number; members: number[] }[];
}

export function buildPlacementMilp(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  keep: (app: number, zone: number) => boolean = () => true,
): PlacementMilp {
  const options: (PlacementOption & { app: number })[] = [];
  const rows = new RowBuilder();
  for (const app of problem.apps) {
    if (app.lock !== null) continue;
    const mine = optionsOf(app, catalogue).filter((o) => keep(app.index, o.zone));
    if (mine.length === 0) continue;
    const first = options.length;
    for (const o of mine) options.push({ ...o, app: app.index });
    if (mine.length > 1) rows.add(mine.map((_, i) => first + i), mine.map(() => 1), -Infinity, 1);
  }
  const cost = options.map((o) => {
    const category = problem.apps[o.app]?.category;
    let lockedConflicts = 0;
    for (const s of o.stalls) {
      for (const t of problem.adjacency[s] ?? []) {
        const holder = problem.lockedHolder[t] ?? -1;
        if (holder >= 0 && !o.stalls.includes(t) && problem.apps[holder]?.category === category) lockedConflicts++;
      }
    }
    return o.weight - problem.penalty * lockedConflicts;
  });

  // Stall → (category → options covering it), to build stall rows and penalty rows.
  const covering: Map<number, number[]>[] = problem.stallIds.map(() => new Map());
  options.forEach((o, column) => {
    const category = problem.apps[o.app]?.category ?? 0;
    for (const s of o.stalls) {
      const byCategory = covering[s];
      if (byCategory === undefined) continue;
      const list = byCategory.get(category);
      if (list === undefined) byCategory.set(category, [column]);
      else list.push(column);
    }
  });
  covering.forEach((byCategory) => {
    const all = [...byCategory.values()].flat().sort((a, b) => a - b);
    if (all.length > 1) rows.add(all, all.map(() => 1), -Infinity, 1);
  });

  const penaltyColumns: { column: number; members: number[] }[] = [];
  if (problem.penalty > 0) {
    for (const [s, t] of problem.edges) {
      const atS = covering[s];
      const atT = covering[t];
      if (atS === undefined || atT === undefined) continue;
      for (const [category, fromS] of atS) {
        const fromT = atT.get(category);
        if (fromT === undefined) continue;
        const union = [...new Set([...fromS, ...fromT])].sort((a, b) => a - b);
        // Only the pair option {s,t} itself covers both: nobody else can sit next to it here.
        const apps = new Set(union.map((c) => options[c]?.app));
        if (apps.size < 2) continue;
        const y = cost.length;
        cost.push(-problem.penalty);
        rows.add([...union, y], [...union.map(() => 1), -1], -Infinity, 1);
        penaltyColumns.push({ column: y, members: union });
      }
    }
  }
  const integerColumns = options.length;
  return {
    model: {
      cost,
      lower: cost.map(() => 0),
      upper: cost.map(() => 1),
      integerColumns,
      rows,
    },
    options,
    penaltyColumns,
  };
}
