import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { Enrolment, MyEnrolmentList } from '../contract.ts';
import { courseCounts, toCourseSummary } from '../courses/course-view.ts';
import { trainingCourses, trainingEnrolments } from '../tables.ts';

type Row = typeof trainingEnrolments.$inferSelect;

/** Waiting-list places (1 = next to get a seat) of waiting enrolments, by id, counted per course. */
function positions(rows: readonly Row[]): Map<string, number> {
  const waiting = rows.filter((r) => r.status === 'waitlisted')
    .sort((a, b) => (a.waitlistedAt?.getTime() ?? 0) - (b.waitlistedAt?.getTime() ?? 0) || a.id.localeCompare(b.id));
  const seen = new Map<string, number>();
  const out = new Map<string, number>();
  for (const r of waiting) {
    const place = (seen.get(r.courseId) ?? 0) + 1;
    seen.set(r.courseId, place);
    out.set(r.id, place);
  }
  return out;
}

const toEnrolment = (r: Row, position: number | undefined): Enrolment => ({
  id: r.id, fullName: r.fullName, email: r.email, phone: r.phone, commune: r.commune, audience: r.audience, status: r.status, source: r.source,
  userId: r.userId, producerId: r.producerId, pointId: r.pointId, waitlistPosition: position ?? null, assessmentPassed: r.assessmentPassed,
  createdAt: r.createdAt.toISOString(),
});

/** Every enrolment of a course (staff): seated first, then the waiting list in order, then cancelled. */
export async function listEnrolments(db: Queryable, courseId: string): Promise<Enrolment[]> {
  const found = await db.select().from(trainingEnrolments).where(eq(trainingEnrolments.courseId, courseId)).orderBy(asc(trainingEnrolments.createdAt), asc(trainingEnrolments.id));
  const places = positions(found);
  const rank = { enrolled: 0, waitlisted: 1, cancelled: 2 } as const;
  return found.map((r) => toEnrolment(r, places.get(r.id)))
    .sort((a, b) => rank[a.status] - rank[b.status] || (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) || a.fullName.localeCompare(b.fullName, 'vi'));
}

/** A trainee's own courses (not cancelled), with their place on any waiting list. */
export async function listMyEnrolments(db: Queryable, userId: string): Promise<MyEnrolmentList> {
  const mine = await db.select({ e: trainingEnrolments, c: trainingCourses }).from(trainingEnrolments)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingEnrolments.courseId))
    .where(and(eq(trainingEnrolments.userId, userId), ne(trainingEnrolments.status, 'cancelled')));
  const courseIds = [...new Set(mine.map((m) => m.c.id))];
  const [counts, waiting] = await Promise.all([
    courseCounts(db, courseIds),
    courseIds.length ? db.select().from(trainingEnrolments).where(and(inArray(trainingEnrolments.courseId, courseIds), eq(trainingEnrolments.status, 'waitlisted'))) : Promise.resolve([]),
  ]);
  const places = positions(waiting);
  return {
    items: mine.map(({ e, c }) => ({ id: e.id, status: e.status, waitlistPosition: places.get(e.id) ?? null, course: toCourseSummary(c, counts.get(c.id)!) }))
      .sort((a, b) => (a.course.firstDay ?? '9999').localeCompare(b.course.firstDay ?? '9999')),
  };
}
