import { exactRoute, type Incumbent } from './exact-route.ts';
import { randomSource } from './local-search-route.ts';
import type { Problem } from './prepare-problem.ts';

/** Places of one exact neighbourhood: the route's own and the most promising others (2^17 × 17 labels). */
const NEIGHBOURHOOD = 17;

/**
 * Large-neighbourhood step: the subset DP, exact within the route's places and
 * the unvisited places most worth adding (value per minute of the detour from
 * the nearest place of the route, with noise after the first round). Returns a
 * better route, or the incumbent.
 */
export function polishWithDp(p: Problem, best: Incumbent, round: number, deadline: number): Incumbent {
  const size = p.n + 2;
  const random = randomSource(1000 + round);
  const inRoute = new Set(best.sequence);
  const anchors = [p.n, ...best.sequence];
  const candidates: { q: number; score: number }[] = [];
  for (let q = 0; q < p.n; q++) {
    if (inRoute.has(q)) continue;
    let detour = Infinity;
    for (const a of anchors) detour = Math.min(detour, p.shortest[a * size + q]! + p.shortest[q * size + a]!);
    const score = p.value[q]! / (detour + p.visit[q]! + 1);
    candidates.push({ q, score: round === 0 ? score : score * (0.5 + random()) });
  }
  candidates.sort((a, b) => b.score - a.score || a.q - b.q);
  const must = Array.from({ length: p.n }, (_, q) => q).filter((q) => p.required[q] && !inRoute.has(q));
  const subset = [...new Set([...best.sequence, ...must, ...candidates.map((c) => c.q)])].slice(0, Math.max(NEIGHBOURHOOD, best.sequence.length + must.length));
  if (subset.length > 20) return best;
  const outcome = exactRoute(p, best, deadline, subset.sort((a, b) => a - b));
  return outcome.best ?? best;
}
