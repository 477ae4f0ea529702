import { suits, type PreparedProblem } from './prepare-problem.ts';

/**
 * Where applications could go, before anyone is placed: per zone and per
 * needs class (bit set of POWER/WATER), the available single stalls and the
 * available adjacent pairs inside the zone. Locked and blocked stalls are
 * excluded. Lists keep input order, which keeps every consumer deterministic.
 */
export interface ZoneCatalogue {
  singles: number[][];
  pairs: [number, number][][];
}

export function buildCatalogue(problem: PreparedProblem): ZoneCatalogue[] {
  return problem.zoneStalls.map((stalls) => {
    const singles: number[][] = [[], [], [], []];
    const pairs: [number, number][][] = [[], [], [], []];
    for (const s of stalls) {
      if (problem.available[s] !== 1) continue;
      const attributes = problem.stallAttributes[s] ?? 0;
      for (let needs = 0; needs < 4; needs++) {
        if (!suits(attributes, needs)) continue;
        singles[needs]?.push(s);
        for (const t of problem.adjacency[s] ?? []) {
          if (t <= s || problem.available[t] !== 1 || problem.stallZone[t] !== problem.stallZone[s]) continue;
          if (suits(problem.stallAttributes[t] ?? 0, needs)) pairs[needs]?.push([s, t]);
        }
      }
    }
    return { singles, pairs };
  });
}
