import type { Localized } from '../../../shared/localized.ts';

export const CONFERENCE_STATUSES = ['draft', 'registration', 'matching', 'scheduled', 'running', 'closed'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

export const BUYER_KINDS = ['supermarket', 'distributor', 'exporter', 'hotel', 'airline', 'duty-free', 'e-commerce', 'rest-stop', 'other'] as const;
export type BuyerKind = (typeof BUYER_KINDS)[number];

export const BUYER_KIND_LABELS: Record<BuyerKind, Localized> = {
  supermarket: { vi: 'Chuỗi siêu thị', en: 'Supermarket chain' },
  distributor: { vi: 'Nhà phân phối', en: 'Distributor' },
  exporter: { vi: 'Doanh nghiệp xuất khẩu', en: 'Exporter' },
  hotel: { vi: 'Khách sạn, nhà hàng', en: 'Hotel or restaurant' },
  airline: { vi: 'Hãng hàng không', en: 'Airline' },
  'duty-free': { vi: 'Cửa hàng miễn thuế', en: 'Duty-free shop' },
  'e-commerce': { vi: 'Sàn thương mại điện tử', en: 'E-commerce platform' },
  'rest-stop': { vi: 'Trạm dừng nghỉ cao tốc', en: 'Expressway rest stop' },
  other: { vi: 'Khác', en: 'Other' },
};

export const TABLE_MODES = ['own', 'pool'] as const;
export type TableMode = (typeof TABLE_MODES)[number];

export const REQUEST_SIDES = ['producer', 'buyer', 'organizer'] as const;
export type RequestSide = (typeof REQUEST_SIDES)[number];

export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'cancelled', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const MEETING_SOURCES = ['schedule', 'accept', 'organizer'] as const;
export type MeetingSource = (typeof MEETING_SOURCES)[number];

export const MEETING_STATUSES = ['scheduled', 'held', 'no-show'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const AGREEMENT_KINDS = ['mou', 'contract'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const FOLLOW_UP_STATUSES = ['signed', 'in-progress', 'delivered', 'stalled', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** A plenary programme item, on one day of the conference. */
export interface ProgrammeItem {
  day: string;
  startsAt: string;
  endsAt: string;
  title: Localized;
}

/** A B2B trading session: `slots` consecutive slots of `slotMinutes` from `startsAt` on `day`. */
export interface B2BSession {
  day: string;
  startsAt: string;
  slotMinutes: number;
  slots: number;
}
