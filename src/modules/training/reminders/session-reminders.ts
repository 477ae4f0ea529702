import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import { formatDate } from '../../../server/pdf/index.ts';
import { SYSTEM_ACTOR } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { emailGuests } from '../../notifications/email-guests.ts';
import { notify } from '../../notifications/notify.ts';
import { vietnamTimes } from '../domain/session-times.ts';
import type { CourseStatus } from '../domain/values.ts';
import { trainingCourses, trainingEnrolments, trainingSessions } from '../tables.ts';

/** How long before a session its trainees are reminded. */
export const REMINDER_LEAD_MS = 24 * 3600_000;
const REMINDED_COURSES: readonly CourseStatus[] = ['open', 'full', 'running'];

/**
 * Reminds the seated trainees of every session starting within the next 24 hours, once per
 * session (those without an account by e-mail when SMTP is set): each session is claimed (FOR UPDATE SKIP LOCKED, so processes running
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
      const trainees = await tx.select({ userId: trainingEnrolments.userId, email: trainingEnrolments.email, name: trainingEnrolments.fullName }).from(trainingEnrolments)
        .where(and(eq(trainingEnrolments.courseId, course.id), eq(trainingEnrolments.status, 'enrolled')));
      const userIds = trainees.flatMap((t) => (t.userId ? [t.userId] : []));
      const guests = trainees.filter((t) => !t.userId && t.email).map((t) => ({ email: t.email, name: t.name }));
      await tx.update(trainingSessions).set({ remindedAt: now }).where(eq(trainingSessions.id, session.id));
      const t = vietnamTimes(session.startsAt, session.endsAt);
      const place = { vi: session.venueVi || session.onlineUrl || '', en: session.venueEn || session.onlineUrl || '' };
      const message = {
        kind: 'training.session-reminder', link: `/training/${course.slug}`,
        text: {
          vi: `Nhắc lịch: buổi học khoá "${course.nameVi}" lúc ${t.startsAt} ngày ${formatDate(t.day)}${place.vi ? `, ${place.vi}` : ''}`,
          en: `Reminder: a session of "${course.nameEn}" at ${t.startsAt} on ${formatDate(t.day)}${place.en ? `, ${place.en}` : ''}`,
        },
      };
      const sent = userIds.length === 0 ? { recipients: 0 } : await notify(tx, { to: { userIds }, ...message });
      // Trainees enrolled by name and e-mail have no inbox: an e-mail (when SMTP is set) is their reminder.
      const emailed = await emailGuests(tx, { to: guests, ...message, key: `training-reminder:${session.id}:${session.startsAt.toISOString()}` });
      await recordAudit(tx, SYSTEM_ACTOR, { action: 'training-session.remind', entity: 'training-session', entityId: session.id, changes: { remindedAt: now.toISOString(), recipients: sent.recipients, emailed } });
      report.sessions += 1;
      report.trainees += sent.recipients + emailed;
    });
  }
  return report;
}
