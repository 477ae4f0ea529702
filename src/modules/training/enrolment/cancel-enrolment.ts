import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { conflict, forbidden, notFound } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertCourseStatus, findCourse } from '../courses/find-course.ts';
import { trainingEnrolments } from '../tables.ts';
import { isStaff } from '../training-access.ts';
import { promoteWaitlist } from './promote-waitlist.ts';

/**
 * Cancels an enrolment (the trainee's own, or any for staff). A seat freed goes at once, in the
 * same transaction, to the first on the waiting list. Returns the enrolments promoted.
 */
export async function cancelEnrolment(database: Database, user: SignedInUser, actor: Actor, courseKey: string, enrolmentId: string): Promise<{ promoted: string[] }> {
  return database.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseKey, user, { lock: true });
    const [entry] = await tx.select().from(trainingEnrolments).where(and(eq(trainingEnrolments.id, enrolmentId), eq(trainingEnrolments.courseId, course.id))).for('update');
    if (!entry) throw notFound({ vi: 'Không tìm thấy đăng ký', en: 'Enrolment not found' });
    if (!isStaff(user) && entry.userId !== user.id) throw forbidden();
    if (entry.status === 'cancelled') throw conflict('already_cancelled', { vi: 'Đăng ký này đã huỷ', en: 'This enrolment is already cancelled' });
    assertCourseStatus(course, ['open', 'full', 'running'], { vi: 'huỷ đăng ký', en: 'cancel an enrolment' });
    await tx.update(trainingEnrolments).set({ status: 'cancelled', cancelledAt: clock.now() }).where(eq(trainingEnrolments.id, entry.id));
    await recordAudit(tx, actor, { action: 'training-enrolment.cancel', entity: 'training-enrolment', entityId: entry.id, changes: { status: { from: entry.status, to: 'cancelled' } } });
    return { promoted: await promoteWaitlist(tx, actor, course.id) };
  });
}
