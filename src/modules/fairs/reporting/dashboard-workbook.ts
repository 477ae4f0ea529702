import ExcelJS from 'exceljs';
import { writeWorkbook } from '../../../server/spreadsheet/write-spreadsheet.ts';
import type { FairDashboard } from '../contract.ts';

const ddMMyyyy = (iso: string) => iso.split('-').reverse().join('/');

/** The fair dashboard as a workbook: one sheet per breakdown, amounts in VND. */
export async function dashboardWorkbook(fair: { nameVi: string; startsOn: string; endsOn: string }, dashboard: FairDashboard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OCOP Connect';
  const money = '#,##0 "₫"';
  const days = workbook.addWorksheet('Theo ngày');
  days.addRow([`${fair.nameVi} (${ddMMyyyy(fair.startsOn)} – ${ddMMyyyy(fair.endsOn)})`]).font = { bold: true, size: 13 };
  days.addRow(['Ngày', 'Doanh thu (VNĐ)', 'Lượt khách', 'Gian đã check-in']).font = { bold: true };
  for (const d of dashboard.days) days.addRow([ddMMyyyy(d.day), d.salesVnd, d.visitors ?? '', d.checkedIn]);
  days.addRow(['Tổng', dashboard.totals.salesVnd, dashboard.totals.visitors, '']).font = { bold: true };
  days.getColumn(2).numFmt = money;
  days.getColumn(1).width = 14;
  days.getColumn(2).width = 20;
  for (const [title, totals] of [['Theo khu', dashboard.byZone], ['Theo vùng', dashboard.byRegion], ['Theo nhóm sản phẩm', dashboard.byGroup], ['Theo chủ thể', dashboard.byProducer]] as const) {
    const sheet = workbook.addWorksheet(title);
    sheet.addRow([title, 'Doanh thu (VNĐ)', 'Số lượng']).font = { bold: true };
    for (const t of totals) sheet.addRow([t.label.vi, t.salesVnd, t.units]);
    sheet.getColumn(1).width = 40;
    sheet.getColumn(2).width = 20;
    sheet.getColumn(2).numFmt = money;
  }
  // Producer and product names are written formula-safe by the spreadsheet engine.
  return writeWorkbook(workbook);
}
