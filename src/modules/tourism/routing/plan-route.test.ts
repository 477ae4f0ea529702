import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRoute } from './evaluate-route.ts';
import { generateInstance } from './generate-instance.ts';
import { nearestOpenPlaceNext } from './nearest-open-baseline.ts';
import { planRoute } from './plan-route.ts';
import type { RouteInstance, RoutePlace } from './types.ts';

/** Every order of every subset of places: the optimum by enumeration (small instances only). */
function bruteForce(instance: RouteInstance): { value: number; back: number } | null {
  const index = new Map(instance.nodes.map((id, i) => [id, i]));
  const ids = instance.places.map((p) => p.id);
  let best: { value: number; back: number } | null = null;
  const walk = (sequence: string[], used: Set<string>): void => {
    const visits = [];
    let at = index.get(instance.start)!;
    let t = instance.dayStart;
    for (const id of sequence) {
      const place = instance.places.find((p) => p.id === id)!;
      const arrive = t + instance.travelMinutes[at]![index.get(id)!]!;
      const starts = place.open.map(([o]) => Math.max(arrive, o)).filter((s, k) => s + place.visitMinutes <= place.open[k]![1]);
      if (starts.length === 0) return;
      const start = Math.min(...starts);
      visits.push({ place: id, arrive, start, leave: start + place.visitMinutes });
      t = start + place.visitMinutes;
      at = index.get(id)!;
    }
    const check = evaluateRoute(instance, visits);
    if (check.feasible && (best === null || check.value > best.value || (check.value === best.value && check.back < best.back))) best = { value: check.value, back: check.back };
    for (const id of ids) if (!used.has(id)) walk([...sequence, id], new Set([...used, id]));
  };
  walk([], new Set());
  return best;
}

const window = fc.tuple(fc.integer({ min: 420, max: 1100 }), fc.integer({ min: 20, max: 400 })).map(([o, len]): [number, number] => [o, Math.min(1200, o + len)]);
const place = (i: number): fc.Arbitrary<RoutePlace> =>
  fc.record({
    id: fc.constant(`P${i}`),
    value: fc.integer({ min: 0, max: 9 }),
    visitMinutes: fc.integer({ min: 10, max: 120 }),
    open: fc.array(window, { maxLength: 2 }),
    required: fc.boolean().map((b) => b && i === 0),
  });
const smallInstance: fc.Arbitrary<RouteInstance> = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.record({
    places: fc.tuple(...Array.from({ length: n }, (_, i) => place(i))),
    points: fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })), { minLength: n + 1, maxLength: n + 1 }),
    dayStart: fc.integer({ min: 420, max: 600 }),
    length: fc.integer({ min: 60, max: 720 }),
  }).map(({ places, points, dayStart, length }) => ({
    dayStart,
    dayEnd: dayStart + length,
    start: 'home',
    end: 'home',
    nodes: ['home', ...places.map((p) => p.id)],
    travelMinutes: points.map(([x1, y1]) => points.map(([x2, y2]) => Math.round(Math.hypot(x1 - x2, y1 - y2)))),
    places,
  })),
);

describe('planRoute: a one-day route through places with opening hours', () => {
  it('the example of the issue: visits inside the windows, back by the end, values summed', () => {
    const instance: RouteInstance = {
      dayStart: 450, dayEnd: 1110, start: 'start', end: 'start', nodes: ['start', 'P01', 'P02', 'P03'],
      travelMinutes: [[0, 12, 30, 25], [12, 0, 20, 18], [30, 20, 0, 15], [25, 18, 15, 0]],
      places: [
        { id: 'P01', value: 7, visitMinutes: 45, open: [[480, 690], [810, 1020]], required: true },
        { id: 'P02', value: 5, visitMinutes: 90, open: [[540, 660]] },
        { id: 'P03', value: 3, visitMinutes: 60, open: [[840, 1080]] },
      ],
    };
    const result = planRoute(instance);
    expect(result).toMatchObject({ feasible: true, value: 15, status: 'optimal', bound: 15, gap: 0 });
    if (!result.feasible) return;
    expect(evaluateRoute(instance, result.visits)).toMatchObject({ feasible: true, value: 15, back: result.back });
    expect(result.visits[0]).toEqual({ place: 'P01', arrive: 462, start: 480, leave: 525 });
  });

  it('finds the optimum of brute force on small random instances, and never leaves the windows or the day', () => {
    fc.assert(
      fc.property(smallInstance, (instance) => {
        const result = planRoute(instance);
        const best = bruteForce(instance);
        if (best === null) return !result.feasible;
        if (!result.feasible) return false;
        const check = evaluateRoute(instance, result.visits);
        return check.feasible && check.value === best.value && result.back === best.back && result.status === 'optimal';
      }),
      { numRuns: 60, seed: 11 },
    );
  }, 20_000);

  it('proves the optimum of 18 places within 5 s and beats the "nearest open place next" baseline', () => {
    const instance = generateInstance({ places: 18, seed: 3, required: 1 });
    const result = planRoute(instance, { timeLimitMs: 5_000 });
    expect(result).toMatchObject({ feasible: true, status: 'optimal', gap: 0 });
    if (!result.feasible) return;
    expect(evaluateRoute(instance, result.visits).feasible).toBe(true);
    expect(result.value).toBeGreaterThanOrEqual(nearestOpenPlaceNext(instance).value);
  }, 20_000);

  it('above the exact size returns a feasible route with every must, a bound and the gap', () => {
    const instance = generateInstance({ places: 40, seed: 4, required: 2 });
    const result = planRoute(instance, { timeLimitMs: 1_500, iterations: 150 });
    expect(result.feasible).toBe(true);
    if (!result.feasible) return;
    expect(evaluateRoute(instance, result.visits)).toMatchObject({ feasible: true, value: result.value });
    expect(result.bound).toBeGreaterThanOrEqual(result.value);
    expect(result.gap).toBeCloseTo((result.bound - result.value) / result.bound, 9);
  }, 20_000);

  it('says plainly which musts cannot fit: closed, too short, out of reach, a conflicting pair', () => {
    const base: RouteInstance = {
      dayStart: 480, dayEnd: 1020, start: 'home', end: 'home', nodes: ['home', 'A', 'B', 'C'],
      travelMinutes: [[0, 30, 30, 30], [30, 0, 50, 50], [30, 50, 0, 50], [30, 50, 50, 0]],
      places: [
        { id: 'A', value: 5, visitMinutes: 60, open: [[540, 660]], required: true },
        { id: 'B', value: 5, visitMinutes: 60, open: [[540, 660]], required: true },
        { id: 'C', value: 9, visitMinutes: 30, open: [[480, 1000]] },
      ],
    };
    expect(planRoute(base)).toMatchObject({ feasible: false, code: 'pair-conflict', places: ['A', 'B'], visits: [] });
    const closed = { ...base, places: [{ ...base.places[0]!, open: [] }, base.places[2]!] };
    expect(planRoute(closed)).toMatchObject({ feasible: false, code: 'closed', places: ['A'], reason: 'A is closed on that date.' });
    const short = { ...base, places: [{ ...base.places[0]!, visitMinutes: 200 }] };
    expect(planRoute(short)).toMatchObject({ feasible: false, code: 'too-short', places: ['A'] });
    const far = { ...base, dayEnd: 600, places: [base.places[0]!] };
    expect(planRoute(far)).toMatchObject({ feasible: false, code: 'out-of-reach', places: ['A'] });
  });

  it('refuses a malformed instance with paths to each error', () => {
    expect(() => planRoute({ dayStart: 450, dayEnd: 400, start: 'x', end: 'start', nodes: ['start'], travelMinutes: [[0]], places: [] })).toThrow(/dayEnd.*start/s);
  });
});
