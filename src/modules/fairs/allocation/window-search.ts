import type { MilpScope } from './build-milp.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import { suits, type PreparedProblem } from './prepare-problem.ts';
import type { SolutionState } from './solution-state.ts';
import { solveGuided } from './solve-guided.ts';
import { applyChosen, currentPlacements } from './solve-scope.ts';
import type { SolveBudget } from './solve-budget.ts';

export interface WindowSearchLimits {
  /** Stalls per zone in each stripe. */
  windowSize: number;
  /** Unplaced candidates offered per stripe stall (best weights first). */
  candidatesPerStall: number;
  rounds: number;
  /** Stop as soon as the objective reaches this (the proven bound: nothing left to gain). */
  target: number;
  nodeLimit: number;
  maxColumns: number;
  budget: SolveBudget;
}

export interface WindowSearchStats {
  windowsSolved: number;
  improvements: number;
  limitHit: boolean;
}

/** Improvements smaller than this are floating-point noise. */
const EPSILON = 1e-7;

/**
 * Large-neighbourhood search for instances too large for one model: each zone
 * is cut into windows of consecutive stalls, and stripe k takes the k-th
 * window of every zone, so applications can move between zones (a producer
 * allowed in two regions, the food court and its region). Each stripe is
 * re-optimised exactly (solve-guided.ts) with everything outside it frozen,
 * together with the best unplaced candidates. A stripe is skipped when it
 * provably cannot improve: no penalty inside and no candidate from outside,
 * so its value is already the sum of its own weights.
 */
export async function windowSearch(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  state: SolutionState,
  keep: (app: number, zone: number) => boolean,
  limits: WindowSearchLimits,
): Promise<WindowSearchStats> {
  const stats: WindowSearchStats = { windowsSolved: 0, improvements: 0, limitHit: false };
  const stripes = buildStripes(problem, limits.windowSize);
  for (let round = 0; round < limits.rounds; round++) {
    const before = stats.improvements;
    for (const stripe of stripes) {
      if (state.objective >= limits.target - 1e-9 * Math.max(1, Math.abs(limits.target)) || limits.budget.exhausted()) return stats;
      // A stripe too large for the column limit is re-optimised zone window by zone window instead.
      if (!(await improve(stripe.flat())) && stripe.length > 1) {
        for (const window of stripe) await improve(window);
      }
    }
    if (stats.improvements === before) break;
  }
  return stats;

  /** Re-optimises one set of stalls; false only when it was too large to try. */
  async function improve(stalls: number[]): Promise<boolean> {
    const stripe = new Set(stalls);
    const inside = new Set<number>();
    for (const s of stalls) {
      const holder = state.holder[s] ?? -1;
      if (holder >= 0 && !state.isLocked(holder) && (state.stallsOf[holder] ?? []).every((t) => stripe.has(t))) inside.add(holder);
    }
    const inScope = (s: number): boolean => stripe.has(s) && (state.holder[s] === -1 || inside.has(state.holder[s] ?? -1));
    const zones = new Set(stalls.map((s) => problem.stallZone[s] ?? -1));
    const candidates = pickCandidates(problem, state, zones, stalls.filter(inScope), keep, limits.candidatesPerStall * stalls.length);
    const conflicted = [...inside].some((a) => state.conflictsAt(a, state.stallsOf[a] ?? []) > 0);
    if (candidates.length === 0 && !conflicted) return true;
    const apps = [...[...inside].sort((a, b) => a - b), ...candidates];
    const scope: MilpScope = { apps, stallInScope: inScope, fixedHolder: state.holder, keep: (app, z) => zones.has(z) && keep(app, z) };
    const outcome = await solveGuided(problem, catalogue, scope, currentPlacements(state, apps), { ...limits, fullMilp: true }, { startObjective: state.objective, globalBound: false });
    if (outcome === null) return false;
    stats.windowsSolved++;
    stats.limitHit ||= outcome.limitHit;
    if (outcome.objective <= outcome.startObjective + EPSILON) return true;
    const objectiveBefore = state.objective;
    if (applyChosen(state, apps, outcome.best) && state.objective > objectiveBefore + EPSILON) {
      stats.improvements++;
      limits.budget.offer('window-milp', { objective: state.objective });
    }
    return true;
  }
}

/** Stripe k = the k-th run of consecutive available stalls of every zone (input order: stretches of pavement), one array per zone. */
function buildStripes(problem: PreparedProblem, size: number): number[][][] {
  const windowsByZone = problem.zoneStalls.map((stalls) => {
    const open = stalls.filter((s) => problem.available[s] === 1);
    const count = Math.max(1, Math.round(open.length / size));
    const length = Math.ceil(open.length / count);
    const windows: number[][] = [];
    for (let i = 0; i < open.length; i += length) windows.push(open.slice(i, i + length));
    return windows;
  }).filter((windows) => windows.length > 0);
  const stripeCount = Math.max(0, ...windowsByZone.map((w) => w.length));
  return Array.from({ length: stripeCount }, (_, k) =>
    windowsByZone.map((windows) => windows[Math.floor((k * windows.length) / stripeCount)] ?? []));
}

/** The best-weighted unplaced applications that could use some stall of the stripe. */
function pickCandidates(
  problem: PreparedProblem,
  state: SolutionState,
  zones: ReadonlySet<number>,
  stalls: readonly number[],
  keep: (app: number, zone: number) => boolean,
  limit: number,
): number[] {
  const attributesByZone = new Map<number, Set<number>>();
  for (const s of stalls) {
    const zone = problem.stallZone[s] ?? -1;
    const set = attributesByZone.get(zone) ?? new Set<number>();
    set.add(problem.stallAttributes[s] ?? 0);
    attributesByZone.set(zone, set);
  }
  const value = new Map<number, number>();
  for (const app of problem.apps) {
    if (app.lock !== null || state.isPlaced(app.index)) continue;
    let best = 0;
    for (const [zone, weight] of app.weights) {
      if (weight <= best || !zones.has(zone) || !keep(app.index, zone)) continue;
      if ([...(attributesByZone.get(zone) ?? [])].some((a) => suits(a, app.needs))) best = weight;
    }
    if (best > 0) value.set(app.index, best);
  }
  return [...value.keys()].sort((a, b) => (value.get(b) ?? 0) - (value.get(a) ?? 0) || a - b).slice(0, limit);
}
