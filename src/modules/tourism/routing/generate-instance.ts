import { randomSource } from './local-search-route.ts';
import type { RouteInstance } from './types.ts';

export interface GeneratorOptions {
  places: number;
  seed: number;
  /** Side of the square the places are scattered in, km (default 30: Hanoi's craft-village belt). */
  areaKm?: number;
  /** Speed of the mode, km/h (default 30: motorbike). */
  speedKmh?: number;
  /** Required places among them (default 0). */
  required?: number;
  dayStart?: number;
  dayEnd?: number;
}

/**
 * Random day-trip instances for tests and benchmarks: places scattered around a
 * start in the middle, straight-line travel at one speed, opening hours with a
 * lunch break (some open all day, some closed that date), visits of 20–120 min.
 */
export function generateInstance(options: GeneratorOptions): RouteInstance {
  const random = randomSource(options.seed * 7919 + options.places);
  const area = options.areaKm ?? 30;
  const speed = options.speedKmh ?? 30;
  const points = [{ x: area / 2, y: area / 2 }];
  const places: RouteInstance['places'] = [];
  for (let i = 0; i < options.places; i++) {
    points.push({ x: random() * area, y: random() * area });
    const kind = random();
    const open: [number, number][] =
      kind < 0.08 ? [] : kind < 0.45 ? [[480, 690], [810, 1020]] : kind < 0.8 ? [[420 + 30 * Math.floor(random() * 4), 1080]] : [[540, 720], [840, 1260]];
    places.push({
      id: `P${String(i + 1).padStart(2, '0')}`,
      value: 1 + Math.floor(random() * 10),
      visitMinutes: 20 + 5 * Math.floor(random() * 21),
      open,
    });
  }
  // Required places among those open that day (a closed must is its own, trivial, answer).
  let musts = options.required ?? 0;
  for (const place of places) {
    if (musts > 0 && place.open.length > 0) {
      place.required = true;
      musts--;
    }
  }
  const travelMinutes = points.map((a) => points.map((b) => Math.ceil((Math.hypot(a.x - b.x, a.y - b.y) / speed) * 60)));
  return {
    dayStart: options.dayStart ?? 450,
    dayEnd: options.dayEnd ?? 1110,
    start: 'start',
    end: 'start',
    nodes: ['start', ...places.map((p) => p.id)],
    travelMinutes,
    places,
  };
}
