import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import type { CertificateSummary } from '../contract.ts';
import { trainingCertificates, trainingCourses, trainingEnrolments } from '../tables.ts';

type Where = { courseId: string } | { userId: string };

/** Certificates of a course (staff) or of one trainee's account (their own). */
export async function listCertificates(db: Queryable, where: Where): Promise<CertificateSummary[]> {
  const found = await db.select({ c: trainingCertificates, course: trainingCourses }).from(trainingCertificates)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingCertificates.courseId))
    .innerJoin(trainingEnrolments, eq(trainingEnrolments.id, trainingCertificates.enrolmentId))
    .where('courseId' in where ? eq(trainingCertificates.courseId, where.courseId) : eq(trainingEnrolments.userId, where.userId))
    .orderBy(asc(trainingCertificates.holderName), asc(trainingCertificates.code));
  return found.map(({ c, course }) => ({
    code: c.code, enrolmentId: c.enrolmentId, holderName: c.holderName, course: { slug: course.slug, name: { vi: course.nameVi, en: course.nameEn } },
    issuedOn: c.issuedOn, attendancePercent: c.attendancePercent, revokedAt: c.revokedAt?.toISOString() ?? null, revokedReason: c.revokedAt ? c.revokedReason : null,
  }));
}
