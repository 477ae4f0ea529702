import { RowBuilder, type LinearModel } from './highs-runtime.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import { POWER, suits, WATER, type PreparedApp, type PreparedProblem } from './prepare-problem.ts';
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
  const integerColumns = cost.length;
  if (problem.penalty > 0) addForcedPenalties(problem, byZone, columns, cost, rows);
  return {
    model: { cost, lower: cost.map(() => 0), upper: cost.map(() => 1), integerColumns, rows },
    columns,
  };
}

/**
 * Same-category neighbours that a zone's mix makes unavoidable, wherever its
 * applications sit. Take a set of the zone's available stalls — all of them,
 * or those with power, water, or both — with E edges among its V stalls and
 * at most d neighbours per stall there. Every application needing what the
 * set offers lies inside it. An edge not penalised for category c either has
 * an end that category c does not hold (at most d edges per such stall) or
 * lies inside one 2-stall application, so the penalised pairs of c are at least
 *   Σ_{a∈c inside} (d·size_a − [pair]) x_a − (d·V − E)
 * and, over the whole zone, where the free stalls are known exactly, also
 * + Σ_{a∉c, pair} x_a (an application has at most d, or 2d−2, outside edges).
 * One continuous column per (zone, category) is at least each such count and
 * costs the penalty per pair; it is scaled to [0, 1] so the Lagrangian bound
 * keeps its unit-box form. A lower bound on the penalty keeps the model a
 * relaxation.
 */
function addForcedPenalties(problem: PreparedProblem, byZone: readonly number[][], columns: readonly [number, number][], cost: number[], rows: RowBuilder): void {
  byZone.forEach((zoneColumns, zone) => {
    const open = (problem.zoneStalls[zone] ?? []).filter((s) => problem.available[s] === 1);
    const whole = stallSet(problem, open);
    if (whole.edges === 0) return;
    const utilities = [POWER, WATER, POWER | WATER]
      .map((needs) => ({ needs, set: stallSet(problem, open.filter((s) => suits(problem.stallAttributes[s] ?? 0, needs))) }))
      .filter(({ set }) => set.edges > 0);
    const categories = new Set(zoneColumns.map((c) => problem.apps[columns[c]?.[0] ?? -1]?.category ?? -1));
    for (const category of categories) {
      const column = cost.length;
      let used = false;
      const addRow = (set: StallSet, coefficient: (app: PreparedApp) => number): void => {
        const indices: number[] = [];
        const values: number[] = [];
        for (const c of zoneColumns) {
          const app = problem.apps[columns[c]?.[0] ?? -1];
          const value = app === undefined ? 0 : coefficient(app);
          if (value === 0) continue;
          indices.push(c);
          values.push(value);
        }
        const slack = set.degree * set.stalls - set.edges;
        // A row that the whole mix could not push past its slack never binds.
        if (values.reduce((a, b) => a + b, 0) <= slack) return;
        rows.add([...indices, column], [...values, -whole.edges], -Infinity, slack);
        used = true;
      };
      const inside = (set: StallSet, app: PreparedApp): number => set.degree * app.size - (app.size === 2 ? 1 : 0);
      addRow(whole, (app) => (app.category === category ? inside(whole, app) : app.size === 2 ? 1 : 0));
      for (const { needs, set } of utilities) addRow(set, (app) => (app.category === category && suits(app.needs, needs) ? inside(set, app) : 0));
      if (used) cost.push(-problem.penalty * whole.edges);
    }
  });
}

interface StallSet {
  stalls: number;
  edges: number;
  /** Most neighbours of one stall within the set. */
  degree: number;
}

function stallSet(problem: PreparedProblem, stalls: readonly number[]): StallSet {
  const members = new Set(stalls);
  let ends = 0;
  let degree = 0;
  for (const s of stalls) {
    let d = 0;
    for (const t of problem.adjacency[s] ?? []) if (members.has(t)) d++;
    ends += d;
    degree = Math.max(degree, d);
  }
  return { stalls: stalls.length, edges: ends / 2, degree };
}
