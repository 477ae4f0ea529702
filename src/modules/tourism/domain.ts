import type { Localized } from '../../shared/localized.ts';
import type { HoursInterval } from '../outlets/domain/shapes.ts';

export const SITE_KINDS = ['workshop', 'heritage', 'pagoda', 'museum', 'market', 'food', 'nature', 'homestay', 'other'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** The themes a visitor can pick instead of places: the crafts of Hanoi's pilot villages, and food. */
export const SITE_THEMES = ['ceramics', 'silk', 'lacquer', 'food'] as const;
export type SiteTheme = (typeof SITE_THEMES)[number];

export const ROUTE_MODES = ['car', 'motorbike', 'walking'] as const;
export type RouteMode = (typeof ROUTE_MODES)[number];

/**
 * Straight-line speed of each mode, km/h: the default travel times are the
 * distance as the crow flies, stretched by ROAD_FACTOR for real roads, at this speed.
 */
export const MODE_SPEED_KMH: Readonly<Record<RouteMode, number>> = { car: 30, motorbike: 25, walking: 4.5 };
export const ROAD_FACTOR = 1.3;

export interface StoredHoursException {
  startsOn: string;
  endsOn: string;
  hours: HoursInterval[];
  label: Localized;
}
