import { NEVER, earliestLeave, prepareProblem, simulate } from './prepare-problem.ts';
import type { RouteInstance } from './types.ts';

/**
 * The baseline a person would follow: from where you are, go to the nearest
 * place you can still visit and be back in time (required places first), until
 * none is left. Returns its value and place ids.
 */
export function nearestOpenPlaceNext(instance: RouteInstance): { value: number; places: string[]; feasible: boolean } {
  const p = prepareProblem(instance);
  const size = p.n + 2;
  const seq: number[] = [];
  const used = new Uint8Array(p.n);
  let at = p.n;
  let t = p.dayStart;
  for (;;) {
    const mustLeft = seq.length < p.n && Array.from(p.required).some((r, q) => r === 1 && !used[q]);
    let best = -1;
    let bestLeave = NEVER;
    let bestTravel = NEVER;
    for (let q = 0; q < p.n; q++) {
      if (used[q] || (mustLeft && !p.required[q])) continue;
      const leave = earliestLeave(p, q, t + p.travel[at * size + q]!);
      if (leave === NEVER || leave + p.travel[q * size + p.n + 1]! > p.dayEnd) continue;
      const travel = p.travel[at * size + q]!;
      if (travel < bestTravel) {
        best = q;
        bestLeave = leave;
        bestTravel = travel;
      }
    }
    if (best < 0) break;
    seq.push(best);
    used[best] = 1;
    at = best;
    t = bestLeave;
  }
  const feasible = simulate(p, seq) !== null && p.impossibleRequired.length === 0 && Array.from(p.required).every((r, q) => r === 0 || used[q] === 1);
  return { value: seq.reduce((sum, q) => sum + p.value[q]!, 0), places: seq.map((q) => p.ids[q]!), feasible };
}
