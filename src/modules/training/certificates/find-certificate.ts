import { eq } from 'drizzle-orm';
import type { Queryable } from '../../../server/db/database.ts';
import { notFound } from '../../../server/http/app-error.ts';
import { normaliseCertificateCode } from '../domain/certificate-code.ts';
import { trainingCertificates, trainingCourses, trainingEnrolments } from '../tables.ts';

export const certificateNotFound = () => notFound({ vi: 'Không có chứng nhận tập huấn với mã này', en: 'No training certificate has this code' });

/** A certificate by its code (as typed: case, spaces and dashes ignored), with its course and enrolment. */
export async function findCertificate(db: Queryable, input: string, options: { lock?: boolean } = {}) {
  const code = normaliseCertificateCode(input);
  if (!code) throw certificateNotFound();
  const query = db.select({ certificate: trainingCertificates, course: trainingCourses, enrolment: trainingEnrolments }).from(trainingCertificates)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingCertificates.courseId))
    .innerJoin(trainingEnrolments, eq(trainingEnrolments.id, trainingCertificates.enrolmentId))
    .where(eq(trainingCertificates.code, code));
  const [found] = options.lock ? await query.for('update', { of: trainingCertificates }) : await query;
  if (!found) throw certificateNotFound();
  return found;
}
export type FoundCertificate = Awaited<ReturnType<typeof findCertificate>>;
