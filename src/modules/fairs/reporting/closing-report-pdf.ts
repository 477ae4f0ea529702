import { createPdfDocument, formatDate, formatNumber, formatVnd, placeAndDate, programmeLetterhead } from '../../../server/pdf/index.ts';
import type { Language, Localized } from '../../../shared/localized.ts';
import { clock } from '../../../shared/time/clock.ts';
import type { FairDashboard } from '../contract.ts';
import type { fairs } from '../tables.ts';

type FairRow = typeof fairs.$inferSelect;

const W = (vi: string, en: string): Localized => ({ vi, en });
const TEXT = {
  title: W('Báo cáo tổng kết hội chợ', 'Closing report of the fair'),
  summary: W('Kết quả chính', 'Key results'),
  stalls: W('Gian hàng có người thuê / tổng số', 'Stalls taken / stalls'),
  occupancy: W('Tỷ lệ lấp đầy', 'Occupancy'),
  exhibitors: W('Đơn vị tham gia', 'Exhibitors'),
  visitors: W('Lượt khách', 'Visitors'),
  sales: W('Doanh thu', 'Sales'),
  units: W('Sản phẩm bán ra', 'Units sold'),
  reports: W('Báo cáo ngày đã nhận / phải nộp', 'Daily reports received / expected'),
  fee: W('Phí gian hàng, hỗ trợ', 'Stall fee, subsidy'),
  byDay: W('Theo ngày', 'By day'),
  day: W('Ngày', 'Day'),
  checkedIn: W('Gian đã check-in', 'Stalls checked in'),
  byZone: W('Theo khu', 'By zone'),
  byRegion: W('Theo vùng', 'By region'),
  byGroup: W('Theo nhóm sản phẩm', 'By product group'),
  byProducer: W('20 chủ thể có doanh thu cao nhất', 'The 20 exhibitors with the highest sales'),
  name: W('Tên', 'Name'),
  salesVnd: W('Doanh thu (VNĐ)', 'Sales (VND)'),
  unitsShort: W('Số lượng', 'Units'),
  total: W('Tổng', 'Total'),
  none: W('Chưa có số liệu.', 'No figures yet.'),
  preparer: W('NGƯỜI LẬP BÁO CÁO', 'PREPARED BY'),
  head: W('BAN TỔ CHỨC', 'THE ORGANIZERS'),
};

/**
 * The fair's closing report as a document: the programme's letterhead, the key results first,
 * then the days and the breakdowns, a signature block, page numbers; the same figures as the
 * dashboard it is made from.
 */
export function closingReportPdf(fair: FairRow, dashboard: FairDashboard, language: Language): Promise<Buffer> {
  const w = (key: keyof typeof TEXT) => TEXT[key][language];
  const n = (value: number) => formatNumber(value, language);
  const { figures, totals } = dashboard;
  const name = language === 'vi' ? fair.nameVi : fair.nameEn;
  const doc = createPdfDocument({ language, letterhead: programmeLetterhead(language, clock.today()), title: `${w('title')}: ${name}` });
  doc.paragraph(`${formatDate(fair.startsOn)} – ${formatDate(fair.endsOn)} · ${language === 'vi' ? fair.venueVi : fair.venueEn}${fair.venueAddress ? `, ${fair.venueAddress}` : ''}`, 'center');
  doc.summary([
    { label: w('stalls'), value: `${n(figures.occupiedStalls)} / ${n(figures.stalls)}` },
    { label: w('occupancy'), value: `${figures.stalls ? Math.round((figures.occupiedStalls / figures.stalls) * 100) : 0}%` },
    { label: w('exhibitors'), value: n(figures.exhibitors) },
    { label: w('visitors'), value: n(figures.visitors) },
    { label: w('sales'), value: formatVnd(figures.salesVnd) },
    { label: w('units'), value: n(figures.units) },
    { label: w('reports'), value: `${n(totals.reportsReceived)} / ${n(totals.reportsExpected)}` },
    { label: w('fee'), value: `${formatVnd(fair.stallFeeVnd)} · ${fair.subsidyPercent}%` },
  ], w('summary'));
  doc.heading(`1. ${w('byDay')}`);
  doc.table({
    columns: [{ header: w('day'), width: 1.4 }, { header: w('salesVnd'), width: 2, align: 'right' }, { header: w('visitors'), width: 1.4, align: 'right' }, { header: w('checkedIn'), width: 1.4, align: 'right' }],
    rows: [
      ...dashboard.days.map((d) => [formatDate(d.day), formatVnd(d.salesVnd), d.visitors === null ? '' : n(d.visitors), n(d.checkedIn)]),
      [w('total'), formatVnd(totals.salesVnd), n(totals.visitors), ''],
    ],
  });
  const breakdown = (index: number, title: string, list: FairDashboard['byZone']) => {
    doc.heading(`${index}. ${title}`);
    if (list.length === 0) {
      doc.paragraph(w('none'));
      return;
    }
    doc.table({
      columns: [{ header: w('name'), width: 3.4 }, { header: w('salesVnd'), width: 2, align: 'right' }, { header: w('unitsShort'), width: 1.2, align: 'right' }],
      rows: list.map((x) => [x.label[language], formatVnd(x.salesVnd), n(x.units)]),
    });
  };
  breakdown(2, w('byZone'), dashboard.byZone);
  breakdown(3, w('byRegion'), dashboard.byRegion);
  breakdown(4, w('byGroup'), dashboard.byGroup);
  breakdown(5, w('byProducer'), dashboard.byProducer.slice(0, 20));
  doc.signatures([{ title: w('preparer') }, { title: w('head') }], placeAndDate(language === 'vi' ? 'Hà Nội' : 'Hanoi', clock.today(), language));
  return doc.finish();
}
