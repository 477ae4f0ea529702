import type { MilpScope } from './build-milp.ts';
import type { ZoneCatalogue } from './placement-catalogue.ts';
import { suits, type PreparedProblem } from './prepare-problem.ts';
import type { SolutionState } from './solution-state.ts';
import { applyChosen, solveScope } from './solve-scope.ts';

export interface WindowSearchLimits {
  /** Stalls per window; a zone up to 1.5× this is one window. */
  windowSize: number;
  /** Unplaced candidates offered per window stall (best weights first). */
  candidatesPerStall: number;
  rounds: number;
  nodeLimit: number;
  maxColumns: number;
  timeLimitSeconds: number;
}

export interface WindowSearchStats {
  windowsSolved: number;
  improvements: number;
  wallClockLimitHit: boolean;
}

/** Improvements smaller than this are floating-point noise. */
const EPSILON = 1e-7;

/**
 * Large-neighbourhood search: re-optimise one window of a zone at a time with
 * the exact MILP, everything outside the window frozen. This is where the
 * layout's leftovers get fixed — same-category neighbours that no single swap
 * removes, or a pair slot that only opens after three moves. A window is
 * skipped when it provably cannot improve: no penalty inside and no candidate
 * from outside, so its value is already the sum of its own weights.
 */
export async function windowSearch(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  state: SolutionState,
  keep: (app: number, zone: number) => boolean,
  limits: WindowSearchLimits,
): Promise<WindowSearchStats> {
  const stats: WindowSearchStats = { windowsSolved: 0, improvements: 0, wallClockLimitHit: false };
  const windows = buildWindows(problem, limits.windowSize);
  for (let round = 0; round < limits.rounds; round++) {
    const before = stats.improvements;
    for (const { zone, stalls } of windows) {
      const window = new Set(stalls);
      const inside = new Set<number>();
      for (const s of stalls) {
        const holder = state.holder[s] ?? -1;
        if (holder >= 0 && !state.isLocked(holder) && (state.stallsOf[holder] ?? []).every((t) => window.has(t))) inside.add(holder);
      }
      const inScope = (s: number): boolean => window.has(s) && (state.holder[s] === -1 || inside.has(state.holder[s] ?? -1));
      const candidates = pickCandidates(problem, state, zone, stalls.filter(inScope), keep, limits.candidatesPerStall * stalls.length);
      const conflicted = [...inside].some((a) => state.conflictsAt(a, state.stallsOf[a] ?? []) > 0);
      if (candidates.length === 0 && !conflicted) continue;
      const scope: MilpScope = {
        apps: [...[...inside].sort((a, b) => a - b), ...candidates],
        stallInScope: inScope,
        fixedHolder: state.holder,
        keep: (app, z) => z === zone && keep(app, z),
      };
      const outcome = await solveScope(problem, catalogue, scope, state, limits);
      if (outcome === null) continue;
      stats.windowsSolved++;
      stats.wallClockLimitHit ||= outcome.wallClockLimitHit;
      if (outcome.chosen === null || outcome.objective <= outcome.startObjective + EPSILON) continue;
      const objectiveBefore = state.objective;
      if (applyChosen(state, scope.apps, outcome.chosen) && state.objective > objectiveBefore + EPSILON) stats.improvements++;
    }
    if (stats.improvements === before) break;
  }
  return stats;
}

interface Window {
  zone: number;
  stalls: number[];
}

/** Consecutive runs of each zone's available stalls, in input order (for a street, stretches of pavement). */
function buildWindows(problem: PreparedProblem, size: number): Window[] {
  const windows: Window[] = [];
  problem.zoneStalls.forEach((stalls, zone) => {
    const open = stalls.filter((s) => problem.available[s] === 1);
    if (open.length === 0) return;
    const count = open.length <= size * 1.5 ? 1 : Math.round(open.length / size);
    const length = Math.ceil(open.length / count);
    for (let i = 0; i < open.length; i += length) windows.push({ zone, stalls: open.slice(i, i + length) });
  });
  return windows;
}

/** The best-weighted unplaced applications that could use some stall of the window. */
function pickCandidates(
  problem: PreparedProblem,
  state: SolutionState,
  zone: number,
  stalls: readonly number[],
  keep: (app: number, zone: number) => boolean,
  limit: number,
): number[] {
  const attributes = new Set(stalls.map((s) => problem.stallAttributes[s] ?? 0));
  const fits: number[] = [];
  for (const app of problem.apps) {
    if (app.lock !== null || state.isPlaced(app.index) || !keep(app.index, zone)) continue;
    if ((app.weights.get(zone) ?? 0) <= 0) continue;
    if (![...attributes].some((a) => suits(a, app.needs))) continue;
    fits.push(app.index);
  }
  const weight = (a: number): number => problem.apps[a]?.weights.get(zone) ?? 0;
  fits.sort((a, b) => weight(b) - weight(a) || a - b);
  return fits.slice(0, limit);
}
