import { and, asc, count, eq } from 'drizzle-orm';
import type { Tx } from '../../../server/db/database.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { notify } from '../../notifications/notify.ts';
import { seatedStatus } from '../domain/course-status.ts';
import type { CourseStatus } from '../domain/values.ts';
import { trainingCourses, trainingEnrolments } from '../tables.ts';

/** While seats are given: the waiting list moves up (a course running still takes people in). */
const PROMOTING: readonly CourseStatus[] = ['open', 'full', 'running'];

/**
 * Gives free seats to the waiting list, earliest first, and sets open ↔ full from the seats taken.
 * Called in the transaction of any change that may free or add seats, with the course row locked
 * (FOR UPDATE), so two changes cannot hand out the same seat. Returns the enrolments promoted.
 */
export async function promoteWaitlist(tx: Tx, actor: Actor, courseId: string): Promise<string[]> {
  const [course] = await tx.select().from(trainingCourses).where(eq(trainingCourses.id, courseId)).for('update');
  if (!course) throw new Error(`no course ${courseId}`);
  const [taken] = await tx.select({ n: count() }).from(trainingEnrolments).where(and(eq(trainingEnrolments.courseId, courseId), eq(trainingEnrolments.status, 'enrolled')));
  let enrolled = taken?.n ?? 0;
  const promoted: string[] = [];
  if (PROMOTING.includes(course.status) && enrolled < course.capacity) {
    const waiting = await tx.select().from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.courseId, courseId), eq(trainingEnrolments.status, 'waitlisted')))
      .orderBy(asc(trainingEnrolments.waitlistedAt), asc(trainingEnrolments.id)).limit(course.capacity - enrolled);
    for (const entry of waiting) {
      await tx.update(trainingEnrolments).set({ status: 'enrolled', enrolledAt: clock.now() }).where(eq(trainingEnrolments.id, entry.id));
      await recordAudit(tx, actor, { action: 'training-enrolment.promote', entity: 'training-enrolment', entityId: entry.id, changes: { status: { from: 'waitlisted', to: 'enrolled' } } });
      if (entry.userId) {
        await notify(tx, {
          to: { userIds: [entry.userId] }, kind: 'training.seat-given',
          text: { vi: `Bạn đã có chỗ trong khoá "${course.nameVi}"`, en: `You have a seat in the course "${course.nameEn}"` },
          link: `/training/${course.slug}`, actorId: actor.id,
        });
      }
      promoted.push(entry.id);
      enrolled += 1;
    }
  }
  const status = seatedStatus(course.status, enrolled, course.capacity);
  if (status !== course.status) {
    await tx.update(trainingCourses).set({ status, updatedAt: clock.now() }).where(eq(trainingCourses.id, courseId));
    await recordAudit(tx, actor, { action: 'training-course.seats', entity: 'training-course', entityId: courseId, changes: { status: { from: course.status, to: status } } });
  }
  return promoted;
}
