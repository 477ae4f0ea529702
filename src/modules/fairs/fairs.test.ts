import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { aCertificate, aProduct, aProducer } from '../../../test/support/catalogue-fixtures.ts';
import { aFairWithStreet, allocateThroughApi, anApplicant } from '../../../test/support/fair-fixtures.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { users } from '../accounts/tables.ts';
import { addDays } from '../catalogue/domain/iso-date.ts';
import { stallAssignments } from './tables.ts';

let t: TestApp;
let fair: Awaited<ReturnType<typeof aFairWithStreet>>;
let mine: Awaited<ReturnType<typeof anApplicant>>;

beforeAll(async () => {
  t = await createTestApp();
  fair = await aFairWithStreet(t.database);
  mine = await anApplicant(t.database, fair.id);
  const producer = await t.as('producer');
  await t.database.db.update(users).set({ producerId: mine.producerId }).where(eq(users.id, producer.userId));
  await t.as('organizer');
});
afterAll(() => t.close());

const floorPlan = async () => (await t.app.inject({ method: 'GET', url: `/api/fairs/${fair.slug}/floor-plan` })).json();

describe('applying to a fair', () => {
  it("refuses products whose certificate lapses before the fair's last day", async () => {
    const producer = await aProducer(t.database, { name: 'HTX Chè Tân Cương', address: 'Tân Cương', province: 'Thái Nguyên', region: 'northern-mountains' });
    const product = await aProduct(t.database, producer.id, { vi: 'Chè Tân Cương', en: 'Tan Cuong tea' }, { categoryCode: 'I.5.a' });
    await aCertificate(t.database, product.id, { expiresInDays: 32 });
    const response = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/applications`, payload: { producerId: producer.id, stallCount: 1, productIds: [product.id] } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('certificate_not_valid_for_fair');
    // The refusal names each product and its reason, in the asker's language.
    expect(response.json().error.details.products).toEqual([{ productId: product.id, name: { vi: 'Chè Tân Cương', en: 'Tan Cuong tea' }, reason: 'expires-before-fair' }]);
    const english = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/applications`, headers: { 'accept-language': 'en' }, payload: { producerId: producer.id, stallCount: 1, productIds: [product.id] } });
    expect(english.json().error.message).toContain('Tan Cuong tea (certificate expires before the fair ends)');
  });

  it('keeps the international pavilion for foreign enterprises', async () => {
    const other = await aProducer(t.database, { name: 'HTX Rượu Làng Vân', address: 'Vân Hà' });
    const product = await aProduct(t.database, other.id, { vi: 'Rượu làng Vân', en: 'Van village spirit' }, { categoryCode: 'II.1.a' });
    await aCertificate(t.database, product.id);
    const wrongZone = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/applications`, payload: { producerId: other.id, stallCount: 1, productIds: [product.id], preferredZone: 'foreign' } });
    expect(wrongZone.json().error.code).toBe('wrong_zone');
  });

  it('takes one application per producer and fair', async () => {
    const again = await t.request('producer', { method: 'POST', url: `/api/fairs/${fair.slug}/applications`, payload: { stallCount: 1, productIds: [mine.productId] } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_applied');
  });

  it('shows a producer its own applications only', async () => {
    await anApplicant(t.database, fair.id);
    const own = (await t.request('producer', { method: 'GET', url: `/api/fairs/${fair.slug}/applications` })).json();
    expect(own.items.map((a: { id: string }) => a.id)).toEqual([mine.applicationId]);
    const all = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${fair.slug}/applications` })).json();
    expect(all.total).toBeGreaterThan(1);
  });

  it('needs a reason to reject, and decides in bulk', async () => {
    const a = await anApplicant(t.database, fair.id, { approve: false });
    const b = await anApplicant(t.database, fair.id, { approve: false });
    const noReason = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/applications/decisions`, payload: { applicationIds: [a.applicationId], decision: 'rejected' } });
    expect(noReason.statusCode).toBe(400);
    const bulk = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/applications/decisions`, payload: { applicationIds: [a.applicationId, b.applicationId], decision: 'waitlisted', reason: 'Hết chỗ khu vực' } });
    expect(bulk.json()).toEqual({ updated: 2 });
  });
});

describe('allocating stalls', () => {
  it('places approved applications by the hard rules and reports the proven bound', async () => {
    for (let i = 0; i < 12; i++) await anApplicant(t.database, fair.id, { region: i % 3 ? 'red-river-delta' : 'northern-mountains', stallCount: i % 4 === 0 ? 2 : 1 });
    const run = await allocateThroughApi(t, fair.slug);
    expect(run).toMatchObject({ status: 'applied', kind: 'apply', endedBy: 'proven-optimal', timeLimitSeconds: 10 });
    const report = run.report ?? expect.fail('no report');
    expect(report.objective).toBeLessThanOrEqual(report.bound + 1e-6);
    expect(report.gap).toBeLessThan(0.001);
    expect(report.sameProvinceNeighbours.after).toBeLessThanOrEqual(report.sameProvinceNeighbours.before);
    const plan = await floorPlan();
    const assigned = plan.stalls.filter((s: { exhibitor: unknown }) => s.exhibitor);
    expect(assigned.length).toBeGreaterThan(10);
    // The plan says where each exhibitor comes from, so a visitor can search "Lao Cai" or "Lào Cai".
    const origins = new Set(assigned.map((s: { exhibitor: { origin: { vi: string; en: string } } }) => `${s.exhibitor.origin.vi}|${s.exhibitor.origin.en}`));
    expect([...origins].sort()).toEqual(['Hà Nội|Hanoi', 'Lào Cai|Lao Cai']);
    const applications = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${fair.slug}/applications?status=approved&pageSize=100` })).json().items;
    for (const application of applications) {
      for (const stall of application.stalls) expect(stall.zone, application.producer.name).toBe(application.producer.region);
      if (application.stalls.length === 2) {
        const first = plan.stalls.find((s: { id: string }) => s.id === application.stalls[0].id);
        expect(first.neighbours).toContain(application.stalls[1].code);
      }
    }
    expect(assigned.every((s: { blocked: boolean }) => !s.blocked)).toBe(true);
  });

  it('lets the applicant confirm its offer; a confirmed stall survives a new allocation', async () => {
    const own = (await t.request('producer', { method: 'GET', url: `/api/fairs/${fair.slug}/applications` })).json().items[0];
    const held = await t.database.db.select({ id: stallAssignments.id, status: stallAssignments.status }).from(stallAssignments).where(eq(stallAssignments.applicationId, own.id));
    expect(held).toEqual([{ id: own.stalls[0].assignmentId, status: 'held' }]);
    const confirm = await t.request('producer', { method: 'POST', url: `/api/fairs/${fair.slug}/assignments/${own.stalls[0].assignmentId}/confirm` });
    expect(confirm.statusCode).toBe(204);
    const stallBefore = own.stalls[0].code;
    await allocateThroughApi(t, fair.slug);
    const after = (await t.request('producer', { method: 'GET', url: `/api/fairs/${fair.slug}/applications` })).json().items[0];
    expect(after.stalls).toEqual([expect.objectContaining({ code: stallBefore, status: 'confirmed' })]);
  });
});

describe('the floor plan', () => {
  it('exports as JSON that imports back into another fair unchanged', async () => {
    const exported = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${fair.slug}/floor-plan/export` })).json();
    expect(exported.stalls.length).toBeGreaterThan(40);
    const other = (await t.request('organizer', { method: 'POST', url: '/api/fairs', payload: { slug: 'hoi-cho-sao-chep', name: { vi: 'Bản sao', en: 'Copy' }, venue: { vi: 'Phố', en: 'Street' }, startsOn: '2027-03-01', endsOn: '2027-03-05' } })).json();
    expect((await t.request('organizer', { method: 'PUT', url: `/api/fairs/${other.id}/floor-plan`, payload: exported })).statusCode).toBe(200);
    const copied = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${other.id}/floor-plan/export` })).json();
    expect(copied).toEqual(exported);
    const replaceAssigned = await t.request('organizer', { method: 'PUT', url: `/api/fairs/${fair.slug}/floor-plan`, payload: exported });
    expect(replaceAssigned.json().error.code).toBe('stalls_assigned');
  });

  it('gives each stall a public page and a QR code that opens it', async () => {
    const plan = await floorPlan();
    const taken = plan.stalls.find((s: { exhibitor: { status: string } | null }) => s.exhibitor?.status === 'confirmed');
    const page = (await t.app.inject({ method: 'GET', url: `/api/fairs/${fair.slug}/stalls/${taken.code.toLowerCase()}` })).json();
    expect(page.exhibitor.producerName).toBe(taken.exhibitor.producerName);
    expect(page.exhibitor.products[0]).toHaveProperty('certificateStatus');
    // Where the exhibitor is from, as the plan says it.
    expect(page.exhibitor.origin).toEqual(taken.exhibitor.origin);
    const service = plan.stalls.find((s: { zone: string }) => s.zone === 'service');
    const servicePage = (await t.app.inject({ method: 'GET', url: `/api/fairs/${fair.slug}/stalls/${service.code}` })).json();
    expect(servicePage).toMatchObject({ stall: { code: service.code, service: service.service }, exhibitor: null });
    const qr = await t.app.inject({ method: 'GET', url: `/api/fairs/${fair.slug}/stalls/${taken.code}/qr` });
    expect(qr.headers['content-type']).toContain('image/svg+xml');
  });

  it('moves a fair only along its life: no jump from draft to running', async () => {
    const jump = await t.request('organizer', { method: 'PATCH', url: '/api/fairs/hoi-cho-sao-chep', payload: { status: 'running' } });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().error).toMatchObject({ code: 'bad_status_change', details: { allowed: ['applications-open'] } });
  });

  it('hides a draft fair from the public', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/fairs/hoi-cho-sao-chep' })).statusCode).toBe(404);
    expect((await t.request('organizer', { method: 'GET', url: '/api/fairs/hoi-cho-sao-chep' })).statusCode).toBe(200);
  });
});

describe('withdrawing', () => {
  it("ends the applicant's own application and frees its stalls; not another's", async () => {
    const other = await anApplicant(t.database, fair.id);
    expect((await t.request('producer', { method: 'POST', url: `/api/fairs/${fair.slug}/applications/${other.applicationId}/withdraw` })).statusCode).toBe(403);
    const withdrawn = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/applications/${other.applicationId}/withdraw` });
    expect(withdrawn.statusCode).toBe(204);
    const list = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${fair.slug}/applications?status=withdrawn` })).json();
    expect(list.items.map((a: { id: string }) => a.id)).toContain(other.applicationId);
  });
});

describe('no double booking', () => {
  it('lets exactly one of 30 simultaneous requests hold a stall', async () => {
    const applicants = [];
    for (let i = 0; i < 30; i++) applicants.push(await anApplicant(t.database, fair.id));
    const plan = await floorPlan();
    const free = plan.stalls.find((s: { exhibitor: unknown; zone: string; blocked: boolean }) => !s.exhibitor && s.zone === 'red-river-delta' && !s.blocked);
    const responses = await Promise.all(applicants.map((a) =>
      t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/stalls/${free.id}/hold`, payload: { applicationId: a.applicationId } })));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    expect(responses.find((r) => r.statusCode === 409)?.json().error.code).toBe('stall_taken');
  });
});

describe('the stage programme', () => {
  it('refuses two items on one stage at the same time, allows them on two stages', async () => {
    const at = (hour: number) => `${fair.startsOn}T${String(hour).padStart(2, '0')}:00:00+07:00`;
    const item = (stage: string, from: number, to: number) => ({ stage, kind: 'performance', startsAt: at(from), endsAt: at(to), title: { vi: 'Hát chèo', en: 'Cheo singing' } });
    expect((await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/programme`, payload: { ...item('main', 19, 20), kind: 'ceremony' } })).statusCode).toBe(201);
    const clash = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/programme`, payload: item('main', 19, 21) });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('stage_busy');
    expect((await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/programme`, payload: item('side', 19, 21) })).statusCode).toBe(201);
    expect((await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/programme`, payload: item('main', 20, 21) })).statusCode).toBe(201);
    const programme = (await t.app.inject({ method: 'GET', url: `/api/fairs/${fair.slug}/programme` })).json();
    expect(programme.items).toHaveLength(3);
  });
});

describe('daily reporting', () => {
  it('takes an exhibitor’s own sales only, and sums them on the dashboard', async () => {
    const day = fair.startsOn;
    const own = await t.request('producer', { method: 'PUT', url: `/api/fairs/${fair.slug}/reports`, payload: { day, checkIn: true, salesVnd: 12_500_000 } });
    expect(own.statusCode).toBe(204);
    const others = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${fair.slug}/applications?status=approved&pageSize=5` })).json().items;
    const someoneElse = others.find((a: { id: string }) => a.id !== mine.applicationId);
    const forged = await t.request('producer', { method: 'PUT', url: `/api/fairs/${fair.slug}/reports`, payload: { day, salesVnd: 1, applicationId: someoneElse.id } });
    expect(forged.statusCode).toBe(403);
    const outside = await t.request('producer', { method: 'PUT', url: `/api/fairs/${fair.slug}/reports`, payload: { day: addDays(day, 10), salesVnd: 1 } });
    expect(outside.json().error.code).toBe('not_a_fair_day');
    await t.request('organizer', { method: 'PUT', url: `/api/fairs/${fair.slug}/visitors`, payload: { day, visitors: 12000 } });
    const dashboard = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${fair.slug}/dashboard` })).json();
    expect(dashboard.days[0]).toMatchObject({ day, salesVnd: 12_500_000, visitors: 12000, checkedIn: 1 });
    expect(dashboard.totals.salesVnd).toBe(12_500_000);
    expect(dashboard.byRegion[0]).toMatchObject({ key: 'red-river-delta', salesVnd: 12_500_000 });
    const xlsx = await t.request('organizer', { method: 'GET', url: `/api/fairs/${fair.slug}/dashboard/export` });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // One source for the figures: the fairs list, the fair, its dashboard and its plan agree.
    const listed = (await t.request('organizer', { method: 'GET', url: '/api/fairs' })).json().items.find((f: { id: string }) => f.id === fair.id);
    const detail = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${fair.slug}` })).json();
    expect(listed.figures).toEqual(detail.figures);
    expect(dashboard.figures).toEqual(detail.figures);
    expect(detail.figures).toMatchObject({ salesVnd: 12_500_000, visitors: 12000 });
    expect(detail.stallCount).toBe(detail.figures.stalls);
    const plan = await floorPlan();
    type PlanStall = { blocked: boolean; zone: string; exhibitor: unknown };
    const exhibitorStalls = plan.stalls.filter((s: PlanStall) => !s.blocked && s.zone !== 'stage' && s.zone !== 'service');
    expect(detail.figures.stalls).toBe(exhibitorStalls.length);
    expect(detail.figures.occupiedStalls).toBe(exhibitorStalls.filter((s: PlanStall) => s.exhibitor).length);
    expect(dashboard.totals.salesVnd).toBe(detail.figures.salesVnd);
  });
});
