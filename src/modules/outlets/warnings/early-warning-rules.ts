import type { Localized } from '../../../shared/localized.ts';
import { firstDay, shiftMonth, type Month } from '../sales/months.ts';

export type WarningRule = 'missed-report' | 'sales-falling' | 'ocop-share-low' | 'expired-products';

/** What the rules look at for one selling point (plain data: the rules are a pure function). */
export interface PointHealth {
  openedOn: string | null;
  /** Total sales by reported month ("yyyy-MM" → VND). */
  salesByMonth: Readonly<Record<Month, number>>;
  ocopSharePercent: number | null;
  minimumOcopSharePercent: number | null;
  /** Products on the shelf (quantity > 0) whose certificate expired or was revoked. */
  expiredProducts: readonly string[];
}

const vnd = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} ₫`;
const mmyyyy = (m: Month) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

/**
 * Why a point is failing, rule by rule: it missed the report due (`dueMonth`, the latest month
 * whose report is due) though it was open that month; its sales fell two months running (the
 * three latest due months all reported, each lower than the one before); its OCOP share is under
 * the local rule; it holds products whose certificate expired or was revoked.
 */
export function warningReasons(point: PointHealth, dueMonth: Month): { rule: WarningRule; message: Localized }[] {
  const reasons: { rule: WarningRule; message: Localized }[] = [];
  const openBeforeEndOf = (month: Month) => point.openedOn !== null && point.openedOn < firstDay(shiftMonth(month, 1));
  if (openBeforeEndOf(dueMonth) && point.salesByMonth[dueMonth] === undefined) {
    reasons.push({ rule: 'missed-report', message: { vi: `Chưa báo cáo doanh số tháng ${mmyyyy(dueMonth)}`, en: `No sales report for ${mmyyyy(dueMonth)}` } });
  }
  const [m0, m1, m2] = [dueMonth, shiftMonth(dueMonth, -1), shiftMonth(dueMonth, -2)].map((m) => point.salesByMonth[m]);
  if (m0 !== undefined && m1 !== undefined && m2 !== undefined && m0 < m1 && m1 < m2) {
    reasons.push({ rule: 'sales-falling', message: {
      vi: `Doanh số giảm hai tháng liền: ${vnd(m2)} → ${vnd(m1)} → ${vnd(m0)}`,
      en: `Sales fell two months running: ${vnd(m2)} → ${vnd(m1)} → ${vnd(m0)}`,
    } });
  }
  if (point.ocopSharePercent !== null && point.minimumOcopSharePercent !== null && point.ocopSharePercent < point.minimumOcopSharePercent) {
    reasons.push({ rule: 'ocop-share-low', message: {
      vi: `Tỷ lệ sản phẩm OCOP ${point.ocopSharePercent}% dưới mức tối thiểu ${point.minimumOcopSharePercent}%`,
      en: `OCOP share ${point.ocopSharePercent}% is under the minimum ${point.minimumOcopSharePercent}%`,
    } });
  }
  if (point.expiredProducts.length > 0) {
    const names = point.expiredProducts.slice(0, 3).join(', ') + (point.expiredProducts.length > 3 ? '…' : '');
    reasons.push({ rule: 'expired-products', message: {
      vi: `Bày bán ${point.expiredProducts.length} sản phẩm có chứng nhận OCOP hết hạn hoặc bị thu hồi: ${names}`,
      en: `Holds ${point.expiredProducts.length} products whose OCOP certificate expired or was revoked: ${names}`,
    } });
  }
  return reasons;
}
