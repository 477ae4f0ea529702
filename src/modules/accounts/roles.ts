import type { Localized } from '../../shared/localized.ts';

export const ROLES = ['admin', 'organizer', 'surveyor', 'producer', 'buyer', 'operator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, Localized> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  organizer: { vi: 'Cán bộ chương trình', en: 'Programme organizer' },
  surveyor: { vi: 'Cán bộ khảo sát', en: 'Surveyor' },
  producer: { vi: 'Chủ thể OCOP', en: 'OCOP producer' },
  buyer: { vi: 'Đơn vị thu mua', en: 'Buyer' },
  // Runs one or more points of introduction and sale (linked in outlet_operators).
  operator: { vi: 'Đơn vị vận hành điểm bán', en: 'Point-of-sale operator' },
};

/** Programme staff: the roles that run the back office. */
export const STAFF: readonly Role[] = ['admin', 'organizer'];
export const ADMIN: readonly Role[] = ['admin'];
