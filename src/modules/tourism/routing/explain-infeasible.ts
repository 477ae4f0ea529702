import { exactRoute, EXACT_MAX_PLACES } from './exact-route.ts';
import type { Problem } from './prepare-problem.ts';
import type { InfeasibleRoute, RouteInstance } from './types.ts';

export const clockText = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function infeasible(code: InfeasibleRoute['code'], places: string[], reason: string): InfeasibleRoute {
  return { feasible: false, reason, code, places, visits: [] };
}

/** Why a required place cannot be visited even alone. */
export function explainImpossiblePlace(instance: RouteInstance, index: number): InfeasibleRoute {
  const place = instance.places[index]!;
  const day = `${clockText(instance.dayStart)}–${clockText(instance.dayEnd)}`;
  if (place.open.length === 0) return infeasible('closed', [place.id], `${place.id} is closed on that date.`);
  const longest = Math.max(...place.open.map(([o, c]) => c - o));
  if (longest < place.visitMinutes) {
    return infeasible('too-short', [place.id], `${place.id} needs ${place.visitMinutes} minutes but is never open that long at a stretch (longest opening ${longest} minutes).`);
  }
  return infeasible('out-of-reach', [place.id], `${place.id} cannot be reached, visited within its opening hours (${place.open.map(([o, c]) => `${clockText(o)}–${clockText(c)}`).join(', ')}) and left in time to be back by ${clockText(instance.dayEnd)} within the day ${day}.`);
}

/**
 * Why the required places cannot all fit, each alone being possible: the first
 * pair that excludes each other, else the whole set is too much for the day.
 * `complete` says whether that was proven (it is up to 20 required places).
 */
export function explainMustConflict(p: Problem, instance: RouteInstance, deadline: number): InfeasibleRoute {
  const musts = Array.from({ length: p.n }, (_, i) => i).filter((i) => p.required[i]);
  for (let a = 0; a < musts.length; a++) {
    for (let b = a + 1; b < musts.length; b++) {
      const pair = exactRoute(p, null, deadline, [musts[a]!, musts[b]!]);
      if (pair.complete && pair.best === null) {
        const [x, y] = [p.ids[musts[a]!]!, p.ids[musts[b]!]!];
        return infeasible('pair-conflict', [x, y], `${x} and ${y} cannot both be visited in one day: their opening hours, visit times and the travel between them leave no order that works.`);
      }
    }
  }
  const ids = musts.map((i) => p.ids[i]!);
  const proven = musts.length <= EXACT_MAX_PLACES ? '' : ' (no route holding them all was found)';
  return infeasible('day-too-short', ids, `The ${ids.length} required places (${ids.join(', ')}) together need more time than the day from ${clockText(instance.dayStart)} to ${clockText(instance.dayEnd)} allows${proven}.`);
}
