import type { Localized } from '../../shared/localized.ts';

/** Zones of a fair's floor plan: the four cultural regions, the foreign pavilion and service areas. */
export const ZONES = ['northern-mountains', 'red-river-delta', 'central-highlands', 'southern-delta', 'foreign', 'food', 'stage', 'service'] as const;
export type Zone = (typeof ZONES)[number];

/** Zones exhibitors can apply for (stage and service areas hold no exhibitor). */
export const EXHIBITOR_ZONES = ['northern-mountains', 'red-river-delta', 'central-highlands', 'southern-delta', 'foreign', 'food'] as const;
export type ExhibitorZone = (typeof EXHIBITOR_ZONES)[number];

/** The regional zones show OCOP products: each product needs a valid certificate for the whole fair. */
export const OCOP_ZONES: readonly Zone[] = ['northern-mountains', 'red-river-delta', 'central-highlands', 'southern-delta'];

export const ZONE_LABELS: Record<Zone, Localized> = {
  'northern-mountains': { vi: 'Miền núi phía Bắc', en: 'Northern mountains' },
  'red-river-delta': { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  'central-highlands': { vi: 'Miền Trung và Tây Nguyên', en: 'Central & Central Highlands' },
  'southern-delta': { vi: 'Đồng bằng Nam Bộ', en: 'Southern Delta' },
  foreign: { vi: 'Gian hàng quốc tế', en: 'International pavilion' },
  food: { vi: 'Khu ẩm thực', en: 'Food court' },
  stage: { vi: 'Sân khấu', en: 'Stage' },
  service: { vi: 'Khu dịch vụ', en: 'Services' },
};

/** What a service area offers (zone `service`): drawn and named on the visitors' plan. */
export const SERVICES = ['info', 'toilet', 'first-aid'] as const;
export type Service = (typeof SERVICES)[number];

export const SERVICE_LABELS: Record<Service, Localized> = {
  info: { vi: 'Quầy thông tin', en: 'Information desk' },
  toilet: { vi: 'Nhà vệ sinh', en: 'Toilets' },
  'first-aid': { vi: 'Sơ cứu y tế', en: 'First aid' },
};
