import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aFairWithStreet, anApplicant } from '../../../../test/support/fair-fixtures.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { stallAssignments, stalls } from '../tables.ts';
import { confirmAssignment } from './confirm-assignment.ts';
import { holdStall } from './hold-stall.ts';
import { releaseExpiredHolds } from './release-expired-holds.ts';

let t: TestApp;
let fair: Awaited<ReturnType<typeof aFairWithStreet>>;
const organizer = {
  id: '00000000-0000-4000-8000-000000000003', email: 'holds@test.example', displayName: 'Holds', role: 'organizer' as const,
  producerId: null, buyerOrganisationId: null, preferredLanguage: 'vi' as const, mustChangePassword: false,
};

beforeAll(async () => {
  t = await createTestApp();
  fair = await aFairWithStreet(t.database, 'hoi-cho-giu-cho');
});
afterAll(() => t.close());

it('releases a hold not confirmed by its deadline, so another applicant can take the stall', async () => {
  const first = await anApplicant(t.database, fair.id);
  const second = await anApplicant(t.database, fair.id);
  // An exhibitor's stall: the plan's stage and service points take no hold.
  const [stall] = await t.database.db.select().from(stalls).where(and(eq(stalls.fairId, fair.id), eq(stalls.blocked, false))).orderBy(stalls.code).limit(1);
  if (!stall) throw new Error('no stall');
  const now = new Date('2030-01-01T08:00:00Z');
  const hold = await holdStall(t.database, organizer, SYSTEM_ACTOR, fair.id, stall.id, first.applicationId, now);
  await expect(holdStall(t.database, organizer, SYSTEM_ACTOR, fair.id, stall.id, second.applicationId, now)).rejects.toMatchObject({ code: 'stall_taken' });

  const afterDeadline = new Date(now.getTime() + 49 * 3600 * 1000);
  await expect(confirmAssignment(t.database, organizer, SYSTEM_ACTOR, fair.id, hold.id, afterDeadline)).rejects.toMatchObject({ code: 'hold_expired' });
  expect(await t.database.db.select().from(stallAssignments).where(eq(stallAssignments.id, hold.id))).toEqual([]);
  const taken = await holdStall(t.database, organizer, SYSTEM_ACTOR, fair.id, stall.id, second.applicationId, afterDeadline);
  expect(taken.holdExpiresAt).toBe(new Date(afterDeadline.getTime() + 48 * 3600 * 1000).toISOString());
});

it('sweeps every expired hold at once, leaving confirmed stalls alone', async () => {
  const applicant = await anApplicant(t.database, fair.id);
  const free = (await t.database.db.select().from(stalls).where(eq(stalls.fairId, fair.id))).filter((s) => !s.blocked);
  const now = new Date('2030-02-01T08:00:00Z');
  const hold = await holdStall(t.database, organizer, SYSTEM_ACTOR, fair.id, (free.at(-1) ?? free[0])!.id, applicant.applicationId, now);
  expect(await releaseExpiredHolds(t.database.db, new Date(now.getTime() + 3600 * 1000))).toBe(0);
  expect(await releaseExpiredHolds(t.database.db, new Date(now.getTime() + 72 * 3600 * 1000))).toBeGreaterThanOrEqual(1);
  expect(await t.database.db.select().from(stallAssignments).where(eq(stallAssignments.id, hold.id))).toEqual([]);
});
