import { hoursOn } from '../../outlets/domain/opening-hours.ts';
import type { RouteInstance } from '../routing/types.ts';
import type { SiteRow } from '../sites/site-row.ts';

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const timeOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export const START_NODE = 'start';

/**
 * The planner's plain instance for a visitor's day: each site's opening windows
 * on that date (a dated exception wins over the weekday), its visit time, its
 * interest as the value, and the travel matrix of [start, …sites].
 */
export function buildInstance(sites: readonly SiteRow[], musts: ReadonlySet<string>, date: string, startTime: string, endTime: string, travelMinutes: number[][]): RouteInstance {
  return {
    dayStart: minutesOf(startTime),
    dayEnd: minutesOf(endTime),
    start: START_NODE,
    end: START_NODE,
    nodes: [START_NODE, ...sites.map((s) => s.id)],
    travelMinutes,
    places: sites.map((site) => ({
      id: site.id,
      value: site.interest,
      visitMinutes: site.visitMinutes,
      open: hoursOn(date, site.weeklyHours, site.hoursExceptions).hours.map((h): [number, number] => [minutesOf(h.opens), minutesOf(h.closes)]),
      ...(musts.has(site.id) ? { required: true } : {}),
    })),
  };
}
