import { count, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { conflict } from '../../../server/http/app-error.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { changedFields } from '../../audit/changed-fields.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { attachFiles } from '../../files/attach-files.ts';
import type { CourseInput, CourseUpdate } from '../contract.ts';
import { canMoveCourse, NEXT_COURSE_STATUSES } from '../domain/course-status.ts';
import { promoteWaitlist } from '../enrolment/promote-waitlist.ts';
import { trainingCourses, trainingSessions } from '../tables.ts';
import { COURSE_MATERIALS } from './course-materials.ts';
import { findCourse, STATUS_WORDS } from './find-course.ts';

type Values = Omit<typeof trainingCourses.$inferInsert, 'id' | 'slug' | 'createdAt' | 'updatedAt'>;

const slugTaken = () => conflict('slug_taken', { vi: 'Đường dẫn (slug) này đã được dùng', en: 'This slug is already used' });

export async function createCourse(database: Database, user: SignedInUser, actor: Actor, input: CourseInput): Promise<{ id: string; slug: string }> {
  const values: Values = {
    nameVi: input.name.vi.trim(), nameEn: input.name.en.trim(), descriptionVi: input.description?.vi ?? '', descriptionEn: input.description?.en ?? '',
    topic: input.topic, audiences: input.audiences, trainers: input.trainers ?? [], links: input.links ?? [], capacity: input.capacity,
    minAttendancePercent: input.minAttendancePercent ?? 80, assessmentRequired: input.assessmentRequired ?? false, status: 'draft',
  };
  return database.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: trainingCourses.id }).from(trainingCourses).where(eq(trainingCourses.slug, input.slug));
    if (taken) throw slugTaken();
    const [row] = await tx.insert(trainingCourses).values({ ...values, slug: input.slug }).returning({ id: trainingCourses.id, slug: trainingCourses.slug });
    if (!row) throw new Error('insert returned no row');
    if (input.materialFileIds) await attachFiles(tx, user, actor, { owner: { kind: COURSE_MATERIALS.kind, id: row.id }, fileIds: input.materialFileIds });
    await recordAudit(tx, actor, { action: 'training-course.create', entity: 'training-course', entityId: row.id, changes: { slug: input.slug, ...values } });
    return row;
  });
}

/**
 * Changes a course and moves it along its life. Opening needs a session; "full" is never asked
 * for (it follows the seats); more seats promote people from the waiting list at once.
 */
export async function updateCourse(database: Database, user: SignedInUser, actor: Actor, key: string, input: CourseUpdate): Promise<void> {
  await database.db.transaction(async (tx) => {
    const before = await findCourse(tx, key, 'system', { lock: true });
    const { status: asked, materialFileIds, ...fields } = input;
    const next: Values = {
      nameVi: fields.name?.vi.trim() ?? before.nameVi, nameEn: fields.name?.en.trim() ?? before.nameEn,
      descriptionVi: fields.description?.vi ?? before.descriptionVi, descriptionEn: fields.description?.en ?? before.descriptionEn,
      topic: fields.topic ?? before.topic, audiences: fields.audiences ?? before.audiences, trainers: fields.trainers ?? before.trainers,
      links: fields.links ?? before.links, capacity: fields.capacity ?? before.capacity,
      minAttendancePercent: fields.minAttendancePercent ?? before.minAttendancePercent,
      assessmentRequired: fields.assessmentRequired ?? before.assessmentRequired, status: before.status,
    };
    if (asked && asked !== before.status) {
      if (asked === 'full' || !canMoveCourse(before.status, asked)) {
        throw conflict('bad_status_change', {
          vi: `Không thể chuyển khoá học từ "${STATUS_WORDS[before.status].vi}" sang "${STATUS_WORDS[asked].vi}"`,
          en: `A course cannot go from "${before.status}" to "${asked}"`,
        }, { from: before.status, allowed: NEXT_COURSE_STATUSES[before.status].filter((s) => s !== 'full') });
      }
      if (asked === 'open' || asked === 'running') {
        const [sessions] = await tx.select({ n: count() }).from(trainingSessions).where(eq(trainingSessions.courseId, before.id));
        if (!sessions?.n) throw conflict('no_sessions', { vi: 'Khoá học cần ít nhất một buổi học', en: 'The course needs at least one session first' });
      }
      next.status = asked;
    }
    if (['completed', 'cancelled'].includes(before.status) && Object.keys(fields).length > 0) {
      throw conflict('course_closed', { vi: 'Khoá học đã kết thúc hoặc đã huỷ, không sửa được', en: 'A completed or cancelled course cannot be changed' });
    }
    await tx.update(trainingCourses).set({ ...next, updatedAt: clock.now() }).where(eq(trainingCourses.id, before.id));
    if (materialFileIds) await attachFiles(tx, user, actor, { owner: { kind: COURSE_MATERIALS.kind, id: before.id }, fileIds: materialFileIds });
    await recordAudit(tx, actor, { action: 'training-course.update', entity: 'training-course', entityId: before.id, changes: changedFields(before, next) });
    // Seats follow the capacity and the status: open ↔ full, waiting trainees take freed seats.
    await promoteWaitlist(tx, actor, before.id);
  });
}
