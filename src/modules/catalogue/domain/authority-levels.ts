import type { Localized } from '../../../shared/localized.ts';
import { textKey } from '../../../shared/text/text-key.ts';
import type { LegalBasis } from './legal-basis.ts';
import type { OcopStars } from './stars.ts';

/** Which level of government recognised a rating ("cấp công nhận"). */
export type AuthorityLevel = 'district' | 'province' | 'central';

export interface AuthorityLevelInfo {
  code: AuthorityLevel;
  label: Localized;
  aliases: readonly string[];
}

export const AUTHORITY_LEVELS: readonly AuthorityLevelInfo[] = [
  {
    code: 'district',
    label: { vi: 'Cấp huyện', en: 'District' },
    aliases: ['Huyện', 'Cấp huyện', 'Quận', 'Cấp quận', 'Quận/Huyện', 'Thị xã', 'UBND huyện', 'District', 'District level'],
  },
  {
    code: 'province',
    // In Hanoi the province-level authority is the city ("Thành phố"), hence both words.
    label: { vi: 'Cấp tỉnh/thành phố', en: 'Province/city' },
    aliases: [
      'Tỉnh',
      'Cấp tỉnh',
      'Thành phố',
      'Cấp thành phố',
      'TP',
      'Tỉnh/Thành phố',
      'UBND tỉnh',
      'UBND thành phố',
      'UBND TP',
      'Province',
      'Provincial',
      'City',
      'Province/city',
    ],
  },
  {
    code: 'central',
    label: { vi: 'Trung ương', en: 'Central' },
    aliases: ['Trung ương', 'Cấp trung ương', 'TW', 'Quốc gia', 'Cấp quốc gia', 'Central', 'National'],
  },
];

const BY_KEY = new Map<string, AuthorityLevel>();
for (const level of AUTHORITY_LEVELS) {
  for (const alias of [level.code, ...level.aliases]) BY_KEY.set(textKey(alias), level.code);
}

// "UBND huyện Gia Lâm", "UBND thành phố Hà Nội", "Bộ Nông nghiệp và PTNT": the issuer's name.
const ISSUER_PREFIXES: readonly (readonly [string, AuthorityLevel])[] = [
  ['huyen', 'district'],
  ['quan', 'district'],
  ['thi xa', 'district'],
  ['tinh', 'province'],
  ['thanh pho', 'province'],
  ['tp', 'province'],
  ['bo', 'central'],
  ['trung uong', 'central'],
];

export function parseAuthorityLevel(text: string): AuthorityLevel | undefined {
  const key = textKey(text);
  const exact = BY_KEY.get(key);
  if (exact) return exact;
  const issuer = key.replace(/^(?:ubnd|uy ban nhan dan)\s+/, '').replace(/^cap\s+/, '');
  for (const [prefix, level] of ISSUER_PREFIXES) {
    if (issuer === prefix || issuer.startsWith(`${prefix} `)) return level;
  }
  return undefined;
}

export function authorityLevelLabel(level: AuthorityLevel): Localized {
  const info = AUTHORITY_LEVELS.find((l) => l.code === level);
  if (!info) throw new RangeError(`Unknown authority level ${level}`);
  return info.label;
}

/**
 * Who recognises a rating under each basis: 5★ is always central. Under 1048 the province
 * recognised 3★ and 4★ (districts only pre-assessed); Decision 148 moved 3★ to the district;
 * Decision 1489 (July 2025, after districts were abolished) returned 3★ to the province.
 */
export function expectedAuthorityLevel(stars: OcopStars, basis: LegalBasis): AuthorityLevel {
  if (stars === 5) return 'central';
  if (stars === 3 && basis === '148') return 'district';
  return 'province';
}
