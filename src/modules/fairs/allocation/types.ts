/**
 * Public types of the stall-allocation core. The JSON instance form is
 * documented in README.md beside this file; these types are its source of truth.
 */
import type { ValidationIssue as SolverValidationIssue } from '../../../shared/solver/instance-validation.ts';

export interface Stall {
  id: string;
  zone: string;
  power: boolean;
  water: boolean;
  /** A blocked stall (tree, hydrant, organiser's tent) is never assigned. */
  blocked: boolean;
  /** Ids of adjacent stalls. Adjacency is symmetric even when listed one way only. */
  neighbours: string[];
}

export interface Application {
  id: string;
  /** Number of stalls wanted: a 2-stall application needs two neighbouring stalls in one zone. */
  stalls: 1 | 2;
  /** Allowed zone → weight (value of placing the application there). */
  zones: Record<string, number>;
  needsPower: boolean;
  needsWater: boolean;
  /** Product category code (e.g. `I.3.b`); same-category neighbours are penalised. */
  category: string;
}

export interface AllocationInstance {
  stalls: Stall[];
  applications: Application[];
  /**
   * Organiser-locked assignments, kept exactly. An empty array locks the
   * application out (it stays unplaced).
   */
  locked?: Record<string, string[]>;
  /** Cost of each pair of neighbouring stalls held by two different applications of one category. */
  sameCategoryPenalty: number;
}

/** Application id → the stall ids it gets. Unplaced applications are absent. */
export type Assignments = Record<string, string[]>;

/** Machine-readable reason why an application ended up without stalls. */
export type UnplacedReason =
  /** The organiser locked it out with an empty `locked` entry. */
  | 'locked-out'
  /** None of its zones has a usable (non-blocked) stall. */
  | 'no-compatible-zone'
  /** Its zones have usable stalls but none with power. */
  | 'no-stall-with-power'
  /** Its zones have usable stalls but none with water. */
  | 'no-stall-with-water'
  /** Power and water exist in its zones, but never on the same stall. */
  | 'no-stall-with-power-and-water'
  /** A 2-stall application whose zones hold no adjacent pair of suitable stalls. */
  | 'no-adjacent-pair'
  /** Every zone it may use has weight ≤ 0, so placing it never helps. */
  | 'no-positive-weight'
  /** Suitable stalls exist, but organiser-locked applications hold all of them. */
  | 'taken-by-locked'
  /** It could be placed, but the capacity went to applications worth more. */
  | 'outscored';

export interface UnplacedApplication {
  id: string;
  reason: UnplacedReason;
}

export interface AllocationStats {
  /** Wall-clock time of the whole call, in milliseconds. */
  timeMs: number;
  stalls: number;
  applications: number;
  placed: number;
  stallsUsed: number;
  /** Sum of zone weights of the placed applications. */
  weightSum: number;
  /** Number of penalised neighbouring pairs in the result. */
  penalisedPairs: number;
  /** Objective of the first-come-first-served baseline, for comparison. */
  baselineObjective?: number;
  /**
   * Which proof gave `bound`: 'zone-milp' (zone-level relaxation), 'zone-lp' (its
   * Lagrangian bound), 'placement-lp' / 'placement-milp' (the stall-level model's
   * relaxation / search), or 'trivial' (every application at its best weight).
   */
  boundSource: string;
  /** Per-phase timings and solver counters; informative only, not part of the result's identity. */
  phases: Record<string, number>;
  /** How the run ended (see AllocationEnd). */
  endedBy: AllocationEnd;
  /** The time budget the run had. */
  timeLimitSeconds: number;
  /** Every better plan or tighter bound, as found: what `onProgress` heard. */
  progress: ProgressPoint[];
}

/**
 * 'proven-optimal': the objective reached the bound. 'work-limit': the
 * search's own node, pass and move limits were spent first (a gap is left, the
 * result is deterministic). 'time-limit' / 'stopped': the time budget ran out,
 * or the caller asked to stop; the best plan found is returned.
 */
export type AllocationEnd = 'proven-optimal' | 'work-limit' | 'time-limit' | 'stopped';

/** A moment of a run: best objective found and best proven bound so far (null until one is known). */
export interface ProgressPoint {
  /** Milliseconds since the run started. */
  ms: number;
  objective: number;
  bound: number | null;
}

/** What `onProgress` receives: a ProgressPoint with its gap and the phase that produced it. */
export interface AllocationProgress extends ProgressPoint {
  gap: number | null;
  phase: string;
}

export interface AllocationResult {
  assignments: Assignments;
  objective: number;
  /** A proven upper bound on the optimal objective. */
  bound: number;
  /** (bound - objective) / bound; 0 when bound is 0. */
  gap: number;
  method: string;
  unplaced: UnplacedApplication[];
  /** Locks dropped under `invalidLocks: 'ignore'`, with the validation message. */
  warnings: string[];
  stats: AllocationStats;
}

export interface AllocateOptions {
  /**
   * What to do with an infeasible or conflicting lock: 'reject' (default) throws
   * an InstanceValidationError; 'ignore' drops the offending locks (the
   * applications are then optimised like any other) and reports a warning.
   */
  invalidLocks?: 'reject' | 'ignore';
  /**
   * Largest stall-level model built, in placement columns (default 60 000): the
   * guard for the 2 GiB WebAssembly heap. A whole instance above it (after
   * reduced-cost fixing) is improved stripe by stripe instead, and a stripe
   * above it zone window by zone window.
   */
  maxExactColumns?: number;
  /** Branch-and-bound node limit of the whole-instance MILP (default 5 000): a deterministic work limit. */
  exactNodeLimit?: number;
  /** Branch-and-bound node limit of the zone-level MILP (default 5 000). */
  zoneMilpNodeLimit?: number;
  /** Passes of the local search (default 50): a deterministic work limit. */
  localSearchPasses?: number;
  /** Stalls per zone in each stripe of the large-neighbourhood search (default 20). */
  windowSize?: number;
  /** Sweeps of the large-neighbourhood search over all stripes (default 2). */
  windowRounds?: number;
  /** Branch-and-bound node limit per stripe MILP (default 500). */
  windowNodeLimit?: number;
  /**
   * Time budget in seconds (default 10). At the limit the run returns the best
   * plan found with the proven bound and gap; a run that ends earlier is
   * deterministic.
   */
  timeLimitSeconds?: number;
  /** Asked between steps and inside solver calls: true ends the run early, keeping the best plan found. */
  shouldStop?: () => boolean;
  /** Hears of every better plan or tighter bound as it is found. */
  onProgress?: (progress: AllocationProgress) => void;
  /** Annealing moves per available stall in each of the two annealing runs (default 2 000; 0 turns annealing off). */
  annealMovesPerStall?: number;
  /** Never build the whole-instance model; close gaps with the stripe search only (it still uses MILPs). */
  heuristicOnly?: boolean;
}

export type ViolationCode =
  | 'unknown-application'
  | 'unknown-stall'
  | 'wrong-stall-count'
  | 'duplicate-stall-in-assignment'
  | 'stall-taken-twice'
  | 'blocked-stall'
  | 'zone-not-allowed'
  | 'zones-differ'
  | 'stalls-not-adjacent'
  | 'no-power'
  | 'no-water'
  | 'lock-not-kept';

export interface Violation {
  code: ViolationCode;
  message: string;
  applicationId?: string;
  stallId?: string;
}

export interface Evaluation {
  /** True when every hard rule holds. */
  feasible: boolean;
  violations: Violation[];
  /** Objective recomputed from scratch (computed even when infeasible, over the listed assignments). */
  objective: number;
  weightSum: number;
  penalisedPairs: number;
  placed: number;
}

export interface ValidationIssue extends SolverValidationIssue {
  /** True for problems with `locked`, which `invalidLocks: 'ignore'` may skip. */
  lock?: { applicationId: string };
}
