import { conflict } from '../../../server/http/app-error.ts';

/** A stall's footprint on the plan, in metres. */
export interface StallRect {
  code: string;
  x: number;
  y: number;
  width: number;
  depth: number;
}

/** Rounding slack (1 mm): stalls laid out edge to edge by arithmetic still only touch. */
const SLACK = 1e-3;

const intersect = (a: StallRect, b: StallRect): boolean =>
  a.x < b.x + b.width - SLACK && b.x < a.x + a.width - SLACK && a.y < b.y + b.depth - SLACK && b.y < a.y + a.depth - SLACK;

/**
 * The first two stalls whose rectangles intersect (sharing an edge or a corner is fine), or null.
 * Sweeps along x so a plan of thousands of stalls stays quick.
 */
export function findOverlap(plan: readonly StallRect[]): [StallRect, StallRect] | null {
  const sorted = [...plan].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + a.width - SLACK; j++) {
      if (intersect(a, sorted[j]!)) return a.code <= sorted[j]!.code ? [a, sorted[j]!] : [sorted[j]!, a];
    }
  }
  return null;
}

/** The first stall of `others` that `moved` intersects, or null. */
export function findOverlapWith(moved: StallRect, others: readonly StallRect[]): StallRect | null {
  return others.find((other) => intersect(moved, other)) ?? null;
}

/** 409 naming both stalls, in the request's language. */
export const stallsOverlap = (a: StallRect, b: StallRect) => conflict('stalls_overlap', {
  vi: `Gian hàng ${a.code} chồng lên gian hàng ${b.code}; hãy dời một trong hai gian`,
  en: `Stall ${a.code} overlaps stall ${b.code}; move one of them`,
}, { stalls: [a.code, b.code] });
