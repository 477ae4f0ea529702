import type { Localized } from '../../../shared/localized.ts';

/**
 * The eight location types of Decision 950/QĐ-BCT (18/04/2023), criterion 1: a point must be
 * in at least one of them. Numbered as in the decision.
 */
export const LOCATION_TYPES = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

export const LOCATION_TYPE_LABELS: Readonly<Record<LocationType, Localized>> = {
  1: { vi: 'Cửa hàng tại nhà ga, sân bay, bến xe, bến tàu', en: 'Shops at train stations, airports, bus stations, ports' },
  2: { vi: 'Trạm, điểm dừng nghỉ trên cao tốc, quốc lộ', en: 'Expressway and national-road rest stops' },
  3: { vi: 'Trung tâm thương mại, siêu thị, chợ', en: 'Commercial centres, supermarkets, markets' },
  4: { vi: 'Cửa hàng trong khu du lịch, nhà hàng, khách sạn', en: 'Shops in tourist areas, restaurants, hotels' },
  5: { vi: 'Khu vực làng nghề, làng nghề truyền thống', en: 'Craft villages and traditional craft villages' },
  6: { vi: 'Trung tâm dịch vụ thương mại cấp huyện, xã; khu, cụm công nghiệp', en: 'District/commune commercial-service centres, industrial zones and clusters' },
  7: { vi: 'Trung tâm hội chợ, triển lãm, giới thiệu sản phẩm', en: 'Fair, exhibition and product-introduction centres' },
  8: { vi: 'Bưu cục, bưu điện văn hóa xã', en: 'Post offices and commune cultural post offices' },
};
