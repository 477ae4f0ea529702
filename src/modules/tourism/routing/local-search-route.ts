import { NEVER, earliestLeave, simulate, type Problem } from './prepare-problem.ts';
import type { Incumbent } from './exact-route.ts';

/** Deterministic pseudo-random numbers (mulberry32): the same seed, the same route. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const better = (a: Incumbent, b: Incumbent | null): boolean =>
  b === null || a.value > b.value + 1e-9 || (Math.abs(a.value - b.value) <= 1e-9 && a.back < b.back);

/** Arrival back after inserting `place` at `position` of a sequence whose leave times are `times`, or NEVER. */
function backAfterInsert(p: Problem, seq: readonly number[], times: readonly number[], place: number, position: number): number {
  const size = p.n + 2;
  let at = position === 0 ? p.n : seq[position - 1]!;
  let t = position === 0 ? p.dayStart : times[position - 1]!;
  t = earliestLeave(p, place, t + p.travel[at * size + place]!);
  if (t === NEVER) return NEVER;
  at = place;
  for (let k = position; k < seq.length; k++) {
    const next = seq[k]!;
    t = earliestLeave(p, next, t + p.travel[at * size + next]!);
    if (t === NEVER) return NEVER;
    // Same leave time as before the insertion: the rest of the day is unchanged.
    if (t === times[k]) return times[seq.length]!;
    at = next;
  }
  const back = t + p.travel[at * size + p.n + 1]!;
  return back <= p.dayEnd ? back : NEVER;
}

/**
 * Greedy insertion: required places first (cheapest first), then the place and
 * position with the best value² per minute added (Vansteenwegen's ratio), until
 * nothing fits. `noise` > 0 randomises the ratios (diversification).
 */
export function insertGreedily(p: Problem, seq: number[], random: () => number, noise: number, locked: Uint8Array): number[] {
  const inRoute = new Uint8Array(p.n);
  for (const q of seq) inRoute[q] = 1;
  let times = simulate(p, seq);
  if (times === null) return seq;
  for (;;) {
    let mustLeft = false;
    for (let q = 0; q < p.n; q++) if (!inRoute[q] && p.required[q] && !locked[q]) mustLeft = true;
    let bestScore = -Infinity;
    let bestPlace = -1;
    let bestPosition = -1;
    const oldBack = times[seq.length]!;
    for (let q = 0; q < p.n; q++) {
      if (inRoute[q] || locked[q] || (mustLeft && !p.required[q])) continue;
      for (let pos = 0; pos <= seq.length; pos++) {
        const back = backAfterInsert(p, seq, times, q, pos);
        if (back === NEVER) continue;
        const added = back - oldBack + 1;
        let score = mustLeft ? -added : (p.value[q]! * p.value[q]!) / added;
        if (noise > 0) score *= 1 + noise * (random() - 0.5);
        if (score > bestScore) {
          bestScore = score;
          bestPlace = q;
          bestPosition = pos;
        }
      }
    }
    if (bestPlace < 0) return seq;
    seq.splice(bestPosition, 0, bestPlace);
    inRoute[bestPlace] = 1;
    times = simulate(p, seq)!;
  }
}

/** Moves that keep the places but return earlier (relocate one place, reverse a stretch), to make room. */
export function tightenRoute(p: Problem, seq: number[]): number[] {
  const times = simulate(p, seq);
  if (times === null) return seq;
  let back = times[seq.length]!;
  let improved = true;
  while (improved) {
    improved = false;
    for (let from = 0; from < seq.length && !improved; from++) {
      for (let to = 0; to < seq.length && !improved; to++) {
        if (to === from) continue;
        const trial = [...seq];
        const [moved] = trial.splice(from, 1);
        trial.splice(to, 0, moved!);
        const t = simulate(p, trial);
        if (t !== null && t[trial.length]! < back) {
          seq = trial;
          back = t[trial.length]!;
          improved = true;
        }
      }
    }
    for (let i = 0; i < seq.length - 1 && !improved; i++) {
      for (let j = i + 2; j <= seq.length && !improved; j++) {
        const trial = [...seq.slice(0, i), ...seq.slice(i, j).reverse(), ...seq.slice(j)];
        const t = simulate(p, trial);
        if (t !== null && t[trial.length]! < back) {
          seq = trial;
          back = t[trial.length]!;
          improved = true;
        }
      }
    }
  }
  return seq;
}

/** Replace a visited place by an unvisited one worth more, wherever it fits best; repeated while it pays. */
function exchangeForBetter(p: Problem, seq: number[]): number[] {
  const inRoute = new Uint8Array(p.n);
  for (const q of seq) inRoute[q] = 1;
  let improved = true;
  while (improved) {
    improved = false;
    for (let k = 0; k < seq.length && !improved; k++) {
      const out = seq[k]!;
      if (p.required[out]) continue;
      const rest = [...seq.slice(0, k), ...seq.slice(k + 1)];
      const times = simulate(p, rest)!;
      let bestGain = 0;
      let bestIn = -1;
      let bestPos = -1;
      let bestBack = NEVER;
      for (let q = 0; q < p.n; q++) {
        if (inRoute[q] || p.value[q]! - p.value[out]! <= 1e-9 || p.value[q]! - p.value[out]! < bestGain - 1e-9) continue;
        for (let pos = 0; pos <= rest.length; pos++) {
          const back = backAfterInsert(p, rest, times, q, pos);
          if (back === NEVER) continue;
          const gain = p.value[q]! - p.value[out]!;
          if (gain > bestGain + 1e-9 || (gain >= bestGain - 1e-9 && back < bestBack)) {
            bestGain = gain;
            bestIn = q;
            bestPos = pos;
            bestBack = back;
          }
        }
      }
      if (bestIn >= 0) {
        rest.splice(bestPos, 0, bestIn);
        inRoute[out] = 0;
        inRoute[bestIn] = 1;
        seq = rest;
        improved = true;
      }
    }
  }
  return seq;
}

function evaluate(p: Problem, seq: number[]): Incumbent | null {
  const times = simulate(p, seq);
  if (times === null) return null;
  let value = 0;
  for (const q of seq) value += p.value[q]!;
  return { value, back: times[seq.length]!, sequence: [...seq] };
}

function improve(p: Problem, seq: number[], random: () => number, noise: number, none: Uint8Array): number[] {
  let current = insertGreedily(p, seq, random, noise, none);
  for (let round = 0; round < 3; round++) {
    const before = current.length;
    current = insertGreedily(p, exchangeForBetter(p, tightenRoute(p, current)), random, 0, none);
    if (current.length === before) break;
  }
  return current;
}

/**
 * Iterated local search for the orienteering problem with time windows: greedy
 * insertion, then rounds of tighten / exchange / insert; each iteration ruins
 * part of the route (a stretch or scattered places, never a required one) and
 * rebuilds it with noisy ratios, accepting equal or better routes and going
 * back to the best one now and then. Stops after `iterations`, after `patience`
 * iterations without a better route, or at `deadline`.
 */
export function searchRoute(p: Problem, seed: number[], options: { iterations: number; patience: number; deadline: number; seed: number }): { best: Incumbent | null; timeLimitHit: boolean } {
  const random = randomSource(options.seed);
  const none = new Uint8Array(p.n);
  let current = improve(p, [...seed], random, 0, none);
  let best = evaluate(p, current);
  let currentScore = best;
  let sinceBest = 0;
  for (let it = 0; it < options.iterations && sinceBest < options.patience; it++) {
    if (performance.now() > options.deadline) return { best, timeLimitHit: true };
    const removable = current.map((q, k) => (p.required[q] ? -1 : k)).filter((k) => k >= 0);
    let trial = [...current];
    if (removable.length > 0) {
      const count = 1 + Math.floor(random() * Math.min(removable.length, 1 + Math.floor(current.length / 2)));
      const ruined = new Set<number>();
      if (random() < 0.5) {
        const from = Math.floor(random() * current.length);
        for (let k = from; k < current.length && ruined.size < count; k++) if (!p.required[current[k]!]) ruined.add(k);
      } else {
        while (ruined.size < count) ruined.add(removable[Math.floor(random() * removable.length)]!);
      }
      trial = current.filter((_, k) => !ruined.has(k));
      // Keep the removed places out of the immediate rebuild, so it explores elsewhere first.
      const tabu = new Uint8Array(p.n);
      for (const k of ruined) tabu[current[k]!] = 1;
      trial = insertGreedily(p, trial, random, 0.6, tabu);
    }
    trial = improve(p, trial, random, 0.3, none);
    const score = evaluate(p, trial);
    if (score !== null && (currentScore === null || !better(currentScore, score))) {
      current = trial;
      currentScore = score;
    }
    if (score !== null && better(score, best)) {
      best = score;
      sinceBest = 0;
    } else if (++sinceBest % 50 === 0 && best !== null) {
      current = [...best.sequence];
      currentScore = best;
    }
  }
  return { best, timeLimitHit: false };
}
