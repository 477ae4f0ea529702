import type { ZoneCatalogue } from './placement-catalogue.ts';
import type { PreparedProblem } from './prepare-problem.ts';
import type { SolutionState } from './solution-state.ts';

const popcount = (bits: number): number => (bits & 1) + ((bits >> 1) & 1);

/**
 * Turns a zone choice (application → zone) into stalls. Per zone, 2-stall
 * applications go first (they need adjacency, the scarcest thing), then
 * singles; within each group the most demanding needs class goes first. Each
 * takes the free suitable spot that wastes the fewest utilities it does not
 * need, then that leaves free runs unbroken (a pair at the end of a run keeps
 * the rest of the run usable for more pairs), then that makes the fewest
 * same-category neighbours. Returns the applications it could not fit.
 */
export function layoutZones(
  problem: PreparedProblem,
  catalogue: readonly ZoneCatalogue[],
  state: SolutionState,
  zoneOf: ReadonlyMap<number, number>,
): number[] {
  const byZone: number[][] = problem.zoneNames.map(() => []);
  for (const [app, zone] of zoneOf) byZone[zone]?.push(app);
  const misfits: number[] = [];
  byZone.forEach((apps, zone) => {
    const entry = catalogue[zone];
    if (entry === undefined) return;
    const scarcity = (needs: number): number => (needs === 0 ? Infinity : (entry.singles[needs]?.length ?? 0));
    const ordered = [...apps].sort((a, b) => {
      const x = problem.apps[a];
      const y = problem.apps[b];
      if (x === undefined || y === undefined) return 0;
      return y.size - x.size || scarcity(x.needs) - scarcity(y.needs) || a - b;
    });
    for (const app of ordered) {
      const spot = bestSpot(problem, entry, state, app);
      if (spot === null) misfits.push(app);
      else state.place(app, spot);
    }
  });
  return misfits;
}

function bestSpot(problem: PreparedProblem, entry: ZoneCatalogue, state: SolutionState, app: number): number[] | null {
  const info = problem.apps[app];
  if (info === undefined) return null;
  const freeNeighbours = (s: number, except: number): number => {
    let count = 0;
    for (const t of problem.adjacency[s] ?? []) {
      if (t !== except && problem.stallZone[t] === problem.stallZone[s] && state.free([t])) count++;
    }
    return count;
  };
  const waste = (s: number): number => popcount((problem.stallAttributes[s] ?? 0) & ~info.needs);
  let best: number[] | null = null;
  let bestScore = Infinity;
  if (info.size === 1) {
    for (const s of entry.singles[info.needs] ?? []) {
      if (state.holder[s] !== -1) continue;
      const score = waste(s) * 1000 + state.conflictsAt(app, [s]) * 10 + freeNeighbours(s, -1);
      if (score < bestScore) {
        bestScore = score;
        best = [s];
      }
    }
  } else {
    for (const [s, t] of entry.pairs[info.needs] ?? []) {
      if (state.holder[s] !== -1 || state.holder[t] !== -1) continue;
      const score = (waste(s) + waste(t)) * 1000 + (freeNeighbours(s, t) + freeNeighbours(t, s)) * 10 + state.conflictsAt(app, [s, t]);
      if (score < bestScore) {
        bestScore = score;
        best = [s, t];
      }
    }
  }
  return best;
}
