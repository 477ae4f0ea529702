/** The geometry of a stall on the floor plan, in metres. */
export interface StallBox {
  code: string;
  x: number;
  y: number;
  width: number;
  depth: number;
}

const TOUCH = 0.05; // metres: edges this close count as shared
const MIN_SHARED = 0.5; // metres of shared edge to be side by side, not just corner to corner

const overlap = (a1: number, a2: number, b1: number, b2: number) => Math.min(a2, b2) - Math.max(a1, b1);

/**
 * Which stalls are side by side: rectangles that share an edge of at least half a metre. Derived
 * from the plan rather than stored, so moving a stall in the editor keeps adjacency right.
 */
export function stallNeighbours(stalls: readonly StallBox[]): Map<string, string[]> {
  const result = new Map<string, string[]>(stalls.map((s) => [s.code, []]));
  // Sorting by x lets the inner loop stop once stalls are too far right to touch.
  const sorted = [...stalls].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as StallBox;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as StallBox;
      if (b.x > a.x + a.width + TOUCH) break;
      const xGap = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
      const yGap = Math.max(b.y - (a.y + a.depth), a.y - (b.y + b.depth));
      const sideBySide = Math.abs(xGap) <= TOUCH && overlap(a.y, a.y + a.depth, b.y, b.y + b.depth) >= MIN_SHARED;
      const backToBack = Math.abs(yGap) <= TOUCH && overlap(a.x, a.x + a.width, b.x, b.x + b.width) >= MIN_SHARED;
      if (sideBySide || backToBack) {
        result.get(a.code)?.push(b.code);
        result.get(b.code)?.push(a.code);
      }
    }
  }
  for (const list of result.values()) list.sort();
  return result;
}
