import { NEVER, earliestLeave, type Problem } from './prepare-problem.ts';

/** Places the subset DP solves exactly: its tables take 3 bytes × 2^n × n (n = 20: 63 MB). */
export const EXACT_MAX_PLACES = 20;

export interface Incumbent {
  value: number;
  back: number;
  sequence: number[];
}

export interface ExactOutcome {
  /** Best route of the subsets explored (the incumbent when none beat it); null when none holds every required place. */
  best: Incumbent | null;
  /** True when every subset was settled: best is optimal (and null proves no route holds the musts). */
  complete: boolean;
}

/**
 * Label-setting dynamic programme over subsets: for each set of visited places
 * and the last one, the earliest minute one can leave it. Earlier is never
 * worse (waiting is allowed and leave times only grow with arrival), so that
 * single label per (set, last) is exact. Sets are settled in increasing order
 * (every subset before its supersets); a label is not extended when the places
 * still reachable from it cannot beat the incumbent, or when a required place
 * has become unreachable. Objective: most value, then earliest back.
 */
export function exactRoute(p: Problem, incumbent: Incumbent | null, deadline: number, restrictTo?: number[]): ExactOutcome {
  const places = restrictTo ?? Array.from({ length: p.n }, (_, i) => i);
  const n = places.length;
  if (n > EXACT_MAX_PLACES) return { best: incumbent, complete: false };
  const size = p.n + 2;
  const S = p.n;
  const E = p.n + 1;
  const full = 1 << n;
  const time = new Int16Array(full * n).fill(NEVER);
  const pred = new Int8Array(full * n).fill(-1);
  const valueOf = new Float64Array(full);
  const val = places.map((q) => p.value[q]!);
  let mustMask = 0;
  places.forEach((q, k) => {
    if (p.required[q]) mustMask |= 1 << k;
  });
  // Travel between the restricted places (k-indices), start = n, end = n + 1.
  const node = [...places, S, E];
  const tr = new Int32Array((n + 2) * (n + 2));
  const sp = new Int32Array((n + 2) * (n + 2));
  for (let a = 0; a < n + 2; a++) {
    for (let b = 0; b < n + 2; b++) {
      tr[a * (n + 2) + b] = p.travel[node[a]! * size + node[b]!]!;
      sp[a * (n + 2) + b] = p.shortest[node[a]! * size + node[b]!]!;
    }
  }
  const w = n + 2;
  let bestValue = incumbent?.value ?? -1;
  let bestBack = incumbent?.back ?? NEVER;
  let bestMask = -1;
  let bestLast = -1;
  if (mustMask === 0 && p.dayStart + p.directBack <= p.dayEnd && (bestValue < 0 || (bestValue === 0 && p.dayStart + p.directBack < bestBack))) {
    bestValue = 0;
    bestBack = p.dayStart + p.directBack;
    bestMask = 0;
  }
  for (let j = 0; j < n; j++) {
    const leave = earliestLeave(p, places[j]!, p.dayStart + tr[n * w + j]!);
    if (leave !== NEVER && leave + tr[j * w + n + 1]! <= p.dayEnd) time[(1 << j) * n + j] = leave;
  }
  const direct = new Int32Array(n);
  const reachable = new Uint8Array(n);
  // Knapsack bound of what can still be added: each place costs at least its visit and its
  // cheapest way in; places taken by value per minute (fractional for the last one).
  const cost = new Float64Array(n);
  let minReturn = NEVER;
  for (let j = 0; j < n; j++) {
    let minIn = sp[n * w + j]!;
    for (let k = 0; k < n; k++) if (k !== j && sp[k * w + j]! < minIn) minIn = sp[k * w + j]!;
    cost[j] = minIn + p.visit[places[j]!]!;
    if (sp[j * w + n + 1]! < minReturn) minReturn = sp[j * w + n + 1]!;
  }
  const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => val[b]! * cost[a]! - val[a]! * cost[b]! || a - b);
  for (let mask = 1; mask < full; mask++) {
    if ((mask & 4095) === 0 && performance.now() > deadline) return finish(false);
    const low = 31 - Math.clz32(mask & -mask);
    const v = valueOf[mask & (mask - 1)]! + val[low]!;
    valueOf[mask] = v;
    const hasMusts = (mask & mustMask) === mustMask;
    for (let i = 0; i < n; i++) {
      if ((mask & (1 << i)) === 0) continue;
      const t = time[mask * n + i]!;
      if (t === NEVER) continue;
      const back = t + tr[i * w + n + 1]!;
      if (hasMusts && (v > bestValue || (v === bestValue && back < bestBack))) {
        bestValue = v;
        bestBack = back;
        bestMask = mask;
        bestLast = i;
      }
      // What can still be added from here: the bound and the required places use shortest paths.
      let mustsReachable = true;
      for (let j = 0; j < n; j++) {
        reachable[j] = 0;
        if ((mask & (1 << j)) !== 0) {
          direct[j] = NEVER;
          continue;
        }
        const leave = earliestLeave(p, places[j]!, t + tr[i * w + j]!);
        direct[j] = leave !== NEVER && leave + tr[j * w + n + 1]! <= p.dayEnd ? leave : NEVER;
        let can = direct[j] !== NEVER;
        if (!p.metric && !can) {
          const relaxed = earliestLeave(p, places[j]!, t + sp[i * w + j]!);
          can = relaxed !== NEVER && relaxed + sp[j * w + n + 1]! <= p.dayEnd;
        }
        if (can) reachable[j] = 1;
        else if ((mustMask & (1 << j)) !== 0) mustsReachable = false;
      }
      if (!mustsReachable) continue;
      let bound = v;
      let capacity = p.dayEnd - t - minReturn;
      for (const j of order) {
        if (reachable[j] === 0) continue;
        if (cost[j]! <= capacity) {
          bound += val[j]!;
          capacity -= cost[j]!;
        } else {
          if (capacity > 0) bound += (val[j]! * capacity) / cost[j]!;
          break;
        }
      }
      if (bound < bestValue - 1e-9 || (bound <= bestValue + 1e-9 && t + sp[i * w + n + 1]! >= bestBack)) continue;
      for (let j = 0; j < n; j++) {
        const leave = direct[j]!;
        if (leave === NEVER) continue;
        const at = (mask | (1 << j)) * n + j;
        if (leave < time[at]!) {
          time[at] = leave;
          pred[at] = i;
        }
      }
    }
  }
  return finish(true);

  function finish(complete: boolean): ExactOutcome {
    if (bestMask < 0) return { best: bestValue >= 0 ? incumbent : null, complete };
    const sequence: number[] = [];
    let mask = bestMask;
    let last = bestLast;
    while (last >= 0) {
      sequence.push(places[last]!);
      const previous = pred[mask * n + last]!;
      mask &= ~(1 << last);
      last = previous;
    }
    sequence.reverse();
    return { best: { value: bestValue, back: bestBack, sequence }, complete };
  }
}
