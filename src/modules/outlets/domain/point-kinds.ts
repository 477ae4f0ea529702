import type { Localized } from '../../../shared/localized.ts';

/** What a point of introduction and sale is, physically (loại hình điểm). */
export const POINT_KINDS = ['showroom', 'shop', 'kiosk', 'corner', 'creative-design-centre'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

export const POINT_KIND_LABELS: Readonly<Record<PointKind, Localized>> = {
  showroom: { vi: 'Trung tâm / phòng trưng bày', en: 'Showroom' },
  shop: { vi: 'Cửa hàng', en: 'Shop' },
  kiosk: { vi: 'Ki-ốt', en: 'Kiosk' },
  corner: { vi: 'Góc OCOP trong siêu thị, khách sạn', en: 'Corner in a supermarket or hotel' },
  'creative-design-centre': { vi: 'Trung tâm thiết kế sáng tạo', en: 'Creative design centre' },
};
