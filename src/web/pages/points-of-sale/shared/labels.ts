import { CERTIFICATE_STATUSES } from '../../../../modules/catalogue/domain/certificate-status.ts';
import type { Localized } from '../../../../shared/localized.ts';

export { POINT_KIND_LABELS, POINT_KINDS } from '../../../../modules/outlets/domain/point-kinds.ts';
export { POINT_STATUS_LABELS } from '../../../../modules/outlets/domain/point-status.ts';

export const SHELF_STATUS_LABELS: Readonly<Record<'valid' | 'expiring' | 'expired' | 'revoked' | 'none', Localized>> = {
  valid: CERTIFICATE_STATUSES.valid.label,
  expiring: CERTIFICATE_STATUSES.expiring.label,
  expired: CERTIFICATE_STATUSES.expired.label,
  revoked: CERTIFICATE_STATUSES.revoked.label,
  none: { vi: 'Không có chứng nhận OCOP', en: 'No OCOP certificate' },
};

/** Decision 148 product groups, for the map's filter. */
export const PRODUCT_GROUP_LABELS: Readonly<Record<string, Localized>> = {
  I: { vi: 'Thực phẩm', en: 'Food' },
  II: { vi: 'Đồ uống', en: 'Beverages' },
  III: { vi: 'Dược liệu', en: 'Medicinal herbs' },
  IV: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' },
  V: { vi: 'Sinh vật cảnh', en: 'Ornamental plants and animals' },
  VI: { vi: 'Dịch vụ du lịch', en: 'Tourism services' },
};

export const WEEKDAY_LABELS: readonly Localized[] = [
  { vi: 'Thứ Hai', en: 'Monday' }, { vi: 'Thứ Ba', en: 'Tuesday' }, { vi: 'Thứ Tư', en: 'Wednesday' }, { vi: 'Thứ Năm', en: 'Thursday' },
  { vi: 'Thứ Sáu', en: 'Friday' }, { vi: 'Thứ Bảy', en: 'Saturday' }, { vi: 'Chủ Nhật', en: 'Sunday' },
];

export const hoursText = (intervals: readonly { opens: string; closes: string }[], closed: string) =>
  intervals.length === 0 ? closed : intervals.map((i) => `${i.opens}–${i.closes}`).join(', ');
