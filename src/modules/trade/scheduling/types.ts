/**
 * Public types of the B2B meeting scheduler (xếp lịch giao thương 1-1). The JSON
 * instance form is documented in README.md beside this file; these types are
 * its source of truth.
 */

export interface Seller {
  id: string;
  /** 0-based slots the seller attends. */
  available: number[];
}

export interface Buyer {
  id: string;
  available: number[];
  /**
   * 'own' (default): the buyer receives at its own table, so one meeting per
   * slot at that table. 'pool': it meets at any free table of the shared pool.
   */
  table?: 'own' | 'pool';
}

export interface MeetingRequest {
  seller: string;
  buyer: string;
  /** Priority of the meeting, ≥ 1. Several requests of one pair are one meeting worth the highest. */
  weight: number;
}

export interface Meeting {
  seller: string;
  buyer: string;
  /** 0-based slot. */
  slot: number;
}

export interface B2BInstance {
  /** Number of slots of the B2B sessions; slots are 0 … slots − 1. */
  slots: number;
  sellers: Seller[];
  buyers: Buyer[];
  /** In arrival order (the baseline serves them in that order). */
  requests: MeetingRequest[];
  /** Tables of the shared pool, in every slot (a number) or slot by slot (an array). Default 0. */
  poolTables?: number | number[];
  /** Organizer-locked meetings, kept exactly as they are. Each needs a request of its pair. */
  locked?: Meeting[];
  /**
   * The schedule before the latest changes: among schedules of the best value found,
   * the scheduler keeps as many of these meetings in their slots as it can.
   */
  previous?: Meeting[];
}

export interface ScheduledMeeting extends Meeting {
  /** Priority of the meeting (its pair's highest request weight). */
  weight: number;
  /** 0-based table of the shared pool, for buyers meeting at the pool. */
  poolTable?: number;
  locked?: true;
}

/** Why an accepted request did not get a meeting, checked in this order. */
export type UnplacedReason =
  /** The seller and the buyer never attend the same slot. */
  | 'no-common-slot'
  /** Every common slot is held by a locked meeting of one side (or the pool is full of locked ones). */
  | 'taken-by-locked'
  /** The seller has a meeting in every common slot. */
  | 'seller-fully-booked'
  /** The buyer has a meeting in every common slot. */
  | 'buyer-fully-booked'
  /** In every common slot where both are free, every pool table is taken. */
  | 'no-free-table'
  /** In each common slot one side or the other already meets someone: the slots went to meetings worth more in total. */
  | 'outweighed';

export interface UnplacedRequest {
  seller: string;
  buyer: string;
  weight: number;
  reason: UnplacedReason;
  /** Slots both attend. */
  commonSlots: number;
}

export interface ScheduleChanges {
  /** Previous meetings still held in the same slot. */
  kept: number;
  /** Previous meetings held in another slot. */
  moved: Array<{ seller: string; buyer: string; from: number; to: number }>;
  /** Previous meetings no longer held (their request withdrawn, or it no longer fits). */
  dropped: Meeting[];
  /** Meetings that were not in the previous schedule. */
  added: number;
}

export interface ScheduleStats {
  timeMs: number;
  slots: number;
  sellers: number;
  buyers: number;
  requests: number;
  /** Distinct seller–buyer pairs requested. */
  pairs: number;
  meetings: number;
  /** Value of the "first shared free slot in request order" baseline. */
  baselineValue: number;
  /** Columns (pair × slot) of the time-indexed model. */
  columns: number;
  /** Which proof gave `bound`: 'hall-lp' (the pair-level relaxation, hall-relaxation.ts), 'milp' (the whole time-indexed MILP), 'degree' (counting each side's slots) or 'trivial' (every pair met). */
  boundSource: string;
  /** Per-phase timings and counters; informative only. */
  phases: Record<string, number>;
  /** True when the time budget (or a stop) cut the search short: the result is the best found by then. */
  timeLimitHit: boolean;
  /** How the search ended (see ScheduleEnd). */
  endedBy: ScheduleEnd;
}

/**
 * 'proven-optimal': the value reached the bound. 'work-limit': the search's own node and pass
 * limits were spent first (a gap is left; deterministic). 'time-limit' / 'stopped': the time
 * budget ran out, or the caller asked to stop; the best schedule found is returned.
 */
export type ScheduleEnd = 'proven-optimal' | 'work-limit' | 'time-limit' | 'stopped';

/** What `onProgress` hears: the best value found and the best bound proven so far (whole instance, locked meetings included). */
export interface ScheduleProgress {
  /** Milliseconds since the call started. */
  ms: number;
  value: number;
  bound: number;
}

export interface B2BResult {
  meetings: ScheduledMeeting[];
  /** Σ weight of the meetings held. */
  value: number;
  /** A proven upper bound on the best possible value. */
  bound: number;
  /** (bound − value) / bound; 0 when bound is 0. */
  gap: number;
  /** 'optimal' when value = bound, else 'feasible' (time budget or work limit reached first). */
  status: 'optimal' | 'feasible';
  method: string;
  unplaced: UnplacedRequest[];
  /** Present when the instance has `previous`. */
  changes?: ScheduleChanges;
  warnings: string[];
  stats: ScheduleStats;
}

export interface ScheduleOptions {
  /** Wall-clock budget of the whole call, in seconds (default 30): the best schedule found by then is returned. */
  timeLimitSeconds?: number;
  /** Branch-and-bound node limit of each MILP (default 20 000): a deterministic work limit. */
  nodeLimit?: number;
  /**
   * Largest whole-instance time-indexed MILP, in columns (default 6 000): beyond it, HiGHS's root
   * alone takes longer than a conference organizer should wait, so only neighbourhoods are re-solved.
   */
  maxColumns?: number;
  /** Columns of each neighbourhood MILP, roughly (default 1 200). */
  neighbourhoodColumns?: number;
  /** Skip HiGHS entirely: greedy + local search, bound by counting capacity only. */
  heuristicOnly?: boolean;
  /**
   * Asked between moves, between phases and at HiGHS's checkpoints: true ends the call at the
   * next one, with the best schedule found and the best bound proven by then (`endedBy: 'stopped'`).
   */
  shouldStop?: () => boolean;
  /** Hears of every better schedule or tighter bound as it is found (values never decrease, never pass the bound). */
  onProgress?: (progress: ScheduleProgress) => void;
}

export type { ValidationIssue } from '../../../shared/solver/instance-validation.ts';

export type ViolationCode =
  | 'unknown-seller'
  | 'unknown-buyer'
  | 'slot-out-of-range'
  | 'seller-unavailable'
  | 'buyer-unavailable'
  | 'seller-double-booked'
  | 'buyer-double-booked'
  | 'pool-overbooked'
  | 'pair-twice'
  | 'no-request'
  | 'lock-not-kept';

export interface Violation {
  code: ViolationCode;
  message: string;
}

export interface Evaluation {
  feasible: boolean;
  violations: Violation[];
  /** Σ weight recomputed from scratch over the listed meetings. */
  value: number;
}
