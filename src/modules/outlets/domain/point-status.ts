import type { Localized } from '../../../shared/localized.ts';

/**
 * The life of a point: candidate → surveyed → approved or rejected → equipping → opened →
 * operating → suspended or closed. The server refuses any other step (one rule for server and
 * web); each step is recorded with who, when and why.
 */
export const POINT_STATUSES = ['candidate', 'surveyed', 'approved', 'rejected', 'equipping', 'opened', 'operating', 'suspended', 'closed'] as const;
export type PointStatus = (typeof POINT_STATUSES)[number];

export const NEXT_POINT_STATUSES: Readonly<Record<PointStatus, readonly PointStatus[]>> = {
  candidate: ['surveyed', 'rejected'],
  surveyed: ['approved', 'rejected'],
  approved: ['equipping', 'closed'],
  // A rejected candidate may be surveyed again after it improves.
  rejected: ['candidate'],
  equipping: ['opened', 'closed'],
  opened: ['operating', 'suspended', 'closed'],
  operating: ['suspended', 'closed'],
  suspended: ['operating', 'closed'],
  closed: [],
};

export const canMovePoint = (from: PointStatus, to: PointStatus): boolean => NEXT_POINT_STATUSES[from].includes(to);

/** Points the public sees on the map and may visit. */
export const PUBLIC_POINT_STATUSES: readonly PointStatus[] = ['opened', 'operating'];

/** Points that sell and so must report sales every month. */
export const SELLING_POINT_STATUSES: readonly PointStatus[] = ['opened', 'operating'];

export const POINT_STATUS_LABELS: Readonly<Record<PointStatus, Localized>> = {
  candidate: { vi: 'Đề xuất', en: 'Candidate' },
  surveyed: { vi: 'Đã khảo sát', en: 'Surveyed' },
  approved: { vi: 'Được lựa chọn', en: 'Approved' },
  rejected: { vi: 'Không được chọn', en: 'Rejected' },
  equipping: { vi: 'Đang hỗ trợ trang thiết bị', en: 'Equipping' },
  opened: { vi: 'Đã khai trương', en: 'Opened' },
  operating: { vi: 'Đang hoạt động', en: 'Operating' },
  suspended: { vi: 'Tạm ngừng', en: 'Suspended' },
  closed: { vi: 'Đã đóng cửa', en: 'Closed' },
};
