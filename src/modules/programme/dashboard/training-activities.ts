import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { dayInVietnam } from '../../../shared/time/clock.ts';
import { SELLING_POINT_STATUSES } from '../../outlets/domain/point-status.ts';
import { outletOpeningGuests, outletOpenings, outletPoints } from '../../outlets/tables.ts';
import { ATTENDED, judgeCompletion } from '../../training/domain/completion.ts';
import { trainingAttendance, trainingCertificates, trainingCourses, trainingEnrolments, trainingSessions } from '../../training/tables.ts';
import type { Activity } from '../contract.ts';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.floor((part * 100) / whole));

/**
 * The training courses held in a year (a session that year; drafts left out), read from the
 * training tables the way the course page counts them: trainees are the seated enrolments,
 * completion is the course's own rule (judgeCompletion) per trainee, certificates the ones not
 * revoked; attendance is the sessions attended (present or late) over trainees × sessions.
 */
export async function trainingActivities(db: Queryable, year: number): Promise<Activity[]> {
  const courses = await db.select().from(trainingCourses).where(ne(trainingCourses.status, 'draft'));
  if (courses.length === 0) return [];
  const ids = courses.map((c) => c.id);
  const [sessions, enrolments, marks, certificates] = await Promise.all([
    db.select({ id: trainingSessions.id, courseId: trainingSessions.courseId, startsAt: trainingSessions.startsAt }).from(trainingSessions).where(inArray(trainingSessions.courseId, ids)),
    db.select({ id: trainingEnrolments.id, courseId: trainingEnrolments.courseId, assessmentPassed: trainingEnrolments.assessmentPassed }).from(trainingEnrolments)
      .where(and(inArray(trainingEnrolments.courseId, ids), eq(trainingEnrolments.status, 'enrolled'))),
    db.select({ enrolmentId: trainingAttendance.enrolmentId, status: trainingAttendance.status }).from(trainingAttendance)
      .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId)).where(inArray(trainingSessions.courseId, ids)),
    db.select({ courseId: trainingCertificates.courseId }).from(trainingCertificates).where(and(inArray(trainingCertificates.courseId, ids), isNull(trainingCertificates.revokedAt))),
  ]);
  const attendedBy = new Map<string, number>();
  for (const m of marks) if (ATTENDED.includes(m.status)) attendedBy.set(m.enrolmentId, (attendedBy.get(m.enrolmentId) ?? 0) + 1);
  const out: Activity[] = [];
  for (const c of courses) {
    const days = sessions.filter((s) => s.courseId === c.id).map((s) => dayInVietnam(s.startsAt)).sort();
    const first = days[0];
    const last = days[days.length - 1];
    if (first === undefined || last === undefined || first > `${year}-12-31` || last < `${year}-01-01`) continue;
    const trainees = enrolments.filter((e) => e.courseId === c.id);
    const attended = trainees.reduce((s, e) => s + (attendedBy.get(e.id) ?? 0), 0);
    const completed = trainees.filter((e) => judgeCompletion(c, { sessions: days.length, attended: attendedBy.get(e.id) ?? 0, assessmentPassed: e.assessmentPassed }).completed).length;
    out.push({
      kind: 'training', id: c.id, slug: c.slug, name: { vi: c.nameVi, en: c.nameEn }, owner: null, startsOn: first, endsOn: last, budgetVnd: null, status: c.status, region: '',
      results: {
        sessions: days.length, trainees: trainees.length, completed, attended, attendancePercent: percent(attended, trainees.length * days.length),
        completionPercent: percent(completed, trainees.length), certificates: certificates.filter((x) => x.courseId === c.id).length,
      },
    });
  }
  return out.sort((a, b) => (a.startsOn ?? '').localeCompare(b.startsOn ?? '') || a.slug.localeCompare(b.slug));
}

/** The opening ceremonies (lễ khai trương) of points of sale held in a year, with their guests invited. */
export async function openingActivities(db: Queryable, year: number): Promise<Activity[]> {
  const rows = await db.select({ opening: outletOpenings, point: { id: outletPoints.id, slug: outletPoints.slug, nameVi: outletPoints.nameVi, nameEn: outletPoints.nameEn, commune: outletPoints.commune, status: outletPoints.status } })
    .from(outletOpenings).innerJoin(outletPoints, eq(outletPoints.id, outletOpenings.pointId));
  const inYear = rows.filter((r) => dayInVietnam(r.opening.startsAt).startsWith(`${year}-`));
  if (inYear.length === 0) return [];
  const guests = await db.select({ pointId: outletOpeningGuests.pointId }).from(outletOpeningGuests).where(inArray(outletOpeningGuests.pointId, inYear.map((r) => r.point.id)));
  return inYear.map(({ opening, point }): Activity => {
    const day = dayInVietnam(opening.startsAt);
    return {
      kind: 'opening', id: point.id, slug: point.slug, name: { vi: `Khai trương ${point.nameVi}`, en: `Opening of ${point.nameEn}` }, owner: null, startsOn: day, endsOn: dayInVietnam(opening.endsAt),
      budgetVnd: null, status: opening.published ? 'published' : 'draft', region: point.commune,
      results: { guests: guests.filter((g) => g.pointId === point.id).length, operating: SELLING_POINT_STATUSES.includes(point.status) },
    };
  }).sort((a, b) => (a.startsOn ?? '').localeCompare(b.startsOn ?? '') || a.slug.localeCompare(b.slug));
}
