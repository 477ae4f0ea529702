import type { PointKind } from '../domain/point-kinds.ts';
import type { PointStatus } from '../domain/point-status.ts';
import type { WeeklyHours } from '../domain/shapes.ts';

/** Current communes and wards of Hanoi (since 2025) with the district they used to belong to and a centre. */
export const DEMO_COMMUNES: readonly { commune: string; legacy: string; lat: number; lng: number; urban: boolean }[] = [
  { commune: 'Phường Hoàn Kiếm', legacy: 'Hoàn Kiếm', lat: 21.0285, lng: 105.8542, urban: true },
  { commune: 'Phường Ba Đình', legacy: 'Ba Đình', lat: 21.0340, lng: 105.8140, urban: true },
  { commune: 'Phường Tây Hồ', legacy: 'Tây Hồ', lat: 21.0680, lng: 105.8240, urban: true },
  { commune: 'Phường Cầu Giấy', legacy: 'Cầu Giấy', lat: 21.0330, lng: 105.7940, urban: true },
  { commune: 'Phường Đống Đa', legacy: 'Đống Đa', lat: 21.0180, lng: 105.8290, urban: true },
  { commune: 'Phường Hai Bà Trưng', legacy: 'Hai Bà Trưng', lat: 21.0060, lng: 105.8570, urban: true },
  { commune: 'Phường Hoàng Mai', legacy: 'Hoàng Mai', lat: 20.9760, lng: 105.8630, urban: true },
  { commune: 'Phường Long Biên', legacy: 'Long Biên', lat: 21.0470, lng: 105.8890, urban: true },
  { commune: 'Phường Hà Đông', legacy: 'Hà Đông', lat: 20.9710, lng: 105.7780, urban: true },
  { commune: 'Phường Sơn Tây', legacy: 'Sơn Tây', lat: 21.1380, lng: 105.5050, urban: true },
  { commune: 'Xã Gia Lâm', legacy: 'Gia Lâm', lat: 21.0190, lng: 105.9480, urban: false },
  { commune: 'Xã Thạch Thất', legacy: 'Thạch Thất', lat: 21.0200, lng: 105.5700, urban: false },
  { commune: 'Xã Phú Nghĩa', legacy: 'Chương Mỹ', lat: 20.9200, lng: 105.6500, urban: false },
  { commune: 'Xã Thường Tín', legacy: 'Thường Tín', lat: 20.8700, lng: 105.8600, urban: false },
  { commune: 'Xã Phú Xuyên', legacy: 'Phú Xuyên', lat: 20.7400, lng: 105.9000, urban: false },
  { commune: 'Xã Sơn Đồng', legacy: 'Hoài Đức', lat: 21.0500, lng: 105.7000, urban: false },
  { commune: 'Xã Mỹ Đức', legacy: 'Mỹ Đức', lat: 20.7000, lng: 105.7400, urban: false },
  { commune: 'Xã Ba Vì', legacy: 'Ba Vì', lat: 21.2000, lng: 105.4200, urban: false },
  { commune: 'Xã Đông Anh', legacy: 'Đông Anh', lat: 21.1400, lng: 105.8500, urban: false },
  { commune: 'Xã Sóc Sơn', legacy: 'Sóc Sơn', lat: 21.2600, lng: 105.8500, urban: false },
  { commune: 'Xã Thanh Trì', legacy: 'Thanh Trì', lat: 20.9400, lng: 105.8500, urban: false },
  { commune: 'Xã Mê Linh', legacy: 'Mê Linh', lat: 21.1800, lng: 105.7200, urban: false },
];

const day = (opens: string, closes: string) => [{ opens, closes }];
/** Every day 08:00–18:00. */
export const DAILY: WeeklyHours = Array.from({ length: 7 }, () => day('08:00', '18:00'));
/** Monday–Friday 08:00–17:00, Saturday morning, closed on Sunday (an office showroom). */
export const OFFICE: WeeklyHours = [day('08:00', '17:00'), day('08:00', '17:00'), day('08:00', '17:00'), day('08:00', '17:00'), day('08:00', '17:00'), day('08:00', '11:30'), []];
/** Every day 07:30–21:30 (tourist areas, supermarkets). */
export const LONG: WeeklyHours = Array.from({ length: 7 }, () => day('07:30', '21:30'));

export interface PilotPoint {
  slug: string;
  name: { vi: string; en: string };
  kind: PointKind;
  locationType: number;
  address: string;
  commune: string;
  legacyDistrict: string;
  lat: number;
  lng: number;
  floorAreaM2: number;
  hours: WeeklyHours;
  village: string | null;
  status: PointStatus;
  description: { vi: string; en: string };
  nearby: { vi: string; en: string }[];
}

/** The five pilot points of the programme (Issue: Vạn Phúc, Bát Tràng, Sài Sơn, Đường Lâm and the Center's showroom). */
export const PILOT_POINTS: readonly PilotPoint[] = [
  {
    slug: 'showroom-trung-tam-khuyen-cong', name: { vi: 'Showroom OCOP – Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Nội', en: 'OCOP showroom of the Hanoi Industrial Promotion and Development Consultancy Center' },
    kind: 'showroom', locationType: 7, address: 'Trụ sở Trung tâm Khuyến công và Tư vấn phát triển công nghiệp', commune: 'Phường Cầu Giấy', legacyDistrict: 'Cầu Giấy',
    lat: 21.0362, lng: 105.7906, floorAreaM2: 180, hours: OFFICE, village: null, status: 'operating',
    description: { vi: 'Trưng bày, giới thiệu và bán sản phẩm OCOP 3–5 sao của Hà Nội, do Sở Công Thương vận hành.', en: "Shows and sells Hanoi's 3–5 star OCOP products; run by the Department of Industry and Trade." },
    nearby: [{ vi: 'Bảo tàng Dân tộc học Việt Nam', en: 'Vietnam Museum of Ethnology' }],
  },
  {
    slug: 'diem-ocop-bat-trang', name: { vi: 'Điểm giới thiệu và bán sản phẩm OCOP Bát Tràng', en: 'Bat Trang OCOP point of sale' },
    kind: 'creative-design-centre', locationType: 5, address: 'Chợ gốm Bát Tràng, thôn Giang Cao', commune: 'Xã Bát Tràng', legacyDistrict: 'Gia Lâm',
    lat: 20.9772, lng: 105.9139, floorAreaM2: 620, hours: LONG, village: 'Làng gốm Bát Tràng', status: 'operating',
    description: { vi: 'Không gian thiết kế sáng tạo, trưng bày và bán gốm sứ OCOP, khu trải nghiệm làm gốm.', en: 'Creative design space showing and selling OCOP ceramics, with a pottery workshop for visitors.' },
    nearby: [{ vi: 'Bảo tàng Gốm Bát Tràng', en: 'Bat Trang Ceramics Museum' }, { vi: 'Chợ gốm Bát Tràng', en: 'Bat Trang pottery market' }],
  },
  {
    slug: 'diem-ocop-van-phuc', name: { vi: 'Điểm giới thiệu và bán sản phẩm OCOP Vạn Phúc', en: 'Van Phuc OCOP point of sale' },
    kind: 'shop', locationType: 5, address: 'Làng lụa Vạn Phúc, phố Vạn Phúc', commune: 'Phường Hà Đông', legacyDistrict: 'Hà Đông',
    lat: 20.9797, lng: 105.7744, floorAreaM2: 85, hours: DAILY, village: 'Làng lụa Vạn Phúc', status: 'equipping',
    description: { vi: 'Cửa hàng lụa tơ tằm và sản phẩm OCOP tại cổng làng lụa Vạn Phúc.', en: 'Silk and OCOP products at the gate of Van Phuc silk village.' },
    nearby: [{ vi: 'Đình Vạn Phúc', en: 'Van Phuc communal house' }],
  },
  {
    slug: 'diem-ocop-sai-son', name: { vi: 'Điểm giới thiệu và bán sản phẩm OCOP Sài Sơn', en: 'Sai Son OCOP point of sale' },
    kind: 'kiosk', locationType: 4, address: 'Khu du lịch chùa Thầy', commune: 'Xã Sài Sơn', legacyDistrict: 'Quốc Oai',
    lat: 21.0226, lng: 105.6468, floorAreaM2: 24, hours: DAILY, village: 'Sài Sơn (chùa Thầy)', status: 'candidate',
    description: { vi: 'Ki-ốt đề xuất tại khu du lịch chùa Thầy.', en: 'A proposed kiosk at the Thay Pagoda tourist site.' },
    nearby: [{ vi: 'Chùa Thầy', en: 'Thay Pagoda' }],
  },
  {
    slug: 'diem-ocop-duong-lam', name: { vi: 'Điểm giới thiệu và bán sản phẩm OCOP Đường Lâm', en: 'Duong Lam OCOP point of sale' },
    kind: 'shop', locationType: 4, address: 'Cổng làng Mông Phụ, làng cổ Đường Lâm', commune: 'Xã Đường Lâm', legacyDistrict: 'Sơn Tây',
    lat: 21.1573, lng: 105.4745, floorAreaM2: 60, hours: DAILY, village: 'Làng cổ Đường Lâm', status: 'approved',
    description: { vi: 'Cửa hàng đặc sản Đường Lâm: gà Mía, kẹo dồi, tương, chè lam.', en: 'Duong Lam specialties: Mia chicken, sesame candy, soy sauce, che lam.' },
    nearby: [{ vi: 'Làng cổ Đường Lâm', en: 'Duong Lam ancient village' }, { vi: 'Đình Mông Phụ', en: 'Mong Phu communal house' }],
  },
];

/** How the ~100 other points are spread over their life (weights). */
export const OTHER_STATUSES: readonly (readonly [PointStatus, number])[] = [
  ['operating', 62], ['opened', 8], ['suspended', 5], ['closed', 4], ['equipping', 6], ['approved', 4], ['surveyed', 4], ['candidate', 4], ['rejected', 3],
];
