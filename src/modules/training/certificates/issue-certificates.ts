import type { Database } from '../../../server/db/database.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { notify } from '../../notifications/notify.ts';
import type { IssueResult } from '../contract.ts';
import { assertCourseStatus, findCourse } from '../courses/find-course.ts';
import { newCertificateCode } from '../domain/certificate-code.ts';
import { CERTIFICATES_OPEN } from '../domain/course-status.ts';
import { trainingCertificates } from '../tables.ts';
import { completionSheet } from './course-completion.ts';

/**
 * Issues a certificate to every seated trainee who meets the course's completion rule and has
 * none yet (a revoked one is not replaced). Idempotent: running it again issues only to those
 * who completed since. The course row is locked, so two runs at once take turns.
 */
export async function issueCertificates(database: Database, actor: Actor, courseKey: string): Promise<IssueResult> {
  return database.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseKey, 'system', { lock: true });
    assertCourseStatus(course, CERTIFICATES_OPEN, { vi: 'cấp chứng nhận', en: 'issue certificates' });
    const sheet = await completionSheet(tx, course);
    const result: IssueResult = { issued: [], alreadyIssued: 0, notCompleted: 0 };
    for (const { row, enrolment } of sheet.trainees) {
      if (row.certificateCode) {
        result.alreadyIssued += 1;
        continue;
      }
      if (!row.completed) {
        result.notCompleted += 1;
        continue;
      }
      const [certificate] = await tx.insert(trainingCertificates).values({
        enrolmentId: enrolment.id, courseId: course.id, code: newCertificateCode(), holderName: enrolment.fullName,
        issuedOn: clock.today(), attendancePercent: row.attendancePercent,
      }).onConflictDoNothing({ target: trainingCertificates.enrolmentId }).returning();
      if (!certificate) {
        result.alreadyIssued += 1;
        continue;
      }
      await recordAudit(tx, actor, {
        action: 'training-certificate.issue', entity: 'training-certificate', entityId: certificate.id,
        changes: { enrolmentId: enrolment.id, courseId: course.id, holderName: certificate.holderName, issuedOn: certificate.issuedOn, attendancePercent: certificate.attendancePercent },
      });
      if (enrolment.userId) {
        await notify(tx, {
          to: { userIds: [enrolment.userId] }, kind: 'training.certificate-issued', actorId: actor.id, link: `/training/certificates/${certificate.code}`,
          text: { vi: `Bạn được cấp chứng nhận hoàn thành khoá "${course.nameVi}"`, en: `You have a certificate of completion for "${course.nameEn}"` },
        });
      }
      result.issued.push({ enrolmentId: enrolment.id, code: certificate.code });
    }
    return result;
  });
}
