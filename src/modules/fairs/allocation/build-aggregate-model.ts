import { RowBuilder, type LinearModel } from './highs-runtime.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import { maxMatchingUpperBound } from './matching-bound.ts';

/**
 * Zone-level relaxation: x[a,z] = application a goes to zone z, ignoring which
 * stalls. Any stall-level solution maps onto a feasible x with the same weight
 * sum, and the penalty (≥ 0) is dropped, so its optimum is an upper bound on
 * the true optimum — small enough to solve exactly even at 6 000 applications.
 *
 * Capacity rows are Hall's conditions between needs classes and stall types:
 * for each up-closed set U of stall types (what a stall offers), the stalls used
 * by applications that only fit stalls in U cannot exceed the stalls in U. With
 * singles only these rows are exactly the feasibility of the zone; pairs add a
 * matching row (pairs fitting U ≤ disjoint adjacent pairs inside U).
 */
export interface AggregateModel {
  model: LinearModel;
  /** Column → [application index, zone index]. */
  columns: [number, number][];
}

/** Stall-type masks: bit t set ⇔ stall type t (POWER|WATER bits) is in the set. */
const UP_SETS = [0b1000, 0b1010, 0b1100, 0b1110, 0b1111] as const;
/** Stall types a needs class fits on. */
const upOf = (needs: number): number => {
  let mask = 0;
  for (let t = 0; t < 4; t++) if ((t & needs) === needs) mask |= 1 << t;
  return mask;
};

export function buildAggregateModel(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[]): AggregateModel {
  const cost: number[] = [];
  const columns: [number, number][] = [];
  const appRows = new RowBuilder();
  const byZone: number[][] = problem.zoneNames.map(() => []);
  for (const app of problem.apps) {
    if (app.lock !== null) continue;
    const mine: number[] = [];
    for (const [zone, weight] of app.weights) {
      if (weight <= 0) continue;
      const entry = catalogue[zone];
      const options = app.size === 1 ? entry?.singles[app.needs] : entry?.pairs[app.needs];
      if (options === undefined || options.length === 0) continue;
      mine.push(cost.length);
      byZone[zone]?.push(cost.length);
      cost.push(weight);
      columns.push([app.index, zone]);
    }
    if (mine.length > 1) appRows.add(mine, mine.map(() => 1), -Infinity, 1);
  }

  const rows = appRows;
  byZone.forEach((zoneColumns, zone) => {
    const free = (problem.zoneStalls[zone] ?? []).filter((s) => problem.available[s] === 1);
    for (const set of UP_SETS) {
      const inSet = (s: number): boolean => ((set >> (problem.stallAttributes[s] ?? 0)) & 1) === 1;
      const members = zoneColumns.filter((c) => {
        const app = problem.apps[columns[c]?.[0] ?? -1];
        return app !== undefined && (upOf(app.needs) & ~set) === 0;
      });
      if (members.length === 0) continue;
      const sizes = members.map((c) => problem.apps[columns[c]?.[0] ?? -1]?.size ?? 1);
      const capacity = free.filter(inSet).length;
      if (sizes.reduce((a, b) => a + b, 0) > capacity) rows.add(members, sizes, -Infinity, capacity);
      const pairMembers = members.filter((_, i) => sizes[i] === 2);
      if (pairMembers.length === 0) continue;
      // `free` is this zone's stalls only, so a matched pair never straddles a zone border.
      const pairs = maxMatchingUpperBound(free.filter(inSet), problem.adjacency);
      if (pairMembers.length > pairs) rows.add(pairMembers, pairMembers.map(() => 1), -Infinity, pairs);
    }
  });
  return {
    model: { cost, lower: cost.map(() => 0), upper: cost.map(() => 1), integerColumns: cost.length, rows },
    columns,
  };
}
