import { toXlsx } from '../../../server/spreadsheet/write-spreadsheet.ts';
import type { Language, Localized } from '../../../shared/localized.ts';
import { formatDate } from '../../../server/pdf/index.ts';
import type { CourseRow } from '../courses/find-course.ts';
import type { CompletionSheet } from '../certificates/course-completion.ts';
import { vietnamTimes } from '../domain/session-times.ts';
import { AUDIENCE_LABELS } from '../domain/labels.ts';
import type { AttendanceStatus } from '../domain/values.ts';

const STATUS: Record<AttendanceStatus, Localized> = {
  present: { vi: 'Có mặt', en: 'Present' }, late: { vi: 'Đến muộn', en: 'Late' }, excused: { vi: 'Vắng có phép', en: 'Excused' }, absent: { vi: 'Vắng', en: 'Absent' },
};

/** Attendance of a course as a workbook: one row per seated trainee, one column per session, then the completion. */
export function attendanceWorkbook(course: CourseRow, sheet: CompletionSheet, language: Language): Promise<Buffer> {
  const vi = language === 'vi';
  const yes = vi ? 'Đạt' : 'Passed';
  const no = vi ? 'Chưa đạt' : 'Not passed';
  const sessionHeaders = sheet.sessions.map((s, i) => {
    const t = vietnamTimes(s.startsAt, s.endsAt);
    return `${vi ? 'Buổi' : 'Session'} ${i + 1} (${formatDate(t.day)} ${t.startsAt})`;
  });
  return toXlsx([{
    name: vi ? 'Diem danh' : 'Attendance',
    title: `${vi ? 'Điểm danh' : 'Attendance'}: ${vi ? course.nameVi : course.nameEn}`,
    headers: [vi ? 'STT' : 'No.', vi ? 'Họ và tên' : 'Full name', 'Email', vi ? 'Điện thoại' : 'Phone', vi ? 'Xã, phường' : 'Commune', vi ? 'Đối tượng' : 'Audience',
      ...sessionHeaders, vi ? 'Số buổi tham dự' : 'Sessions attended', vi ? 'Tỷ lệ (%)' : 'Rate (%)', vi ? 'Kiểm tra cuối khoá' : 'Final assessment',
      vi ? 'Hoàn thành' : 'Completed', vi ? 'Mã chứng nhận' : 'Certificate code'],
    rows: sheet.trainees.map(({ enrolment: e, marks, row }, i) => [
      i + 1, e.fullName, e.email, e.phone, e.commune, AUDIENCE_LABELS[e.audience][language],
      ...sheet.sessions.map((s) => { const m = marks.get(s.id); return m ? STATUS[m][language] : ''; }),
      row.attended, row.attendancePercent, row.assessmentPassed === null ? '' : row.assessmentPassed ? yes : no,
      row.completed ? yes : no, row.certificateCode ? `${row.certificateCode}${row.certificateRevoked ? (vi ? ' (đã thu hồi)' : ' (revoked)') : ''}` : '',
    ]),
    widths: [6, 30, 28, 14, 20, 20, ...sheet.sessions.map(() => 22), 14, 10, 16, 12, 28],
  }]);
}
