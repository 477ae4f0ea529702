import { textKey } from '../../../shared/text/text-key.ts';
import type { CulturalRegionCode } from './cultural-regions.ts';

/**
 * Vietnam's provinces for addresses and regional grouping. Since 1 July 2025 there are 34
 * province-level units; lists from before then use the 63 older names, so both are kept and an
 * older name resolves to the province it was merged into.
 */
export interface Province {
  /** Current official short name, e.g. "Hà Nội", "Hồ Chí Minh". */
  name: string;
  en: string;
  region: CulturalRegionCode;
}

export interface LegacyProvince {
  name: string;
  /** The current province that absorbed it. */
  mergedInto: string;
  /** Its own region, which can differ from the merged province's (Vĩnh Phúc is delta, Phú Thọ midland). */
  region: CulturalRegionCode;
}

const p = (name: string, en: string, region: CulturalRegionCode): Province => ({ name, en, region });

export const PROVINCES: readonly Province[] = [
  p('Lai Châu', 'Lai Chau', 'northern-mountains'),
  p('Điện Biên', 'Dien Bien', 'northern-mountains'),
  p('Sơn La', 'Son La', 'northern-mountains'),
  p('Lạng Sơn', 'Lang Son', 'northern-mountains'),
  p('Cao Bằng', 'Cao Bang', 'northern-mountains'),
  p('Tuyên Quang', 'Tuyen Quang', 'northern-mountains'),
  p('Lào Cai', 'Lao Cai', 'northern-mountains'),
  p('Thái Nguyên', 'Thai Nguyen', 'northern-mountains'),
  p('Phú Thọ', 'Phu Tho', 'northern-mountains'),
  p('Hà Nội', 'Hanoi', 'red-river-delta'),
  p('Hải Phòng', 'Hai Phong', 'red-river-delta'),
  p('Quảng Ninh', 'Quang Ninh', 'red-river-delta'),
  p('Bắc Ninh', 'Bac Ninh', 'red-river-delta'),
  p('Hưng Yên', 'Hung Yen', 'red-river-delta'),
  p('Ninh Bình', 'Ninh Binh', 'red-river-delta'),
  p('Thanh Hóa', 'Thanh Hoa', 'central-highlands'),
  p('Nghệ An', 'Nghe An', 'central-highlands'),
  p('Hà Tĩnh', 'Ha Tinh', 'central-highlands'),
  p('Quảng Trị', 'Quang Tri', 'central-highlands'),
  p('Huế', 'Hue', 'central-highlands'),
  p('Đà Nẵng', 'Da Nang', 'central-highlands'),
  p('Quảng Ngãi', 'Quang Ngai', 'central-highlands'),
  p('Gia Lai', 'Gia Lai', 'central-highlands'),
  p('Đắk Lắk', 'Dak Lak', 'central-highlands'),
  p('Khánh Hòa', 'Khanh Hoa', 'central-highlands'),
  p('Lâm Đồng', 'Lam Dong', 'central-highlands'),
  p('Hồ Chí Minh', 'Ho Chi Minh City', 'southern-delta'),
  p('Đồng Nai', 'Dong Nai', 'southern-delta'),
  p('Tây Ninh', 'Tay Ninh', 'southern-delta'),
  p('Cần Thơ', 'Can Tho', 'southern-delta'),
  p('Vĩnh Long', 'Vinh Long', 'southern-delta'),
  p('Đồng Tháp', 'Dong Thap', 'southern-delta'),
  p('Cà Mau', 'Ca Mau', 'southern-delta'),
  p('An Giang', 'An Giang', 'southern-delta'),
];

const l = (name: string, mergedInto: string, region: CulturalRegionCode): LegacyProvince => ({ name, mergedInto, region });

/** Names in use before the July 2025 merger (Thừa Thiên Huế was renamed, not merged). */
export const LEGACY_PROVINCES: readonly LegacyProvince[] = [
  l('Hà Giang', 'Tuyên Quang', 'northern-mountains'),
  l('Yên Bái', 'Lào Cai', 'northern-mountains'),
  l('Bắc Kạn', 'Thái Nguyên', 'northern-mountains'),
  l('Hòa Bình', 'Phú Thọ', 'northern-mountains'),
  l('Bắc Giang', 'Bắc Ninh', 'northern-mountains'),
  l('Vĩnh Phúc', 'Phú Thọ', 'red-river-delta'),
  l('Thái Bình', 'Hưng Yên', 'red-river-delta'),
  l('Hải Dương', 'Hải Phòng', 'red-river-delta'),
  l('Hà Nam', 'Ninh Bình', 'red-river-delta'),
  l('Nam Định', 'Ninh Bình', 'red-river-delta'),
  l('Quảng Bình', 'Quảng Trị', 'central-highlands'),
  l('Thừa Thiên Huế', 'Huế', 'central-highlands'),
  l('Quảng Nam', 'Đà Nẵng', 'central-highlands'),
  l('Kon Tum', 'Quảng Ngãi', 'central-highlands'),
  l('Bình Định', 'Gia Lai', 'central-highlands'),
  l('Phú Yên', 'Đắk Lắk', 'central-highlands'),
  l('Ninh Thuận', 'Khánh Hòa', 'central-highlands'),
  l('Đắk Nông', 'Lâm Đồng', 'central-highlands'),
  l('Bình Thuận', 'Lâm Đồng', 'central-highlands'),
  l('Bình Dương', 'Hồ Chí Minh', 'southern-delta'),
  l('Bà Rịa - Vũng Tàu', 'Hồ Chí Minh', 'southern-delta'),
  l('Bình Phước', 'Đồng Nai', 'southern-delta'),
  l('Long An', 'Tây Ninh', 'southern-delta'),
  l('Sóc Trăng', 'Cần Thơ', 'southern-delta'),
  l('Hậu Giang', 'Cần Thơ', 'southern-delta'),
  l('Bến Tre', 'Vĩnh Long', 'southern-delta'),
  l('Trà Vinh', 'Vĩnh Long', 'southern-delta'),
  l('Tiền Giang', 'Đồng Tháp', 'southern-delta'),
  l('Bạc Liêu', 'Cà Mau', 'southern-delta'),
  l('Kiên Giang', 'An Giang', 'southern-delta'),
];

export interface ProvinceMatch {
  /** Current province name. */
  name: string;
  /** The pre-2025 name as written, when the text named a province since merged. */
  legacyName: string | null;
  region: CulturalRegionCode;
}

// Spaces are dropped so "Hanoi" meets "Hà Nội" and "Daklak" meets "Đắk Lắk"; the prefixes
// "tỉnh", "thành phố", "TP" and suffixes "province", "city" are noise.
function provinceKey(text: string): string {
  return textKey(text)
    .replace(/^(?:tinh|thanh pho|tp)\s+/, '')
    .replace(/\s+(?:province|city)$/, '')
    .replace(/\s+/g, '');
}

const BY_KEY = new Map<string, ProvinceMatch>();
for (const province of PROVINCES) {
  const match = { name: province.name, legacyName: null, region: province.region };
  for (const text of [province.name, province.en]) BY_KEY.set(provinceKey(text), match);
}
for (const legacy of LEGACY_PROVINCES) {
  BY_KEY.set(provinceKey(legacy.name), { name: legacy.mergedInto, legacyName: legacy.name, region: legacy.region });
}
for (const [alias, name] of [
  ['HCM', 'Hồ Chí Minh'],
  ['TPHCM', 'Hồ Chí Minh'],
  ['Sài Gòn', 'Hồ Chí Minh'],
  ['HN', 'Hà Nội'],
  ['Haiphong', 'Hải Phòng'],
] as const) {
  const match = BY_KEY.get(provinceKey(name));
  if (match) BY_KEY.set(provinceKey(alias), match);
}
// The Huế rename was not a merger: report the current name without a legacy name.
const hue = BY_KEY.get(provinceKey('Huế'));
if (hue) BY_KEY.set(provinceKey('Thừa Thiên Huế'), { ...hue, legacyName: null });

/** Reads a Vietnamese province written any common way, current or pre-2025. */
export function parseProvince(text: string): ProvinceMatch | undefined {
  return BY_KEY.get(provinceKey(text));
}

export function provincesInRegion(region: CulturalRegionCode): Province[] {
  return PROVINCES.filter((province) => province.region === region);
}

export const HANOI = 'Hà Nội';
