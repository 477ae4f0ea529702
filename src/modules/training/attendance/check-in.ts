import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { AppError, badRequest, conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { CheckInResult } from '../contract.ts';
import { assertCourseStatus, findCourse } from '../courses/find-course.ts';
import { SELF_CHECK_IN_OPEN } from '../domain/course-status.ts';
import { checkInStatus, checkInWindow, isCheckInOpen, judgeToken } from '../domain/check-in-token.ts';
import { trainingAttendance, trainingEnrolments } from '../tables.ts';
import { findSession } from './find-session.ts';

const notEnrolled = () => new AppError(403, 'not_enrolled', { vi: 'Bạn không có trong danh sách học viên của khoá này', en: 'You are not a trainee of this course' });

/**
 * A trainee checks themselves in by scanning the room's QR code: only their own enrolment (the
 * signed-in account's, seated), only while the session takes check-ins, only with the current or
 * the previous minute's code. After the start plus the grace period they are "late". A second
 * scan, or a scan after an organizer recorded them, changes nothing and says what is recorded.
 */
export async function checkIn(database: Database, user: SignedInUser, actor: Actor, courseKey: string, sessionId: string, token: string): Promise<CheckInResult> {
  return database.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseKey, user);
    const session = await findSession(tx, course.id, sessionId);
    const [enrolment] = await tx.select().from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.courseId, course.id), eq(trainingEnrolments.userId, user.id), ne(trainingEnrolments.status, 'cancelled')));
    if (!enrolment) throw notEnrolled();
    if (enrolment.status !== 'enrolled') throw conflict('not_seated', { vi: 'Bạn đang ở danh sách chờ, chưa có chỗ trong khoá học', en: 'You are on the waiting list, without a seat in the course' });
    assertCourseStatus(course, SELF_CHECK_IN_OPEN, { vi: 'điểm danh', en: 'check in' });
    const now = clock.now();
    const window = checkInWindow(session.startsAt, session.endsAt);
    if (!isCheckInOpen(window, now)) {
      throw conflict('check_in_closed', { vi: 'Chỉ điểm danh được trong thời gian buổi học', en: 'Check-in is only open during the session' },
        { opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString() });
    }
    const verdict = judgeToken(session.checkInSecret, session.id, token, now);
    if (verdict === 'expired') throw badRequest('token_expired', { vi: 'Mã QR đã hết hạn, hãy quét lại mã đang hiển thị', en: 'This QR code has expired: scan the one on the screen again' });
    if (verdict === 'invalid') throw badRequest('bad_token', { vi: 'Mã QR không đúng cho buổi học này', en: 'This QR code is not the one of this session' });
    const status = checkInStatus(window, now);
    const [inserted] = await tx.insert(trainingAttendance)
      .values({ sessionId: session.id, enrolmentId: enrolment.id, status, method: 'qr', recordedAt: now, recordedBy: user.id })
      .onConflictDoNothing().returning();
    if (inserted) {
      await recordAudit(tx, actor, { action: 'training-attendance.check-in', entity: 'training-session', entityId: session.id, changes: { enrolmentId: enrolment.id, status, method: 'qr' } });
      return { status, alreadyRecorded: false, recordedAt: inserted.recordedAt.toISOString() };
    }
    const [existing] = await tx.select().from(trainingAttendance).where(and(eq(trainingAttendance.sessionId, session.id), eq(trainingAttendance.enrolmentId, enrolment.id)));
    if (!existing) throw new Error('attendance row vanished');
    return { status: existing.status, alreadyRecorded: true, recordedAt: existing.recordedAt.toISOString() };
  });
}
