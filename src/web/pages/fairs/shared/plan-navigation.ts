// Moving the keyboard focus across the floor plan the way the eye does: by the stalls' places on
// the street (metres, y up), not by their codes, which follow zones rather than positions.

export interface PlacedStall {
  id: string;
  x: number;
  y: number;
  width: number;
  depth: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

const centre = (s: PlacedStall) => ({ cx: s.x + s.width / 2, cy: s.y + s.depth / 2 });
const EPSILON = 0.01;

/**
 * The stall a key press in `direction` goes to from `from`: the nearest one beyond it that way,
 * a stall in line (within 45°) before one off to the side; null at the edge of the plan.
 * Sideways distance counts three times, so Right stays in the row rather than crossing the street.
 */
export function nearestInDirection<T extends PlacedStall>(stalls: readonly T[], from: PlacedStall, direction: Direction): T | null {
  const origin = centre(from);
  let inLine: { stall: T; cost: number } | null = null;
  let aside: { stall: T; cost: number } | null = null;
  for (const stall of stalls) {
    if (stall.id === from.id) continue;
    const { cx, cy } = centre(stall);
    const dx = cx - origin.cx;
    const dy = cy - origin.cy;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'up' ? dy : -dy;
    const side = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (ahead <= EPSILON) continue;
    const cost = ahead + 3 * side;
    if (side <= ahead) {
      if (!inLine || cost < inLine.cost) inLine = { stall, cost };
    } else if (!aside || cost < aside.cost) aside = { stall, cost };
  }
  return (inLine ?? aside)?.stall ?? null;
}

/**
 * The stalls as one reads the plan: the row furthest up first, each from left to right. Stalls
 * side by side whose extents up the plan overlap are one row, so a deeper stage stays in its row.
 */
export function readingOrder<T extends PlacedStall>(stalls: readonly T[]): T[] {
  const rows: { top: number; bottom: number; stalls: T[] }[] = [];
  for (const stall of [...stalls].sort((a, b) => centre(b).cy - centre(a).cy)) {
    const top = stall.y + stall.depth;
    const row = rows.find((r) => stall.y < r.top - EPSILON && top > r.bottom + EPSILON);
    if (row) {
      row.stalls.push(stall);
      row.top = Math.max(row.top, top);
      row.bottom = Math.min(row.bottom, stall.y);
    } else rows.push({ top, bottom: stall.y, stalls: [stall] });
  }
  return rows.flatMap((row) => row.stalls.sort((a, b) => a.x - b.x));
}
