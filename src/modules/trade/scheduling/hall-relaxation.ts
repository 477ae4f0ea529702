import { RowBuilder, solveLinearModel, type LinearModel } from '../../fairs/allocation/highs-runtime.ts';
import { lagrangianBound } from '../../fairs/allocation/lagrangian-bound.ts';
import type { Problem } from './prepare-problem.ts';

export interface HallRelaxation {
  /** Proven upper bound on the value of the free pairs (locked meetings not included). */
  bound: number;
  /** Relaxed choice per pair (1: meet), the guide of the construction. */
  chosen: Float64Array;
  columns: number;
  rows: number;
  status: 'optimal' | 'limit' | 'infeasible' | 'error';
}

/**
 * The pair-level relaxation: y_p = pair p meets, with, for every participant,
 * Hall's condition on intervals of slots — the pairs whose open slots all lie in
 * [a, b] cannot be more than the slots of [a, b] that participant can use — and
 * the same for the pool's tables. Every schedule satisfies it, so its optimum is
 * an upper bound. When everyone attends every slot it is exact (König: a
 * bipartite multigraph of degree ≤ k has a k-edge-colouring); on conference-like
 * instances it is usually integral and reached. The bound is recomputed from the
 * LP's duals in our own code (lagrangian-bound.ts), so it holds whatever the
 * solver's tolerances.
 *
 * Pairs in no row (their participants are never short of slots) are fixed at 1
 * and kept out of the LP.
 */
export async function solveHallRelaxation(problem: Problem, timeLimitSeconds: number, interrupt?: () => boolean): Promise<HallRelaxation> {
  const { model, columnPair, fixedValue, chosen } = buildHallModel(problem);
  if (model.cost.length === 0) return { bound: fixedValue, chosen, columns: 0, rows: 0, status: 'optimal' };
  const lp = await solveLinearModel(model, { nodeLimit: 0, timeLimitSeconds, ...(interrupt === undefined ? {} : { interrupt }) });
  if (lp.rowDuals === null || lp.values === null) {
    return { bound: Infinity, chosen, columns: model.cost.length, rows: model.rows.count, status: lp.status };
  }
  columnPair.forEach((p, c) => (chosen[p] = lp.values?.[c] ?? 0));
  return {
    bound: fixedValue + lagrangianBound(model, lp.rowDuals).bound,
    chosen,
    columns: model.cost.length,
    rows: model.rows.count,
    status: lp.status,
  };
}

export function buildHallModel(problem: Problem): { model: LinearModel; columnPair: number[]; fixedValue: number; chosen: Float64Array } {
  const P = problem.pairCount;
  const lo = new Int32Array(P);
  const hi = new Int32Array(P);
  const open = new Uint8Array(P);
  for (let p = 0; p < P; p++) {
    const a = problem.slotStart[p] ?? 0;
    const b = problem.slotStart[p + 1] ?? 0;
    if (b === a) continue;
    open[p] = 1;
    lo[p] = problem.slotList[a] ?? 0;
    hi[p] = problem.slotList[b - 1] ?? 0;
  }
  const groups: Array<{ pairs: number[]; capacity: (a: number, b: number) => number }> = [];
  const addParticipants = (start: Int32Array, list: Int32Array): void => {
    for (let v = 0; v + 1 < start.length; v++) {
      const pairs = Array.from(list.subarray(start[v] ?? 0, start[v + 1] ?? 0)).filter((p) => open[p] === 1);
      if (pairs.length < 2) continue;
      // The slots this participant can use at all: the union of its pairs' open slots.
      const usable = new Int32Array(problem.slots + 1);
      const mark = new Uint8Array(problem.slots);
      for (const p of pairs) for (const t of slotsOf(problem, p)) mark[t] = 1;
      for (let t = 0; t < problem.slots; t++) usable[t + 1] = (usable[t] ?? 0) + (mark[t] ?? 0);
      groups.push({ pairs, capacity: (a, b) => (usable[b + 1] ?? 0) - (usable[a] ?? 0) });
    }
  };
  addParticipants(problem.pairsOfSellerStart, problem.pairsOfSeller);
  addParticipants(problem.pairsOfBuyerStart, problem.pairsOfBuyer);
  const poolPairs: number[] = [];
  for (let p = 0; p < P; p++) if (open[p] === 1 && problem.buyerPool[problem.pairBuyer[p] ?? 0] === 1) poolPairs.push(p);
  if (poolPairs.length > 0) {
    const tables = new Float64Array(problem.slots + 1);
    for (let t = 0; t < problem.slots; t++) tables[t + 1] = (tables[t] ?? 0) + Math.max(0, problem.poolCapacity[t] ?? 0);
    groups.push({ pairs: poolPairs, capacity: (a, b) => (tables[b + 1] ?? 0) - (tables[a] ?? 0) });
  }

  // Rows over pair indices first; columns are numbered once we know which pairs appear in a row.
  const rowsByPair: number[][] = [];
  const caps: number[] = [];
  for (const { pairs, capacity } of groups) {
    const starts = [...new Set(pairs.map((p) => lo[p] ?? 0))].sort((x, y) => x - y);
    const ends = [...new Set(pairs.map((p) => hi[p] ?? 0))].sort((x, y) => x - y);
    for (const a of starts) {
      for (const b of ends) {
        if (b < a) continue;
        const cap = capacity(a, b);
        const inside = pairs.filter((p) => (lo[p] ?? 0) >= a && (hi[p] ?? 0) <= b);
        if (inside.length > cap) {
          rowsByPair.push(inside);
          caps.push(cap);
        }
      }
    }
  }
  const columnOf = new Int32Array(P).fill(-1);
  const columnPair: number[] = [];
  for (const row of rowsByPair) {
    for (const p of row) {
      if ((columnOf[p] ?? -1) >= 0) continue;
      columnOf[p] = columnPair.length;
      columnPair.push(p);
    }
  }
  const chosen = new Float64Array(P);
  let fixedValue = 0;
  for (let p = 0; p < P; p++) {
    if (open[p] === 1 && (columnOf[p] ?? -1) < 0) {
      chosen[p] = 1;
      fixedValue += problem.pairWeight[p] ?? 0;
    }
  }
  const rows = new RowBuilder();
  rowsByPair.forEach((row, r) => {
    const columns = row.map((p) => columnOf[p] ?? 0).sort((x, y) => x - y);
    rows.add(columns, columns.map(() => 1), -Infinity, caps[r] ?? 0);
  });
  const n = columnPair.length;
  const model: LinearModel = {
    cost: columnPair.map((p) => problem.pairWeight[p] ?? 0),
    lower: new Array<number>(n).fill(0),
    upper: new Array<number>(n).fill(1),
    integerColumns: 0,
    rows,
  };
  return { model, columnPair, fixedValue, chosen };
}

export function slotsOf(problem: Problem, p: number): Int32Array {
  return problem.slotList.subarray(problem.slotStart[p] ?? 0, problem.slotStart[p + 1] ?? 0);
}
