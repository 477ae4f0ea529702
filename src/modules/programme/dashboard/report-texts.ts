import type { Language } from '../../../shared/localized.ts';

/** The fixed texts of the programme's annual report and its workbook. */
export const REPORT_TEXTS: Record<Language, Record<string, string>> = {
  vi: {
    title: 'Báo cáo kết quả thực hiện Chương trình OCOP năm', summary: 'Kết quả chính', activities: 'Các hoạt động', byMonth: 'Theo tháng', byKind: 'Theo loại hoạt động', byRegion: 'Theo địa bàn',
    no: 'STT', kind: 'Loại', name: 'Hoạt động', owner: 'Đơn vị chủ trì', schedule: 'Thời gian', budget: 'Kinh phí (VNĐ)', status: 'Trạng thái', results: 'Kết quả', count: 'Số hoạt động', sales: 'Doanh thu (VNĐ)', agreements: 'Giá trị thoả thuận (VNĐ)', month: 'Tháng', region: 'Địa bàn',
    fairs: 'Hội chợ', stalls: 'Gian hàng', visitors: 'Lượt khách', fairSales: 'Doanh thu hội chợ', conferences: 'Hội nghị', mous: 'Biên bản ghi nhớ', agreementValue: 'Giá trị thoả thuận', points: 'Điểm bán hoạt động', pointSales: 'Doanh thu điểm bán', projects: 'Dự án', projectBudget: 'Kinh phí dự án', spent: 'Đã giải ngân', exhibitors: 'đơn vị', meetings: 'cuộc gặp', operating: 'đang hoạt động', milestones: 'mốc hoàn thành', preparer: 'NGƯỜI LẬP BÁO CÁO', head: 'GIÁM ĐỐC SỞ', none: 'Chưa có hoạt động.',
    courses: 'Khoá tập huấn', trainees: 'Học viên', attendance: 'Tỷ lệ chuyên cần (%)', completion: 'Tỷ lệ hoàn thành (%)', certificates: 'Chứng nhận đã cấp', openings: 'Lễ khai trương điểm bán', openingGuests: 'Khách mời khai trương',
    sessionsWord: 'buổi', traineesWord: 'học viên', attendanceWord: 'chuyên cần', completionWord: 'hoàn thành', certificatesWord: 'chứng nhận', guestsWord: 'khách mời',
  },
  en: {
    title: 'OCOP programme annual report', summary: 'Key results', activities: 'Activities', byMonth: 'By month', byKind: 'By activity', byRegion: 'By area',
    no: 'No.', kind: 'Kind', name: 'Activity', owner: 'Lead unit', schedule: 'Dates', budget: 'Budget (VND)', status: 'Status', results: 'Results', count: 'Activities', sales: 'Sales (VND)', agreements: 'Agreement value (VND)', month: 'Month', region: 'Area',
    fairs: 'Fairs', stalls: 'Stalls', visitors: 'Visitors', fairSales: 'Fair sales', conferences: 'Conferences', mous: 'MOUs', agreementValue: 'Agreement value', points: 'Points operating', pointSales: 'Point-of-sale sales', projects: 'Projects', projectBudget: 'Project budget', spent: 'Spent', exhibitors: 'exhibitors', meetings: 'meetings', operating: 'operating', milestones: 'milestones done', preparer: 'PREPARED BY', head: 'DIRECTOR', none: 'No activities yet.',
    courses: 'Training courses', trainees: 'Trainees', attendance: 'Attendance rate (%)', completion: 'Completion rate (%)', certificates: 'Certificates issued', openings: 'Point-of-sale openings', openingGuests: 'Opening guests',
    sessionsWord: 'sessions', traineesWord: 'trainees', attendanceWord: 'attendance', completionWord: 'completed', certificatesWord: 'certificates', guestsWord: 'guests',
  },
};
