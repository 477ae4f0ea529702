import { and, eq } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clock, clockFromEnvironment, fixedClock, setClock } from '../../shared/time/clock.ts';
import { enqueueJob } from '../../server/jobs/jobs.ts';
import { runDueJobs } from '../../server/jobs/run-due-jobs.ts';
import { auditLog } from '../audit/tables.ts';
import { EXPIRE_REQUESTS_JOB } from './requests/expire-requests-job.ts';
import { meetingRequests } from './tables.ts';
import { addDays } from '../catalogue/domain/iso-date.ts';
import { toXlsx } from '../../server/spreadsheet/write-spreadsheet.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Agenda, Conference, MeetingList, MeetingRequestList, ScheduleReport, ScheduleRun, SuggestionList } from './contract.ts';
import { aCertifiedProducer, aConferenceInput, signInAs } from './test-support/conference-fixtures.ts';

type Caller = (options: InjectOptions) => Promise<LightMyRequestResponse>;

let t: TestApp;
let url: string;
let staff: Caller;
const producers: { producerId: string; productId: string; call: Caller; entryId: string }[] = [];
const buyers: { organisationId: string; call: Caller; entryId: string }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  staff = (options) => t.request('organizer', options);
  const created = await staff({ method: 'POST', url: '/api/conferences', payload: aConferenceInput('ket-noi-thu') });
  expect(created.statusCode, created.body).toBe(201);
  url = `/api/conferences/ket-noi-thu`;
  expect((await staff({ method: 'PATCH', url, payload: { status: 'registration' } })).statusCode).toBe(204);
  for (const [i, category] of ['I.3.b', 'I.3.b', 'IV.1'].entries()) {
    const p = await aCertifiedProducer(t, { category, region: i === 2 ? 'northern-mountains' : 'red-river-delta', province: i === 2 ? 'Lào Cai' : 'Hà Nội' });
    const call = await signInAs(t, 'producer', { producerId: p.producerId });
    const registered = await call({ method: 'POST', url: `${url}/producers`, payload: { productIds: [p.productId], available: [0, 1, 2, 3, 4, 5, 6, 7] } });
    expect(registered.statusCode, registered.body).toBe(200);
    producers.push({ ...p, call, entryId: registered.json().id });
  }
  for (const [name, kind, categories] of [['Siêu thị Thử', 'supermarket', ['I']], ['Sàn Thử', 'e-commerce', ['IV']]] as const) {
    const org = await staff({ method: 'POST', url: '/api/buyer-organisations', payload: { name, kind, categories, minStars: 4, regions: ['northern-mountains'], monthlyVolumeVnd: 800_000_000 } });
    const call = await signInAs(t, 'buyer', { buyerOrganisationId: org.json().id });
    const registered = await call({ method: 'POST', url: `${url}/buyers`, payload: { available: [0, 1, 2, 3, 4, 5] } });
    expect(registered.statusCode, registered.body).toBe(200);
    buyers.push({ organisationId: org.json().id, call, entryId: registered.json().id });
  }
  // Five accounts signed in (password hashing) on a busy machine.
}, 120_000);
afterAll(async () => {
  setClock(clockFromEnvironment(process.env.OCOP_NOW));
  await t.close();
});

/** The schedule action as the web runs it: start a run, poll it until it ends, its report. */
async function schedule(payload: { timeLimitSeconds?: number } = {}): Promise<ScheduleReport> {
  const started = await staff({ method: 'POST', url: `${url}/schedule-runs`, payload });
  expect(started.statusCode, started.body).toBe(202);
  for (;;) {
    const run = (await staff({ method: 'GET', url: `${url}/schedule-runs/${(started.json() as ScheduleRun).id}` })).json() as ScheduleRun;
    if (run.status === 'done' && run.report) return run.report;
    if (run.status !== 'running') throw new Error(`the schedule run ended ${run.status}: ${run.error?.message ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const p0 = () => producers[0]!;
const p1 = () => producers[1]!;
const p2 = () => producers[2]!;
const b0 = () => buyers[0]!;
const b1 = () => buyers[1]!;

describe('a trade-connection conference', () => {
  it('has slots from its sessions and moves only along its life', async () => {
    const conference = (await t.request(null, { method: 'GET', url })).json() as Conference;
    expect(conference.slots).toHaveLength(8);
    expect(conference.slots[4]).toMatchObject({ startsAt: '13:30', endsAt: '13:50' });
    expect(conference.producerCount).toBe(3);
    const skip = await staff({ method: 'PATCH', url, payload: { status: 'running' } });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.code).toBe('bad_status_change');
    const badSlots = await p0().call({ method: 'POST', url: `${url}/producers`, payload: { productIds: [p0().productId], available: [9] } });
    expect(badSlots.json().error.code).toBe('bad_slots');
    const foreign = await p0().call({ method: 'POST', url: `${url}/producers`, payload: { productIds: [p1().productId], available: [0] } });
    expect(foreign.json().error.code).toBe('foreign_products');
  });

  it('takes registrations only inside the registration window, except from staff', async () => {
    const register = () => b0().call({ method: 'POST', url: `${url}/buyers`, payload: { available: [0, 1, 2, 3, 4, 5] } });
    const windowed = async (payload: Record<string, string | null>) => expect((await staff({ method: 'PATCH', url, payload })).statusCode).toBe(204);
    await windowed({ registrationClosesOn: addDays(clock.today(), -1) });
    const late = await register();
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('registration_closed');
    await windowed({ registrationClosesOn: null, registrationOpensOn: addDays(clock.today(), 1) });
    expect((await register()).json().error.code).toBe('registration_not_open');
    const byStaff = await staff({ method: 'POST', url: `${url}/buyers`, payload: { buyerOrganisationId: b0().organisationId, available: [0, 1, 2, 3, 4, 5] } });
    expect(byStaff.statusCode, byStaff.body).toBe(200);
    await windowed({ registrationOpensOn: null });
    expect((await register()).statusCode).toBe(200);
  });

  it('suggests partners ranked by fit, with the reasons', async () => {
    const forSupermarket = (await b0().call({ method: 'GET', url: `${url}/suggestions` })).json() as SuggestionList;
    expect(forSupermarket.items.map((s) => s.entryId).slice(0, 2).sort()).toEqual([p0().entryId, p1().entryId].sort());
    expect(forSupermarket.items.at(-1)?.reasons.map((r) => r.code)).toContain('category-mismatch');
    const forMarketplace = (await b1().call({ method: 'GET', url: `${url}/suggestions` })).json() as SuggestionList;
    expect(forMarketplace.items[0]).toMatchObject({ entryId: p2().entryId });
    expect(forMarketplace.items[0]?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['category', 'stars', 'region']));
    const peek = await b0().call({ method: 'GET', url: `${url}/suggestions?entry=${b1().entryId}` });
    expect(peek.statusCode).toBe(403);
  });

  it('lets the asked side accept: a proposed slot is booked at once; each side sees only its own requests', async () => {
    const sent = await p0().call({ method: 'POST', url: `${url}/requests`, payload: { buyerEntryId: b0().entryId, message: 'Xin gặp', proposedSlot: 0 } });
    expect(sent.statusCode, sent.body).toBe(201);
    const twice = await p0().call({ method: 'POST', url: `${url}/requests`, payload: { buyerEntryId: b0().entryId } });
    expect(twice.json().error.code).toBe('already_requested');
    const own = await p0().call({ method: 'POST', url: `${url}/requests/${sent.json().id}/accept`, payload: {} });
    expect(own.statusCode).toBe(403);
    // Someone else's request is not found rather than forbidden: its existence is not theirs to know.
    const stranger = await p2().call({ method: 'POST', url: `${url}/requests/${sent.json().id}/accept`, payload: {} });
    expect(stranger.statusCode).toBe(404);
    expect(((await p2().call({ method: 'GET', url: `${url}/requests` })).json() as MeetingRequestList).items).toHaveLength(0);
    expect(((await b1().call({ method: 'GET', url: `${url}/requests` })).json() as MeetingRequestList).items).toHaveLength(0);
    const accepted = await b0().call({ method: 'POST', url: `${url}/requests/${sent.json().id}/accept`, payload: { answer: 'Đồng ý' } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().meetingId).toEqual(expect.any(String));
    const mine = (await b0().call({ method: 'GET', url: `${url}/requests` })).json() as MeetingRequestList;
    expect(mine.items).toMatchObject([{ status: 'accepted', producerEntryId: p0().entryId, meetingId: accepted.json().meetingId }]);
  });

  it('leaves exactly one meeting when two accepts race for one slot', async () => {
    const a = await p1().call({ method: 'POST', url: `${url}/requests`, payload: { buyerEntryId: b1().entryId, proposedSlot: 3 } });
    const b = await p2().call({ method: 'POST', url: `${url}/requests`, payload: { buyerEntryId: b1().entryId, proposedSlot: 3 } });
    const results = await Promise.all([a, b].map((r) => b1().call({ method: 'POST', url: `${url}/requests/${r.json().id}/accept`, payload: {} })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().error.code).toBe('slot_taken');
    const meetings = (await staff({ method: 'GET', url: `${url}/meetings` })).json() as MeetingList;
    expect(meetings.items.filter((m) => m.buyerEntryId === b1().entryId && m.slot === 3)).toHaveLength(1);
    const loser = [a, b][results.findIndex((r) => r.statusCode === 409)]!;
    const still = (await b1().call({ method: 'GET', url: `${url}/requests` })).json() as MeetingRequestList;
    expect(still.items.find((r) => r.id === loser.json().id)?.status).toBe('pending');
    // Decline it so the schedule below starts from the meetings only.
    expect((await b1().call({ method: 'POST', url: `${url}/requests/${loser.json().id}/decline`, payload: {} })).statusCode).toBe(200);
  });

  it('lets requests expire by the clock', async () => {
    const sent = await b1().call({ method: 'POST', url: `${url}/requests`, payload: { producerEntryId: p0().entryId } });
    setClock(fixedClock(new Date(clock.now().getTime() + 49 * 3_600_000)));
    try {
      const list = (await p0().call({ method: 'GET', url: `${url}/requests?status=expired` })).json() as MeetingRequestList;
      expect(list.items.map((r) => r.id)).toEqual([sent.json().id]);
      const late = await p0().call({ method: 'POST', url: `${url}/requests/${sent.json().id}/accept`, payload: {} });
      expect(late.json().error.code).toBe('request_expired');
      // The recurring job stores the expiry, with its audit row.
      await enqueueJob(t.database.db, EXPIRE_REQUESTS_JOB.kind, { uniqueKey: `recurring:${EXPIRE_REQUESTS_JOB.kind}` });
      expect(await runDueJobs(t.database, { now: clock.now(), workerId: 'test' })).toMatchObject({ done: 1, failed: 0 });
      const [stored] = await t.database.db.select().from(meetingRequests).where(eq(meetingRequests.id, sent.json().id));
      expect(stored?.status).toBe('expired');
      const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, sent.json().id), eq(auditLog.action, 'meeting-request.expire')));
      expect(audit).toHaveLength(1);
    } finally {
      // Back to the clock of the run (pinned by OCOP_NOW in CI's dated runs).
      setClock(clockFromEnvironment(process.env.OCOP_NOW));
    }
  });

  it('schedules the accepted requests optimally, keeps locks, and moves nothing on a re-run', async () => {
    const paired = await staff({ method: 'POST', url: `${url}/requests`, payload: { producerEntryId: p2().entryId, buyerEntryId: b0().entryId, priority: 4 } });
    expect((await staff({ method: 'POST', url: `${url}/requests/${paired.json().id}/accept`, payload: {} })).statusCode).toBe(200);
    const early = await staff({ method: 'POST', url: `${url}/schedule-runs`, payload: {} });
    expect(early.json().error.code).toBe('conference_stage');
    expect((await staff({ method: 'PATCH', url, payload: { status: 'matching' } })).statusCode).toBe(204);
    const locked = await staff({ method: 'POST', url: `${url}/meetings`, payload: { producerEntryId: p1().entryId, buyerEntryId: b0().entryId, slot: 5 } });
    expect(locked.statusCode, locked.body).toBe(201);
    const report = await schedule({ timeLimitSeconds: 5 });
    expect(report).toMatchObject({ gap: 0, placed: 4, unplaced: [], endedBy: 'proven-optimal' });
    expect(report.value).toBe(report.bound);
    const meetings = (await staff({ method: 'GET', url: `${url}/meetings` })).json() as MeetingList;
    expect(meetings.items.find((m) => m.producerEntryId === p1().entryId && m.buyerEntryId === b0().entryId)).toMatchObject({ slot: 5, locked: true });
    const again = await schedule();
    expect(again).toMatchObject({ moved: 0, dropped: 0, kept: 4 });
    expect((await staff({ method: 'PATCH', url, payload: { status: 'scheduled' } })).statusCode).toBe(204);
  });

  it("gives each participant its agenda on the web, as iCalendar and as a PDF, and nobody else's", async () => {
    const agenda = (await b0().call({ method: 'GET', url: `${url}/agenda` })).json() as Agenda;
    expect(agenda.items.map((i) => i.slot)).toEqual([...agenda.items.map((i) => i.slot)].sort((x, y) => x - y));
    expect(agenda.items).toHaveLength(3);
    expect(agenda.items.every((i) => i.tableCode === 'B01')).toBe(true);
    expect((await b1().call({ method: 'GET', url: `${url}/agenda?entry=${b0().entryId}` })).statusCode).toBe(403);
    const ics = await p0().call({ method: 'GET', url: `${url}/agenda.ics`, headers: { 'accept-language': 'vi' } });
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VTIMEZONE');
    expect(ics.body).toMatch(/DTSTART;TZID=Asia\/Ho_Chi_Minh:\d{8}T093000/);
    expect(ics.body.replace(/\r\n /g, '')).toContain('LOCATION:Trung tâm Hội nghị Quốc gia\\, Số 1 Đại lộ Thăng Long\\, Hà Nội — Bàn B01');
    expect(ics.body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const pdf = await p0().call({ method: 'GET', url: `${url}/agenda.pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const signs = await staff({ method: 'GET', url: `${url}/table-signs.pdf` });
    expect(signs.statusCode).toBe(200);
  });

  it('records check-in, no-shows and MOUs, and sums them up by buyer kind, province and product group', async () => {
    const meetings = (await staff({ method: 'GET', url: `${url}/meetings` })).json() as MeetingList;
    const [first, second] = meetings.items;
    expect((await staff({ method: 'POST', url: `${url}/meetings/${first!.id}/check-in`, payload: { status: 'held' } })).json().error.code).toBe('conference_stage');
    expect((await staff({ method: 'PATCH', url, payload: { status: 'running' } })).statusCode).toBe(204);
    expect((await staff({ method: 'POST', url: `${url}/meetings/${first!.id}/check-in`, payload: { status: 'held' } })).statusCode).toBe(204);
    expect((await staff({ method: 'POST', url: `${url}/meetings/${second!.id}/check-in`, payload: { status: 'no-show', absent: 'buyer' } })).statusCode).toBe(204);
    const producer = producers.find((p) => p.entryId === first!.producerEntryId)!;
    const buyer = buyers.find((b) => b.entryId === first!.buyerEntryId)!;
    const mou = await staff({ method: 'POST', url: `${url}/agreements`, payload: {
      producerId: producer.producerId, buyerOrganisationId: buyer.organisationId, meetingId: first!.id, kind: 'mou', productIds: [producer.productId],
      volume: '2 tấn/tháng', valueVnd: 450_000_000, signedOn: clock.today(), followUpOn: clock.today(),
    } });
    expect(mou.statusCode, mou.body).toBe(201);
    expect((await staff({ method: 'POST', url: `${url}/framework-agreements`, payload: { partnerProvince: 'Lào Cai', title: { vi: 'Thỏa thuận hợp tác', en: 'Cooperation agreement' }, signedOn: clock.today() } })).statusCode).toBe(201);
    const dashboard = (await staff({ method: 'GET', url: `${url}/dashboard` })).json();
    expect(dashboard.meetings).toMatchObject({ held: 1, noShow: 1 });
    expect(dashboard.agreements).toEqual({ mou: 1, contract: 0, valueVnd: 450_000_000 });
    expect(dashboard.byProductGroup[0]).toMatchObject({ agreements: 1, valueVnd: 450_000_000 });
    expect(dashboard.frameworkAgreements).toBe(1);
    const xlsx = await staff({ method: 'GET', url: `${url}/dashboard.xlsx` });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('registers buyers in bulk from a spreadsheet, all rows or none', async () => {
    const other = aConferenceInput('ket-noi-nhap');
    await staff({ method: 'POST', url: '/api/conferences', payload: other });
    await staff({ method: 'PATCH', url: '/api/conferences/ket-noi-nhap', payload: { status: 'registration' } });
    const file = (rows: (string | number)[][]) => toXlsx([{ name: 'Bên mua', headers: ['Tên đơn vị', 'Loại hình', 'Nhóm hàng cần mua', 'Hạng sao tối thiểu', 'Vùng quan tâm', 'Bàn riêng', 'Ca tham dự'], rows }]);
    const post = async (bytes: Buffer) => staff({ method: 'POST', url: '/api/conferences/ket-noi-nhap/buyers/import?fileName=ben-mua.xlsx', payload: bytes, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
    const bad = await post(await file([['Vinmart Thử', 'Siêu thị', 'I.3', 4, 'Tây Bắc', 'có', '1-4'], ['Hàng không Thử', 'Hãng hàng không', 'X.9', 3, '', 'không', '']]));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.problems.map((p: { code: string }) => p.code)).toEqual(['bad_category']);
    const good = await post(await file([['Vinmart Thử', 'Siêu thị', 'I.3', 4, 'Tây Bắc', 'có', '1-4'], ['Hàng không Thử', 'Hãng hàng không', 'II', 3, '', 'không', '']]));
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json().counts).toEqual({ organisationsCreated: 2, organisationsUpdated: 0, registered: 2 });
    const participants = (await t.request(null, { method: 'GET', url: '/api/conferences/ket-noi-nhap/participants' })).json();
    expect(participants.buyers.map((b: { tableMode: string; available: number[] }) => [b.tableMode, b.available.length]).sort()).toEqual([['own', 4], ['pool', 8]]);
  });
});
