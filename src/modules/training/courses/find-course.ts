import { eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { conflict, notFound } from '../../../server/http/app-error.ts';
import type { Localized } from '../../../shared/localized.ts';
import type { CourseStatus } from '../domain/values.ts';
import { trainingCourses } from '../tables.ts';
import { isStaff } from '../training-access.ts';

export type CourseRow = typeof trainingCourses.$inferSelect;

export const courseNotFound = () => notFound({ vi: 'Không tìm thấy khoá tập huấn', en: 'Course not found' });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A course by id or slug; a draft exists only for staff (and the system: `viewer` 'system').
 * `lock` takes the row FOR UPDATE: enrolments and status changes of one course take turns on it.
 */
export async function findCourse(db: Queryable, key: string, viewer: SignedInUser | null | 'system', options: { lock?: boolean } = {}): Promise<CourseRow> {
  const query = db.select().from(trainingCourses).where(UUID.test(key) ? eq(trainingCourses.id, key) : eq(trainingCourses.slug, key));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row || (row.status === 'draft' && viewer !== 'system' && !isStaff(viewer))) throw courseNotFound();
  return row;
}

export const STATUS_WORDS: Record<CourseStatus, Localized> = {
  draft: { vi: 'bản nháp', en: 'draft' },
  open: { vi: 'đang nhận đăng ký', en: 'open' },
  full: { vi: 'đã đủ chỗ', en: 'full' },
  running: { vi: 'đang diễn ra', en: 'running' },
  completed: { vi: 'đã kết thúc', en: 'completed' },
  cancelled: { vi: 'đã huỷ', en: 'cancelled' },
};

/** Refuses an action the course's status does not allow (409 with the status in the message). */
export function assertCourseStatus(row: CourseRow, allowed: readonly CourseStatus[], action: Localized): void {
  if (allowed.includes(row.status)) return;
  throw conflict('course_status', {
    vi: `Không thể ${action.vi} khi khoá học ${STATUS_WORDS[row.status].vi}`,
    en: `Cannot ${action.en} while the course is ${STATUS_WORDS[row.status].en}`,
  }, { status: row.status, allowed });
}
