import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { AttendanceRow, SessionAttendance } from '../contract.ts';
import { trainingAttendance, trainingEnrolments } from '../tables.ts';
import type { SessionRow } from './find-session.ts';

/** The seated trainees of a course, by name. */
export async function seatedTrainees(db: Queryable, courseId: string) {
  const found = await db.select().from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.courseId, courseId), eq(trainingEnrolments.status, 'enrolled')))
    .orderBy(asc(trainingEnrolments.fullName), asc(trainingEnrolments.id));
  return found.sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi') || a.id.localeCompare(b.id));
}

/** The organizer's list for one session: every seated trainee with what is recorded (null: nothing yet). */
export async function sessionAttendance(db: Queryable, courseId: string, session: SessionRow): Promise<SessionAttendance> {
  const [trainees, marks] = await Promise.all([
    seatedTrainees(db, courseId),
    db.select().from(trainingAttendance).where(eq(trainingAttendance.sessionId, session.id)),
  ]);
  const bySeat = new Map(marks.map((m) => [m.enrolmentId, m]));
  const counts = { present: 0, late: 0, excused: 0, absent: 0, unrecorded: 0 };
  const items: AttendanceRow[] = trainees.map((t) => {
    const mark = bySeat.get(t.id);
    counts[mark?.status ?? 'unrecorded'] += 1;
    return {
      enrolmentId: t.id, fullName: t.fullName, email: t.email, phone: t.phone, commune: t.commune, audience: t.audience,
      status: mark?.status ?? null, method: mark?.method ?? null, recordedAt: mark?.recordedAt.toISOString() ?? null,
    };
  });
  return { sessionId: session.id, startsAtInstant: session.startsAt.toISOString(), endsAtInstant: session.endsAt.toISOString(), counts, items };
}
