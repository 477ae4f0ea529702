import { expect, it } from 'vitest';
import type { DemoChecks } from '../../../server/demo/demo-checks.ts';
import { clock } from '../../../shared/time/clock.ts';

export const demoChecks: DemoChecks = (demo) => {
  it("the programme dashboard's totals are the sums of the fairs', conferences' and points of sale's own figures", async () => {
    const get = async (url: string) => {
      const response = await demo().request('organizer', { method: 'GET', url });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      return response.json();
    };
    const year = Number(clock.today().slice(0, 4));
    const inYear = (x: { startsOn: string; endsOn: string }) => x.startsOn <= `${year}-12-31` && x.endsOn >= `${year}-01-01`;
    const dashboard = await get(`/api/programme/dashboard?year=${year}`);
    const fairs = ((await get('/api/fairs')).items as { startsOn: string; endsOn: string; figures: Record<string, number> }[]).filter(inYear);
    const fairSum = (field: string) => fairs.reduce((s, f) => s + f.figures[field]!, 0);
    const conferences = ((await get('/api/conferences')).items as { slug: string; startsOn: string; endsOn: string }[]).filter(inYear);
    const outcomes = await Promise.all(conferences.map((c) => get(`/api/conferences/${c.slug}/dashboard`)));
    const sales = await get('/api/outlets/sales');
    const points = (await get('/api/outlets/points?pageSize=200')).items as { status: string }[];
    expect(fairs.length + conferences.length).toBeGreaterThan(0);
    expect(dashboard.totals).toMatchObject({
      fairs: fairs.length, stalls: fairSum('stalls'), exhibitors: fairSum('exhibitors'), visitors: fairSum('visitors'), fairSalesVnd: fairSum('salesVnd'),
      conferences: conferences.length, mous: outcomes.reduce((s, o) => s + o.agreements.mou, 0), agreementValueVnd: outcomes.reduce((s, o) => s + o.agreements.valueVnd, 0),
      pointsOperating: points.filter((p) => p.status === 'operating' || p.status === 'opened').length,
      pointSalesVnd: (sales.months as { month: string; totalVnd: number }[]).filter((m) => m.month.startsWith(`${year}-`)).reduce((s, m) => s + m.totalVnd, 0),
      projects: 1,
    });
    expect(dashboard.totals.fairSalesVnd + dashboard.totals.pointSalesVnd).toBeGreaterThan(0);
  });

  it('shows the design centre project in public with its milestones and budget', async () => {
    const [project] = (await demo().app.inject({ method: 'GET', url: '/api/programme/projects' })).json().items as { milestones: unknown[]; budget: { plannedVnd: number }; pointId: string | null }[];
    expect(project?.milestones).toHaveLength(5);
    expect(project?.budget.plannedVnd).toBe(7_200_000_000);
    expect(project?.pointId).not.toBeNull();
  });
};
