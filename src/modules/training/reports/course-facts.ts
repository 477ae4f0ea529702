import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { Localized } from '../../../shared/localized.ts';
import { dayInVietnam } from '../../../shared/time/clock.ts';
import type { ProducerType } from '../../catalogue/domain/producer-types.ts';
import { producers } from '../../catalogue/tables.ts';
import { ATTENDED, judgeCompletion } from '../domain/completion.ts';
import type { Audience, CourseStatus, Topic } from '../domain/values.ts';
import { trainingAttendance, trainingCertificates, trainingCourses, trainingEnrolments, trainingSessions } from '../tables.ts';

export interface TraineeFacts {
  enrolmentId: string;
  audience: Audience;
  commune: string;
  /** The legal form of the trainee's producer; null when the trainee does not come for a producer. */
  producerType: ProducerType | null;
  attended: number;
  completed: boolean;
  certified: boolean;
}

export interface CourseFacts {
  id: string;
  slug: string;
  name: Localized;
  topic: Topic;
  status: CourseStatus;
  firstDay: string;
  lastDay: string;
  sessions: number;
  /** The seated trainees (enrolled, not waiting or cancelled). */
  trainees: TraineeFacts[];
  /** Certificates not revoked. */
  certificates: number;
}

/**
 * The courses held in a year (a session that year; drafts left out) with what each seated trainee
 * did, counted as the course page counts: attended is present or late, completion is the course's
 * own rule (judgeCompletion), certificates the ones not revoked. The programme dashboard and the
 * training report both read these, so their figures agree.
 */
export async function courseFactsOfYear(db: Queryable, year: number): Promise<CourseFacts[]> {
  const courses = await db.select().from(trainingCourses).where(ne(trainingCourses.status, 'draft'));
  if (courses.length === 0) return [];
  const ids = courses.map((c) => c.id);
  const [sessions, enrolments, marks, certificates] = await Promise.all([
    db.select({ courseId: trainingSessions.courseId, startsAt: trainingSessions.startsAt }).from(trainingSessions).where(inArray(trainingSessions.courseId, ids)),
    db.select({ id: trainingEnrolments.id, courseId: trainingEnrolments.courseId, audience: trainingEnrolments.audience, commune: trainingEnrolments.commune, assessmentPassed: trainingEnrolments.assessmentPassed, producerType: producers.type })
      .from(trainingEnrolments).leftJoin(producers, eq(producers.id, trainingEnrolments.producerId))
      .where(and(inArray(trainingEnrolments.courseId, ids), eq(trainingEnrolments.status, 'enrolled'))),
    db.select({ enrolmentId: trainingAttendance.enrolmentId, status: trainingAttendance.status }).from(trainingAttendance)
      .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId)).where(inArray(trainingSessions.courseId, ids)),
    db.select({ courseId: trainingCertificates.courseId, enrolmentId: trainingCertificates.enrolmentId }).from(trainingCertificates)
      .where(and(inArray(trainingCertificates.courseId, ids), isNull(trainingCertificates.revokedAt))),
  ]);
  const attendedBy = new Map<string, number>();
  for (const m of marks) if (ATTENDED.includes(m.status)) attendedBy.set(m.enrolmentId, (attendedBy.get(m.enrolmentId) ?? 0) + 1);
  const certified = new Set(certificates.map((c) => c.enrolmentId));
  const out: CourseFacts[] = [];
  for (const c of courses) {
    const days = sessions.filter((s) => s.courseId === c.id).map((s) => dayInVietnam(s.startsAt)).sort();
    const firstDay = days[0];
    const lastDay = days[days.length - 1];
    if (firstDay === undefined || lastDay === undefined || firstDay > `${year}-12-31` || lastDay < `${year}-01-01`) continue;
    const trainees = enrolments.filter((e) => e.courseId === c.id).map((e): TraineeFacts => {
      const attended = attendedBy.get(e.id) ?? 0;
      return {
        enrolmentId: e.id, audience: e.audience, commune: e.commune.trim(), producerType: e.producerType, attended,
        completed: judgeCompletion(c, { sessions: days.length, attended, assessmentPassed: e.assessmentPassed }).completed,
        certified: certified.has(e.id),
      };
    });
    out.push({
      id: c.id, slug: c.slug, name: { vi: c.nameVi, en: c.nameEn }, topic: c.topic, status: c.status, firstDay, lastDay, sessions: days.length,
      trainees, certificates: certificates.filter((x) => x.courseId === c.id).length,
    });
  }
  return out.sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.slug.localeCompare(b.slug));
}
