import type { Queryable } from '../../../server/db/database.ts';
import type { Language } from '../../../shared/localized.ts';
import { clock, dayInVietnam } from '../../../shared/time/clock.ts';
import { formatDate } from '../../../server/pdf/index.ts';
import type { CertificateCheck } from '../contract.ts';
import { findCertificate } from './find-certificate.ts';

/** The public page a certificate's QR code opens. */
export const certificateUrl = (publicUrl: string, code: string) => `${publicUrl.replace(/\/$/, '')}/training/certificates/${code}`;

/** Whether a certificate is genuine and still valid; a revoked one says when and why. */
export async function verifyCertificate(db: Queryable, code: string, publicUrl: string, language: Language): Promise<CertificateCheck> {
  const { certificate: c, course } = await findCertificate(db, code);
  const revokedOn = c.revokedAt ? dayInVietnam(c.revokedAt) : null;
  const name = language === 'vi' ? course.nameVi : course.nameEn;
  const message = revokedOn
    ? (language === 'vi' ? `Chứng nhận đã bị thu hồi ngày ${formatDate(revokedOn)}: ${c.revokedReason}` : `This certificate was revoked on ${formatDate(revokedOn)}: ${c.revokedReason}`)
    : (language === 'vi' ? `Chứng nhận hợp lệ: ${c.holderName} đã hoàn thành khoá "${name}"` : `Valid certificate: ${c.holderName} completed "${name}"`);
  return {
    code: c.code, status: c.revokedAt ? 'revoked' : 'valid', message, holderName: c.holderName,
    course: { slug: course.slug, name: { vi: course.nameVi, en: course.nameEn }, topic: course.topic },
    issuedOn: c.issuedOn, attendancePercent: c.attendancePercent,
    revokedAt: c.revokedAt?.toISOString() ?? null, revokedOn, revokedReason: c.revokedAt ? c.revokedReason : null,
    verifyUrl: certificateUrl(publicUrl, c.code), checkedAt: clock.now().toISOString(),
  };
}
