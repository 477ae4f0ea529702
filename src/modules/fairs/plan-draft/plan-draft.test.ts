import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { aFairWithStreet, allocateThroughApi, anApplicant } from '../../../../test/support/fair-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { createUser } from '../../accounts/create-user.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { auditLog } from '../../audit/tables.ts';
import type { FloorPlan, PlanDraft } from '../contract.ts';
import { stallAssignments } from '../tables.ts';

let t: TestApp;
let fair: Awaited<ReturnType<typeof aFairWithStreet>>;
let exhibitor: { producerId: string; applicationId: string };

beforeAll(async () => {
  t = await createTestApp();
  fair = await aFairWithStreet(t.database, 'hoi-cho-ban-nhap');
  exhibitor = await anApplicant(t.database, fair.id);
  await allocateThroughApi(t, fair.slug, { timeLimitSeconds: 2 });
});
afterAll(() => t.close());

const url = (path = '') => `/api/fairs/${fair.slug}/floor-plan/draft${path}`;
const publicPlan = async () => (await t.request(null, { method: 'GET', url: `/api/fairs/${fair.slug}/floor-plan` })).json() as FloorPlan;
const draft = async () => (await t.request('organizer', { method: 'GET', url: url() })).json() as PlanDraft;
const edit = (stallId: string, payload: Record<string, unknown>, language = 'vi') =>
  t.request('organizer', { method: 'PATCH', url: url(`/stalls/${stallId}`), payload, headers: { 'accept-language': language } });
const stallOf = (plan: { stalls: { code: string; id: string; x: number; y: number; power: boolean }[] }, code: string) => {
  const stall = plan.stalls.find((s) => s.code === code);
  if (!stall) throw new Error(`no stall ${code}`);
  return stall;
};

describe("the plan editor's draft", () => {
  it('keeps edits out of the public plan until they are published', async () => {
    await t.request('organizer', { method: 'PATCH', url: `/api/fairs/${fair.slug}`, payload: { status: 'published' } });
    const before = await publicPlan();
    const b1 = stallOf(before, 'B-001');
    const moved = await edit(b1.id, { power: !b1.power });
    expect(moved.statusCode).toBe(200);
    expect((moved.json() as PlanDraft).changed).toEqual(['B-001']);
    expect(stallOf(await draft(), 'B-001').power).toBe(!b1.power);
    expect(stallOf(await publicPlan(), 'B-001').power).toBe(b1.power);
  });

  it('refuses an edit that would overlap a stall or cut it off from the plan, in the chosen language, and keeps the draft', async () => {
    const plan = await draft();
    const [b1, b2] = [stallOf(plan, 'B-001'), stallOf(plan, 'B-002')];
    const overlapping = await edit(b1.id, { x: b2.x - 1 }, 'en');
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().error).toMatchObject({ code: 'stalls_overlap', details: { stalls: ['B-001', 'B-002'] } });
    const far = await edit(b1.id, { y: b1.y + 40 });
    expect(far.statusCode).toBe(400);
    expect(far.json().error).toMatchObject({ code: 'stall_detached', message: 'Gian hàng B-001 cách mọi gian khác hơn 10 m: hãy đặt nó vào dãy hoặc cạnh một gian', details: { stall: 'B-001' } });
    expect((await draft()).edits).toHaveLength(1);
  });

  it('undoes the last edit, one at a time, back to the public plan', async () => {
    const plan = await draft();
    const b3 = stallOf(plan, 'B-003');
    expect((await edit(b3.id, { y: b3.y + 0.5 })).statusCode).toBe(200);
    // An edit that changes nothing is not one to undo.
    expect(((await edit(b3.id, { y: b3.y + 0.5 })).json() as PlanDraft).edits).toHaveLength(2);
    const undone = (await t.request('organizer', { method: 'POST', url: url('/undo') })).json() as PlanDraft;
    expect(undone.edits).toHaveLength(1);
    expect(stallOf(undone, 'B-003').y).toBe(b3.y);
    const again = (await t.request('organizer', { method: 'POST', url: url('/undo') })).json() as PlanDraft;
    expect(again.edits).toEqual([]);
    expect(again.stalls).toEqual((await publicPlan()).stalls);
  });

  it('publishes the draft in one go: the public plan changes, each stall gets its audit row, and the exhibitor holding it is told', async () => {
    // The exhibitor's account, to read what they are told.
    await createUser(t.database, SYSTEM_ACTOR, { email: 'ban-nhap@test.example', displayName: 'Exhibitor', role: 'producer', password: 'correct horse battery staple', producerId: exhibitor.producerId });
    const [held] = await t.database.db.select().from(stallAssignments).where(eq(stallAssignments.applicationId, exhibitor.applicationId));
    if (!held) throw new Error('the exhibitor has no stall');
    const plan = await draft();
    const stall = plan.stalls.find((s) => s.id === held.stallId);
    if (!stall) throw new Error('the held stall is not on the plan');
    expect((await edit(stall.id, { water: !stall.water })).statusCode).toBe(200);
    const published = await t.request('organizer', { method: 'POST', url: url('/publish') });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual({ stalls: [stall.code] });
    expect(stallOf(await publicPlan(), stall.code)).toMatchObject({ water: !stall.water });
    expect((await draft()).edits).toEqual([]);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entity, 'stall'), eq(auditLog.entityId, stall.id), eq(auditLog.action, 'fair.stall.update')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.changes).toMatchObject({ water: { from: stall.water, to: !stall.water } });

    const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'ban-nhap@test.example', password: 'correct horse battery staple' } });
    const cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie, 'accept-language': 'en' } })).json() as { items: { text: string; link: string | null }[] };
    expect(inbox.items.map((n) => n.text)).toContain(`Regional OCOP fair: your stall ${stall.code} was changed on the plan`);
    expect(inbox.items.find((n) => n.text.includes('was changed on the plan'))?.link).toBe(`/fairs/${fair.slug}?stall=${stall.code}`);
  });

  it('drops every unpublished edit on discard', async () => {
    const plan = await draft();
    const b5 = stallOf(plan, 'B-005');
    await edit(b5.id, { power: !b5.power });
    expect((await t.request('organizer', { method: 'DELETE', url: url() })).statusCode).toBe(204);
    expect((await draft()).edits).toEqual([]);
    expect(stallOf(await publicPlan(), 'B-005').power).toBe(b5.power);
  });

  it('is for organizers only', async () => {
    expect((await t.request('producer', { method: 'GET', url: url() })).statusCode).toBe(403);
    expect((await t.request(null, { method: 'POST', url: url('/publish') })).statusCode).toBe(401);
  });
});
