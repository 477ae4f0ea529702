import { MODE_SPEED_KMH, ROAD_FACTOR, type RouteMode } from '../domain.ts';

export interface Point {
  latitude: number;
  longitude: number;
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whole minutes between every pair: the straight line stretched for roads, at the mode's speed (rounded up). */
export function straightLineMinutes(points: readonly Point[], mode: RouteMode): number[][] {
  const speed = MODE_SPEED_KMH[mode];
  return points.map((a) => points.map((b) => (a === b ? 0 : Math.min(2880, Math.ceil((distanceKm(a, b) * ROAD_FACTOR * 60) / speed)))));
}

const PROFILE: Readonly<Record<RouteMode, string>> = { car: 'driving', motorbike: 'driving', walking: 'foot' };

/**
 * Durations from an OSRM-compatible `table` service (Valhalla and others offer
 * the same endpoint): `${base}/table/v1/${profile}/${lon,lat;…}?annotations=duration`.
 * Null when it fails or answers nonsense: the caller falls back to straight lines.
 */
export async function routingServiceMinutes(base: string, points: readonly Point[], mode: RouteMode, timeoutMs = 3_000): Promise<number[][] | null> {
  const coordinates = points.map((p) => `${p.longitude.toFixed(6)},${p.latitude.toFixed(6)}`).join(';');
  try {
    const response = await fetch(`${base.replace(/\/+$/, '')}/table/v1/${PROFILE[mode]}/${coordinates}?annotations=duration`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return null;
    const body = (await response.json()) as { durations?: unknown };
    const durations = body.durations;
    if (!Array.isArray(durations) || durations.length !== points.length) return null;
    const minutes: number[][] = [];
    for (const row of durations) {
      if (!Array.isArray(row) || row.length !== points.length) return null;
      // A motorbike is slower than a car on the same roads: OSRM's car profile stretched a little.
      minutes.push(row.map((seconds: unknown) => (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? Math.min(2880, Math.ceil((seconds / 60) * (mode === 'motorbike' ? 1.15 : 1))) : 2880)));
    }
    return minutes;
  } catch {
    return null;
  }
}
