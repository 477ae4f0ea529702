import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { aFairWithStreet, allocateThroughApi, anApplicant, waitForRun } from '../../../../test/support/fair-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { createUser } from '../../accounts/create-user.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { auditLog } from '../../audit/tables.ts';
import type { AllocationRun } from '../contract.ts';
import { generateInstance } from '../allocation/generate-instance.ts';
import { evaluateAssignment } from '../allocation/evaluate-assignment.ts';
import { fairAllocationRuns, stallAssignments } from '../tables.ts';
import { AllocationThread } from './allocation-thread.ts';

let t: TestApp;
let fair: Awaited<ReturnType<typeof aFairWithStreet>>;
const producerIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  fair = await aFairWithStreet(t.database, 'hoi-cho-phan-gian');
  for (let i = 0; i < 10; i++) producerIds.push((await anApplicant(t.database, fair.id, { region: i % 2 ? 'red-river-delta' : 'northern-mountains', stallCount: i % 5 === 0 ? 2 : 1 })).producerId);
});
afterAll(() => t.close());

const assignmentsOf = async () => (await t.database.db.select().from(stallAssignments).where(eq(stallAssignments.fairId, fair.id)))
  .map((a) => ({ applicationId: a.applicationId, stallId: a.stallId, status: a.status })).sort((a, b) => a.stallId.localeCompare(b.stallId));
/** The inbox texts of a signed-in account (cookie from `signIn`). */
const inboxOf = async (cookie: string, language: 'vi' | 'en') =>
  ((await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie, 'accept-language': language } })).json() as { items: { text: string; link: string | null }[] }).items;
const signInFor = async (producerId: string, email: string): Promise<string> => {
  await createUser(t.database, SYSTEM_ACTOR, { email, displayName: email, role: 'producer', password: 'correct horse battery staple', producerId });
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: 'correct horse battery staple' } });
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
};
const setStatus = (status: string) => t.request('organizer', { method: 'PATCH', url: `/api/fairs/${fair.slug}`, payload: { status } });

describe('an allocation run before publication', () => {
  it('answers at once with the running run, records its progress, and writes the plan when it ends', async () => {
    const started = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/allocation-runs`, payload: { timeLimitSeconds: 5 } });
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ status: 'running', kind: 'apply', timeLimitSeconds: 5, keepOffers: false });
    const again = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/allocation-runs`, payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('allocation_running');

    const run = await waitForRun(t, fair.slug, (started.json() as AllocationRun).id);
    expect(run).toMatchObject({ status: 'applied', endedBy: 'proven-optimal', gap: 0, error: null });
    expect(run.progress.length).toBeGreaterThan(0);
    expect(run.progress.at(-1)).toMatchObject({ objective: run.objective, bound: run.bound });
    expect(run.changes?.every((c) => c.kind === 'new')).toBe(true);
    const written = await assignmentsOf();
    expect(new Set(written.map((a) => a.applicationId)).size).toBe(run.report?.placed);
    expect(run.changes?.length).toBe(run.report?.placed);
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'fair.allocate')).orderBy(desc(auditLog.id)).limit(1);
    expect(audit?.changes).toMatchObject({ run: run.id, endedBy: 'proven-optimal' });

    const listed = (await t.request('organizer', { method: 'GET', url: `/api/fairs/${fair.slug}/allocation-runs` })).json();
    expect(listed.items[0]).toMatchObject({ id: run.id, status: 'applied' });
  });

  it('re-run before publication rewrites held offers but leaves confirmed stalls', async () => {
    const [first] = await assignmentsOf();
    if (first === undefined) throw new Error('no assignment');
    await t.database.db.update(stallAssignments).set({ status: 'confirmed', holdExpiresAt: null }).where(eq(stallAssignments.applicationId, first.applicationId));
    const run = await allocateThroughApi(t, fair.slug);
    expect(run.status).toBe('applied');
    expect((await assignmentsOf()).filter((a) => a.applicationId === first.applicationId)).toContainEqual({ ...first, status: 'confirmed' });
  });
});

describe('an allocation run once the fair is published', () => {
  it('proposes changes for review, keeps held offers by default, and writes nothing until applied', async () => {
    await setStatus('allocating');
    expect((await setStatus('published')).statusCode).toBe(204);
    const late = await anApplicant(t.database, fair.id);
    const lateExhibitor = await signInFor(late.producerId, 'late@test.example');
    const keptExhibitor = await signInFor(producerIds[1]!, 'kept@test.example');
    const before = await assignmentsOf();
    const run = await allocateThroughApi(t, fair.slug);
    expect(run).toMatchObject({ kind: 'proposal', status: 'proposed', keepOffers: true });
    // Held offers stay where they are: the only change is the late applicant's new offer.
    expect(run.changes).toEqual([expect.objectContaining({ applicationId: late.applicationId, kind: 'new', before: [] })]);
    expect(await assignmentsOf()).toEqual(before);

    const applied = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/allocation-runs/${run.id}/apply` });
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toMatchObject({ status: 'applied' });
    const after = await assignmentsOf();
    expect(after.filter((a) => a.applicationId === late.applicationId)).toHaveLength(1);
    expect(after.filter((a) => a.applicationId !== late.applicationId)).toEqual(before);
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'fair.allocation.apply'), eq(auditLog.entityId, fair.id)));
    expect(audit?.changes).toMatchObject({ run: run.id, changes: [expect.objectContaining({ applicationId: late.applicationId, kind: 'new' })] });

    // The exhibitor whose stall changed is told, in their language; one whose stall stayed is not.
    const [stallCode] = run.changes?.[0]?.after ?? [];
    expect(await inboxOf(lateExhibitor, 'vi')).toEqual([expect.objectContaining({ text: `Hội chợ OCOP vùng miền: bạn được giữ chỗ gian hàng ${stallCode}`, link: `/fairs/${fair.slug}` })]);
    expect((await inboxOf(lateExhibitor, 'en')).map((n) => n.text)).toEqual([`Regional OCOP fair: stall ${stallCode} is held for you`]);
    expect(await inboxOf(keptExhibitor, 'vi')).toEqual([]);

    const twice = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/allocation-runs/${run.id}/apply` });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('not_a_proposal');
  });

  it('when asked to re-optimise offers too, lists the moves and never moves a confirmed stall', async () => {
    const confirmed = (await assignmentsOf()).filter((a) => a.status === 'confirmed');
    expect(confirmed.length).toBeGreaterThan(0);
    const run = await allocateThroughApi(t, fair.slug, { keepOffers: false });
    expect(run).toMatchObject({ status: 'proposed', keepOffers: false });
    const confirmedApplications = new Set(confirmed.map((a) => a.applicationId));
    expect(run.changes?.some((c) => confirmedApplications.has(c.applicationId))).toBe(false);
    const discarded = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/allocation-runs/${run.id}/discard` });
    expect(discarded.json()).toMatchObject({ status: 'discarded' });
    expect((await assignmentsOf()).filter((a) => a.status === 'confirmed')).toEqual(confirmed);
  });

  it('refuses to apply a proposal the fair has outgrown (a stall it offers was placed by hand meanwhile)', async () => {
    const newcomer = await anApplicant(t.database, fair.id);
    const run = await allocateThroughApi(t, fair.slug);
    const offered = run.changes?.find((c) => c.applicationId === newcomer.applicationId);
    expect(offered?.kind).toBe('new');
    // Meanwhile the organizer places another late applicant by hand on that very stall.
    const other = await anApplicant(t.database, fair.id);
    const plan = (await t.database.db.select({ plan: fairAllocationRuns.plan }).from(fairAllocationRuns).where(eq(fairAllocationRuns.id, run.id)))[0]?.plan ?? {};
    const stallIds = plan[newcomer.applicationId] ?? [];
    const lock = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/assignments/lock`, payload: { applicationId: other.applicationId, stallIds } });
    expect(lock.statusCode).toBe(204);
    const applied = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/allocation-runs/${run.id}/apply`, headers: { 'accept-language': 'en' } });
    expect(applied.statusCode).toBe(409);
    expect(applied.json().error).toMatchObject({ code: 'fair_changed', message: expect.stringMatching(/changed while stalls were being allocated/) });
  });

  it('is refused once the fair is closed', async () => {
    await setStatus('running');
    await setStatus('closed');
    const refused = await t.request('organizer', { method: 'POST', url: `/api/fairs/${fair.slug}/allocation-runs`, payload: {} });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('fair_closed');
  });
});

describe('the allocation thread', () => {
  it('solves off the request thread, streams progress, and stops early on request keeping the best plan', async () => {
    const thread = new AllocationThread();
    try {
      const instance = generateInstance({ stalls: 60, applications: 160, seed: 2, profile: 'crowded' });
      const heard: number[] = [];
      let handle: ReturnType<AllocationThread['run']> | null = null;
      handle = thread.run(instance, 60, (progress) => {
        heard.push(progress.objective);
        handle?.stop();
      });
      const result = await handle.result;
      expect(result.stats.endedBy).toBe('stopped');
      expect(heard.length).toBeGreaterThan(0);
      expect(evaluateAssignment(instance, result.assignments).feasible).toBe(true);
    } finally {
      await thread.close();
    }
  });
});
