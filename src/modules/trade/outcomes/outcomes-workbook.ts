import { toXlsx } from '../../../server/spreadsheet/write-spreadsheet.ts';
import type { Language } from '../../../shared/localized.ts';
import type { Agreement, ConferenceDashboard, Meeting } from '../contract.ts';
import { BUYER_KIND_LABELS } from '../domain/values.ts';

/** The conference's outcomes as a workbook: MOUs and contracts, meetings, and the dashboard's tables. */
export function outcomesWorkbook(dashboard: ConferenceDashboard, agreements: Agreement[], meetingList: Meeting[], language: Language): Promise<Buffer> {
  const vi = language === 'vi';
  const breakdown = (name: string, title: string, rows: ConferenceDashboard['byBuyerKind']) => ({
    name, title, headers: vi ? ['Nhóm', 'Cuộc gặp đã diễn ra', 'Số biên bản', 'Giá trị (VNĐ)'] : ['Group', 'Meetings held', 'Agreements', 'Value (VND)'],
    rows: rows.map((r) => [r.label[language], r.meetings, r.agreements, r.valueVnd]), widths: [36, 18, 14, 20],
  });
  return toXlsx([
    {
      name: vi ? 'Bien ban' : 'Agreements', title: vi ? 'Biên bản ghi nhớ và hợp đồng' : 'MOUs and contracts',
      headers: vi ? ['Loại', 'Chủ thể OCOP', 'Tỉnh, thành', 'Bên mua', 'Loại bên mua', 'Sản lượng', 'Giá trị (VNĐ)', 'Ngày ký', 'Theo dõi', 'Ngày theo dõi']
        : ['Kind', 'OCOP producer', 'Province', 'Buyer', 'Buyer kind', 'Volume', 'Value (VND)', 'Signed on', 'Follow-up', 'Follow-up on'],
      rows: agreements.map((a) => [a.kind === 'mou' ? 'MOU' : (vi ? 'Hợp đồng' : 'Contract'), a.producerName, a.producerProvince, a.buyerName, BUYER_KIND_LABELS[a.buyerKind][language],
        a.volume, a.valueVnd, a.signedOn, a.followUpStatus, a.followUpOn]),
      widths: [10, 36, 16, 30, 22, 20, 18, 12, 14, 12],
    },
    {
      name: vi ? 'Lich gap' : 'Meetings', headers: vi ? ['Ca', 'Ngày', 'Giờ', 'Bàn', 'Chủ thể OCOP', 'Bên mua', 'Trạng thái'] : ['Slot', 'Day', 'Time', 'Table', 'OCOP producer', 'Buyer', 'Status'],
      rows: meetingList.map((m) => [m.slot, m.day, `${m.startsAt}–${m.endsAt}`, m.tableCode, m.producerName, m.buyerName, m.status]), widths: [6, 12, 14, 8, 36, 30, 12],
    },
    breakdown(vi ? 'Theo loai ben mua' : 'By buyer kind', vi ? 'Theo loại bên mua' : 'By buyer kind', dashboard.byBuyerKind),
    breakdown(vi ? 'Theo tinh' : 'By province', vi ? 'Theo tỉnh, thành' : 'By province', dashboard.byProvince),
    breakdown(vi ? 'Theo nhom san pham' : 'By product group', vi ? 'Theo nhóm sản phẩm' : 'By product group', dashboard.byProductGroup),
  ]);
}
