import type { RouteInstance, RouteVisit } from './types.ts';

/**
 * Independent check of a route against its instance, from the JSON form alone:
 * each arrival is the previous leave plus the travel, each visit starts no
 * earlier than the arrival and fits inside one opening window, the return is
 * by dayEnd, no place twice, every required place visited.
 */
export function evaluateRoute(instance: RouteInstance, visits: RouteVisit[]): { feasible: boolean; violations: string[]; value: number; back: number } {
  const index = new Map(instance.nodes.map((id, i) => [id, i]));
  const places = new Map(instance.places.map((p) => [p.id, p]));
  const violations: string[] = [];
  let at = index.get(instance.start)!;
  let t = instance.dayStart;
  let value = 0;
  const seen = new Set<string>();
  for (const visit of visits) {
    const place = places.get(visit.place);
    if (!place) {
      violations.push(`${visit.place} is not a place`);
      continue;
    }
    if (seen.has(place.id)) violations.push(`${place.id} visited twice`);
    seen.add(place.id);
    const node = index.get(place.id)!;
    const arrive = t + instance.travelMinutes[at]![node]!;
    if (visit.arrive !== arrive) violations.push(`${place.id}: arrives at ${arrive}, not ${visit.arrive}`);
    if (visit.start < arrive) violations.push(`${place.id}: starts before arriving`);
    if (visit.leave !== visit.start + place.visitMinutes) violations.push(`${place.id}: visit is not ${place.visitMinutes} minutes`);
    if (!place.open.some(([o, c]) => visit.start >= o && visit.leave <= c)) violations.push(`${place.id}: visit ${visit.start}–${visit.leave} outside its opening windows`);
    value += place.value;
    t = visit.leave;
    at = node;
  }
  const back = t + instance.travelMinutes[at]![index.get(instance.end)!]!;
  if (back > instance.dayEnd) violations.push(`back at ${back}, after ${instance.dayEnd}`);
  for (const place of instance.places) if (place.required && !seen.has(place.id)) violations.push(`required ${place.id} not visited`);
  return { feasible: violations.length === 0, violations, value, back };
}
