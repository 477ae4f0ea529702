import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { SignedInUser } from '../../../server/http/access.ts';
import { badRequest, forbidden } from '../../../server/http/app-error.ts';
import { operatesPoint } from '../../outlets/outlet-access.ts';
import type { TraineeRecord, TraineeRecordQuery } from '../contract.ts';
import { courseCounts } from '../courses/course-view.ts';
import { vietnamTimes } from '../domain/session-times.ts';
import { isStaff } from '../training-access.ts';
import { trainingCertificates, trainingCourses, trainingEnrolments } from '../tables.ts';

/**
 * The courses taken by the trainees of one producer or one point of sale (enrolled or waiting,
 * not cancelled), newest first, with their certificates: for the producer's or the point's
 * profile. Staff see any; a producer account its own producer; an operator the points it runs.
 */
export async function listTraineeRecord(db: Queryable, user: SignedInUser, query: TraineeRecordQuery): Promise<TraineeRecord> {
  if (Boolean(query.producer) === Boolean(query.point)) {
    throw badRequest('one_subject', { vi: 'Chọn một chủ thể hoặc một điểm bán', en: 'Give one producer or one point of sale' });
  }
  const allowed = isStaff(user)
    || (query.producer !== undefined && user.role === 'producer' && user.producerId === query.producer)
    || (query.point !== undefined && (await operatesPoint(db, user, query.point)));
  if (!allowed) throw forbidden({ vi: 'Bạn chỉ xem được học viên của đơn vị mình', en: 'You can only see the trainees of your own producer or point' });
  const subject = query.producer ? eq(trainingEnrolments.producerId, query.producer) : eq(trainingEnrolments.pointId, query.point!);
  const found = await db.select({ enrolment: trainingEnrolments, course: { id: trainingCourses.id, slug: trainingCourses.slug, nameVi: trainingCourses.nameVi, nameEn: trainingCourses.nameEn } })
    .from(trainingEnrolments).innerJoin(trainingCourses, eq(trainingCourses.id, trainingEnrolments.courseId))
    .where(and(subject, ne(trainingEnrolments.status, 'cancelled'), ne(trainingCourses.status, 'draft')))
    .orderBy(desc(trainingEnrolments.createdAt), trainingEnrolments.id);
  if (found.length === 0) return { items: [] };
  const [spans, certificates] = await Promise.all([
    courseCounts(db, [...new Set(found.map((f) => f.course.id))]),
    db.select().from(trainingCertificates).where(inArray(trainingCertificates.enrolmentId, found.map((f) => f.enrolment.id))),
  ]);
  const certificateOf = new Map(certificates.map((c) => [c.enrolmentId, c]));
  const day = (at: Date | null) => (at ? vietnamTimes(at, at).day : null);
  const items = found.map(({ enrolment, course }) => {
    const span = spans.get(course.id);
    const certificate = certificateOf.get(enrolment.id);
    return {
      enrolmentId: enrolment.id, fullName: enrolment.fullName, status: enrolment.status as 'enrolled' | 'waitlisted',
      course: { slug: course.slug, name: { vi: course.nameVi, en: course.nameEn }, firstDay: day(span?.firstAt ?? null), lastDay: day(span?.lastAt ?? null) },
      certificate: certificate ? { code: certificate.code, issuedOn: certificate.issuedOn, revoked: Boolean(certificate.revokedAt) } : null,
    };
  });
  // The latest course first: by its first day, then the newest enrolment.
  return { items: items.sort((a, b) => (b.course.firstDay ?? '').localeCompare(a.course.firstDay ?? '')) };
}
