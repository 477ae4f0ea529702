import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { badRequest, notFound } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { craftVillages } from '../../catalogue/tables.ts';
import { outletPoints } from '../../outlets/tables.ts';
import type { SessionInput } from '../contract.ts';
import { vietnamInstant } from '../domain/session-times.ts';
import { assertCourseStatus, findCourse } from '../courses/find-course.ts';
import { trainingSessions } from '../tables.ts';

type Values = Omit<typeof trainingSessions.$inferInsert, 'id' | 'courseId' | 'checkInSecret' | 'createdAt' | 'remindedAt'>;

const sessionNotFound = () => notFound({ vi: 'Không tìm thấy buổi học', en: 'Session not found' });
const EDITABLE = ['draft', 'open', 'full', 'running'] as const;

async function valuesOf(db: Database['db'], input: SessionInput): Promise<Values> {
  const startsAt = vietnamInstant(input.day, input.startsAt);
  const endsAt = vietnamInstant(input.day, input.endsAt);
  if (endsAt <= startsAt) throw badRequest('bad_times', { vi: 'Buổi học kết thúc trước khi bắt đầu', en: 'The session ends before it starts' });
  const venue = { vi: input.venue?.vi.trim() ?? '', en: input.venue?.en.trim() ?? '' };
  if (!venue.vi && !input.onlineUrl) throw badRequest('no_place', { vi: 'Cần địa điểm hoặc đường dẫn học trực tuyến', en: 'A venue or an online link is needed' });
  if (input.pointId) {
    const [point] = await db.select({ id: outletPoints.id }).from(outletPoints).where(eq(outletPoints.id, input.pointId));
    if (!point) throw badRequest('unknown_point', { vi: 'Không có điểm bán này', en: 'No such point of sale' });
  }
  if (input.craftVillageId) {
    const [village] = await db.select({ id: craftVillages.id }).from(craftVillages).where(eq(craftVillages.id, input.craftVillageId));
    if (!village) throw badRequest('unknown_craft_village', { vi: 'Không có làng nghề này', en: 'No such craft village' });
  }
  return {
    titleVi: input.title?.vi.trim() ?? '', titleEn: input.title?.en.trim() ?? '', startsAt, endsAt, venueVi: venue.vi, venueEn: venue.en || venue.vi,
    pointId: input.pointId ?? null, craftVillageId: input.craftVillageId ?? null, onlineUrl: input.onlineUrl ?? null,
  };
}

export async function createSession(database: Database, actor: Actor, courseKey: string, input: SessionInput): Promise<{ id: string }> {
  const values = await valuesOf(database.db, input);
  return database.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseKey, 'system', { lock: true });
    assertCourseStatus(course, EDITABLE, { vi: 'thêm buổi học', en: 'add a session' });
    const [row] = await tx.insert(trainingSessions).values({ ...values, courseId: course.id, checkInSecret: randomBytes(32).toString('base64url') }).returning({ id: trainingSessions.id });
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, { action: 'training-session.create', entity: 'training-session', entityId: row.id, changes: { courseId: course.id, ...values } });
    return row;
  });
}

export async function updateSession(database: Database, actor: Actor, courseKey: string, sessionId: string, input: SessionInput): Promise<void> {
  const values = await valuesOf(database.db, input);
  await database.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseKey, 'system', { lock: true });
    assertCourseStatus(course, EDITABLE, { vi: 'sửa buổi học', en: 'change a session' });
    const [before] = await tx.select().from(trainingSessions).where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.courseId, course.id)));
    if (!before) throw sessionNotFound();
    // A session moved is reminded again.
    const moved = before.startsAt.getTime() !== values.startsAt?.getTime();
    await tx.update(trainingSessions).set({ ...values, ...(moved ? { remindedAt: null } : {}) }).where(eq(trainingSessions.id, sessionId));
    await recordAudit(tx, actor, { action: 'training-session.update', entity: 'training-session', entityId: sessionId, changes: changedFields(before, values) });
  });
}

export async function deleteSession(database: Database, actor: Actor, courseKey: string, sessionId: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseKey, 'system', { lock: true });
    assertCourseStatus(course, ['draft', 'open', 'full'], { vi: 'xoá buổi học', en: 'remove a session' });
    const removed = await tx.delete(trainingSessions).where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.courseId, course.id))).returning({ id: trainingSessions.id });
    if (removed.length === 0) throw sessionNotFound();
    await recordAudit(tx, actor, { action: 'training-session.delete', entity: 'training-session', entityId: sessionId, changes: { courseId: course.id } });
  });
}
