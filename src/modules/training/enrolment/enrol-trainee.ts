import { and, count, eq, lt, ne, or, sql } from 'drizzle-orm';
import type { Database, Queryable, Tx } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { users } from '../../accounts/tables.ts';
import { producers } from '../../catalogue/tables.ts';
import { notify } from '../../notifications/notify.ts';
import { outletOperators, outletPoints } from '../../outlets/tables.ts';
import type { EnrolmentResult, TraineeInput } from '../contract.ts';
import { ENROLMENT_OPEN, ORGANIZER_ENROLMENT_OPEN } from '../domain/course-status.ts';
import type { EnrolmentSource } from '../domain/values.ts';
import { assertCourseStatus, findCourse } from '../courses/find-course.ts';
import { trainingEnrolments } from '../tables.ts';
import { promoteWaitlist } from './promote-waitlist.ts';

type Trainee = Omit<typeof trainingEnrolments.$inferInsert, 'id' | 'courseId' | 'status' | 'source' | 'createdAt'>;

const alreadyEnrolled = () => conflict('already_enrolled', { vi: 'Học viên này đã đăng ký khoá học', en: 'This trainee is already enrolled in the course' });

/** Place on the waiting list (1 = next to get a seat). */
export async function waitlistPosition(db: Queryable, courseId: string, waitlistedAt: Date, id: string): Promise<number> {
  const [ahead] = await db.select({ n: count() }).from(trainingEnrolments).where(and(
    eq(trainingEnrolments.courseId, courseId), eq(trainingEnrolments.status, 'waitlisted'),
    or(lt(trainingEnrolments.waitlistedAt, waitlistedAt), and(eq(trainingEnrolments.waitlistedAt, waitlistedAt), lt(trainingEnrolments.id, id))),
  ));
  return (ahead?.n ?? 0) + 1;
}

/**
 * Puts one trainee on a course, in the caller's transaction: a seat when one is free, else the
 * waiting list. The course row is locked first (FOR UPDATE), so two requests for the last seat
 * take turns: the first gets it, the second finds the course full and waits. `now` orders the
 * waiting list (an import passes one instant per row, so the list keeps the file's order).
 */
export async function enrolInTx(tx: Tx, actor: Actor, courseId: string, trainee: Trainee, source: EnrolmentSource, now: Date = clock.now()): Promise<EnrolmentResult> {
  const course = await findCourse(tx, courseId, 'system', { lock: true });
  assertCourseStatus(course, source === 'self' ? ENROLMENT_OPEN : ORGANIZER_ENROLMENT_OPEN, { vi: 'đăng ký', en: 'enrol' });
  const duplicate = [trainee.userId ? eq(trainingEnrolments.userId, trainee.userId) : undefined, trainee.email ? sql`lower(${trainingEnrolments.email}) = lower(${trainee.email})` : undefined].filter((c) => c !== undefined);
  if (duplicate.length) {
    const [found] = await tx.select({ id: trainingEnrolments.id }).from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.courseId, course.id), ne(trainingEnrolments.status, 'cancelled'), or(...duplicate)));
    if (found) throw alreadyEnrolled();
  }
  const [taken] = await tx.select({ n: count() }).from(trainingEnrolments).where(and(eq(trainingEnrolments.courseId, course.id), eq(trainingEnrolments.status, 'enrolled')));
  const seat = (taken?.n ?? 0) < course.capacity;
  const [row] = await tx.insert(trainingEnrolments).values({
    ...trainee, courseId: course.id, source, status: seat ? 'enrolled' : 'waitlisted', enrolledAt: seat ? now : null, waitlistedAt: seat ? null : now,
  }).returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(tx, actor, { action: 'training-enrolment.create', entity: 'training-enrolment', entityId: row.id, changes: { courseId: course.id, status: row.status, source, fullName: row.fullName } });
  await promoteWaitlist(tx, actor, course.id);
  const position = seat ? null : await waitlistPosition(tx, course.id, now, row.id);
  if (row.userId && source !== 'self') {
    await notify(tx, {
      to: { userIds: [row.userId] }, kind: 'training.enrolled', link: `/training/${course.slug}`, actorId: actor.id,
      text: seat
        ? { vi: `Bạn được ghi danh vào khoá "${course.nameVi}"`, en: `You are enrolled in the course "${course.nameEn}"` }
        : { vi: `Bạn ở vị trí ${position} trong danh sách chờ khoá "${course.nameVi}"`, en: `You are number ${position} on the waiting list of "${course.nameEn}"` },
    });
  }
  return { id: row.id, status: row.status, waitlistPosition: position };
}

/** A producer or point-of-sale staff member enrols themselves. */
export async function enrolSelf(database: Database, user: SignedInUser, actor: Actor, courseKey: string): Promise<EnrolmentResult> {
  return database.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseKey, user);
    let commune = '';
    let pointId: string | null = null;
    if (user.producerId) {
      const [producer] = await tx.select({ commune: producers.commune }).from(producers).where(eq(producers.id, user.producerId));
      commune = producer?.commune ?? '';
    } else {
      const [point] = await tx.select({ id: outletPoints.id, commune: outletPoints.commune }).from(outletOperators)
        .innerJoin(outletPoints, eq(outletPoints.id, outletOperators.pointId)).where(eq(outletOperators.userId, user.id)).limit(1);
      pointId = point?.id ?? null;
      commune = point?.commune ?? '';
    }
    return enrolInTx(tx, actor, course.id, {
      userId: user.id, producerId: user.producerId, pointId, fullName: user.displayName, email: user.email, commune,
      audience: user.role === 'producer' ? 'producer' : 'point-staff',
    }, 'self');
  });
}

/** An organizer enrols someone; an account with the same e-mail is linked (it then sees the course). */
export async function traineeFromInput(db: Queryable, input: TraineeInput): Promise<Trainee> {
  const email = input.email?.trim() ?? '';
  const [account] = email ? await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${email})`) : [];
  return {
    userId: account?.id ?? null, fullName: input.fullName.trim(), email, phone: input.phone?.trim() ?? '', commune: input.commune?.trim() ?? '',
    audience: input.audience, producerId: input.producerId ?? null, pointId: input.pointId ?? null,
  };
}

export async function enrolTrainee(database: Database, actor: Actor, courseKey: string, input: TraineeInput): Promise<EnrolmentResult> {
  return database.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseKey, 'system');
    return enrolInTx(tx, actor, course.id, await traineeFromInput(tx, input), 'organizer');
  });
}
