import { and, eq, gt, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { formatDate } from '../../../server/pdf/index.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { notify } from '../../notifications/notify.ts';
import { vietnamTimes } from '../domain/session-times.ts';
import type { CourseStatus } from '../domain/values.ts';
import { trainingCourses, trainingEnrolments, trainingSessions } from '../tables.ts';

/** How long before a session its trainees are reminded. */
export const REMINDER_LEAD_MS = 24 * 3600_000;
const REMINDED_COURSES: readonly CourseStatus[] = ['open', 'full', 'running'];

/**
 * Reminds the seated trainees (with an account) of every session starting within the next 24
 * hours, once per session: each session is claimed (FOR UPDATE SKIP LOCKED, so processes running
 * the job at once take different sessions), marked reminded and notified in one transaction (the
 * in-app inbox, and e-mail through the outbox when SMTP is set). A session moved is reminded again.
 */
export async function sendSessionReminders(database: Database, now: Date): Promise<{ sessions: number; trainees: number }> {
  const due = await database.db.select({ id: trainingSessions.id }).from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .where(and(isNull(trainingSessions.remindedAt), gt(trainingSessions.startsAt, now), lte(trainingSessions.startsAt, new Date(now.getTime() + REMINDER_LEAD_MS)),
      inArray(trainingCourses.status, [...REMINDED_COURSES])));
  const report = { sessions: 0, trainees: 0 };
  for (const { id } of due) {
    await database.db.transaction(async (tx) => {
      const [session] = await tx.select().from(trainingSessions).where(and(eq(trainingSessions.id, id), isNull(trainingSessions.remindedAt))).for('update', { skipLocked: true });
      if (!session) return;
      const [course] = await tx.select().from(trainingCourses).where(eq(trainingCourses.id, session.courseId));
      if (!course || !REMINDED_COURSES.includes(course.status)) return;
      const trainees = await tx.select({ userId: trainingEnrolments.userId }).from(trainingEnrolments)
        .where(and(eq(trainingEnrolments.courseId, course.id), eq(trainingEnrolments.status, 'enrolled'), isNotNull(trainingEnrolments.userId)));
      const userIds = trainees.flatMap((t) => (t.userId ? [t.userId] : []));
      await tx.update(trainingSessions).set({ remindedAt: now }).where(eq(trainingSessions.id, session.id));
      const t = vietnamTimes(session.startsAt, session.endsAt);
      const place = { vi: session.venueVi || session.onlineUrl || '', en: session.venueEn || session.onlineUrl || '' };
      const sent = userIds.length === 0 ? { recipients: 0 } : await notify(tx, {
        to: { userIds }, kind: 'training.session-reminder', link: `/training/${course.slug}`,
        text: {
          vi: `Nhắc lịch: buổi học khoá "${course.nameVi}" lúc ${t.startsAt} ngày ${formatDate(t.day)}${place.vi ? `, ${place.vi}` : ''}`,
          en: `Reminder: a session of "${course.nameEn}" at ${t.startsAt} on ${formatDate(t.day)}${place.en ? `, ${place.en}` : ''}`,
        },
      });
      await recordAudit(tx, SYSTEM_ACTOR, { action: 'training-session.remind', entity: 'training-session', entityId: session.id, changes: { remindedAt: now.toISOString(), recipients: sent.recipients } });
      report.sessions += 1;
      report.trainees += sent.recipients;
    });
  }
  return report;
}
