import type { LinearModel } from './highs-runtime.ts';

export interface LagrangianBound {
  /** Upper bound on max c·x over Ax ≤ b, 0 ≤ x ≤ 1 (hence on every integer solution). */
  bound: number;
  /** c_j − π·A_j for the prices used. */
  reduced: Float64Array;
}

/**
 * Upper bound from row prices, computed here rather than read from the solver:
 * for any π ≥ 0 and 0 ≤ x ≤ 1 with Ax ≤ b, c·x ≤ π·b + Σ max(0, c_j − π·A_j).
 * The inequality holds for every π ≥ 0, so the bound is valid however
 * accurate the duals are; both sign conventions are tried and the smaller
 * (tighter) result is kept. Requires finite row upper bounds and columns in [0, 1].
 */
export function lagrangianBound(model: LinearModel, rowDuals: Float64Array): LagrangianBound {
  const { rows } = model;
  let best: LagrangianBound | null = null;
  for (const sign of [1, -1]) {
    const reduced = Float64Array.from(model.cost);
    let bound = 0;
    for (let r = 0; r < rows.count; r++) {
      const price = Math.max(0, sign * (rowDuals[r] ?? 0));
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
  return best ?? { bound: Infinity, reduced: new Float64Array() };
}
