import { expect, it } from 'vitest';
import type { DemoChecks } from '../../../server/demo/demo-checks.ts';
import { pdfPages } from '../../../../test/support/pdf-text.ts';
import { formatVnd } from '../../../server/pdf/index.ts';
import { clock } from '../../../shared/time/clock.ts';

export const demoChecks: DemoChecks = (demo) => {
  it('has the Trịnh Công Sơn fair running today, on its third day, with sales reported for the days before', async () => {
    const fair = (await demo().app.inject({ method: 'GET', url: '/api/fairs/trinh-cong-son' })).json();
    const today = clock.today();
    expect(fair.status).toBe('running');
    expect(fair.startsOn < today && today < fair.endsOn).toBe(true);
    const dashboard = (await demo().request('organizer', { method: 'GET', url: '/api/fairs/trinh-cong-son/dashboard' })).json() as {
      days: { day: string; salesVnd: number }[];
    };
    const before = dashboard.days.filter((d) => d.day < today);
    expect(before).toHaveLength(2);
    for (const day of before) expect(day.salesVnd, day.day).toBeGreaterThan(0);
    expect(dashboard.days.filter((d) => d.day > today).every((d) => d.salesVnd === 0)).toBe(true);
  });

  it('reports its sales product by product, so units and the product groups add up', async () => {
    const dashboard = (await demo().request('organizer', { method: 'GET', url: '/api/fairs/trinh-cong-son/dashboard' })).json() as {
      byGroup: { salesVnd: number; units: number }[]; figures: { units: number; salesVnd: number };
    };
    expect(dashboard.figures.units).toBeGreaterThan(0);
    expect(dashboard.byGroup.length).toBeGreaterThanOrEqual(3);
    expect(dashboard.byGroup.reduce((s, g) => s + g.units, 0)).toBe(dashboard.figures.units);
    expect(dashboard.byGroup.reduce((s, g) => s + g.salesVnd, 0)).toBe(dashboard.figures.salesVnd);
  });

  it('sends the floor plan of its 150 stalls in at most 20 KB compressed, exhibitor details left to the stall page', async () => {
    for (const encoding of ['br', 'gzip']) {
      const response = await demo().app.inject({ method: 'GET', url: '/api/fairs/trinh-cong-son/floor-plan', headers: { 'accept-encoding': encoding } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.rawPayload.length, encoding).toBeLessThanOrEqual(20 * 1024);
    }
    const plan = (await demo().app.inject({ method: 'GET', url: '/api/fairs/trinh-cong-son/floor-plan' })).json() as { stalls: { exhibitor: object | null }[] };
    expect(plan.stalls.length).toBeGreaterThanOrEqual(150);
    expect(plan.stalls.filter((s) => s.exhibitor).length).toBeGreaterThan(100);
  });

  it('gives a closing report as a document: letterhead, the dashboard\'s figures first, signatures, page numbers', async () => {
    const response = await demo().request('organizer', { method: 'GET', url: '/api/fairs/trinh-cong-son/report.pdf' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pages = pdfPages(response.rawPayload);
    if (!pages) return;
    const dashboard = (await demo().request('organizer', { method: 'GET', url: '/api/fairs/trinh-cong-son/dashboard' })).json() as { figures: { salesVnd: number; occupiedStalls: number; stalls: number } };
    const spaced = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
    const first = spaced(pages[0]!);
    expect(first).toMatch(/báo cáo tổng kết hội chợ/i);
    expect(first).toContain('Kết quả chính');
    expect(first).toContain(spaced(formatVnd(dashboard.figures.salesVnd)));
    expect(first).toContain(`${dashboard.figures.occupiedStalls} / ${dashboard.figures.stalls}`);
    pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${pages.length}`));
    expect(pages.at(-1)).toContain('NGƯỜI LẬP BÁO CÁO');
  });
};
