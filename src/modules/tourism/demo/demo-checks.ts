import { expect, it } from 'vitest';
import type { DemoChecks } from '../../../server/demo/demo-checks.ts';
import { clock } from '../../../shared/time/clock.ts';

export const demoChecks: DemoChecks = (demo) => {
  it('has tourist sites at each pilot craft village, linked to the catalogue village, on the public map', async () => {
    const sites = (await demo().app.inject({ method: 'GET', url: '/api/tourism/sites' })).json().items as { craftVillageId: string | null }[];
    expect(sites.length).toBeGreaterThanOrEqual(12);
    expect(new Set(sites.map((s) => s.craftVillageId).filter(Boolean)).size).toBeGreaterThanOrEqual(5);
    const map = (await demo().app.inject({ method: 'GET', url: '/api/map/places' })).json().items as { layer: string }[];
    for (const layer of ['craft-village', 'tourist-site']) expect(map.some((p) => p.layer === layer), layer).toBe(true);
  });

  it("plans today's published curated route with every stop as a must, in opening hours", async () => {
    const [route] = (await demo().app.inject({ method: 'GET', url: '/api/tourism/routes' })).json().items as { sites: { slug: string }[]; start: { latitude: number; longitude: number }; startTime: string; endTime: string; mode: string }[];
    expect(route).toBeDefined();
    const slugs = route!.sites.map((s) => s.slug);
    const plan = (await demo().app.inject({ method: 'POST', url: '/api/tourism/plan', payload: { places: slugs, musts: slugs, start: { latitude: route!.start.latitude, longitude: route!.start.longitude }, date: clock.today(), startTime: route!.startTime, endTime: route!.endTime, mode: route!.mode } })).json();
    expect(plan).toMatchObject({ feasible: true, status: 'optimal' });
    expect(plan.stops).toHaveLength(3);
  });
};
