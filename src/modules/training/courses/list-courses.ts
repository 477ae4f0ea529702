import { and, arrayContains, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { CourseSummary } from '../contract.ts';
import { PUBLIC_STATUSES } from '../domain/course-status.ts';
import type { Audience, Topic } from '../domain/values.ts';
import { trainingCourses } from '../tables.ts';
import { courseCounts, toCourseSummary } from './course-view.ts';

export interface CourseFilter { topic?: Topic; audience?: Audience; includeDrafts: boolean }

/** Courses, the soonest first session first (courses without sessions last); drafts for staff only. */
export async function listCourses(db: Queryable, filter: CourseFilter): Promise<CourseSummary[]> {
  const where: SQL[] = [];
  if (!filter.includeDrafts) where.push(inArray(trainingCourses.status, [...PUBLIC_STATUSES]));
  if (filter.topic) where.push(eq(trainingCourses.topic, filter.topic));
  if (filter.audience) where.push(arrayContains(trainingCourses.audiences, [filter.audience]));
  const found = await db.select().from(trainingCourses).where(and(...where)).orderBy(desc(trainingCourses.createdAt));
  const counts = await courseCounts(db, found.map((c) => c.id));
  const items = found.map((row) => toCourseSummary(row, counts.get(row.id)!));
  return items.sort((a, b) => (a.firstDay ?? '9999').localeCompare(b.firstDay ?? '9999') || a.slug.localeCompare(b.slug));
}
