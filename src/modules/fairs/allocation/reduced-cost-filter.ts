import type { AggregateModel } from './build-aggregate-model.ts';

export interface ReducedCostFilter {
  /** Lagrangian upper bound of the free part, computed here from the duals (valid for any duals ≥ 0). */
  bound: number;
  /** False for (application, zone) pairs that provably cannot lead to a solution better than the incumbent. */
  keep: (app: number, zone: number) => boolean;
  kept: number;
}

/**
 * Reduced-cost fixing with the zone-level LP. For row prices π ≥ 0 and
 * 0 ≤ x ≤ 1, c·x ≤ π·b + Σ max(0, c_j − π·A_j) =: L(π); forcing x_j = 1 gives
 * L(π) − max(0, rc_j) + rc_j. Every stall-level solution maps to a feasible x,
 * so placing application a in zone z can only beat the incumbent `lowerBound`
 * when that quantity exceeds it. The bound is recomputed here rather than
 * trusted from the solver, so it is valid whatever the duals' sign convention
 * or accuracy: both signs are tried and the tighter (smaller) one is kept.
 */
export function reducedCostFilter(aggregate: AggregateModel, rowDuals: Float64Array, lowerBound: number, incumbent: ReadonlySet<string>): ReducedCostFilter {
  const { model, columns } = aggregate;
  const { rows } = model;
  let best: { bound: number; reduced: Float64Array } | null = null;
  for (const sign of [1, -1]) {
    const prices = Array.from(rowDuals, (d) => Math.max(0, sign * d));
    const reduced = Float64Array.from(model.cost);
    let bound = 0;
    for (let r = 0; r < rows.count; r++) {
      const price = prices[r] ?? 0;
      if (price === 0) continue;
      bound += price * (rows.upper[r] ?? 0);
      for (let k = rows.starts[r] ?? 0; k < (rows.starts[r + 1] ?? 0); k++) {
        const column = rows.indices[k] ?? 0;
        reduced[column] = (reduced[column] ?? 0) - price * (rows.values[k] ?? 0);
      }
    }
    for (const rc of reduced) bound += Math.max(0, rc);
    if (best === null || bound < best.bound) best = { bound, reduced };
  }
  const { bound, reduced } = best ?? { bound: Infinity, reduced: new Float64Array() };
  const tolerance = 1e-9 * Math.max(1, Math.abs(lowerBound));
  const kept = new Set<string>(incumbent);
  columns.forEach(([app, zone], j) => {
    const rc = reduced[j] ?? 0;
    if (bound - Math.max(0, rc) + rc > lowerBound + tolerance) kept.add(`${app}:${zone}`);
  });
  return { bound, keep: (app, zone) => kept.has(`${app}:${zone}`), kept: kept.size };
}
