import { RowBuilder, solveLinearModel, type LinearModel } from '../../fairs/allocation/highs-runtime.ts';
import type { Problem } from './prepare-problem.ts';
import type { ScheduleState } from './schedule-state.ts';

export interface TimeIndexedModel {
  model: LinearModel;
  columnPair: Int32Array;
  columnSlot: Int32Array;
}

/**
 * The exact model over a scope: x[p,t] = pair p meets in slot t, for the pairs
 * of `scope` (every pair when null); the meetings of the other pairs stay where
 * they are and close their slots. Rows: each pair at most once, each
 * participant at most one meeting per slot, the pool's tables per slot.
 * Trivial rows (one column, or room for all) are left out.
 */
export function buildTimeIndexedModel(problem: Problem, state: ScheduleState, scope: readonly number[] | null): TimeIndexedModel {
  const T = problem.slots;
  const inScope = new Uint8Array(problem.pairCount);
  if (scope === null) inScope.fill(1);
  else for (const p of scope) inScope[p] = 1;
  // What the pairs outside the scope hold.
  const sellerTaken = new Uint8Array(problem.sellerIds.length * T);
  const buyerTaken = new Uint8Array(problem.buyerIds.length * T);
  const poolLeft = Int32Array.from(problem.poolCapacity);
  for (let p = 0; p < problem.pairCount; p++) {
    const t = state.slotOf[p] ?? -1;
    if (t < 0 || inScope[p] === 1) continue;
    const b = problem.pairBuyer[p] ?? 0;
    sellerTaken[(problem.pairSeller[p] ?? 0) * T + t] = 1;
    buyerTaken[b * T + t] = 1;
    if (problem.buyerPool[b] === 1) poolLeft[t] = (poolLeft[t] ?? 0) - 1;
  }
  const pairs: number[] = [];
  const slots: number[] = [];
  for (let p = 0; p < problem.pairCount; p++) {
    if (inScope[p] !== 1) continue;
    const s = problem.pairSeller[p] ?? 0;
    const b = problem.pairBuyer[p] ?? 0;
    for (let k = problem.slotStart[p] ?? 0; k < (problem.slotStart[p + 1] ?? 0); k++) {
      const t = problem.slotList[k] ?? 0;
      if (sellerTaken[s * T + t] === 1 || buyerTaken[b * T + t] === 1) continue;
      if (problem.buyerPool[b] === 1 && (poolLeft[t] ?? 0) <= 0) continue;
      pairs.push(p);
      slots.push(t);
    }
  }
  const rows = new RowBuilder();
  const group = (key: (column: number) => number, capacity: (k: number) => number, include: (column: number) => boolean = () => true): void => {
    const members = new Map<number, number[]>();
    for (let c = 0; c < pairs.length; c++) {
      if (!include(c)) continue;
      const k = key(c);
      const list = members.get(k);
      if (list === undefined) members.set(k, [c]);
      else list.push(c);
    }
    for (const [k, list] of members) {
      const cap = capacity(k);
      if (list.length > cap) rows.add(list, list.map(() => 1), -Infinity, cap);
    }
  };
  group((c) => pairs[c] ?? 0, () => 1);
  group((c) => (problem.pairSeller[pairs[c] ?? 0] ?? 0) * T + (slots[c] ?? 0), () => 1);
  group((c) => (problem.pairBuyer[pairs[c] ?? 0] ?? 0) * T + (slots[c] ?? 0), () => 1);
  group((c) => slots[c] ?? 0, (t) => poolLeft[t] ?? 0, (c) => problem.buyerPool[problem.pairBuyer[pairs[c] ?? 0] ?? 0] === 1);
  const n = pairs.length;
  return {
    model: {
      cost: pairs.map((p) => problem.pairWeight[p] ?? 0),
      lower: new Array<number>(n).fill(0),
      upper: new Array<number>(n).fill(1),
      integerColumns: n,
      rows,
    },
    columnPair: Int32Array.from(pairs),
    columnSlot: Int32Array.from(slots),
  };
}

export interface MilpOutcome {
  /** Whether the state now holds a better schedule than before. */
  improved: boolean;
  /** Proven upper bound on the scope's value (Infinity when unknown). */
  bound: number;
  /** Scope value before and after. */
  before: number;
  after: number;
  optimal: boolean;
  columns: number;
  nodes: number;
  timeLimitHit: boolean;
}

/**
 * Re-optimises the scope's pairs exactly (within the node and time limits),
 * starting from where they are now, and applies the result when it is better.
 */
export async function optimiseScope(
  problem: Problem,
  state: ScheduleState,
  scope: readonly number[] | null,
  limits: {
    nodeLimit: number;
    timeLimitSeconds: number;
    /** Asked at HiGHS's checkpoints: true ends the solve, keeping its incumbent (a stop request). */
    interrupt?: () => boolean;
    /** The solve's proven bound on the scope's value as it tightens (only a whole-instance bound when the scope is everything). */
    onBound?: (bound: number) => void;
  },
): Promise<MilpOutcome> {
  const built = buildTimeIndexedModel(problem, state, scope);
  const { model, columnPair, columnSlot } = built;
  const start: number[] = [];
  let before = 0;
  for (let c = 0; c < columnPair.length; c++) {
    const p = columnPair[c] ?? 0;
    const placed = (state.slotOf[p] ?? -1) === columnSlot[c];
    start.push(placed ? 1 : 0);
    if (placed) before += problem.pairWeight[p] ?? 0;
  }
  const outcome = await solveLinearModel(model, {
    nodeLimit: limits.nodeLimit,
    timeLimitSeconds: limits.timeLimitSeconds,
    start: { indices: start.map((_, c) => c), values: start },
    ...(limits.interrupt === undefined ? {} : { interrupt: limits.interrupt }),
    ...(limits.onBound === undefined ? {} : { onBound: limits.onBound }),
  });
  const result: MilpOutcome = {
    improved: false,
    bound: Math.max(outcome.bound, before),
    before,
    after: before,
    optimal: outcome.status === 'optimal',
    columns: columnPair.length,
    nodes: outcome.nodes,
    timeLimitHit: outcome.limitHit,
  };
  if (outcome.values === null || outcome.objective <= before + 1e-7) return result;
  const next = Int32Array.from(state.slotOf);
  const scoped = scope ?? Array.from({ length: problem.pairCount }, (_, p) => p);
  for (const p of scoped) next[p] = -1;
  for (let c = 0; c < columnPair.length; c++) if ((outcome.values[c] ?? 0) > 0.5) next[columnPair[c] ?? 0] = columnSlot[c] ?? 0;
  // adopt() re-checks every rule: a solver tolerance surprise must not corrupt the schedule.
  if (state.adopt(next)) {
    result.improved = true;
    result.after = outcome.objective;
  }
  return result;
}
