import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { CourseCompletion, CompletionRow } from '../contract.ts';
import type { CourseRow } from '../courses/find-course.ts';
import { ATTENDED, judgeCompletion } from '../domain/completion.ts';
import type { AttendanceStatus } from '../domain/values.ts';
import { trainingAttendance, trainingCertificates, trainingSessions } from '../tables.ts';
import { seatedTrainees } from '../attendance/list-attendance.ts';

export interface CompletionSheet {
  sessions: (typeof trainingSessions.$inferSelect)[];
  /** Per seated trainee: the row of the completion report, the enrolment, and its status per session id. */
  trainees: { row: CompletionRow; enrolment: Awaited<ReturnType<typeof seatedTrainees>>[number]; marks: Map<string, AttendanceStatus> }[];
}

/** Every seated trainee of a course against its completion rule, with their marks and certificate. */
export async function completionSheet(db: Queryable, course: CourseRow): Promise<CompletionSheet> {
  const [sessions, trainees] = await Promise.all([
    db.select().from(trainingSessions).where(eq(trainingSessions.courseId, course.id)).orderBy(asc(trainingSessions.startsAt)),
    seatedTrainees(db, course.id),
  ]);
  const ids = trainees.map((t) => t.id);
  const [marks, certificates] = ids.length === 0 ? [[], []] : await Promise.all([
    db.select().from(trainingAttendance).innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
      .where(and(eq(trainingSessions.courseId, course.id), inArray(trainingAttendance.enrolmentId, ids))),
    db.select().from(trainingCertificates).where(inArray(trainingCertificates.enrolmentId, ids)),
  ]);
  const marksOf = new Map<string, Map<string, AttendanceStatus>>();
  for (const { training_attendance: m } of marks) {
    const mine = marksOf.get(m.enrolmentId) ?? new Map<string, AttendanceStatus>();
    mine.set(m.sessionId, m.status);
    marksOf.set(m.enrolmentId, mine);
  }
  const certificateOf = new Map(certificates.map((c) => [c.enrolmentId, c]));
  return {
    sessions,
    trainees: trainees.map((enrolment) => {
      const mine = marksOf.get(enrolment.id) ?? new Map<string, AttendanceStatus>();
      const attended = [...mine.values()].filter((s) => ATTENDED.includes(s)).length;
      const judged = judgeCompletion(course, { sessions: sessions.length, attended, assessmentPassed: enrolment.assessmentPassed });
      const certificate = certificateOf.get(enrolment.id);
      return {
        enrolment, marks: mine,
        row: {
          enrolmentId: enrolment.id, fullName: enrolment.fullName, sessions: sessions.length, attended, attendancePercent: judged.attendancePercent,
          assessmentPassed: enrolment.assessmentPassed, completed: judged.completed, gaps: judged.gaps,
          certificateCode: certificate?.code ?? null, certificateRevoked: Boolean(certificate?.revokedAt),
        },
      };
    }),
  };
}

export async function courseCompletion(db: Queryable, course: CourseRow): Promise<CourseCompletion> {
  const sheet = await completionSheet(db, course);
  return { minAttendancePercent: course.minAttendancePercent, assessmentRequired: course.assessmentRequired, sessions: sheet.sessions.length, items: sheet.trainees.map((t) => t.row) };
}
