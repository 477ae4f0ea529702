import type { Localized } from '../../../shared/localized.ts';
import { textKey } from '../../../shared/text/text-key.ts';
import table from './ocop-categories.json' with { type: 'json' };

/**
 * The four regional cultures Hanoi's OCOP fairs are organised around. Hanoi itself is in the
 * Red River Delta.
 */
export type CulturalRegionCode = 'northern-mountains' | 'red-river-delta' | 'central-highlands' | 'southern-delta';

export interface CulturalRegion {
  code: CulturalRegionCode;
  name: Localized;
}

const CODES: readonly CulturalRegionCode[] = ['northern-mountains', 'red-river-delta', 'central-highlands', 'southern-delta'];

export function isCulturalRegionCode(value: string): value is CulturalRegionCode {
  return (CODES as readonly string[]).includes(value);
}

export const CULTURAL_REGIONS: readonly CulturalRegion[] = table.culturalRegions.map((region) => {
  if (!isCulturalRegionCode(region.code)) throw new Error(`Unexpected cultural region ${region.code}`);
  return { code: region.code, name: { vi: region.vi, en: region.en } };
});

// Short names people use besides the official ones.
const EXTRA_ALIASES: Readonly<Record<CulturalRegionCode, readonly string[]>> = {
  'northern-mountains': ['Miền núi phía Bắc', 'Trung du và miền núi phía Bắc', 'Tây Bắc', 'Đông Bắc', 'Northern mountains', 'Northern mountainous'],
  'red-river-delta': ['Đồng bằng Bắc Bộ', 'ĐBSH', 'Red River Delta'],
  'central-highlands': ['Miền Trung', 'Tây Nguyên', 'Miền Trung - Tây Nguyên', 'Central', 'Central Highlands', 'Central and Central Highlands'],
  'southern-delta': ['Nam Bộ', 'Miền Nam', 'Đồng bằng sông Cửu Long', 'Southern', 'Southern provinces', 'Mekong Delta'],
};

const BY_KEY = new Map<string, CulturalRegionCode>();
for (const region of CULTURAL_REGIONS) {
  for (const text of [region.code, region.name.vi, region.name.en, ...EXTRA_ALIASES[region.code]]) {
    BY_KEY.set(textKey(text), region.code);
  }
}

export function culturalRegionName(code: CulturalRegionCode): Localized {
  const region = CULTURAL_REGIONS.find((r) => r.code === code);
  if (!region) throw new RangeError(`Unknown cultural region ${code}`);
  return region.name;
}

export function parseCulturalRegion(text: string): CulturalRegionCode | undefined {
  const key = textKey(text);
  return BY_KEY.get(key) ?? BY_KEY.get(key.replace(/^(?:vung|region)\s+/, ''));
}
