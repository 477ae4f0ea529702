import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { AttendanceInput } from '../contract.ts';
import { assertCourseStatus, findCourse } from '../courses/find-course.ts';
import { ATTENDANCE_OPEN } from '../domain/course-status.ts';
import { trainingAttendance, trainingEnrolments } from '../tables.ts';
import { findSession } from './find-session.ts';

/**
 * Organizers set attendance from the list (the fallback when a phone cannot scan, excused and
 * absent trainees, corrections): seated trainees of the course only, all entries or none. An
 * organizer's entry replaces what was recorded, a scan included.
 */
export async function recordAttendance(database: Database, actor: Actor & { id: string }, courseKey: string, sessionId: string, input: AttendanceInput): Promise<void> {
  await database.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseKey, 'system', { lock: true });
    assertCourseStatus(course, ATTENDANCE_OPEN, { vi: 'ghi điểm danh', en: 'record attendance' });
    const session = await findSession(tx, course.id, sessionId);
    const last = new Map(input.entries.map((e) => [e.enrolmentId, e.status]));
    const ids = [...last.keys()];
    const seated = await tx.select({ id: trainingEnrolments.id }).from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.courseId, course.id), eq(trainingEnrolments.status, 'enrolled'), inArray(trainingEnrolments.id, ids)));
    const known = new Set(seated.map((r) => r.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw conflict('not_seated', { vi: 'Có người không phải học viên (đã có chỗ) của khoá học', en: 'Some entries are not seated trainees of the course' }, { enrolmentIds: unknown });
    }
    const before = new Map((await tx.select().from(trainingAttendance)
      .where(and(eq(trainingAttendance.sessionId, session.id), inArray(trainingAttendance.enrolmentId, ids))).for('update'))
      .map((r) => [r.enrolmentId, r]));
    const now = clock.now();
    for (const [enrolmentId, status] of last) {
      const was = before.get(enrolmentId);
      if (was && was.status === status && was.method === 'organizer') continue;
      await tx.insert(trainingAttendance).values({ sessionId: session.id, enrolmentId, status, method: 'organizer', recordedAt: now, recordedBy: actor.id })
        .onConflictDoUpdate({ target: [trainingAttendance.sessionId, trainingAttendance.enrolmentId], set: { status, method: 'organizer', recordedAt: now, recordedBy: actor.id } });
      await recordAudit(tx, actor, {
        action: 'training-attendance.set', entity: 'training-session', entityId: session.id,
        changes: { enrolmentId, status: { from: was?.status ?? null, to: status }, method: 'organizer' },
      });
    }
  });
}
