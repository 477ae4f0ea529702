/**
 * Public types of the day-route planner (lộ trình tham quan trong ngày). The JSON
 * instance form is documented in README.md beside this file; these types are its
 * source of truth. Times are whole minutes after midnight of the chosen date.
 */

export interface RoutePlace {
  id: string;
  /** What a visit is worth to the visitor (≥ 0). */
  value: number;
  /** Minutes spent at the place; a visit starts and ends inside one opening window. */
  visitMinutes: number;
  /** Opening windows of the chosen date, [open, close] in minutes after midnight. Empty: closed that day. */
  open: [number, number][];
  /** A must: the route holds every required place or there is no route. */
  required?: boolean;
}

export interface RouteInstance {
  /** Earliest departure from `start`. */
  dayStart: number;
  /** Latest return to `end`. */
  dayEnd: number;
  start: string;
  end: string;
  /** Ids of the travel matrix's rows and columns: start, end and every place. */
  nodes: string[];
  /** travelMinutes[i][j]: minutes from nodes[i] to nodes[j] (≥ 0). */
  travelMinutes: number[][];
  places: RoutePlace[];
}

export interface RouteVisit {
  place: string;
  arrive: number;
  /** arrive, or later when the place opens later (waiting). */
  start: number;
  leave: number;
}

export type RouteStatus = 'optimal' | 'feasible';

export interface FeasibleRoute {
  feasible: true;
  visits: RouteVisit[];
  value: number;
  /** Minute of arrival back at `end`. */
  back: number;
  /** Proven upper bound of the value of any route; equal to value when status is optimal. */
  bound: number;
  /** (bound − value) / bound, 0 when optimal. */
  gap: number;
  status: RouteStatus;
  method: 'exact' | 'heuristic';
  stats: { places: number; usefulPlaces: number; timeMs: number; timeLimitHit: boolean };
}

export type InfeasibleCode = 'closed' | 'too-short' | 'out-of-reach' | 'pair-conflict' | 'day-too-short';

export interface InfeasibleRoute {
  feasible: false;
  /** Plain words: which required places cannot all fit, and why. */
  reason: string;
  code: InfeasibleCode;
  /** The required places the reason is about. */
  places: string[];
  visits: [];
}

export type RouteResult = FeasibleRoute | InfeasibleRoute;

export interface PlanOptions {
  /** Wall-clock budget; the best route found so far is returned with its bound when it runs out. Default 10 s. */
  timeLimitMs?: number;
  /** Heuristic iterations (the deterministic work limit); default scales with the instance. */
  iterations?: number;
  /** Seed of the heuristic's pseudo-random perturbations. */
  seed?: number;
}

export type { ValidationIssue } from '../../../shared/solver/instance-validation.ts';
