import type { ZoneCatalogue } from './placement-catalogue.ts';
import { suits, type PreparedProblem } from './prepare-problem.ts';
import { createRandom, type Random } from './random.ts';
import type { SolutionState } from './solution-state.ts';
import { TentativeMove, type Relocation } from './tentative-move.ts';

/** Improvements smaller than this are floating-point noise. */
const EPSILON = 1e-7;
/** Moves between two checks of the caller's deadline. */
const CHECK_EVERY = 1024;

export interface AnnealLimits {
  /** Move attempts (a deterministic work limit). */
  iterations: number;
  /** Checked every thousand moves: the caller's deadline or stop request. */
  shouldStop: () => boolean;
  /** Stop as soon as the objective reaches this (the proven bound). */
  target: number;
  /** Called with the objective whenever a solution better than any before is found. */
  onImprove?: (objective: number) => void;
  /** Seed of the move sampling (default fixed): a restart uses another. */
  seed?: number;
  /**
   * 'arrange' only rearranges applications within their zones (the weights stay
   * as the zone-level optimum chose them); 'full' also changes who is placed
   * and where (default).
   */
  mode?: 'arrange' | 'full';
  /** Starting temperature, in objective units (default 0.6 × the penalty). */
  startTemperature?: number;
}

export interface AnnealStats {
  iterations: number;
  accepted: number;
  improvements: number;
}

/**
 * Simulated annealing over concrete stalls, from a good start (the layout of
 * the zone-level optimum). Crowded fairs — a few product groups filling whole
 * streets, utilities in short runs, pairs — leave the greedy layout with
 * same-group neighbours that no single improving move removes; accepting
 * sideways and slightly worse moves walks across those plateaus. Moves: swap
 * two placed applications of one size (mostly within a zone), trade a 2-stall
 * application for two neighbouring singles, give a placed application's
 * stalls to an unplaced one, move one to a free spot, place an unplaced one.
 * Every move keeps the hard rules; deltas are computed locally
 * (tentative-move.ts). Seeded, so the same input gives the same result;
 * `state` ends on the best solution seen.
 */
export function anneal(problem: PreparedProblem, catalogue: readonly ZoneCatalogue[], state: SolutionState, limits: AnnealLimits): AnnealStats {
  const stats: AnnealStats = { iterations: 0, accepted: 0, improvements: 0 };
  const movable = problem.apps.filter((a) => a.lock === null && [...a.weights.values()].some((w) => w > 0)).map((a) => a.index);
  if (movable.length === 0 || state.objective >= limits.target - EPSILON) return stats;
  const bySize: [number[], number[]] = [movable.filter((a) => problem.apps[a]?.size === 1), movable.filter((a) => problem.apps[a]?.size === 2)];
  const openStalls = problem.stallIds.map((_, i) => i).filter((s) => problem.available[s] === 1);
  const random: Random = createRandom(limits.seed ?? 0x5eed);
  const move = new TentativeMove(problem, state);
  const best = state.stallsOf.map((s) => [...s]);
  let bestObjective = state.objective;
  // Start near the penalty (a same-group neighbour is what the search mostly trades), end near zero.
  const startTemperature = limits.startTemperature ?? Math.max(0.5, problem.penalty * 0.6);
  const arrangeOnly = limits.mode === 'arrange';
  const endTemperature = 0.05;
  const cooling = Math.pow(endTemperature / startTemperature, 1 / Math.max(1, limits.iterations));
  let temperature = startTemperature;
  let conflicted: number[] = [];

  for (; stats.iterations < limits.iterations; stats.iterations++) {
    if (stats.iterations % CHECK_EVERY === 0) {
      if (limits.shouldStop()) break;
      conflicted = movable.filter((a) => state.isPlaced(a) && state.conflictsAt(a, state.stallsOf[a] ?? []) > 0);
    }
    temperature *= cooling;
    const u = conflicted.length > 0 && random.next() < 0.5 ? random.pick(conflicted) : random.pick(movable);
    const moves = propose(u);
    if (moves === null) continue;
    const delta = move.delta(moves);
    if (delta < -EPSILON && random.next() >= Math.exp(delta / temperature)) continue;
    move.commit(moves);
    stats.accepted++;
    if (state.objective > bestObjective + EPSILON) {
      bestObjective = state.objective;
      stats.improvements++;
      state.stallsOf.forEach((stalls, app) => {
        best[app] = [...stalls];
      });
      limits.onImprove?.(bestObjective);
      if (bestObjective >= limits.target - EPSILON) break;
    }
  }
  restore(state, best);
  return stats;

  /** A random move around `u` that keeps every hard rule, or null. */
  function propose(u: number): Relocation[] | null {
    const app = problem.apps[u];
    if (app === undefined) return null;
    const mine = state.stallsOf[u] ?? [];
    const roll = random.next();
    if (arrangeOnly) return mine.length === 0 ? null : rearrange(u, holderOf(random.pick(zoneOf(mine))), true);
    if (mine.length === 0) {
      if (roll < 0.5) return place(u, randomFreeSpot(u));
      return giveStalls(holderOf(random.pick(openStalls)), u);
    }
    // Most moves rearrange a zone: that is where same-group neighbours are removed.
    if (roll < 0.6) return rearrange(u, holderOf(random.pick(zoneOf(mine))), false);
    if (roll < 0.7) return rearrange(u, holderOf(random.pick(openStalls)), false);
    if (roll < 0.8) return giveStalls(u, random.pick(bySize[app.size - 1] ?? []));
    return place(u, randomFreeSpot(u));
  }

  function zoneOf(stalls: readonly number[]): number[] {
    return problem.zoneStalls[problem.stallZone[stalls[0] ?? 0] ?? 0] ?? [];
  }

  function holderOf(stall: number): number {
    const holder = state.holder[stall] ?? -1;
    return holder >= 0 && !state.isLocked(holder) ? holder : -1;
  }

  function fits(app: number, stalls: readonly number[]): boolean {
    const info = problem.apps[app];
    if (info === undefined || stalls.length !== info.size) return false;
    return state.weightOn(app, stalls) > 0 && stalls.every((s) => suits(problem.stallAttributes[s] ?? 0, info.needs));
  }

  function place(u: number, spot: number[] | null): Relocation[] | null {
    return spot === null ? null : [{ app: u, to: spot }];
  }

  /** Swaps two placed applications of one size, or trades a pair for two neighbouring singles. */
  function rearrange(u: number, v: number, sameZone: boolean): Relocation[] | null {
    if (v < 0 || v === u) return null;
    const su = state.stallsOf[u] ?? [];
    const sv = state.stallsOf[v] ?? [];
    if (sameZone && problem.stallZone[su[0] ?? 0] !== problem.stallZone[sv[0] ?? 0]) return null;
    if (su.length === sv.length) {
      if (problem.apps[u]?.category === problem.apps[v]?.category && problem.stallZone[su[0] ?? 0] === problem.stallZone[sv[0] ?? 0]) return null;
      return fits(u, sv) && fits(v, su) ? [{ app: u, to: sv }, { app: v, to: su }] : null;
    }
    return su.length === 2 ? tradePair(u, sv[0] ?? -1) : tradePair(v, su[0] ?? -1);
  }

  /** The 2-stall application p moves onto single stall x and a neighbour of it; their two holders take p's stalls. */
  function tradePair(p: number, x: number): Relocation[] | null {
    const pairStalls = state.stallsOf[p] ?? [];
    const neighbours = problem.adjacency[x] ?? [];
    if (pairStalls.length !== 2 || neighbours.length === 0) return null;
    const y = neighbours[random.int(0, neighbours.length - 1)] ?? -1;
    if (y < 0 || problem.stallZone[y] !== problem.stallZone[x]) return null;
    const a = holderOf(x);
    const b = holderOf(y);
    if (a < 0 || b < 0 || a === b || a === p || b === p) return null;
    if ((state.stallsOf[a]?.length ?? 0) !== 1 || (state.stallsOf[b]?.length ?? 0) !== 1) return null;
    const flip = random.next() < 0.5;
    const [s, t] = pairStalls as [number, number];
    const target = x < y ? [x, y] : [y, x];
    const toA = [flip ? t : s];
    const toB = [flip ? s : t];
    return fits(p, target) && fits(a, toA) && fits(b, toB) ? [{ app: p, to: target }, { app: a, to: toA }, { app: b, to: toB }] : null;
  }

  /** The placed u leaves its stalls to the unplaced v of the same size. */
  function giveStalls(u: number, v: number): Relocation[] | null {
    if (u < 0 || v < 0 || u === v || state.isPlaced(v)) return null;
    const su = state.stallsOf[u] ?? [];
    return su.length > 0 && fits(v, su) ? [{ app: u, to: [] }, { app: v, to: su }] : null;
  }

  /** A random free spot of the right kind in one of the application's zones, or null. */
  function randomFreeSpot(u: number): number[] | null {
    const app = problem.apps[u];
    if (app === undefined) return null;
    const zones = [...app.weights].filter(([, w]) => w > 0);
    if (zones.length === 0) return null;
    const entry = catalogue[random.pick(zones)[0]];
    if (app.size === 1) {
      const singles = entry?.singles[app.needs] ?? [];
      if (singles.length === 0) return null;
      const s = random.pick(singles);
      return state.holder[s] === -1 ? [s] : null;
    }
    const pairs = entry?.pairs[app.needs] ?? [];
    if (pairs.length === 0) return null;
    const [s, t] = random.pick(pairs);
    return state.holder[s] === -1 && state.holder[t] === -1 ? [s, t] : null;
  }
}

/** Puts `state` back onto the snapshot (locked applications never moved, so they are left alone). */
function restore(state: SolutionState, target: readonly number[][]): void {
  state.stallsOf.forEach((_, app) => {
    if (!state.isLocked(app)) state.remove(app);
  });
  target.forEach((stalls, app) => {
    if (!state.isLocked(app) && stalls.length > 0) state.place(app, stalls);
  });
}
