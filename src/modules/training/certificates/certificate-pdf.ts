import { createPdfDocument, formatDate, placeAndDate, programmeLetterhead, PROGRAMME_LETTERHEAD } from '../../../server/pdf/index.ts';
import type { Language } from '../../../shared/localized.ts';
import { dayInVietnam } from '../../../shared/time/clock.ts';
import { listSessions } from '../courses/course-view.ts';
import type { Queryable } from '../../../server/db/database.ts';
import type { FoundCertificate } from './find-certificate.ts';
import { certificateUrl } from './verify-certificate.ts';

const WORDS = {
  vi: {
    title: 'Giấy chứng nhận hoàn thành khoá tập huấn', certifies: 'Chứng nhận', holder: 'Học viên', course: 'Khoá tập huấn', dates: 'Thời gian',
    trainers: 'Giảng viên', attendance: 'Tỷ lệ tham dự', code: 'Mã chứng nhận', completed: 'đã hoàn thành khoá tập huấn kỹ năng văn hoá và du lịch của Chương trình OCOP thành phố Hà Nội.',
    scan: 'Quét mã để kiểm tra chứng nhận (không cần đăng nhập)', revoked: 'ĐÃ THU HỒI', signer: 'TM. BAN TỔ CHỨC',
  },
  en: {
    title: 'Certificate of training completion', certifies: 'This certifies that', holder: 'Trainee', course: 'Course', dates: 'Dates',
    trainers: 'Trainers', attendance: 'Attendance', code: 'Certificate code', completed: "has completed the culture and tourism skills course of Hanoi's OCOP programme.",
    scan: 'Scan to check this certificate (no sign-in needed)', revoked: 'REVOKED', signer: 'FOR THE ORGANISING BOARD',
  },
};

/** The certificate, printable, in Vietnamese or English, with its code and a QR code to its public check. */
export async function certificatePdf(db: Queryable, found: FoundCertificate, publicUrl: string, language: Language): Promise<Buffer> {
  const { certificate: c, course } = found;
  const w = WORDS[language];
  const sessions = await listSessions(db, course.id);
  const courseName = language === 'vi' ? course.nameVi : course.nameEn;
  const doc = createPdfDocument({ language, letterhead: programmeLetterhead(language, c.issuedOn, `${language === 'vi' ? 'Số' : 'No.'}: ${c.code}`), title: w.title, subtitle: courseName });
  if (c.revokedAt) doc.heading(`${w.revoked} (${formatDate(dayInVietnam(c.revokedAt))}): ${c.revokedReason}`);
  doc.paragraph(w.certifies, 'center');
  doc.heading(c.holderName);
  doc.paragraph(w.completed, 'center');
  const first = sessions[0];
  const last = sessions[sessions.length - 1];
  doc.fields([
    { label: w.holder, value: c.holderName },
    { label: w.course, value: courseName },
    ...(first && last ? [{ label: w.dates, value: first.day === last.day ? formatDate(first.day) : `${formatDate(first.day)} – ${formatDate(last.day)}` }] : []),
    ...(course.trainers.length ? [{ label: w.trainers, value: course.trainers.join(', ') }] : []),
    { label: w.attendance, value: `${c.attendancePercent}%` },
    { label: w.code, value: c.code },
  ]);
  doc.qrCode(certificateUrl(publicUrl, c.code), { size: 96, caption: `${w.scan}\n${certificateUrl(publicUrl, c.code)}` });
  doc.signatures([{ title: w.signer }], placeAndDate(PROGRAMME_LETTERHEAD.place[language], c.issuedOn, language));
  return doc.finish();
}
