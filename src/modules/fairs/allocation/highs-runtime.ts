import highsLoader, { type Highs, type CallbackEventFor, type HighsCallbackMap, type ModelData } from 'highs';

/**
 * One HiGHS WebAssembly runtime per process. Loading compiles the module and
 * reserves a heap, so it is done once and reused; each solve creates a native
 * model and disposes it in `finally`, which returns its memory to the runtime's
 * allocator (the Wasm heap never shrinks, but freed blocks are reused).
 */
let runtime: Promise<Highs> | null = null;

export function loadHighs(): Promise<Highs> {
  runtime ??= highsLoader().catch((error: unknown) => {
    runtime = null; // a failed load must not poison later calls
    throw error;
  });
  return runtime;
}

/** Sparse linear rows in CSR form, built incrementally. */
export class RowBuilder {
  readonly starts: number[] = [0];
  readonly indices: number[] = [];
  readonly values: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];

  add(indices: readonly number[], values: readonly number[], lower: number, upper: number): void {
    // A loop, not push(...spread): a zone's capacity row can list thousands of columns.
    for (let k = 0; k < indices.length; k++) {
      this.indices.push(indices[k] ?? 0);
      this.values.push(values[k] ?? 0);
    }
    this.starts.push(this.indices.length);
    this.lower.push(lower);
    this.upper.push(upper);
  }

  get count(): number {
    return this.lower.length;
  }
}

export interface LinearModel {
  /** Maximised. */
  cost: number[];
  lower: number[];
  upper: number[];
  /** The first `integerColumns` columns are integer, the rest continuous (0: an LP). */
  integerColumns: number;
  rows: RowBuilder;
}

export interface SolveLimits {
  nodeLimit: number;
  timeLimitSeconds: number;
  /** Sparse MIP start (column → value); ignored for LPs. */
  start?: { indices: number[]; values: number[] };
  /** Asked at HiGHS's checkpoints (simplex iterations, MIP nodes): true interrupts the solve, which keeps its incumbent. */
  interrupt?: () => boolean;
  /** A MIP found a better incumbent (objective of this model). */
  onIncumbent?: (objective: number) => void;
  /** A MIP's proven bound moved (objective of this model). */
  onBound?: (bound: number) => void;
}

export interface SolveOutcome {
  status: 'optimal' | 'limit' | 'infeasible' | 'error';
  /** Incumbent objective, or -Infinity without an incumbent. */
  objective: number;
  /** Proven upper bound (MIP dual bound, or LP optimum); Infinity when unknown. */
  bound: number;
  values: Float64Array | null;
  /** Row duals of an LP solve (HiGHS sign convention for maximisation). */
  rowDuals: Float64Array | null;
  nodes: number;
  /** The time limit or an interrupt cut the solve: the answer may depend on the machine's speed. */
  limitHit: boolean;
}

export async function solveLinearModel(model: LinearModel, limits: SolveLimits): Promise<SolveOutcome> {
  const { rows } = model;
  const numCols = model.cost.length;
  if (numCols === 0) {
    // Nothing to decide (everyone locked or unplaceable); HiGHS need not even load.
    return { status: 'optimal', objective: 0, bound: 0, values: new Float64Array(), rowDuals: new Float64Array(rows.count), nodes: 0, limitHit: false };
  }
  const highs = await loadHighs();
  const integer = model.integerColumns > 0;
  const data: ModelData = {
    numCols,
    numRows: rows.count,
    sense: highs.constants.objectiveSense.maximize,
    colCost: model.cost,
    colLower: model.lower,
    colUpper: model.upper,
    rowLower: rows.lower.map((v) => (v === -Infinity ? -highs.infinity : v)),
    rowUpper: rows.upper.map((v) => (v === Infinity ? highs.infinity : v)),
    matrix: { format: 'csr', numRows: rows.count, numCols, starts: rows.starts, indices: rows.indices, values: rows.values },
    ...(integer ? { integrality: new Int32Array(numCols).fill(highs.constants.variableType.integer, 0, model.integerColumns) } : {}),
  };
  const m = highs.createModel(data);
  try {
    m.options.set({
      output_flag: false,
      // Optimality must be proven exactly: the gap tolerance would otherwise let HiGHS stop 0.01 % short.
      mip_rel_gap: 0,
      mip_abs_gap: 1e-6,
      mip_max_nodes: limits.nodeLimit,
      time_limit: limits.timeLimitSeconds,
      random_seed: 0,
      // Measured on generated fairs (2-5x faster): these set-packing models are already
      // reduced by construction and their LPs are nearly integral, so presolve and
      // symmetry detection cost more than they save.
      // Feasibility jump finds nothing the warm start has not already given, and its first call
      // costs a second of WebAssembly compilation in a fresh process.
      ...(integer ? { presolve: 'off', mip_detect_symmetry: false, mip_heuristic_run_feasibility_jump: false } : {}),
    });
    if (integer && limits.start !== undefined && limits.start.indices.length > 0) {
      try {
        m.setSolution({ indices: limits.start.indices, values: limits.start.values });
      } catch {
        // A rejected warm start only costs time; the caller keeps its incumbent anyway.
      }
    }
    const run = m.run(callbacksFor(highs, limits));
    const codes = highs.constants.modelStatus;
    const status = run.modelStatus;
    const limitHit = status === codes.timeLimit || status === codes.interrupted;
    const primal = Number(m.info.get('primal_solution_status')) === highs.constants.solutionStatus.feasible;
    const solution = primal ? m.getSolution() : null;
    const objective = primal ? m.getObjectiveValue() : -Infinity;
    let bound = Infinity;
    if (status === codes.optimal) bound = integer ? Math.max(objective, Number(m.info.get('mip_dual_bound'))) : objective;
    else if (integer) {
      const dual = Number(m.info.get('mip_dual_bound'));
      if (Number.isFinite(dual)) bound = dual;
    }
    return {
      status: status === codes.optimal ? 'optimal' : status === codes.infeasible ? 'infeasible'
        : status === codes.timeLimit || status === codes.iterationLimit || status === codes.solutionLimit || status === codes.interrupted ? 'limit' : 'error',
      objective,
      bound,
      values: solution?.colValue ?? null,
      rowDuals: !integer && solution !== null ? solution.rowDual : null,
      nodes: integer ? Number(m.info.get('mip_node_count')) : 0,
      limitHit,
    };
  } finally {
    m.dispose();
  }
}

/** Only the channels a caller asked for: each registered callback costs a crossing into JavaScript. */
function callbacksFor(highs: Highs, limits: SolveLimits): HighsCallbackMap {
  const types = highs.constants.callbackType;
  const { interrupt, onIncumbent, onBound } = limits;
  const check = (event: { interrupt(): void }): undefined => {
    if (interrupt?.() === true) event.interrupt();
    return undefined;
  };
  let lastBound = Infinity;
  return {
    ...(interrupt === undefined ? {} : { [types.simplexInterrupt]: check, [types.mipInterrupt]: check }),
    ...(onIncumbent === undefined ? {} : {
      [types.mipImprovingSolution]: (event: CallbackEventFor<4>): undefined => {
        const value = event.data.objective_function_value ?? event.data.mip_primal_bound;
        if (value !== undefined && Number.isFinite(value)) onIncumbent(value);
        return undefined;
      },
    }),
    ...(onBound === undefined ? {} : {
      [types.mipLogging]: (event: CallbackEventFor<5>): undefined => {
        const value = event.data.mip_dual_bound;
        if (value !== undefined && Number.isFinite(value) && value < lastBound) {
          lastBound = value;
          onBound(value);
        }
        return undefined;
      },
    }),
  };
}
