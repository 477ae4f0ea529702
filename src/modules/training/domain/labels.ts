import type { Localized } from '../../../shared/localized.ts';
import type { Audience, Topic } from './values.ts';

/** Names for spreadsheets and documents the server writes (the web app has its own in i18n). */
export const TOPIC_LABELS: Record<Topic, Localized> = {
  storytelling: { vi: 'Kể chuyện sản phẩm', en: 'Product storytelling' },
  'visitor-service': { vi: 'Phục vụ du khách', en: 'Serving visitors' },
  display: { vi: 'Trưng bày', en: 'Display' },
  'online-selling': { vi: 'Bán hàng trực tuyến', en: 'Selling online' },
  'foreign-language': { vi: 'Ngoại ngữ cho du lịch', en: 'Languages for tourism' },
};

export const AUDIENCE_LABELS: Record<Audience, Localized> = {
  producer: { vi: 'Chủ thể OCOP', en: 'OCOP producer' },
  'point-staff': { vi: 'Nhân viên điểm bán', en: 'Point-of-sale staff' },
  guide: { vi: 'Hướng dẫn viên làng nghề', en: 'Craft-village guide' },
  'commune-official': { vi: 'Cán bộ xã', en: 'Commune official' },
};
