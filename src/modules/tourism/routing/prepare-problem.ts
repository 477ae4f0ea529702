import type { RouteInstance } from './types.ts';

/** Sentinel of "cannot": no leave time, no route. Every real minute is ≤ 2880. */
export const NEVER = 32_767;

/**
 * The instance compiled for the solvers: only the places that can be part of a
 * route (reachable and back in time on their own, and worth something or
 * required), numbered 0…n−1; the start is node n, the end node n+1.
 */
export interface Problem {
  n: number;
  dayStart: number;
  dayEnd: number;
  /** Index into instance.places of each useful place. */
  placeOf: number[];
  ids: string[];
  value: Float64Array;
  visit: Int32Array;
  required: Uint8Array;
  /** Windows of place p: windowsOpen/Close[windowFrom[p] … windowFrom[p+1]−1], sorted by opening. */
  windowFrom: Int32Array;
  windowsOpen: Int32Array;
  windowsClose: Int32Array;
  /** travel[a * (n+2) + b], a, b in 0…n+1 (n = start, n+1 = end). */
  travel: Int32Array;
  /** Shortest-path travel over the matrix (equal to travel when it keeps the triangle inequality): for bounds. */
  shortest: Int32Array;
  metric: boolean;
  /** Required places that cannot be visited even alone (index into instance.places). */
  impossibleRequired: number[];
  /** Travel start → end straight away. */
  directBack: number;
}

export function preparePlaceWindows(open: [number, number][]): [number, number][] {
  return [...open].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The earliest minute a visit of `visit` minutes arriving at `arrive` can start inside one window, or NEVER. */
export function earliestStart(p: Problem, place: number, arrive: number): number {
  const visit = p.visit[place]!;
  for (let w = p.windowFrom[place]!; w < p.windowFrom[place + 1]!; w++) {
    const start = arrive > p.windowsOpen[w]! ? arrive : p.windowsOpen[w]!;
    if (start + visit <= p.windowsClose[w]!) return start;
  }
  return NEVER;
}

/** Leave time of a visit arriving at `arrive`, or NEVER. Waiting is allowed, so it never decreases with `arrive`. */
export function earliestLeave(p: Problem, place: number, arrive: number): number {
  const start = earliestStart(p, place, arrive);
  return start === NEVER ? NEVER : start + p.visit[place]!;
}

export function prepareProblem(instance: RouteInstance): Problem {
  const nodeIndex = new Map(instance.nodes.map((id, i) => [id, i]));
  const s = nodeIndex.get(instance.start)!;
  const e = nodeIndex.get(instance.end)!;
  const m = instance.travelMinutes;
  const directBack = m[s]![e]!;
  const candidates: number[] = [];
  const impossibleRequired: number[] = [];
  instance.places.forEach((place, i) => {
    const node = nodeIndex.get(place.id)!;
    const windows = preparePlaceWindows(place.open);
    const arrive = instance.dayStart + m[s]![node]!;
    let leave = NEVER;
    for (const [o, c] of windows) {
      const start = Math.max(arrive, o);
      if (start + place.visitMinutes <= c) {
        leave = start + place.visitMinutes;
        break;
      }
    }
    const alone = leave !== NEVER && leave + m[node]![e]! <= instance.dayEnd;
    if (!alone) {
      if (place.required) impossibleRequired.push(i);
    } else if (place.required || place.value > 0) candidates.push(i);
  });
  const n = candidates.length;
  const size = n + 2;
  const nodeOf = [...candidates.map((i) => nodeIndex.get(instance.places[i]!.id)!), s, e];
  const travel = new Int32Array(size * size);
  for (let a = 0; a < size; a++) for (let b = 0; b < size; b++) travel[a * size + b] = a === b ? 0 : m[nodeOf[a]!]![nodeOf[b]!]!;
  const shortest = Int32Array.from(travel);
  for (let k = 0; k < size; k++) {
    for (let a = 0; a < size; a++) {
      const ak = shortest[a * size + k]!;
      for (let b = 0; b < size; b++) {
        const via = ak + shortest[k * size + b]!;
        if (via < shortest[a * size + b]!) shortest[a * size + b] = via;
      }
    }
  }
  const windowFrom = new Int32Array(n + 1);
  const opens: number[] = [];
  const closes: number[] = [];
  candidates.forEach((i, p) => {
    windowFrom[p] = opens.length;
    for (const [o, c] of preparePlaceWindows(instance.places[i]!.open)) {
      opens.push(o);
      closes.push(c);
    }
  });
  windowFrom[n] = opens.length;
  return {
    n,
    dayStart: instance.dayStart,
    dayEnd: instance.dayEnd,
    placeOf: candidates,
    ids: candidates.map((i) => instance.places[i]!.id),
    value: Float64Array.from(candidates.map((i) => instance.places[i]!.value)),
    visit: Int32Array.from(candidates.map((i) => instance.places[i]!.visitMinutes)),
    required: Uint8Array.from(candidates.map((i) => (instance.places[i]!.required ? 1 : 0))),
    windowFrom,
    windowsOpen: Int32Array.from(opens),
    windowsClose: Int32Array.from(closes),
    travel,
    shortest,
    metric: travel.every((t, k) => t === shortest[k]),
    impossibleRequired,
    directBack,
  };
}

/**
 * Leave times of a sequence of places from the start at dayStart, or null when a
 * visit cannot fit or the return misses dayEnd. The last entry is the arrival back.
 */
export function simulate(p: Problem, sequence: readonly number[]): number[] | null {
  const size = p.n + 2;
  const times: number[] = [];
  let at = p.n;
  let t = p.dayStart;
  for (const place of sequence) {
    t = earliestLeave(p, place, t + p.travel[at * size + place]!);
    if (t === NEVER) return null;
    times.push(t);
    at = place;
  }
  const back = t + p.travel[at * size + p.n + 1]!;
  if (back > p.dayEnd) return null;
  times.push(back);
  return times;
}

/**
 * Upper bound of the value of any route: every visited place costs at least its
 * visit and its cheapest way in, and the day must still hold the cheapest way
 * back; the fractional knapsack over those costs bounds the value.
 */
export function knapsackBound(p: Problem): number {
  const size = p.n + 2;
  if (p.n === 0) return 0;
  let minReturn = NEVER;
  const items: { value: number; weight: number }[] = [];
  for (let j = 0; j < p.n; j++) {
    let minIn = p.shortest[p.n * size + j]!;
    for (let k = 0; k < p.n; k++) if (k !== j) minIn = Math.min(minIn, p.shortest[k * size + j]!);
    minReturn = Math.min(minReturn, p.shortest[j * size + p.n + 1]!);
    items.push({ value: p.value[j]!, weight: minIn + p.visit[j]! });
  }
  let capacity = p.dayEnd - p.dayStart - minReturn;
  items.sort((a, b) => b.value * a.weight - a.value * b.weight || b.value - a.value);
  let bound = 0;
  for (const item of items) {
    if (item.weight <= capacity) {
      bound += item.value;
      capacity -= item.weight;
    } else {
      if (capacity > 0) bound += (item.value * capacity) / item.weight;
      break;
    }
  }
  return bound;
}
