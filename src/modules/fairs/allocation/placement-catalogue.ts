import { suits, type PreparedApp, type PreparedProblem } from './prepare-problem.ts';

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

export interface PlacementOption {
  zone: number;
  stalls: number[];
  weight: number;
}

/** Every placement of a free application with a positive weight, zone by zone. */
export function optionsOf(app: PreparedApp, catalogue: readonly ZoneCatalogue[]): PlacementOption[] {
  const options: PlacementOption[] = [];
  for (const [zone, weight] of app.weights) {
    if (weight <= 0) continue;
    const entry = catalogue[zone];
    if (entry === undefined) continue;
    if (app.size === 1) for (const s of entry.singles[app.needs] ?? []) options.push({ zone, stalls: [s], weight });
    else for (const pair of entry.pairs[app.needs] ?? []) options.push({ zone, stalls: [...pair], weight });
  }
  return options;
}

/** Number of placements without materialising them (used to size the exact model). */
export function countOptions(app: PreparedApp, catalogue: readonly ZoneCatalogue[], keep: (zone: number) => boolean = () => true): number {
  let count = 0;
  for (const [zone, weight] of app.weights) {
    if (weight <= 0 || !keep(zone)) continue;
    const entry = catalogue[zone];
    if (entry === undefined) continue;
    count += (app.size === 1 ? entry.singles[app.needs] : entry.pairs[app.needs])?.length ?? 0;
  }
  return count;
}
