import { toXlsx } from '../../../server/spreadsheet/write-spreadsheet.ts';
import type { Language } from '../../../shared/localized.ts';
import type { TrainingReport, TrainingReportRow } from '../contract.ts';

const DIMENSIONS = [
  ['byCourse', { vi: 'Theo khoá', en: 'By course' }, { vi: 'Khoá tập huấn', en: 'Course' }],
  ['byTopic', { vi: 'Theo chủ đề', en: 'By topic' }, { vi: 'Chủ đề', en: 'Topic' }],
  ['byAudience', { vi: 'Theo đối tượng', en: 'By audience' }, { vi: 'Đối tượng', en: 'Audience' }],
  ['byProducerType', { vi: 'Theo loại chủ thể', en: 'By producer type' }, { vi: 'Loại chủ thể', en: 'Producer type' }],
  ['byCommune', { vi: 'Theo xã, phường', en: 'By commune' }, { vi: 'Xã, phường', en: 'Commune' }],
] as const;

/** The training report as a workbook: a sheet per grouping, the totals as the last row of each. */
export function trainingReportWorkbook(report: TrainingReport, language: Language): Promise<Buffer> {
  const vi = language === 'vi';
  const headers = (first: string) => [first, vi ? 'Số khoá' : 'Courses', vi ? 'Học viên' : 'Trainees', vi ? 'Tỷ lệ chuyên cần (%)' : 'Attendance (%)',
    vi ? 'Hoàn thành' : 'Completed', vi ? 'Tỷ lệ hoàn thành (%)' : 'Completion (%)', vi ? 'Chứng nhận' : 'Certificates'];
  const line = (label: string, r: Omit<TrainingReportRow, 'key' | 'label'>) => [label, r.courses, r.trainees, r.attendancePercent, r.completed, r.completionPercent, r.certificates];
  return toXlsx(DIMENSIONS.map(([key, sheet, first]) => ({
    name: sheet[language],
    title: `${vi ? 'Kết quả tập huấn năm' : 'Training results'} ${report.year}: ${sheet[language].toLowerCase()}`,
    headers: headers(first[language]),
    rows: [...report[key].map((row) => line(row.label[language], row)), line(vi ? 'Tổng cộng' : 'Total', report.totals)],
    widths: [44, 10, 12, 20, 12, 20, 14],
  })));
}
