import type { Localized } from '../../../shared/localized.ts';
import { textKey } from '../../../shared/text/text-key.ts';

/**
 * Countries producers come from. OCOP producers are Vietnamese; foreign enterprises (from
 * neighbouring and partner countries) take part in Hanoi's fairs and trade conferences.
 * Codes are ISO 3166-1 alpha-2.
 */
export interface Country {
  code: string;
  name: Localized;
  aliases: readonly string[];
}

export const VIETNAM = 'VN';

export const COUNTRIES: readonly Country[] = [
  { code: 'VN', name: { vi: 'Việt Nam', en: 'Vietnam' }, aliases: ['Viet Nam', 'VN', 'VNM'] },
  { code: 'LA', name: { vi: 'Lào', en: 'Laos' }, aliases: ['Lao PDR', 'CHDCND Lào', 'LAO'] },
  { code: 'TH', name: { vi: 'Thái Lan', en: 'Thailand' }, aliases: ['THA'] },
  { code: 'JP', name: { vi: 'Nhật Bản', en: 'Japan' }, aliases: ['Nhật', 'JPN'] },
  { code: 'KH', name: { vi: 'Campuchia', en: 'Cambodia' }, aliases: ['KHM'] },
  { code: 'CN', name: { vi: 'Trung Quốc', en: 'China' }, aliases: ['CHN'] },
  { code: 'KR', name: { vi: 'Hàn Quốc', en: 'South Korea' }, aliases: ['Korea', 'KOR'] },
];

const BY_KEY = new Map<string, string>();
for (const country of COUNTRIES) {
  for (const text of [country.code, country.name.vi, country.name.en, ...country.aliases]) {
    BY_KEY.set(textKey(text).replace(/\s+/g, ''), country.code);
  }
}

/** ISO code of a country written by code or by Vietnamese or English name. */
export function parseCountry(text: string): string | undefined {
  return BY_KEY.get(textKey(text).replace(/\s+/g, ''));
}

export function countryName(code: string): Localized | undefined {
  return COUNTRIES.find((c) => c.code === code)?.name;
}
