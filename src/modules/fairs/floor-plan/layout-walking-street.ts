import type { GenerateStreetInput, StallShape } from '../contract.ts';
import type { Service } from '../zones.ts';

const STREET_WIDTH = 8;
const round = (n: number) => Math.round(n * 100) / 100;

interface Slot {
  side: 'B' | 'N';
  x: number;
  /** First or last stall of a run between crossings, the stage or the street's ends. */
  corner: boolean;
}

/**
 * The services a visitor looks for, just outside the rows so that no exhibitor's stall moves:
 * an information desk and first aid at the street's start (its first entrance), toilets at its end.
 */
function servicePoints(lengthMetres: number, depth: number): StallShape[] {
  const size = 3;
  const service = (code: string, kind: Service, x: number, y: number): StallShape => ({
    code, zone: 'service', service: kind, x, y, width: size, depth, corner: false, power: true, water: kind === 'toilet', sizeClass: 'standard', blocked: true,
  });
  return [
    service('INFO', 'info', -size - 1, STREET_WIDTH / 2),
    service('YT', 'first-aid', -size - 1, -STREET_WIDTH / 2 - depth),
    service('WC', 'toilet', round(lengthMetres + 1), -STREET_WIDTH / 2 - depth),
  ];
}

/**
 * Lays out a walking street (phố đi bộ): stalls along both sides, "B" the north side (bờ Bắc)
 * and "N" the south, leaving gaps for cross streets and a stage on the north side. Zones take
 * consecutive stretches of the street, both sides together, in the order and shares given, so a
 * region's exhibitors face each other. Pure: organizers adjust the result in the editor.
 */
export function layoutWalkingStreet(input: GenerateStreetInput): StallShape[] {
  const width = input.stallWidth ?? 3;
  const depth = input.stallDepth ?? 3;
  const crossingWidth = input.crossingWidth ?? 8;
  const gaps = (input.crossings ?? []).map((c) => [c - crossingWidth / 2, c + crossingWidth / 2] as const);
  const stage = input.stageAt === undefined ? undefined : ([input.stageAt, input.stageAt + (input.stageLength ?? 12)] as const);
  const free = (from: number, to: number, side: Slot['side']) =>
    gaps.every(([a, b]) => to <= a || from >= b) && (side === 'N' || !stage || to <= stage[0] || from >= stage[1]);

  const slots: Slot[] = [];
  for (const side of ['B', 'N'] as const) {
    let previousEnd = Number.NEGATIVE_INFINITY;
    for (let x = 0; x + width <= input.lengthMetres + 1e-9; ) {
      if (!free(x, x + width, side)) {
        x = round(x + 0.5);
        continue;
      }
      const last = slots.at(-1);
      const startsRun = Math.abs(previousEnd - x) > 1e-6;
      if (startsRun && last && last.side === side) last.corner = true;
      slots.push({ side, x: round(x), corner: startsRun });
      previousEnd = x + width;
      x = round(x + width);
    }
    const last = slots.at(-1);
    if (last) last.corner = true;
  }

  // Zones take stretches of street: a slot's zone follows its position along the street.
  const totalShare = input.zones.reduce((sum, z) => sum + z.share, 0);
  const zoneAt = (x: number) => {
    let edge = 0;
    for (const z of input.zones) {
      edge += (z.share / totalShare) * input.lengthMetres;
      if (x + width / 2 <= edge + 1e-9) return z.zone;
    }
    return input.zones.at(-1)?.zone ?? 'red-river-delta';
  };
  const powerEvery = input.powerEvery ?? 3;
  const waterEvery = input.waterEvery ?? 10;
  const stalls: StallShape[] = slots.map((slot, index) => {
    const number = slots.filter((s, i) => s.side === slot.side && i <= index).length;
    return {
      code: `${slot.side}-${String(number).padStart(3, '0')}`,
      zone: zoneAt(slot.x),
      x: slot.x,
      y: slot.side === 'B' ? STREET_WIDTH / 2 : -STREET_WIDTH / 2 - depth,
      width,
      depth,
      corner: slot.corner,
      power: number % powerEvery === 0,
      water: number % waterEvery === 0,
      sizeClass: 'standard',
      blocked: false,
    };
  });
  if (stage) {
    stalls.push({ code: 'STAGE', zone: 'stage', x: stage[0], y: STREET_WIDTH / 2, width: stage[1] - stage[0], depth: depth * 2, corner: false, power: true, water: false, sizeClass: 'large', blocked: true });
  }
  if (input.services !== false) stalls.push(...servicePoints(input.lengthMetres, depth));
  return stalls;
}
