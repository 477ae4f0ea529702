// What a visitor finds their way by on a walking street besides the stalls: which side is which
// row, where the street starts and ends, and where cross streets let people in. Derived from the
// stalls' places (metres, y up, the street's axis at y = 0), so every plan gets them without the
// organizer drawing them.

export interface LandmarkStall {
  code: string;
  zone: string;
  x: number;
  y: number;
  width: number;
  depth: number;
}

export interface PlanSide {
  side: 'north' | 'south';
  /** The row's code prefix ("B" in B-001) when the side's stalls share one, else null. */
  row: string | null;
  /** Where the row starts along the street (metres). */
  fromX: number;
}

export interface PlanEntrance {
  kind: 'start' | 'end' | 'crossing';
  /** Along the street (metres): the end itself, or the middle of the gap. */
  x: number;
}

export interface PlanLandmarks {
  sides: PlanSide[];
  entrances: PlanEntrance[];
}

/** A gap this wide in both rows at once is a cross street, not a missing stall. */
export const CROSSING_MIN_METRES = 5;

const rowOf = (code: string): string | null => /^([A-Z]+)-/.exec(code)?.[1] ?? null;

/** Stalls an exhibitor can hold, which make up the rows (the stage and the services sit apart). */
const inRows = (s: LandmarkStall) => s.zone !== 'stage' && s.zone !== 'service';

export function planLandmarks(stalls: readonly LandmarkStall[]): PlanLandmarks {
  const rows = stalls.filter(inRows);
  if (rows.length === 0) return { sides: [], entrances: [] };
  const sides: PlanSide[] = [];
  for (const side of ['north', 'south'] as const) {
    const mine = rows.filter((s) => (side === 'north' ? s.y + s.depth / 2 > 0 : s.y + s.depth / 2 <= 0));
    if (mine.length === 0) continue;
    const prefixes = new Set(mine.map((s) => rowOf(s.code)));
    const [only] = prefixes;
    sides.push({ side, row: prefixes.size === 1 ? (only ?? null) : null, fromX: Math.min(...mine.map((s) => s.x)) });
  }

  // The street runs from the first row stall to the last; a stretch covered by no stall on either
  // side (the stage counts as cover: it is not a way in) is a crossing.
  const cover = stalls.filter((s) => s.zone !== 'service').map((s) => [s.x, s.x + s.width] as const).sort((a, b) => a[0] - b[0]);
  const start = Math.min(...rows.map((s) => s.x));
  const end = Math.max(...rows.map((s) => s.x + s.width));
  const entrances: PlanEntrance[] = [{ kind: 'start', x: start }];
  let reach = start;
  for (const [from, to] of cover) {
    if (from >= end) break;
    if (from - reach >= CROSSING_MIN_METRES && reach >= start) entrances.push({ kind: 'crossing', x: Math.round(((reach + from) / 2) * 100) / 100 });
    reach = Math.max(reach, to);
  }
  entrances.push({ kind: 'end', x: end });
  return { sides, entrances };
}
