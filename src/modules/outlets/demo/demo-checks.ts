import { expect, it } from 'vitest';
import type { DemoChecks } from '../../../server/demo/demo-checks.ts';
import { clock } from '../../../shared/time/clock.ts';

export const demoChecks: DemoChecks = (demo) => {
  const get = async (url: string, role: 'organizer' | null = 'organizer') => (await demo().request(role, { method: 'GET', url })).json();

  it('has the five pilot points in different states', async () => {
    const statuses: Record<string, string> = {};
    for (const slug of ['showroom-trung-tam-khuyen-cong', 'diem-ocop-bat-trang', 'diem-ocop-van-phuc', 'diem-ocop-sai-son', 'diem-ocop-duong-lam']) {
      statuses[slug] = (await get(`/api/outlets/points/${slug}`)).status;
    }
    expect(statuses).toEqual({
      'showroom-trung-tam-khuyen-cong': 'operating', 'diem-ocop-bat-trang': 'operating', 'diem-ocop-van-phuc': 'equipping', 'diem-ocop-sai-son': 'candidate', 'diem-ocop-duong-lam': 'approved',
    });
  });

  it('has the showroom operating with twelve months of sales and no warning, run by the demo operator', async () => {
    const sales = await get('/api/outlets/points/showroom-trung-tam-khuyen-cong/sales');
    const due = sales.months.findIndex((m: { month: string }) => m.month === sales.latestDueMonth);
    const reported = sales.months.slice(0, due + 1).filter((m: { reported: boolean }) => m.reported);
    expect(reported.length).toBe(due + 1);
    expect(due + 1).toBeGreaterThanOrEqual(10);
    const warnings = await get('/api/outlets/early-warnings');
    expect(warnings.points.map((p: { slug: string }) => p.slug)).not.toContain('showroom-trung-tam-khuyen-cong');
    const point = await get('/api/outlets/points/showroom-trung-tam-khuyen-cong');
    expect(point.operators.map((o: { email: string }) => o.email)).toEqual(['operator@ocop.example']);
  });

  it('has Sài Sơn\'s survey in review for the demo surveyor, and Vạn Phúc equipping with its ceremony ahead', async () => {
    const surveys = await get('/api/outlets/surveys?status=submitted');
    const saiSon = surveys.items.find((s: { point: { slug: string } }) => s.point.slug === 'diem-ocop-sai-son');
    expect(saiSon?.surveyor.email).toBe('surveyor@ocop.example');
    // Its photos are its own private files: shown to the organizer reviewing it, not to the public.
    const survey = await get(`/api/outlets/surveys/${saiSon.id}`);
    const photoItems = survey.definition.sections.flatMap((s: { items: { code: string; answer: string }[] }) => s.items).filter((i: { answer: string }) => i.answer === 'photo');
    const photos: string[] = photoItems.flatMap((i: { code: string }) => survey.answers[i.code]?.value ?? []);
    expect(photos.length).toBeGreaterThan(0);
    expect((await demo().request('organizer', { method: 'GET', url: `/api/files/${photos[0]}/thumb` })).statusCode).toBe(200);
    expect((await demo().request(null, { method: 'GET', url: `/api/files/${photos[0]}` })).statusCode).toBe(401);
    const support = await get('/api/outlets/points/diem-ocop-van-phuc/support');
    expect(support.progress.accepted).toBeLessThan(support.progress.items);
    const opening = await get('/api/points-of-sale/diem-ocop-van-phuc/opening', null);
    expect(new Date(opening.startsAt).getTime()).toBeGreaterThan(clock.now().getTime());
  });

  it('has about a hundred other points on the public map, and some tripping each early-warning rule', async () => {
    const all = await get('/api/outlets/points?pageSize=100');
    expect(all.total).toBeGreaterThanOrEqual(100);
    const map = await get('/api/points-of-sale', null);
    expect(map.items.length).toBeGreaterThan(50);
    const rules = new Set((await get('/api/outlets/early-warnings')).points.flatMap((p: { reasons: { rule: string }[] }) => p.reasons.map((r) => r.rule)));
    expect([...rules].sort()).toEqual(['expired-products', 'missed-report', 'ocop-share-low', 'sales-falling']);
  });
};
