import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { conflict, notFound } from '../../../server/http/app-error.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertCourseStatus, findCourse } from '../courses/find-course.ts';
import { ATTENDANCE_OPEN } from '../domain/course-status.ts';
import { trainingEnrolments } from '../tables.ts';

/** An organizer records a seated trainee's final assessment: passed, failed, or not taken (null). */
export async function recordAssessment(database: Database, actor: Actor, courseKey: string, enrolmentId: string, passed: boolean | null): Promise<void> {
  await database.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseKey, 'system', { lock: true });
    assertCourseStatus(course, ATTENDANCE_OPEN, { vi: 'ghi kết quả kiểm tra', en: 'record an assessment' });
    const [entry] = await tx.select().from(trainingEnrolments).where(and(eq(trainingEnrolments.id, enrolmentId), eq(trainingEnrolments.courseId, course.id))).for('update');
    if (!entry) throw notFound({ vi: 'Không tìm thấy đăng ký', en: 'Enrolment not found' });
    if (entry.status !== 'enrolled') throw conflict('not_seated', { vi: 'Học viên chưa có chỗ trong khoá học', en: 'This trainee has no seat in the course' });
    if (entry.assessmentPassed === passed) return;
    await tx.update(trainingEnrolments).set({ assessmentPassed: passed }).where(eq(trainingEnrolments.id, entry.id));
    await recordAudit(tx, actor, { action: 'training-enrolment.assessment', entity: 'training-enrolment', entityId: entry.id, changes: { assessmentPassed: { from: entry.assessmentPassed, to: passed } } });
  });
}
