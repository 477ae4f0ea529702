import { RowBuilder, type LinearModel } from './highs-runtime.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';

/**
 * The exact stall-level MILP over placement options, for the whole instance or
 * for a window of it (the large-neighbourhood search re-optimises windows).
 *
 *   z[o] ∈ {0,1}  option o = (application, single stall or adjacent pair in one zone)
 *   y[e,c] ≥ 0    neighbouring stalls e = {s,t} both held by category c, by two applications
 *
 *   max Σ w[o]·z[o] − P·Σ y[e,c] − P·Σ f[o]·z[o]
 *   Σ_{o of a} z[o] ≤ 1                 each application at most once
 *   Σ_{o ∋ s} z[o] ≤ 1                  each stall at most once
 *   Σ_{o of c, o ∋ s or o ∋ t} z[o] − y[e,c] ≤ 1
 *
 * The last row counts each option once even when it covers both s and t, so a
 * 2-stall application on exactly {s,t} is not penalised, while two different
 * applications of category c on s and t force y = 1. Stalls outside the scope
 * keep their holders (locked applications, or the rest of the current
 * solution); f[o] counts o's same-category neighbours among them — constants,
 * so they fold into the option's cost instead of needing y variables.
 */
export interface MilpScope {
  /** Applications that may be (re)placed, in a deterministic order. */
  apps: readonly number[];
  /** Stalls the scope may use; every other stall keeps `fixedHolder`. */
  stallInScope: (stall: number) => boolean;
  /** Holder of each stall outside the scope (-1 when free). */
  fixedHolder: Int32Array;
  /** False for (application, zone) pairs proven useless beforehand. */
  keep: (app: number, zone: number) => boolean;
  /** Optional finer filter on single options (the relaxation-guided neighbourhood uses it). */
  allowOption?: (option: MilpOption) => boolean;
}

export interface MilpOption {
  app: number;
  zone: number;
  stalls: number[];
  weight: number;
}

export interface PlacementMilp {
  model: LinearModel;
  /** Column → option, for the first `options.length` columns; the rest are y. */
  options: MilpOption[];
  /** Each y column with the option columns of its row, to complete a MIP start. */
  penaltyColumns: { column: number; members: number[] }[];
}

/** The options a scope allows, in application order then catalogue order. */
export function scopeOptions(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[], scope: MilpScope): MilpOption[] {
  const options: MilpOption[] = [];
  const allow = scope.allowOption;
  for (const a of scope.apps) {
    const app = problem.apps[a];
    if (app === undefined || app.lock !== null) continue;
    for (const [zone, weight] of app.weights) {
      if (weight <= 0 || !scope.keep(a, zone)) continue;
      const entry = catalogue[zone];
      if (entry === undefined) continue;
      if (app.size === 1) {
        for (const s of entry.singles[app.needs] ?? []) if (scope.stallInScope(s)) options.push({ app: a, zone, stalls: [s], weight });
      } else {
        for (const [s, t] of entry.pairs[app.needs] ?? []) {
          if (scope.stallInScope(s) && scope.stallInScope(t)) options.push({ app: a, zone, stalls: [s, t], weight });
        }
      }
    }
  }
  return allow === undefined ? options : options.filter(allow);
}

export function buildPlacementMilp(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[], scope: MilpScope): PlacementMilp {
  const options = scopeOptions(problem, catalogue, scope);
  const rows = new RowBuilder();
  const byApp = new Map<number, number[]>();
  options.forEach((o, column) => {
    const list = byApp.get(o.app);
    if (list === undefined) byApp.set(o.app, [column]);
    else list.push(column);
  });
  for (const columns of byApp.values()) if (columns.length > 1) rows.add(columns, columns.map(() => 1), -Infinity, 1);

  const cost = options.map((o) => {
    const category = problem.apps[o.app]?.category;
    let fixedConflicts = 0;
    for (const s of o.stalls) {
      for (const t of problem.adjacency[s] ?? []) {
        if (o.stalls.includes(t) || scope.stallInScope(t)) continue;
        const holder = scope.fixedHolder[t] ?? -1;
        if (holder >= 0 && holder !== o.app && problem.apps[holder]?.category === category) fixedConflicts++;
      }
    }
    return o.weight - problem.penalty * fixedConflicts;
  });

  // Stall → (category → option columns covering it), for stall rows and penalty rows.
  const covering = new Map<number, Map<number, number[]>>();
  options.forEach((o, column) => {
    const category = problem.apps[o.app]?.category ?? 0;
    for (const s of o.stalls) {
      let byCategory = covering.get(s);
      if (byCategory === undefined) covering.set(s, (byCategory = new Map()));
      const list = byCategory.get(category);
      if (list === undefined) byCategory.set(category, [column]);
      else list.push(column);
    }
  });
  for (const byCategory of covering.values()) {
    const all = [...byCategory.values()].flat().sort((a, b) => a - b);
    if (all.length > 1) rows.add(all, all.map(() => 1), -Infinity, 1);
  }

  const penaltyColumns: { column: number; members: number[] }[] = [];
  if (problem.penalty > 0) {
    for (const [s, t] of problem.edges) {
      const atS = covering.get(s);
      const atT = covering.get(t);
      if (atS === undefined || atT === undefined) continue;
      for (const [category, fromS] of atS) {
        const fromT = atT.get(category);
        if (fromT === undefined) continue;
        const union = [...new Set([...fromS, ...fromT])].sort((a, b) => a - b);
        // A single application cannot sit on both sides (or sits on exactly {s,t}): no penalty possible.
        if (new Set(union.map((c) => options[c]?.app)).size < 2) continue;
        const y = cost.length;
        cost.push(-problem.penalty);
        rows.add([...union, y], [...union.map(() => 1), -1], -Infinity, 1);
        penaltyColumns.push({ column: y, members: union });
      }
    }
  }
  return {
    model: { cost, lower: cost.map(() => 0), upper: cost.map(() => 1), integerColumns: options.length, rows },
    options,
    penaltyColumns,
  };
}
